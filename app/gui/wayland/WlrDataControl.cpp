// SPDX-License-Identifier: GPL-3.0-or-later
// wlroots' data-control protocol (zwlr_data_control_manager_v1), which sway, the other wlroots
// compositors and KWin offer.
#include "DataControlProtocols.h"

#include "wlr-data-control-unstable-v1-client-protocol.h"

namespace passforge::gui::wayland {

namespace {

struct Wlr
{
    using Manager = zwlr_data_control_manager_v1;
    using Device = zwlr_data_control_device_v1;
    using Offer = zwlr_data_control_offer_v1;
    using DeviceListener = zwlr_data_control_device_v1_listener;
    using OfferListener = zwlr_data_control_offer_v1_listener;
    static constexpr std::uint32_t PrimarySince =
        ZWLR_DATA_CONTROL_DEVICE_V1_PRIMARY_SELECTION_SINCE_VERSION;

    static Device *getDevice(Manager *manager, wl_seat *seat)
    {
        return zwlr_data_control_manager_v1_get_data_device(manager, seat);
    }
    static void addListener(Device *device, const DeviceListener *listener, void *data)
    {
        zwlr_data_control_device_v1_add_listener(device, listener, data);
    }
    static void addListener(Offer *offer, const OfferListener *listener, void *data)
    {
        zwlr_data_control_offer_v1_add_listener(offer, listener, data);
    }
    static void receive(Offer *offer, const char *mimeType, int fd)
    {
        zwlr_data_control_offer_v1_receive(offer, mimeType, fd);
    }
    static void setSelection(Device *device, zwlr_data_control_source_v1 *source)
    {
        zwlr_data_control_device_v1_set_selection(device, source);
    }
    static void setPrimarySelection(Device *device, zwlr_data_control_source_v1 *source)
    {
        zwlr_data_control_device_v1_set_primary_selection(device, source);
    }
    static void destroy(Manager *manager) { zwlr_data_control_manager_v1_destroy(manager); }
    static void destroy(Device *device) { zwlr_data_control_device_v1_destroy(device); }
    static void destroy(Offer *offer) { zwlr_data_control_offer_v1_destroy(offer); }
};

std::unique_ptr<DataControlDevice> makeDevice(wl_registry *registry, std::uint32_t name,
                                              std::uint32_t version, wl_seat *seat)
{
    auto *manager = static_cast<Wlr::Manager *>(
        wl_registry_bind(registry, name, &zwlr_data_control_manager_v1_interface, version));
    return std::make_unique<DataControlDeviceFor<Wlr>>(manager, version, seat);
}

} // namespace

const DataControlProtocol &wlrDataControl()
{
    static const DataControlProtocol protocol{&zwlr_data_control_manager_v1_interface, 2,
                                              &makeDevice};
    return protocol;
}

} // namespace passforge::gui::wayland
