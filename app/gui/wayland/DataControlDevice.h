// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <wayland-client.h>

#include <array>
#include <cstdint>
#include <map>

namespace passforge::gui::wayland {

enum class Selection { Clipboard = 0, Primary = 1 };

// A data-control device on one seat: it sees every change of the clipboard and the primary
// selection, whichever client has focus, and can read and clear them. The data-control protocols
// (wlr's unstable one, ext's) differ only in their names; DataControlDeviceFor turns each into
// this one interface.
class DataControlDevice
{
public:
    virtual ~DataControlDevice() = default;

    virtual bool hasPrimary() const = 0;
    // The mime types the selection's current offer has; empty while the selection is empty.
    virtual QList<QByteArray> mimeTypes(Selection selection) const = 0;
    // Changes with every change of that selection, so that a read can tell whether the
    // selection it read is still the current one.
    virtual std::uint64_t generation(Selection selection) const = 0;
    // Asks the selection's owner to write the selection as mimeType into fd (which the caller
    // still closes). False when the selection is empty.
    virtual bool receive(Selection selection, const char *mimeType, int fd) = 0;
    // Empties the selection, whoever owns it.
    virtual void clear(Selection selection) = 0;
    // The compositor ended the device (the seat went away).
    virtual bool isFinished() const = 0;
};

// The generic device over a protocol's generated code. P names its types and wraps its calls:
// Manager, Device, Offer, DeviceListener, OfferListener, PrimarySince, and the static functions
// getDevice, addListener (device and offer), receive, setSelection, setPrimarySelection and
// destroy (manager, device and offer).
template <class P> class DataControlDeviceFor final : public DataControlDevice
{
public:
    DataControlDeviceFor(typename P::Manager *manager, std::uint32_t version, wl_seat *seat)
        : m_manager(manager)
        , m_version(version)
        , m_device(P::getDevice(manager, seat))
    {
        P::addListener(m_device, &DeviceListener, this);
    }

    ~DataControlDeviceFor() override
    {
        for (auto &[offer, types] : m_offers)
            P::destroy(offer);
        if (!m_finished)
            P::destroy(m_device);
        P::destroy(m_manager);
    }

    DataControlDeviceFor(const DataControlDeviceFor &) = delete;
    DataControlDeviceFor &operator=(const DataControlDeviceFor &) = delete;

    bool hasPrimary() const override { return m_version >= P::PrimarySince; }

    QList<QByteArray> mimeTypes(Selection selection) const override
    {
        const auto found = m_offers.find(current(selection));
        return found == m_offers.end() ? QList<QByteArray>() : found->second;
    }

    std::uint64_t generation(Selection selection) const override
    {
        return m_generation[index(selection)];
    }

    bool receive(Selection selection, const char *mimeType, int fd) override
    {
        typename P::Offer *offer = current(selection);
        if (!offer)
            return false;
        P::receive(offer, mimeType, fd);
        return true;
    }

    void clear(Selection selection) override
    {
        if (m_finished)
            return;
        if (selection == Selection::Clipboard)
            P::setSelection(m_device, nullptr);
        else if (hasPrimary())
            P::setPrimarySelection(m_device, nullptr);
    }

    bool isFinished() const override { return m_finished; }

private:
    static constexpr std::size_t index(Selection selection)
    {
        return static_cast<std::size_t>(selection);
    }
    typename P::Offer *current(Selection selection) const { return m_current[index(selection)]; }

    // Each offer is announced (data_offer), lists its types (offer), then becomes a selection;
    // the one it replaces is destroyed unless the other selection still shows it.
    void setCurrent(Selection selection, typename P::Offer *offer)
    {
        typename P::Offer *old = m_current[index(selection)];
        m_current[index(selection)] = offer;
        ++m_generation[index(selection)];
        const Selection other =
            selection == Selection::Clipboard ? Selection::Primary : Selection::Clipboard;
        if (old && old != offer && old != current(other)) {
            m_offers.erase(old);
            P::destroy(old);
        }
    }

    static void onDataOffer(void *data, typename P::Device *, typename P::Offer *offer)
    {
        auto *self = static_cast<DataControlDeviceFor *>(data);
        self->m_offers[offer];
        P::addListener(offer, &OfferListener, self);
    }
    static void onOffer(void *data, typename P::Offer *offer, const char *mimeType)
    {
        static_cast<DataControlDeviceFor *>(data)->m_offers[offer].append(QByteArray(mimeType));
    }
    static void onSelection(void *data, typename P::Device *, typename P::Offer *offer)
    {
        static_cast<DataControlDeviceFor *>(data)->setCurrent(Selection::Clipboard, offer);
    }
    static void onPrimarySelection(void *data, typename P::Device *, typename P::Offer *offer)
    {
        static_cast<DataControlDeviceFor *>(data)->setCurrent(Selection::Primary, offer);
    }
    static void onFinished(void *data, typename P::Device *device)
    {
        auto *self = static_cast<DataControlDeviceFor *>(data);
        // The compositor is done with the device: destroy it, and stop using it.
        P::destroy(device);
        self->m_finished = true;
    }

    static constexpr typename P::DeviceListener DeviceListener{&onDataOffer, &onSelection,
                                                               &onFinished, &onPrimarySelection};
    static constexpr typename P::OfferListener OfferListener{&onOffer};

    typename P::Manager *m_manager;
    std::uint32_t m_version;
    typename P::Device *m_device;
    bool m_finished = false;
    std::map<typename P::Offer *, QList<QByteArray>> m_offers;
    std::array<typename P::Offer *, 2> m_current{nullptr, nullptr};
    std::array<std::uint64_t, 2> m_generation{0, 0};
};

} // namespace passforge::gui::wayland
