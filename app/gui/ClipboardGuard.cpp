// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include "passforge/SecureMemory.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>

#if PASSFORGE_HAVE_WAYLAND
#include "WaylandSelections.h"
#endif

namespace {

QClipboard::Mode modeFor(int index)
{
    return index == 0 ? QClipboard::Clipboard : QClipboard::Selection;
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent, std::chrono::milliseconds tick)
    : QObject(parent)
{
#if PASSFORGE_HAVE_WAYLAND
    if (QGuiApplication::platformName().startsWith(QLatin1String("wayland"))) {
        m_wayland = passforge::gui::wayland::WaylandSelections::connectToDisplay();
        m_canAlwaysClear = m_wayland != nullptr;
    }
#endif
    m_ticker.setInterval(tick);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::tick);
    // The xcb plugin hands the clipboard to a clipboard manager on exit; clear before that.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            if (m_clearOnQuit) {
                clearOwned();
                finishClearing();
            }
        });
    }
}

ClipboardGuard::~ClipboardGuard()
{
    if (m_clearOnQuit) {
        clearOwned();
        finishClearing();
    }
    passforge::secureWipe(m_value);
}

void ClipboardGuard::finishClearing()
{
#if PASSFORGE_HAVE_WAYLAND
    // Long enough for the read's own timeout, after which a silent owner counts as not ours.
    if (m_wayland)
        m_wayland->waitUntilIdle(std::chrono::milliseconds(2500));
#endif
}

void ClipboardGuard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = passforge::ClipboardTimeout::clamp(seconds);
}

QMimeData *ClipboardGuard::secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Each platform gets only its own hints: on X11 every format becomes a target offered to any
    // client, and a Windows format name there would only be noise that managers store as data.
#if defined(Q_OS_WIN)
    // Keep the value out of clipboard history, cloud sync and monitoring tools. Qt registers a
    // clipboard format of the name given in value="..." (QWindowsMimeRegistry).
    const QByteArray zero(4, '\0'); // a DWORD 0
    mime->setData(
        QStringLiteral(
            "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
        zero);
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""),
        zero);
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), zero);
#elif defined(Q_OS_MACOS)
    // The concealed pasteboard type, honoured by clipboard managers there.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
#else
    // X11 and Wayland: KDE Klipper and the managers that follow it skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}

void ClipboardGuard::copy(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    passforge::secureWipe(m_value);
    m_value = secret;
    clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setMimeData(secretMimeData(secret), QClipboard::Selection);
    Q_EMIT copied();
    if (m_clearAfterSeconds > 0) {
        m_total = m_clearAfterSeconds;
        m_remaining = m_total;
        m_ticker.start();
        Q_EMIT countdownChanged(m_remaining, m_total);
    } else if (m_ticker.isActive()) {
        // The value that countdown was for has just been replaced: end it so that no stale
        // countdown stays on screen.
        m_ticker.stop();
        m_remaining = 0;
        Q_EMIT countdownChanged(0, m_total);
    }
}

void ClipboardGuard::copyPlain(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(text, QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setText(text, QClipboard::Selection);
    passforge::secureWipe(m_value); // the secret is no longer there to clear
    if (m_ticker.isActive()) {
        m_ticker.stop();
        m_remaining = 0;
        Q_EMIT countdownChanged(0, m_total);
    }
    Q_EMIT copiedPlain();
}

void ClipboardGuard::tick()
{
    --m_remaining;
    if (m_remaining > 0) {
        Q_EMIT countdownChanged(m_remaining, m_total);
        return;
    }
    clearNow();
}

void ClipboardGuard::clearNow()
{
    const bool wasCounting = m_ticker.isActive();
    m_ticker.stop();
    m_remaining = 0;
    clearOwned();
    if (wasCounting)
        Q_EMIT countdownChanged(0, m_total);
    Q_EMIT cleared();
}

bool ClipboardGuard::holdsOurValue(int index) const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(modeFor(index));
    // The text alone decides, whoever owns the selection now: a clipboard manager that takes
    // ownership to keep the text alive (without our hint) or a selection synchroniser still
    // holds our secret, and must not keep it past the timeout. Anything else is the user's.
    return mime && mime->hasText() && mime->text() == m_value;
}

void ClipboardGuard::clearOwned()
{
    if (m_value.isEmpty())
        return;
#if PASSFORGE_HAVE_WAYLAND
    if (m_wayland) {
        QByteArray utf8 = m_value.toUtf8();
        m_wayland->clearIfHolding(utf8);
        passforge::secureWipe(utf8);
        passforge::secureWipe(m_value);
        return;
    }
#endif
    // Without an application (a guard outliving it) there is no clipboard left to clear.
    QClipboard *clipboard = QCoreApplication::instance() ? QGuiApplication::clipboard() : nullptr;
    for (int index = 0; index < 2; ++index) {
        if (!clipboard || (index == 1 && !clipboard->supportsSelection()))
            continue;
        if (holdsOurValue(index))
            clipboard->clear(modeFor(index));
    }
    passforge::secureWipe(m_value);
}
