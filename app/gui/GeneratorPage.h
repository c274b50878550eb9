// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "TabPage.h"

#include <QJsonObject>

#include <functional>
#include <optional>

class OptionBinder;
class PresetBar;
class PresetStore;
class QAction;
class QGroupBox;
class QPushButton;
class QToolButton;
class StrengthMeter;
class ValueDisplay;

namespace passforge {
class Random;
}

// The frame shared by the password, passphrase, token and number tabs: the presets of the tab's
// command, the value field with its show/hide toggle, the entropy line, Regenerate and Copy, and a
// box for the tab's own options. Subclasses say what is wrong with their options, make a value,
// give its entropy, and read and set their options in preset form.
class GeneratorPage : public TabPage
{
    Q_OBJECT

public:
    struct Keys
    {
        const AppSettings::BoolKey &showValue;
        const AppSettings::TextKey &preset; // the preset chosen
    };
    // command is the CLI command whose presets the tab offers.
    GeneratorPage(passforge::Random &random, PresetStore &presets, const QString &command,
                  const Keys &keys, QWidget *parent = nullptr);

    void regenerate() final;
    // The frame's words and the value's lines; a tab adds its own and calls this.
    void retranslate() override;
    // While the options are invalid there is nothing to regenerate.
    bool canRegenerate() const final;
    void copyToClipboard() final;
    bool canCopy() const final;

    void restoreOptions(const AppSettings &settings) override;
    void saveOptions(AppSettings &settings) const override;

    bool canShowQrCode() const override;
    void showQrCode() override;
    bool canGenerateMany() const override;
    void generateMany() override;
    // Adds an action to the menu button beside Copy (QR code, many at once); the window owns it.
    void addMenuAction(QAction *action);
    QString optionsAsCommand() const override;

    ValueDisplay *valueDisplay() const { return m_display; }
    PresetBar *presetBar() const { return m_presetBar; }

    // The options in preset form (the CLI's option names), written so that options giving the
    // same values compare equal; empty with why set when they have no preset form.
    virtual std::optional<QJsonObject> currentPreset(QString *why) const = 0;
    // A preset's options in the same form, or empty with the problem set when the tab cannot
    // use them.
    virtual std::optional<QJsonObject> normalizedPreset(const QJsonObject &options,
                                                        QString *problem) const = 0;

protected:
    // Why no value can be made from the current options, or an empty string when they are valid.
    virtual QString problem() const = 0;
    virtual QString makeValue(passforge::Random &random) const = 0;
    // A copy of the current generator, for another thread (Generate many…): it must not read
    // the tab, whose options may change meanwhile. Empty where the tab offers no batches.
    virtual std::function<QString(passforge::Random &)> valueMaker() const { return {}; }
    virtual double entropyBits() const = 0;
    // The entropy line and its tooltip. By default "131.1 bits — very strong" and a note that
    // this is exact; a tab may add how the bits arise, or say that they are an upper bound.
    virtual QString entropyText(double bits) const;
    virtual QString entropyToolTip() const;
    // Passwords, passphrases and tokens are secrets: a strength bar, and copies that clear
    // themselves. A number is not (a dice roll is no password): no strength, a plain copy.
    virtual bool isSecret() const { return true; }

    QGroupBox *optionsBox() const { return m_optionsBox; }
    // Where a tab binds each option widget to its settings key: a change of any of them applies
    // the options (applyOptions) and regenerates, and restore and save cover them all.
    OptionBinder &options() { return *m_binder; }
    // Passes the widgets' options to the tab's generator.
    virtual void applyOptions() = 0;
    // For subclasses' change handlers: regenerates and announces the change of options.
    void optionChanged();
    void setValueAccessibleName(const QString &name);
    // Sets the option widgets from a normalized preset; the frame then applies them once.
    virtual void setPresetOptions(const QJsonObject &options) = 0;

private:
    void setShown(bool shown);
    void updateCopyToolTip();
    void applyPreset(const QJsonObject &options);

    passforge::Random &m_random;
    QString m_command;
    const AppSettings::BoolKey &m_showValueKey;
    PresetBar *m_presetBar;
    ValueDisplay *m_display;
    QToolButton *m_showToggle;
    StrengthMeter *m_meter;
    QPushButton *m_regenerateButton;
    QPushButton *m_copyButton;
    QToolButton *m_menuButton;
    QGroupBox *m_optionsBox;
    OptionBinder *m_binder;
    bool m_canCopy = false;
    bool m_canRegenerate = true;
    bool m_generated = false;
    // While a preset sets the widgets one by one, their changes wait for one applyOptions().
    bool m_settingPreset = false;
};
