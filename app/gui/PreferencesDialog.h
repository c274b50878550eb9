// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QSpinBox;

// The few behaviours a user can set: when the clipboard clears itself, whether it is cleared on
// quit, whether the last options come back on start, and the language of the window.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);

    // Writes the dialog's choices (called by the window when the dialog is accepted).
    void save(AppSettings &settings) const;

private:
    QCheckBox *m_autoClearCheck;
    QSpinBox *m_clearAfterSpin;
    QCheckBox *m_clearOnQuitCheck;
    QCheckBox *m_keepHistoryCheck;
    QCheckBox *m_restoreOptionsCheck;
    QComboBox *m_languageCombo;
};
