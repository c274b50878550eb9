// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/ClipboardTimeout.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QMimeData;
#if PASSFORGE_HAVE_WAYLAND
namespace passforge::gui::wayland {
class WaylandSelections;
}
#endif

// Puts secrets on the clipboard and takes them off again. It marks each copy so that clipboard
// managers do not store it, clears after a timeout, and clears on quit, but only where the
// clipboard still holds what it copied: text the user copied since is never touched. On Wayland
// it reads and clears the selections through the compositor's data-control protocol, whatever
// has focus and whoever took the text over.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    // tick is how long one second of the countdown lasts: a real second in the app, less in
    // tests, so that they check the countdown's sequence without sleeping through it.
    explicit ClipboardGuard(QObject *parent = nullptr,
                            std::chrono::milliseconds tick = std::chrono::seconds(1));
    ~ClipboardGuard() override;

    // 0 turns auto-clear off; other values are clamped by passforge::ClipboardTimeout.
    int clearAfterSeconds() const { return m_clearAfterSeconds; }
    void setClearAfterSeconds(int seconds);
    bool clearOnQuit() const { return m_clearOnQuit; }
    void setClearOnQuit(bool clear) { m_clearOnQuit = clear; }

    // Copies secret to the CLIPBOARD and, where supported, the PRIMARY selection, and (re)starts
    // the countdown. A new timeout set while a countdown runs applies from the next copy.
    void copy(const QString &secret);
    // Copies text that is no secret (a draw record, a number) as plain text: no hints, no
    // countdown, and it stays at quit, so that it can still be pasted into an announcement. A
    // secret copied before is replaced by it, so its countdown ends.
    void copyPlain(const QString &text);
    // Whether a secret of ours may still be on the clipboard (until it is cleared or replaced).
    bool holdsSecret() const { return !m_value.isEmpty(); }
    // Clears both modes now if they still hold our value, and stops the countdown.
    void clearNow();
    // Whether the desktop lets the guard clear the clipboard whatever has focus and whoever has
    // taken the text over. Not so on a Wayland compositor without data-control (GNOME, Weston):
    // there the value may stay after the timeout.
    bool canAlwaysClear() const { return m_canAlwaysClear; }
    bool isCountingDown() const { return m_ticker.isActive(); }
    int remainingSeconds() const { return m_remaining; }

    // A mime payload carrying text plus the "do not store" hints of the platform it runs on. Each
    // clipboard mode takes ownership of its own payload, so callers need one per mode.
    static QMimeData *secretMimeData(const QString &secret);

Q_SIGNALS:
    void copied();
    void copiedPlain();
    // Once a second while counting down, and once with 0 when the countdown ends or is cancelled.
    // totalSeconds is the timeout the running countdown started with.
    void countdownChanged(int remainingSeconds, int totalSeconds);
    void cleared();

private:
    void tick();
    void clearOwned();
    // At quit: lets a clear that is still reading the selections finish.
    void finishClearing();
    bool holdsOurValue(int mode) const;

    int m_clearAfterSeconds = passforge::ClipboardTimeout::DefaultSeconds;
    bool m_clearOnQuit = true;
    QString m_value;
    int m_remaining = 0;
    int m_total = 0;
    QTimer m_ticker;
    bool m_canAlwaysClear = true;
#if PASSFORGE_HAVE_WAYLAND
    std::unique_ptr<passforge::gui::wayland::WaylandSelections> m_wayland;
#endif
};
