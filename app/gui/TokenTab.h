// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeneratorPage.h"
#include "passforge/TokenGenerator.h"

class QComboBox;
class QLabel;
class QSpinBox;

// API tokens: a number of random bytes in hex, URL-safe base64, base64 or base32, or a UUID v4.
class TokenTab : public GeneratorPage
{
    Q_OBJECT

public:
    TokenTab(passforge::Random &random, PresetStore &presets, QWidget *parent = nullptr);

    const passforge::TokenGenerator &generator() const { return m_generator; }

    std::optional<QJsonObject> currentPreset(QString *why) const override;
    std::optional<QJsonObject> normalizedPreset(const QJsonObject &options,
                                                QString *problem) const override;

protected:
    QString problem() const override;
    QString makeValue(passforge::Random &random) const override;
    std::function<QString(passforge::Random &)> valueMaker() const override;
    double entropyBits() const override { return m_generator.entropyBits(); }
    void setPresetOptions(const QJsonObject &options) override;

private:
    void applyOptions() override;
    void retranslate() override;
    void updateFormatNote();

    passforge::TokenGenerator m_generator;
    QLabel *m_bytesRange = nullptr;
    QSpinBox *m_bytesSpin;
    QComboBox *m_formatCombo;
    QLabel *m_formatNote;
    QLabel *m_bytesLabel;
    QLabel *m_formatLabel;
};
