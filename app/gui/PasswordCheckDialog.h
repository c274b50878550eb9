// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;

// Edit ▸ Check a password…: zxcvbn's estimate of a password the user already has, as they type
// it into a masked field (which screen readers do not read out). The text is never stored; it is
// wiped when the dialog closes.
class PasswordCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordCheckDialog(QWidget *parent = nullptr);
    ~PasswordCheckDialog() override;

    QLineEdit *passwordEdit() const { return m_edit; }

    void done(int result) override;

private:
    void update();
    // The estimate's place says why there is none.
    void showNoEstimate(const QString &why);
    void setShown(bool shown);
    void wipeField();

    QLineEdit *m_edit;
    QAction *m_showAction;
    QProgressBar *m_scoreBar;
    QLabel *m_scoreLabel;
    QLabel *m_guessesLabel;
    QLabel *m_onlineThrottledLabel;
    QLabel *m_onlineLabel;
    QLabel *m_offlineSlowLabel;
    QLabel *m_offlineFastLabel;
    QLabel *m_foundLabel;
    QLabel *m_adviceLabel;
};
