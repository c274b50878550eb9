// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaylandSelections.h"

#include "DataControlDevice.h"
#include "DataControlProtocols.h"
#include "passforge/SecureMemory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace passforge::gui::wayland {

namespace {

// The owner gets this long to write the selection before it counts as not ours, so that a hung
// client cannot hang the clear; a live one answers in milliseconds.
constexpr auto ReadTimeout = std::chrono::seconds(2);

// The text types a selection may carry, best first: Qt and wl-copy offer the first; X11 clients
// through Xwayland offer the second.
const char *textTypeOf(const QList<QByteArray> &types)
{
    for (const char *type : {"text/plain;charset=utf-8", "UTF8_STRING", "text/plain"}) {
        if (types.contains(QByteArray(type)))
            return type;
    }
    return nullptr;
}

} // namespace

const wl_registry_listener WaylandSelections::RegistryListener{&WaylandSelections::onGlobal,
                                                               &WaylandSelections::onGlobalRemove};

// One selection being read: the pipe its owner writes into, and a buffer one byte longer than
// the value, so that a longer text is told apart without being read whole.
struct WaylandSelections::Read
{
    Selection selection;
    std::uint64_t generation;
    int fd;
    QByteArray buffer;
    qsizetype used = 0;
    QSocketNotifier *notifier = nullptr;
    QTimer *deadline = nullptr;
};

std::unique_ptr<WaylandSelections> WaylandSelections::connectToDisplay()
{
    std::unique_ptr<WaylandSelections> client(new WaylandSelections);
    if (!client->open())
        return nullptr;
    return client;
}

bool WaylandSelections::open()
{
    m_display = wl_display_connect(nullptr);
    if (!m_display)
        return false;
    m_registry = wl_display_get_registry(m_display);
    wl_registry_add_listener(m_registry, &RegistryListener, this);
    if (wl_display_roundtrip(m_display) < 0)
        return false;

    const auto global = [this](const char *interface) {
        return std::find_if(m_globals.begin(), m_globals.end(),
                            [&](const Global &g) { return g.interface == interface; });
    };
    const auto seat = global(wl_seat_interface.name);
    if (seat == m_globals.end())
        return false;
    for (const DataControlProtocol &protocol : dataControlProtocols()) {
        const auto manager = global(protocol.manager->name);
        if (manager == m_globals.end())
            continue;
        // The first seat: compositors with data-control have one, seat0.
        m_seat =
            static_cast<wl_seat *>(wl_registry_bind(m_registry, seat->name, &wl_seat_interface, 1));
        m_device = protocol.makeDevice(m_registry, manager->name,
                                       std::min(manager->version, protocol.maxVersion), m_seat);
        m_protocolName = protocol.manager->name;
        break;
    }
    // The device's first events say what the selections hold now.
    if (!m_device || wl_display_roundtrip(m_display) < 0 || m_device->isFinished())
        return false;

    m_notifier = new QSocketNotifier(wl_display_get_fd(m_display), QSocketNotifier::Read, this);
    QObject::connect(m_notifier, &QSocketNotifier::activated, this, &WaylandSelections::dispatch);
    return true;
}

WaylandSelections::~WaylandSelections()
{
    for (const std::unique_ptr<Read> &read : m_reads) {
        ::close(read->fd);
        passforge::secureWipe(read->buffer);
    }
    passforge::secureWipe(m_value);
    m_device.reset();
    if (m_seat)
        wl_seat_destroy(m_seat);
    if (m_registry)
        wl_registry_destroy(m_registry);
    if (m_display)
        wl_display_disconnect(m_display);
}

void WaylandSelections::onGlobal(void *data, wl_registry *, std::uint32_t name,
                                 const char *interface, std::uint32_t version)
{
    static_cast<WaylandSelections *>(data)->m_globals.push_back({name, interface, version});
}

void WaylandSelections::onGlobalRemove(void *, wl_registry *, std::uint32_t) {}

bool WaylandSelections::hasPrimary() const
{
    return m_device && m_device->hasPrimary();
}

void WaylandSelections::dispatch()
{
    // Events another call already read are dispatched first; then whatever the socket holds.
    if (wl_display_prepare_read(m_display) == 0 && wl_display_read_events(m_display) < 0) {
        m_notifier->setEnabled(false); // the compositor is gone
        return;
    }
    wl_display_dispatch_pending(m_display);
    flush();
}

void WaylandSelections::flush()
{
    if (wl_display_flush(m_display) < 0 && errno != EAGAIN)
        m_notifier->setEnabled(false);
}

void WaylandSelections::roundtrip()
{
    if (wl_display_roundtrip(m_display) < 0)
        m_notifier->setEnabled(false);
}

void WaylandSelections::clearIfHolding(const QByteArray &utf8)
{
    // A clear still reading is for a value this one has replaced.
    for (const std::unique_ptr<Read> &read : m_reads) {
        ::close(read->fd);
        passforge::secureWipe(read->buffer);
        read->notifier->deleteLater();
        read->deadline->deleteLater();
    }
    m_reads.clear();
    passforge::secureWipe(m_value);
    if (utf8.isEmpty() || !m_notifier->isEnabled() || m_device->isFinished())
        return;
    m_value = utf8;
    m_value.detach(); // our own copy, which secureWipe can reach
    roundtrip();
    startRead(Selection::Clipboard);
    if (hasPrimary())
        startRead(Selection::Primary);
    if (m_reads.empty()) {
        passforge::secureWipe(m_value);
        Q_EMIT idle();
    }
}

void WaylandSelections::startRead(Selection selection)
{
    const char *type = textTypeOf(m_device->mimeTypes(selection));
    if (!type)
        return; // empty, or no text: not our value
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return;
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
    const bool asked = m_device->receive(selection, type, fds[1]);
    flush();
    ::close(fds[1]);
    if (!asked) {
        ::close(fds[0]);
        return;
    }
    auto read = std::make_unique<Read>();
    read->selection = selection;
    read->generation = m_device->generation(selection);
    read->fd = fds[0];
    read->buffer = QByteArray(m_value.size() + 1, '\0');
    read->notifier = new QSocketNotifier(read->fd, QSocketNotifier::Read, this);
    read->deadline = new QTimer(this);
    read->deadline->setSingleShot(true);
    Read *raw = read.get();
    QObject::connect(read->notifier, &QSocketNotifier::activated, this,
                     [this, raw] { readMore(raw); });
    QObject::connect(read->deadline, &QTimer::timeout, this,
                     [this, raw] { finishRead(raw, false); });
    read->deadline->start(ReadTimeout);
    m_reads.push_back(std::move(read));
}

void WaylandSelections::readMore(Read *read)
{
    for (;;) {
        if (read->used == read->buffer.size()) {
            finishRead(read, false); // longer than the value
            return;
        }
        const ssize_t n =
            ::read(read->fd, read->buffer.data() + read->used, read->buffer.size() - read->used);
        if (n > 0) {
            read->used += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        // End of the text (or a broken pipe, which is no evidence that it is ours).
        finishRead(read, n == 0 && read->used == m_value.size() &&
                             std::memcmp(read->buffer.constData(), m_value.constData(),
                                         static_cast<std::size_t>(m_value.size())) == 0);
        return;
    }
}

void WaylandSelections::finishRead(Read *read, bool holdsValue)
{
    if (holdsValue) {
        // Clear only if the selection is still the one that was read: a copy the user made in
        // the meantime must survive.
        roundtrip();
        if (m_device->generation(read->selection) == read->generation) {
            m_device->clear(read->selection);
            // A round trip, not a flush: a compositor drops what a client sent just before it
            // hung up, and this may be the last thing the app does before it quits.
            roundtrip();
        }
    }
    ::close(read->fd);
    passforge::secureWipe(read->buffer);
    // Both may be the sender of the signal that brought us here.
    read->notifier->setEnabled(false);
    read->notifier->deleteLater();
    read->deadline->stop();
    read->deadline->deleteLater();
    std::erase_if(m_reads, [read](const std::unique_ptr<Read> &r) { return r.get() == read; });
    if (m_reads.empty()) {
        passforge::secureWipe(m_value);
        Q_EMIT idle();
    }
}

bool WaylandSelections::waitUntilIdle(std::chrono::milliseconds timeout)
{
    if (!QCoreApplication::instance())
        return !isBusy();
    const QDeadlineTimer deadline(timeout);
    // The read deadline wakes the loop at the latest; this one wakes it at the caller's limit.
    QTimer wake;
    wake.start(timeout);
    while (isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return !isBusy();
}

} // namespace passforge::gui::wayland
