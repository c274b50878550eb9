// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/SessionHistory.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class HistoryModel;

// Edit ▸ History…: this session's passwords, passphrases and tokens, newest first, masked until
// one is revealed. A value can be copied again (through the clipboard guard, with auto-clear),
// removed, or all of them cleared. Nothing here can be saved.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    using Copy = std::function<void(const QString &secret)>;
    // enabled is false when Preferences keep no history; copy puts a value on the clipboard.
    HistoryDialog(passforge::SessionHistory &history, bool enabled, Copy copy,
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    QTableView *view() const { return m_view; }
    // The row's value shown or masked.
    void setRevealed(int row, bool revealed);
    bool isRevealed(int row) const;
    void copyRow(int row);
    void removeRow(int row);
    void clearAll();

private:
    int currentRow() const;
    void updateButtons();

    passforge::SessionHistory &m_history;
    Copy m_copy;
    HistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    QPushButton *m_removeButton;
    QPushButton *m_clearButton;
};
