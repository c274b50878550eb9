// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM (what a session sends its programs as it logs out), SIGINT and SIGHUP into
// quitRequested() on the main thread, so that they end the app the way Ctrl+Q does: the clipboard
// cleared, the settings saved. The handler only writes a byte into a pipe, which is all a signal
// handler may safely do; a QSocketNotifier reads it in the event loop. One instance at a time.
class QuitOnSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignals(QObject *parent = nullptr);
    ~QuitOnSignals() override;

Q_SIGNALS:
    void quitRequested(int signal);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
