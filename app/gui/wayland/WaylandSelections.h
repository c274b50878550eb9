// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

class QSocketNotifier;
struct wl_display;
struct wl_registry;
struct wl_registry_listener;
struct wl_seat;

namespace passforge::gui::wayland {

class DataControlDevice;
enum class Selection;

// The window's data-control client: its own connection to the Wayland compositor, on which it
// watches the clipboard and the primary selection whether or not the window has focus, reads
// what they hold, and clears them. Qt's own clear cannot do this: the compositor takes it only
// from the focused client, and rejects it once another client has taken the text over.
class WaylandSelections : public QObject
{
    Q_OBJECT

public:
    // Null when there is no Wayland display, or when it offers no data-control protocol or seat
    // (GNOME, Weston).
    static std::unique_ptr<WaylandSelections> connectToDisplay();
    ~WaylandSelections() override;

    bool hasPrimary() const;
    // The interface name of the protocol in use, for the status bar's tooltip and the tests.
    const char *protocolName() const { return m_protocolName; }

    // Reads each selection's text and clears those that hold exactly utf8 (a copy is kept, and
    // wiped when done); any other text, the user's own, stays. Asynchronous, since the owner may
    // be this very process, which answers from the event loop: idle() follows when done.
    void clearIfHolding(const QByteArray &utf8);
    bool isBusy() const { return !m_reads.empty(); }
    // Handles events until the clearing started has finished or timeout has passed, for quit,
    // when there is no event loop left to come back to. True when finished.
    bool waitUntilIdle(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void idle();

private:
    struct Read;

    WaylandSelections() = default;
    bool open();
    void dispatch();
    void flush();
    // Brings the selections' state up to date with the compositor.
    void roundtrip();
    void startRead(Selection selection);
    void readMore(Read *read);
    void finishRead(Read *read, bool holdsValue);

    static void onGlobal(void *data, wl_registry *registry, std::uint32_t name,
                         const char *interface, std::uint32_t version);
    static void onGlobalRemove(void *data, wl_registry *registry, std::uint32_t name);
    static const wl_registry_listener RegistryListener;

    wl_display *m_display = nullptr;
    wl_registry *m_registry = nullptr;
    wl_seat *m_seat = nullptr;
    std::unique_ptr<DataControlDevice> m_device;
    const char *m_protocolName = "";
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_value;
    std::vector<std::unique_ptr<Read>> m_reads;

    // What the registry announced, collected before anything is bound.
    struct Global
    {
        std::uint32_t name;
        QByteArray interface;
        std::uint32_t version;
    };
    std::vector<Global> m_globals;
};

} // namespace passforge::gui::wayland
