// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DrawRecord.h"
#include "TabPage.h"
#include "passforge/ListFile.h"
#include "passforge/PickList.h"

#include <QFutureWatcher>
#include <QTimer>

#include <optional>

class OptionBinder;
class PickListEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
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
    // The largest list the tab takes, from a file or pasted: core's one limit.
    static constexpr qint64 MaxListBytes = passforge::PickList::MaxBytes;
    // Lists longer than this do not go into the editor, which would stop answering while it laid
    // them out (a million lines take it seconds). They are counted off the GUI thread, and the
    // editor shows their first PreviewLines lines, read-only, until the list is cleared.
    static constexpr qint64 EditableListBytes = 1000 * 1000;
    static constexpr int PreviewLines = 1000;

    explicit PickTab(passforge::Random &random, QWidget *parent = nullptr);

    // Nothing: Regenerate (Ctrl+R, F5) never draws; Draw is the only way to draw.
    void regenerate() override {}
    bool canRegenerate() const override { return false; }
    // Copies the result (the winners, one per line, in draw order).
    void copyToClipboard() override;
    bool canCopy() const override { return shownDraw() != nullptr; }

    void retranslate() override;
    void restoreOptions(const AppSettings &settings) override;
    void saveOptions(AppSettings &settings) const override;

    void draw();
    // Every entry once, in an order drawn with the tickets as weights: a draw of every entry.
    void shuffle();
    // Replaces the selected winner of the shown draw by the next winner its seed gives (a
    // runner-up from the tickets left), as a new draw that amends it.
    void replaceWinner();
    void copyRecord();
    // The text to publish before a draw from a public random value: the list's SHA-256, its
    // counts, the winners to draw and the value's description. Empty when no draw could be
    // announced now.
    QString announcement() const;
    // Shows announcement() in a dialog from which it can be copied.
    void announce();
    // Asks for a file, then saves the shown draw's record to it as JSON.
    void saveRecord();
    // Writes the shown draw's record (one JSON object and a newline) to path; false, with the
    // reason in the draw problem line, when it cannot.
    bool saveRecordTo(const QString &path);
    // The session's draws, oldest first; never written anywhere.
    const std::vector<DrawRecord> &draws() const { return m_draws; }
    // Asks for a file, then loads it.
    void openList();
    // Replaces the list with a UTF-8 text file's lines; false (and an inline message) when the
    // file cannot be read, is too large or is not UTF-8 text. A file over EditableListBytes is
    // counted in the background: true then means it is loading (isLoading()), and the list
    // changes when loadFinished() is emitted, unless the file turns out not to be a list.
    bool loadListFile(const QString &path);
    bool isLoading() const { return m_loading != nullptr; }
    // Empties the list, also one too long to edit.
    void clearList();

Q_SIGNALS:
    void loadFinished();

private:
    struct Loaded
    {
        passforge::PickList list;
        passforge::PickList::Error error = passforge::PickList::Error::None;
        passforge::PickList::Refusal refusal;
        std::vector<passforge::PickList::Lookalike> lookalikes;
        QString preview; // the first PreviewLines lines
        // A file read on the pool, and why it could not be read (for readProblem()).
        QString path;
        std::optional<passforge::ListFile> unread;
    };
    // A file to read on the pool, for loadLargeList().
    struct LargeFile
    {
        QString path;
    };
    template <typename Text> void loadLargeList(Text text, const QString &name);
    // The message for a file that could not be read, or an empty string.
    QString readProblem(const passforge::ListFile &read, const QString &path) const;
    void leaveLargeList();
    void largeListLoaded(Loaded loaded, const QString &name);
    void pastedLargeText(const QString &text);
    void listEdited();
    void parseList();
    void countNow();
    void countInBackground();
    void presentList();
    void ensureParsed();
    void updateState();
    void makeResult(DrawRecord::Kind kind);
    void addDraw(DrawRecord::Kind kind, passforge::DrawRecord published);
    void addDraw(DrawRecord record);
    // The public random value to draw from, when that option is on.
    std::optional<QString> beacon() const;
    void showDraw(int index);
    void updateDrawItems();
    QString drawItemText(const DrawRecord &record) const;
    const DrawRecord *shownDraw() const;
    bool canReplace() const;
    void setListMessage(const QString &message, bool isProblem = true);
    QString refusalText() const;
    void markRefusedLine();
    void setResultMessage(const QString &message, bool isProblem);
    QString summary() const;

    passforge::Random &m_random;
    PickListEdit *m_listEdit;
    QPushButton *m_openButton;
    QPushButton *m_clearButton;
    QLabel *m_summaryLabel;
    QLabel *m_listMessage;
    QLabel *m_lookalikeLabel;
    QCheckBox *m_removeDuplicatesCheck;
    QCheckBox *m_beaconCheck;
    QLineEdit *m_beaconEdit;
    QPushButton *m_announceButton;
    QSpinBox *m_winnersSpin;
    QPushButton *m_drawButton;
    QPushButton *m_shuffleButton;
    QStackedWidget *m_resultStack;
    QListWidget *m_resultList;
    QLabel *m_resultMessage;
    QPushButton *m_copyResultButton;
    QPushButton *m_copyRecordButton;
    QPushButton *m_replaceButton;
    QPushButton *m_saveRecordButton;
    QListWidget *m_drawsList;
    QLabel *m_drawProblem;
    QLabel *m_listLabel = nullptr;
    QLabel *m_winnersLabel = nullptr;
    QLabel *m_drawsLabel = nullptr;

    passforge::PickList m_list;
    std::vector<passforge::PickList::Lookalike> m_lookalikes;
    static constexpr int MaxLookalikesShown = 20;
    static constexpr qsizetype MaxRowsShown = 1000;
    bool m_listTooLarge = false;
    // A name that would deceive (control, bidirectional or invisible character): nothing is drawn.
    std::optional<passforge::PickList::Refusal> m_refusal;
    QTimer m_parseTimer;
    OptionBinder *m_options = nullptr;
    // While a long list is counted; deleted (and its result dropped) if another takes its place.
    QFutureWatcher<Loaded> *m_loading = nullptr;
    // A count of the editor's text on the thread pool, and which edit it is for.
    QFutureWatcher<Loaded> *m_counting = nullptr;
    int m_editGeneration = 0;
    // A draw or shuffle of many on the thread pool (see makeResult).
    QFutureWatcher<passforge::DrawRecord> *m_drawing = nullptr;
    static constexpr qsizetype ForegroundDrawEntries = 20'000;
    // Where the list came from when it is too long to edit; empty while the editor holds it.
    QString m_largeListName;
    std::vector<DrawRecord> m_draws;
    // The SHA-256 of the list now, to tell which draws were for an earlier one.
    QString m_listSha256;
};
