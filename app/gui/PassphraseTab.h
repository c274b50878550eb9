// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeneratorPage.h"
#include "passforge/PassphraseGenerator.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class WordlistChooser;

// Passphrases: a number of words from the built-in English list or the user's own, a separator,
// the letter case and an optional digit. The entropy line says how many words from how large a
// list, and says "at most" when a list that is not prefix-free makes it an upper bound.
class PassphraseTab : public GeneratorPage
{
    Q_OBJECT

public:
    PassphraseTab(passforge::Random &random, PresetStore &presets, QWidget *parent = nullptr);

    void restoreOptions(const AppSettings &settings) override;
    void saveOptions(AppSettings &settings) const override;

    const passforge::PassphraseGenerator &generator() const { return m_generator; }
    WordlistChooser *wordlistChooser() const { return m_chooser; }

    std::optional<QJsonObject> currentPreset(QString *why) const override;
    std::optional<QJsonObject> normalizedPreset(const QJsonObject &options,
                                                QString *problem) const override;

protected:
    QString problem() const override;
    QString makeValue(passforge::Random &random) const override;
    std::function<QString(passforge::Random &)> valueMaker() const override;
    double entropyBits() const override { return m_generator.entropyBits(); }
    QString entropyText(double bits) const override;
    QString entropyToolTip() const override;
    void setPresetOptions(const QJsonObject &options) override;

private:
    void applyOptions() override;
    void retranslate() override;
    void updateUpperBoundNote();
    double bitsPerWord() const;

    passforge::PassphraseGenerator m_generator;
    QSpinBox *m_wordsSpin;
    QLineEdit *m_separatorEdit;
    QLineEdit *m_separatorFromEdit;
    QComboBox *m_caseCombo;
    QCheckBox *m_addDigitCheck;
    QCheckBox *m_addSymbolCheck;
    WordlistChooser *m_chooser;
    QLabel *m_upperBoundNote;
    QLabel *m_wordsLabel;
    QLabel *m_separatorLabel;
    QLabel *m_separatorFromLabel;
    QLabel *m_caseLabel;
    QLabel *m_wordlistLabel;
};
