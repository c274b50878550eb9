// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QWidget>

class AppSettings;

// What the window needs from each tab: make a new result, copy it, and keep its options.
// Tabs never touch the clipboard themselves; they ask the window, which owns ClipboardGuard.
class TabPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // How a copy goes to the clipboard: a secret with the "do not store" hints and auto-clear, or
    // plain text that stays (a draw record for an announcement, a dice roll).
    enum class CopyAs { Secret, PlainText };
    Q_ENUM(CopyAs)

    // Makes a new value from the current options, when canRegenerate().
    virtual void regenerate() = 0;
    // False on the pick tab (only Draw draws) and while a tab's options are invalid.
    virtual bool canRegenerate() const { return true; }
    // Asks for the tab's main result to be copied (emits copyRequested when there is one).
    virtual void copyToClipboard() = 0;
    virtual bool canCopy() const = 0;

    // "Show as QR code": the secret tabs, while they show a value.
    virtual bool canShowQrCode() const { return false; }
    virtual void showQrCode() {}
    // "Generate many…": the secret tabs, while their options are valid.
    virtual bool canGenerateMany() const { return false; }
    virtual void generateMany() {}
    // The options as a command line, in the CLI's words ("password --length 20"); empty where
    // the tab has none.
    virtual QString optionsAsCommand() const { return {}; }

    // Puts every word the tab shows in the current language, keeping what it shows: called once
    // built, and again when the language changes (QEvent::LanguageChange).
    virtual void retranslate() {}

    virtual void restoreOptions(const AppSettings &settings) = 0;
    virtual void saveOptions(AppSettings &settings) const = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }

Q_SIGNALS:
    void copyRequested(const QString &text, TabPage::CopyAs as);
    void canCopyChanged(bool canCopy);
    void canRegenerateChanged(bool canRegenerate);
    // An option the user can set has changed: the window saves the tab's options.
    void optionsChanged();
    // A secret was made or copied, for the session history, which asks optionsAsCommand() how
    // only when it keeps one.
    void secretRecorded(const QString &value, bool copied);
};
