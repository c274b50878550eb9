// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Checks a draw record (JSON, from Save record… or pick --json) against a list file, and says in
// words whether they match: the same check as passforge-cli pick --verify.
class VerifyDrawDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDrawDialog(QWidget *parent = nullptr);

    void setRecordPath(const QString &path);
    void setListPath(const QString &path);
    // Reads both files and shows the outcome; true when the record matches the list.
    bool verify();
    QString outcome() const;

private:
    void browse(QLineEdit *field, const QString &title, const QString &filter);
    void show(const QString &text, bool matches);

    QLineEdit *m_recordEdit;
    QLineEdit *m_listEdit;
    QPushButton *m_verifyButton;
    QLabel *m_outcome;
};
