// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeneratorPage.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PresetOptions.h"
#include "passforge/PronounceableGenerator.h"

#include <array>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QToolButton;
class QWidget;

// Passwords: length, the four character classes, extra and excluded characters, look-alikes,
// and (under Advanced) a minimum count per class.
class PasswordTab : public GeneratorPage
{
    Q_OBJECT

public:
    PasswordTab(passforge::Random &random, PresetStore &presets, QWidget *parent = nullptr);

    void restoreOptions(const AppSettings &settings) override;
    void saveOptions(AppSettings &settings) const override;

    const passforge::PasswordGenerator &generator() const { return m_generator; }

    // "Wi-Fi QR code…": the password as the text phones join a network from.
    bool canShowWifiQrCode() const { return canShowQrCode(); }
    void showWifiQrCode();

    std::optional<QJsonObject> currentPreset(QString *why) const override;
    std::optional<QJsonObject> normalizedPreset(const QJsonObject &options,
                                                QString *problem) const override;

protected:
    QString problem() const override;
    QString makeValue(passforge::Random &random) const override;
    std::function<QString(passforge::Random &)> valueMaker() const override;
    double entropyBits() const override
    {
        return isEasyToSay() ? m_easy.entropyBits() : m_generator.entropyBits();
    }
    // The "Easy to say" style: syllables (PronounceableGenerator) instead of random characters.
    bool isEasyToSay() const;
    void setPresetOptions(const QJsonObject &options) override;

private:
    void buildOptions();
    void applyOptions() override;
    void retranslate() override;
    void setAdvancedShown(bool shown);
    // Reads the Site and Rules fields into the generator, and shows the rules in words.
    void applyRules();
    static QString className(passforge::PasswordGenerator::CharClass c);
    // The options as a preset sees them: "at least one of each kind" as minimums of one.
    passforge::PasswordOptions presetValues() const;

    void showStyle();

    passforge::PasswordGenerator m_generator;
    passforge::PronounceableGenerator m_easy;
    QFormLayout *m_form = nullptr;
    QComboBox *m_styleCombo = nullptr;
    QLabel *m_styleLabel = nullptr;
    QCheckBox *m_easyCapitalCheck = nullptr;
    QCheckBox *m_easyDigitCheck = nullptr;
    QSlider *m_lengthSlider = nullptr;
    QSpinBox *m_lengthSpin = nullptr;
    std::array<QCheckBox *, passforge::PasswordGenerator::ClassCount> m_classChecks{};
    std::array<QSpinBox *, passforge::PasswordGenerator::ClassCount> m_minimumSpins{};
    QLineEdit *m_customEdit = nullptr;
    QLineEdit *m_excludeEdit = nullptr;
    QCheckBox *m_lookAlikesCheck = nullptr;
    QCheckBox *m_eachKindCheck = nullptr;
    QLabel *m_lengthLabel = nullptr;
    QLabel *m_charactersLabel = nullptr;
    QLabel *m_customLabel = nullptr;
    QLabel *m_excludeLabel = nullptr;
    std::array<QLabel *, passforge::PasswordGenerator::ClassCount> m_minimumLabels{};
    QLineEdit *m_siteEdit = nullptr;
    QLineEdit *m_rulesEdit = nullptr;
    QLabel *m_siteLabel = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QLabel *m_rulesDescription = nullptr;
    // What the Site and Rules fields ask for: nothing, rules, or a problem to show.
    QString m_rulesProblem;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advancedSection = nullptr;
};
