// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeneratorPage.h"
#include "passforge/NumberGenerator.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Random whole numbers from a minimum to a maximum anywhere in the signed 64-bit range, one or
// several, optionally all different.
class NumberTab : public GeneratorPage
{
    Q_OBJECT

public:
    NumberTab(passforge::Random &random, PresetStore &presets, QWidget *parent = nullptr);

    const passforge::NumberGenerator &generator() const { return m_generator; }

    std::optional<QJsonObject> currentPreset(QString *why) const override;
    std::optional<QJsonObject> normalizedPreset(const QJsonObject &options,
                                                QString *problem) const override;

protected:
    QString problem() const override;
    QString makeValue(passforge::Random &random) const override;
    double entropyBits() const override { return m_generator.entropyBits(); }
    // A number is no secret: "one of 6 values (2.58 bits)", no strength, a plain copy.
    bool isSecret() const override { return false; }
    QString entropyText(double bits) const override;
    QString entropyToolTip() const override;
    void setPresetOptions(const QJsonObject &options) override;

private:
    void applyOptions() override;
    QString countProblem() const;
    void retranslate() override;

    passforge::NumberGenerator m_generator;
    QLineEdit *m_minEdit;
    QLineEdit *m_maxEdit;
    QSpinBox *m_countSpin;
    QCheckBox *m_distinctCheck;
    QLabel *m_minLabel;
    QLabel *m_maxLabel;
    QLabel *m_countLabel;
    QLabel *m_rangeNote;
    bool m_minValid = true;
    bool m_maxValid = true;
};
