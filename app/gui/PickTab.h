// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DrawRecord.h"
#include "passforge/PickList.h"
#include "TabPage.h"

#include <QTimer>

#include <optional>

class PickListEdit;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace passforge {
class Random;
}

// Pick winners from a list: paste, type, open or drop it; see how many entries and duplicates
// it has; draw winners or shuffle it; copy the result or a record of the draw. The list and the
// results stay in memory only.
class PickTab : public TabPage
{
    Q_OBJECT

public:
    // The largest list file the tab opens (the box refuses pasted text past a similar size).
    static constexpr qint64 MaxListBytes = passforge::PickList::WindowMaxBytes;

    explicit PickTab(passforge::Random &random, QWidget *parent = nullptr);

    // Draws winners.
    void regenerate() override { draw(); }
    // Copies the result (the winners, one per line, in draw order).
    void copyToClipboard() override;
    bool canCopy() const override { return m_record.has_value(); }

    void restoreOptions(const AppSettings &settings) override;
    void saveOptions(AppSettings &settings) const override;

    void draw();
    void shuffle();
    void copyRecord();
    // Asks for a file, then loads it.
    void openList();
    // Replaces the list with a UTF-8 text file's lines; false (and an inline message) when the
    // file cannot be read, is too large or is not UTF-8 text.
    bool loadListFile(const QString &path);

private:
    void listEdited();
    void parseList();
    void ensureParsed();
    void clearResult();
    void updateState();
    void makeResult(DrawRecord::Kind kind);
    void showResult(DrawRecord record);
    void setListMessage(const QString &message);
    QString refusalText() const;
    void markRefusedLine();
    void setResultMessage(const QString &message, bool isProblem);
    QString summary() const;

    passforge::Random &m_random;
    PickListEdit *m_listEdit;
    QPushButton *m_openButton;
    QLabel *m_summaryLabel;
    QLabel *m_listMessage;
    QCheckBox *m_removeDuplicatesCheck;
    QSpinBox *m_winnersSpin;
    QPushButton *m_drawButton;
    QPushButton *m_shuffleButton;
    QStackedWidget *m_resultStack;
    QListWidget *m_resultList;
    QLabel *m_resultMessage;
    QPushButton *m_copyResultButton;
    QPushButton *m_copyRecordButton;

    passforge::PickList m_list;
    bool m_listTooLarge = false;
    // A name that would deceive (control, bidirectional or invisible character): nothing is drawn.
    std::optional<passforge::PickList::Refusal> m_refusal;
    QLabel *m_lookalikeLabel;
    QTimer m_parseTimer;
    std::optional<DrawRecord> m_record;
};
