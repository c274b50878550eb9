// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSettings;

// What the window needs from each tab: make a new result, copy it, and keep its options.
// Tabs never touch the clipboard themselves; they ask the window, which owns ClipboardGuard.
class TabPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Makes a new value (a draw, on the pick tab) from the current options.
    virtual void regenerate() = 0;
    // Asks for the tab's main result to be copied (emits copyRequested when there is one).
    virtual void copyToClipboard() = 0;
    virtual bool canCopy() const = 0;

    virtual void restoreOptions(const AppSettings &settings) = 0;
    virtual void saveOptions(AppSettings &settings) const = 0;

Q_SIGNALS:
    void copyRequested(const QString &text);
    void canCopyChanged(bool canCopy);
    // An option the user can set has changed: the window saves the tab's options.
    void optionsChanged();
};
