// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "RangeCheck.h"
#include "passforge/SessionHistory.h"

#include "AppSettings.h"
#include "Localization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_autoClearCheck(new QCheckBox(tr("Clear the clipboard &after"), this))
    , m_clearAfterSpin(new QSpinBox(this))
    , m_clearOnQuitCheck(new QCheckBox(tr("Clear the clipboard when Passforge &quits"), this))
    , m_keepHistoryCheck(new QCheckBox(tr("&Keep a history of this session's values"), this))
    , m_restoreOptionsCheck(new QCheckBox(tr("&Restore the last options on start"), this))
    , m_languageCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    const AppSettings::IntKey &key = AppSettings::ClearAfterSeconds;
    const int seconds = settings.value(key);
    m_autoClearCheck->setObjectName(QStringLiteral("autoClearCheck"));
    m_autoClearCheck->setChecked(seconds > 0);
    m_autoClearCheck->setAccessibleName(tr("Clear the clipboard automatically"));
    m_clearAfterSpin->setObjectName(QStringLiteral("clearAfterSpinBox"));
    QLabel *secondsRange = RangeCheck::acceptAnyNumber(m_clearAfterSpin, key.min, key.max);
    m_clearAfterSpin->setValue(seconds > 0 ? seconds : key.defaultValue);
    m_clearAfterSpin->setEnabled(seconds > 0);
    m_clearAfterSpin->setAccessibleName(tr("Seconds before the clipboard is cleared"));
    auto *secondsLabel = new QLabel(tr("seconds", "after N seconds"), this);
    connect(m_autoClearCheck, &QCheckBox::toggled, m_clearAfterSpin, &QSpinBox::setEnabled);

    m_clearOnQuitCheck->setObjectName(QStringLiteral("clearOnQuitCheck"));
    m_clearOnQuitCheck->setChecked(settings.value(AppSettings::ClearOnQuit));
    m_clearOnQuitCheck->setToolTip(
        tr("Only a value Passforge copied is cleared; text you copied since is left alone."));
    m_keepHistoryCheck->setObjectName(QStringLiteral("keepHistoryCheck"));
    m_keepHistoryCheck->setChecked(settings.value(AppSettings::KeepHistory));
    m_keepHistoryCheck->setToolTip(
        tr("The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ "
           "History). Turning it off clears it.")
            .arg(passforge::SessionHistory::Capacity));
    m_restoreOptionsCheck->setObjectName(QStringLiteral("restoreOptionsCheck"));
    m_restoreOptionsCheck->setChecked(settings.value(AppSettings::RestoreOptions));
    m_restoreOptionsCheck->setToolTip(
        tr("Generator options only. Generated values, lists and draw results are never saved."));

    // Each language by its own name, so that a user lost in a foreign one still finds theirs.
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("System default", "language"), QString());
    for (const passforge::i18n::Language &language : passforge::i18n::languages())
        m_languageCombo->addItem(language.nativeName, language.code);
    const int languageIndex = m_languageCombo->findData(settings.value(AppSettings::Language));
    m_languageCombo->setCurrentIndex(std::max(languageIndex, 0));
    m_languageCombo->setAccessibleName(tr("Language of the window"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_languageCombo);
    languageRow->addStretch(1);

    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_autoClearCheck);
    clearRow->addWidget(m_clearAfterSpin);
    clearRow->addWidget(secondsLabel);
    clearRow->addWidget(secondsRange);
    clearRow->addStretch(1);

    auto *note = new QLabel(tr("Passforge never saves a generated value, a list or a draw "
                               "result. The options are kept in %1.")
                                .arg(settings.filePath()),
                            this);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // A timeout outside the range is not saved as another one: OK waits until it is in range.
    const auto checkSeconds = [this, buttons, key] {
        const int s = m_clearAfterSpin->value();
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_autoClearCheck->isChecked() || (s >= key.min && s <= key.max));
    };
    connect(m_clearAfterSpin, &QSpinBox::valueChanged, this, checkSeconds);
    connect(m_autoClearCheck, &QCheckBox::toggled, this, checkSeconds);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Never narrower than its rows: at 200% or in German nothing is cut off.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(clearRow);
    layout->addWidget(m_clearOnQuitCheck);
    layout->addWidget(m_keepHistoryCheck);
    layout->addWidget(m_restoreOptionsCheck);
    layout->addLayout(languageRow);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::save(AppSettings &settings) const
{
    settings.setValue(AppSettings::ClearAfterSeconds,
                      m_autoClearCheck->isChecked() ? m_clearAfterSpin->value() : 0);
    settings.setValue(AppSettings::ClearOnQuit, m_clearOnQuitCheck->isChecked());
    settings.setValue(AppSettings::KeepHistory, m_keepHistoryCheck->isChecked());
    settings.setValue(AppSettings::RestoreOptions, m_restoreOptionsCheck->isChecked());
    settings.setValue(AppSettings::Language, m_languageCombo->currentData().toString());
}
