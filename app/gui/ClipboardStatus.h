// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ClipboardGuard;
class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's clipboard countdown: "Clipboard clears in 17 s", a small bar running down,
// and a button for the window's "Clear now" action. It only listens to ClipboardGuard's signals;
// the window enables its action.
class ClipboardStatus : public QWidget
{
    Q_OBJECT

public:
    ClipboardStatus(ClipboardGuard *guard, QAction *clearNowAction, QWidget *parent = nullptr);

Q_SIGNALS:
    // A short message for the status bar's temporary area.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCopied();
    void onCopiedPlain();
    void onCountdown(int remaining, int total);
    void onCleared();

    ClipboardGuard *m_guard;
    QAction *m_clearNowAction;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_clearButton;
};
