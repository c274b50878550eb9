// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickTab.h"

#include "AppSettings.h"
#include "Icons.h"
#include "OptionBinder.h"
#include "Palette.h"
#include "PickListEdit.h"
#include "passforge/ByteSource.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {

// Lists up to this many characters are counted on every keystroke; longer ones after a pause,
// so that typing into a very long list stays smooth.
constexpr qsizetype ImmediateParseCharacters = 200'000;

} // namespace

PickTab::PickTab(passforge::Random &random, QWidget *parent)
    : TabPage(parent)
    , m_random(random)
    , m_listEdit(new PickListEdit(this))
    , m_openButton(new QPushButton(Icons::icon(Icons::Glyph::Open), QString(), this))
    , m_clearButton(new QPushButton(Icons::icon(Icons::Glyph::Clear), QString(), this))
    , m_summaryLabel(new QLabel(this))
    , m_listMessage(new QLabel(this))
    , m_lookalikeLabel(new QLabel(this))
    , m_removeDuplicatesCheck(new QCheckBox(QString(), this))
    , m_beaconCheck(new QCheckBox(QString(), this))
    , m_beaconEdit(new QLineEdit(this))
    , m_announceButton(new QPushButton(QString(), this))
    , m_winnersSpin(new QSpinBox(this))
    , m_drawButton(new QPushButton(Icons::icon(Icons::Glyph::Draw), QString(), this))
    , m_shuffleButton(new QPushButton(Icons::icon(Icons::Glyph::Shuffle), QString(), this))
    , m_resultStack(new QStackedWidget(this))
    , m_resultList(new QListWidget(this))
    , m_resultMessage(new QLabel(this))
    , m_copyResultButton(new QPushButton(Icons::icon(Icons::Glyph::Copy), QString(), this))
    , m_copyRecordButton(new QPushButton(QString(), this))
    , m_replaceButton(new QPushButton(QString(), this))
    , m_saveRecordButton(new QPushButton(QString(), this))
    , m_drawsList(new QListWidget(this))
    , m_drawProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("pickTab"));

    m_listLabel = new QLabel(this);
    auto *listLabel = m_listLabel;
    listLabel->setBuddy(m_listEdit);
    m_openButton->setObjectName(QStringLiteral("openListButton"));
    m_clearButton->setObjectName(QStringLiteral("clearListButton"));
    m_listEdit->setEditableCharacters(EditableListBytes);
    m_summaryLabel->setObjectName(QStringLiteral("listSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_listMessage->setObjectName(QStringLiteral("listMessageLabel"));
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();
    m_removeDuplicatesCheck->setObjectName(QStringLiteral("removeDuplicatesCheck"));

    m_winnersSpin->setObjectName(QStringLiteral("winnersSpinBox"));
    // A change of options keeps the draws made: each records its own options.
    m_options = new OptionBinder(this, [this] {
        updateState();
        Q_EMIT optionsChanged();
    });
    QLabel *winnersRange = m_options->bind(m_winnersSpin, AppSettings::PickWinners);
    m_options->bind(m_removeDuplicatesCheck, AppSettings::PickRemoveDuplicates);
    m_winnersLabel = new QLabel(this);
    auto *winnersLabel = m_winnersLabel;
    winnersLabel->setBuddy(m_winnersSpin);
    m_drawButton->setObjectName(QStringLiteral("drawButton"));
    m_drawButton->setDefault(false);
    m_shuffleButton->setObjectName(QStringLiteral("shuffleButton"));

    m_resultList->setObjectName(QStringLiteral("resultList"));
    m_resultList->setUniformItemSizes(true);
    QFont resultFont = m_resultList->font();
    resultFont.setPointSizeF(resultFont.pointSizeF() * 1.2); // the winners are the point
    m_resultList->setFont(resultFont);
    // A winner is selected to be replaced; the list is no secret, so selecting it is harmless.
    m_resultList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_drawsList->setObjectName(QStringLiteral("drawsList"));
    m_drawsList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_drawsList->setMaximumHeight(m_drawsList->fontMetrics().lineSpacing() * 4 +
                                  2 * m_drawsList->frameWidth() + 8);
    m_replaceButton->setObjectName(QStringLiteral("replaceWinnerButton"));
    m_resultMessage->setObjectName(QStringLiteral("resultMessageLabel"));
    m_resultMessage->setWordWrap(true);
    m_resultMessage->setAlignment(Qt::AlignCenter);
    m_resultMessage->setMargin(12);
    // Framed like the list it stands in for, so the result area keeps its place and shape.
    m_resultMessage->setFrameShape(QFrame::StyledPanel);
    m_resultMessage->setFrameShadow(QFrame::Sunken);
    m_resultMessage->setAutoFillBackground(true);
    m_resultMessage->setBackgroundRole(QPalette::Base);
    m_resultStack->addWidget(m_resultList);
    m_resultStack->addWidget(m_resultMessage);
    m_copyResultButton->setObjectName(QStringLiteral("copyResultButton"));
    m_copyRecordButton->setObjectName(QStringLiteral("copyRecordButton"));
    m_saveRecordButton->setObjectName(QStringLiteral("saveRecordButton"));
    // The public random value is typed for each draw, and never kept in the settings: a window
    // opened later draws from a fresh seed unless told otherwise.
    m_beaconCheck->setObjectName(QStringLiteral("beaconCheck"));
    m_beaconEdit->setObjectName(QStringLiteral("beaconEdit"));
    m_beaconEdit->setEnabled(false);
    m_announceButton->setObjectName(QStringLiteral("announceButton"));

    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(listLabel);
    listHeader->addStretch(1);
    listHeader->addWidget(m_clearButton);
    listHeader->addWidget(m_openButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addLayout(listHeader);
    listColumn->addWidget(m_listEdit, 1);
    listColumn->addWidget(m_summaryLabel);
    listColumn->addWidget(m_listMessage);
    m_lookalikeLabel->setObjectName(QStringLiteral("lookalikeLabel"));
    m_lookalikeLabel->setWordWrap(true);
    m_lookalikeLabel->hide();
    listColumn->addWidget(m_lookalikeLabel);
    listColumn->addWidget(m_removeDuplicatesCheck);
    listColumn->addWidget(m_beaconCheck);
    auto *beaconRow = new QHBoxLayout;
    beaconRow->addWidget(m_beaconEdit, 1);
    beaconRow->addWidget(m_announceButton);
    listColumn->addLayout(beaconRow);

    auto *drawRow = new QHBoxLayout;
    drawRow->addWidget(winnersLabel);
    drawRow->addWidget(m_winnersSpin);
    drawRow->addWidget(winnersRange);
    drawRow->addStretch(1);
    drawRow->addWidget(m_drawButton);
    drawRow->addWidget(m_shuffleButton);
    // Two rows, so that the column stays as narrow as the list beside it: what to do with a
    // winner, then what to do with the draw.
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addStretch(1);
    replaceRow->addWidget(m_replaceButton);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copyResultButton);
    copyRow->addWidget(m_copyRecordButton);
    copyRow->addWidget(m_saveRecordButton);
    auto *resultColumn = new QVBoxLayout;
    resultColumn->addLayout(drawRow);
    m_drawProblem->setObjectName(QStringLiteral("drawProblemLabel"));
    m_drawProblem->setWordWrap(true);
    m_drawProblem->hide();
    resultColumn->addWidget(m_drawProblem);
    m_drawsLabel = new QLabel(this);
    auto *drawsLabel = m_drawsLabel;
    drawsLabel->setBuddy(m_drawsList);
    resultColumn->addWidget(drawsLabel);
    resultColumn->addWidget(m_drawsList);
    resultColumn->addWidget(m_resultStack, 1);
    resultColumn->addLayout(replaceRow);
    resultColumn->addLayout(copyRow);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn, 1);
    layout->addSpacing(12);
    layout->addLayout(resultColumn, 1);
    // Open list… sits on the row above the list, so Tab reaches it first.
    QWidget::setTabOrder(m_clearButton, m_openButton);
    QWidget::setTabOrder(m_openButton, m_listEdit);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(300);
    connect(&m_parseTimer, &QTimer::timeout, this, &PickTab::parseList);
    connect(m_listEdit, &QPlainTextEdit::textChanged, this, &PickTab::listEdited);
    connect(m_listEdit, &PickListEdit::fileDropped, this, &PickTab::loadListFile);
    connect(m_listEdit, &PickListEdit::longPaste, this, &PickTab::pastedLargeText);
    connect(m_clearButton, &QPushButton::clicked, this, &PickTab::clearList);
    connect(m_openButton, &QPushButton::clicked, this, &PickTab::openList);
    connect(m_drawsList, &QListWidget::currentRowChanged, this, &PickTab::showDraw);
    connect(m_resultList, &QListWidget::currentRowChanged, this, &PickTab::updateState);
    connect(m_replaceButton, &QPushButton::clicked, this, &PickTab::replaceWinner);
    connect(m_drawButton, &QPushButton::clicked, this, &PickTab::draw);
    connect(m_shuffleButton, &QPushButton::clicked, this, &PickTab::shuffle);
    connect(m_copyResultButton, &QPushButton::clicked, this, &PickTab::copyToClipboard);
    connect(m_copyRecordButton, &QPushButton::clicked, this, &PickTab::copyRecord);
    connect(m_saveRecordButton, &QPushButton::clicked, this, &PickTab::saveRecord);
    connect(m_announceButton, &QPushButton::clicked, this, &PickTab::announce);
    connect(m_beaconCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_beaconEdit->setEnabled(on);
        if (on)
            m_beaconEdit->setFocus();
        updateState();
    });
    connect(m_beaconEdit, &QLineEdit::textChanged, this, &PickTab::updateState);
    retranslate(); // and counts the (empty) list
}

void PickTab::retranslate()
{
    m_listEdit->setPlaceholderText(
        tr("One entry per line. Paste or type the list, or drop a text file here."));
    m_listEdit->setAccessibleName(tr("List of entries, one per line"));
    m_openButton->setAccessibleName(tr("Open a list from a text file"));
    m_clearButton->setAccessibleName(tr("Clear the list"));
    m_clearButton->setToolTip(tr("Clear the list"));
    m_beaconCheck->setText(tr("Draw from a pu&blic random value:"));
    m_beaconCheck->setToolTip(
        tr("Announce the list's SHA-256 and a random value that does not exist yet (such as a "
           "drand round, or a lottery's numbers); once it is public, draw from it. Anyone can "
           "then check that these are the winners, and nobody could have chosen them."));
    m_beaconEdit->setAccessibleName(tr("Public random value"));
    m_beaconEdit->setPlaceholderText(tr("e.g. drand round 4211337"));
    m_beaconEdit->setToolTip(tr("Exactly as published: the seed is the SHA-256 of this text."));
    m_announceButton->setText(tr("&Announce…"));
    m_announceButton->setAccessibleName(tr("Announce the draw"));
    m_announceButton->setToolTip(tr("The text to publish before the public random value exists"));
    m_saveRecordButton->setText(tr("Sa&ve record…"));
    m_saveRecordButton->setAccessibleName(tr("Save the record of the draw"));
    m_saveRecordButton->setToolTip(
        tr("Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py"));
    m_removeDuplicatesCheck->setAccessibleName(tr("Remove duplicates"));
    m_removeDuplicatesCheck->setToolTip(
        tr("Otherwise a name on several lines has one ticket per line, and so a better chance"));
    m_winnersSpin->setAccessibleName(tr("Number of winners"));
    m_drawButton->setAccessibleName(tr("Draw winners"));
    m_drawButton->setToolTip(tr("Draw the winners from the list"));
    m_shuffleButton->setAccessibleName(tr("Shuffle the whole list"));
    m_resultList->setAccessibleName(tr("Result, in draw order"));
    m_drawsList->setAccessibleName(tr("Draws of this session"));
    m_replaceButton->setAccessibleName(tr("Replace the selected winner"));
    m_replaceButton->setToolTip(tr("When a winner does not answer: select them, then draw a "
                                   "runner-up from the tickets left (the next winner of the same "
                                   "seed). The draw is kept, and the replacement is recorded as "
                                   "a new draw."));
    m_copyResultButton->setAccessibleName(tr("Copy the result"));
    m_copyRecordButton->setAccessibleName(tr("Copy a record of the draw"));
    m_copyRecordButton->setToolTip(tr("Date and time, entry count, SHA-256 of the list, the seed "
                                      "and the result, with the record to check it, to keep or "
                                      "share"));
    m_openButton->setText(tr("&Open list…"));
    m_removeDuplicatesCheck->setText(tr("Re&move duplicates: one ticket per name"));
    m_drawButton->setText(tr("&Draw", "pick winners by lot"));
    m_shuffleButton->setText(tr("Sh&uffle list"));
    m_copyResultButton->setText(tr("Cop&y result"));
    m_replaceButton->setText(tr("Replace a w&inner…"));
    m_listLabel->setText(tr("&List:"));
    m_winnersLabel->setText(tr("Winne&rs:"));
    m_drawsLabel->setText(tr("Draw lo&g:"));
    // The words that depend on the state: the summary, the messages, the draw log.
    parseList();
    if (const int row = m_drawsList->currentRow(); row >= 0)
        showDraw(row);
}

void PickTab::listEdited()
{
    if (!m_largeListName.isEmpty())
        return; // the editor shows a read-only preview; the list is already counted
    setListMessage(QString());
    ++m_editGeneration; // a count under way is for the text before this edit
    if (m_listEdit->document()->characterCount() <= ImmediateParseCharacters) {
        m_parseTimer.stop();
        parseList();
    } else {
        m_parseTimer.start();
        m_summaryLabel->setText(tr("Counting…"));
        updateState();
    }
}

void PickTab::parseList()
{
    m_parseTimer.stop();
    // A long text is counted on the thread pool, as a long file is, so that typing into it never
    // stalls the window; what was typed meanwhile makes that count stale, and it is dropped.
    if (m_largeListName.isEmpty() &&
        m_listEdit->document()->characterCount() > ImmediateParseCharacters) {
        countInBackground();
        return;
    }
    countNow();
}

void PickTab::countInBackground()
{
    delete m_counting;
    m_counting = new QFutureWatcher<Loaded>(this);
    const int generation = m_editGeneration;
    connect(m_counting, &QFutureWatcher<Loaded>::finished, this,
            [this, watcher = m_counting, generation] {
                Loaded counted = watcher->future().takeResult();
                watcher->deleteLater();
                m_counting = nullptr;
                if (generation != m_editGeneration)
                    return; // edited since: a newer count follows
                m_list = std::move(counted.list);
                m_listTooLarge = counted.error == passforge::PickList::Error::TooLarge;
                m_refusal.reset();
                if (counted.error == passforge::PickList::Error::RefusedCharacter)
                    m_refusal = counted.refusal;
                m_lookalikes = std::move(counted.lookalikes);
                presentList();
            });
    m_counting->setFuture(QtConcurrent::run([text = m_listEdit->toPlainText()]() {
        Loaded counted;
        counted.list =
            passforge::PickList::fromUtf8(text.toUtf8(), &counted.error, &counted.refusal);
        counted.lookalikes = counted.list.lookalikes();
        return counted;
    }));
    updateState();
}

void PickTab::countNow()
{
    if (m_largeListName.isEmpty()) {
        m_refusal.reset();
        passforge::PickList::Error error = passforge::PickList::Error::None;
        passforge::PickList::Refusal refusal;
        m_list =
            passforge::PickList::fromUtf8(m_listEdit->toPlainText().toUtf8(), &error, &refusal);
        m_listTooLarge = error == passforge::PickList::Error::TooLarge;
        if (error == passforge::PickList::Error::RefusedCharacter)
            m_refusal = refusal;
        m_lookalikes = m_list.lookalikes();
    }
    presentList();
}

void PickTab::presentList()
{
    // Names that look alike are shown under the list (at most a screenful; a long list's were
    // found with it, off this thread); the draw still goes ahead.
    QStringList pairs;
    for (const passforge::PickList::Lookalike &pair : m_lookalikes) {
        if (pairs.size() == MaxLookalikesShown) {
            pairs.append(tr("… and %Ln more", "",
                            static_cast<int>(m_lookalikes.size()) - MaxLookalikesShown));
            break;
        }
        pairs.append(tr("“%1” and “%2” look alike (lines %3 and %4)")
                         .arg(m_list.entry(pair.first), m_list.entry(pair.second))
                         .arg(QLocale().toString(m_list.entryLine(pair.first)),
                              QLocale().toString(m_list.entryLine(pair.second))));
    }
    m_lookalikeLabel->setText(pairs.join(QLatin1Char('\n')));
    m_lookalikeLabel->setVisible(!pairs.isEmpty());
    markRefusedLine();
    m_summaryLabel->setText(summary());
    // A draw made from any other list is for an earlier list.
    m_listSha256 = m_draws.empty() ? QString() : m_list.sha256Hex();
    updateDrawItems();
    updateState();
}

void PickTab::ensureParsed()
{
    // Draw pressed before the pause after typing ran out: count now, on this thread (a click
    // may wait for it; a keystroke never does).
    if (m_parseTimer.isActive() || m_counting) {
        ++m_editGeneration; // drops a background count under way
        delete m_counting;
        m_counting = nullptr;
        m_parseTimer.stop();
        countNow();
    }
}

QString PickTab::refusalText() const
{
    const QString line = QLocale().toString(m_refusal->line);
    const QString code = m_refusal->codePointName();
    switch (m_refusal->kind) {
    case passforge::PickList::Refusal::Kind::Control:
        return tr("Line %1 contains a control character (%2). Remove it to draw.").arg(line, code);
    case passforge::PickList::Refusal::Kind::Bidirectional:
        return tr("Line %1 contains a bidirectional control character (%2). Remove it to draw.")
            .arg(line, code);
    case passforge::PickList::Refusal::Kind::Invisible:
        break;
    }
    return tr("Line %1 contains an invisible character (%2). Remove it to draw.").arg(line, code);
}

void PickTab::markRefusedLine()
{
    // The offending line is highlighted in the list, so that it can be found and fixed.
    QList<QTextEdit::ExtraSelection> marks;
    if (m_refusal) {
        const QTextBlock block =
            m_listEdit->document()->findBlockByNumber(static_cast<int>(m_refusal->line) - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setBackground(Palette::problem(palette()).lighter(170));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(mark);
        }
    }
    m_listEdit->setExtraSelections(marks);
}

QString PickTab::summary() const
{
    if (m_refusal)
        return refusalText();
    if (m_listTooLarge)
        return tr("The list is larger than %1 MB, the most it can hold.")
            .arg(MaxListBytes / 1000 / 1000);
    const auto entries = static_cast<int>(m_list.entryCount());
    const auto duplicates = static_cast<int>(m_list.duplicateCount());
    if (entries == 0)
        return tr("No entries yet.");
    const QString entryText = tr("%Ln entries", "", entries);
    QString duplicateText;
    if (duplicates == 0)
        duplicateText = tr("no duplicates");
    else if (m_removeDuplicatesCheck->isChecked())
        duplicateText = tr("%Ln duplicates (removed)", "", duplicates);
    else
        duplicateText = tr("%Ln duplicates (each counts as an extra ticket)", "", duplicates);
    return tr("%1, %2", "list summary: entries, duplicates").arg(entryText, duplicateText);
}

void PickTab::updateState()
{
    const bool pending = m_parseTimer.isActive() || m_loading || m_counting;
    const qsizetype entries = m_list.entryCount();
    const bool haveList = pending || entries > 0;
    const int winners = m_winnersSpin->value();
    const bool winnersInRange =
        winners >= AppSettings::PickWinners.min && winners <= AppSettings::PickWinners.max;
    const bool enoughEntries = pending || winners <= entries;
    const bool refused = !pending && m_refusal.has_value();
    const bool noBeacon = m_beaconCheck->isChecked() && m_beaconEdit->text().isEmpty();
    // While typing pauses, Draw counts the list first; a long list being loaded it waits for.
    const bool loading = m_loading != nullptr || m_drawing != nullptr;
    m_drawButton->setEnabled(haveList && enoughEntries && winnersInRange && !m_listTooLarge &&
                             !refused && !loading && !noBeacon);
    m_shuffleButton->setEnabled(haveList && !m_listTooLarge && !refused && !loading && !noBeacon);
    m_announceButton->setEnabled(m_beaconCheck->isChecked() && !pending &&
                                 !announcement().isEmpty());
    const DrawRecord *shown = shownDraw();
    m_copyResultButton->setEnabled(shown);
    m_copyRecordButton->setEnabled(shown);
    m_saveRecordButton->setEnabled(shown);
    m_copyRecordButton->setText(shown && shown->kind == DrawRecord::Kind::Shuffle
                                    ? tr("Copy shuffle re&cord")
                                    : tr("Copy draw re&cord"));
    m_replaceButton->setEnabled(canReplace());
    m_clearButton->setEnabled(!m_loading && !m_drawing && !m_listEdit->document()->isEmpty());
    m_openButton->setEnabled(!m_drawing);
    m_removeDuplicatesCheck->setEnabled(!m_drawing);
    m_beaconCheck->setEnabled(!m_drawing);
    m_summaryLabel->setText(pending ? tr("Counting…") : summary());

    // Why Draw is off (or what to do next): in the result area while no draw is shown, and
    // under the Draw row while one is, so that a disabled Draw never goes unexplained.
    QString message;
    bool isProblem = true;
    if (refused) {
        message = refusalText();
    } else if (m_listTooLarge) {
        message = tr("Shorten the list to draw from it.");
    } else if (!haveList) {
        // A hint, not a problem: nothing is wrong with an empty tab.
        message = tr("Paste or type a list on the left, one entry per line, or open a "
                     "text file.");
        isProblem = false;
    } else if (!winnersInRange) {
        message = tr("Draw from %1 to %2 winners at a time.")
                      .arg(QLocale().toString(AppSettings::PickWinners.min),
                           QLocale().toString(AppSettings::PickWinners.max));
    } else if (noBeacon) {
        message = tr("Type the public random value to draw from, or turn off “Draw from a public "
                     "random value”.");
    } else if (!enoughEntries) {
        message = tr("Only %Ln entries for %1 winners. Ask for fewer winners or add "
                     "entries.",
                     "", static_cast<int>(entries))
                      .arg(m_winnersSpin->value());
    } else {
        message = tr("Press Draw to pick %Ln winner(s), or Shuffle list to put the whole "
                     "list in random order.",
                     "", m_winnersSpin->value());
        isProblem = false;
    }
    if (shown) {
        m_resultStack->setCurrentWidget(m_resultList);
        QPalette pal = m_drawProblem->palette();
        pal.setColor(QPalette::WindowText, Palette::problem(pal));
        m_drawProblem->setPalette(pal);
        m_drawProblem->setText(message);
        m_drawProblem->setVisible(isProblem);
    } else {
        m_drawProblem->hide();
        setResultMessage(message, isProblem);
    }
}

void PickTab::setResultMessage(const QString &message, bool isProblem)
{
    m_resultMessage->setText(message);
    QPalette pal = palette();
    const QColor colour = isProblem ? Palette::problem(pal) : pal.color(QPalette::PlaceholderText);
    // On its Base background the label draws with Text; set WindowText too for other styles.
    pal.setColor(QPalette::Text, colour);
    pal.setColor(QPalette::WindowText, colour);
    m_resultMessage->setPalette(pal);
    m_resultStack->setCurrentWidget(m_resultMessage);
}

void PickTab::setListMessage(const QString &message, bool isProblem)
{
    QPalette pal = palette();
    if (isProblem)
        pal.setColor(QPalette::WindowText, Palette::problem(pal));
    m_listMessage->setPalette(pal);
    m_listMessage->setText(message);
    m_listMessage->setVisible(!message.isEmpty());
}

void PickTab::draw()
{
    ensureParsed();
    if (m_drawButton->isEnabled())
        makeResult(DrawRecord::Kind::Draw);
}

void PickTab::shuffle()
{
    ensureParsed();
    if (m_shuffleButton->isEnabled())
        makeResult(DrawRecord::Kind::Shuffle);
}

std::optional<QString> PickTab::beacon() const
{
    if (!m_beaconCheck->isChecked() || m_beaconEdit->text().isEmpty())
        return std::nullopt;
    return m_beaconEdit->text();
}

void PickTab::makeResult(DrawRecord::Kind kind)
{
    // Every draw is passforge-draw-v1: its seed is fresh from the system's random source, or the
    // SHA-256 of the public random value, and the record says which.
    const std::optional<QString> value = beacon();
    passforge::FairDraw::Seed seed;
    if (value) {
        seed = passforge::FairDraw::seedFromBeacon(value->toUtf8());
    } else {
        try {
            seed = passforge::FairDraw::freshSeed(m_random);
        } catch (const passforge::RandomSourceError &error) {
            // No fallback to a weaker generator: say so and add no draw.
            m_drawsList->setCurrentRow(-1);
            setResultMessage(tr("The system's random source failed: %1")
                                 .arg(QString::fromLocal8Bit(error.what())),
                             true);
            return;
        }
    }
    const bool shuffle = kind == DrawRecord::Kind::Shuffle;
    const qsizetype count = shuffle ? m_list.entryCount() : m_winnersSpin->value();
    const bool unique = m_removeDuplicatesCheck->isChecked();
    if (count <= ForegroundDrawEntries) {
        addDraw(kind, passforge::DrawRecord::make(m_list, seed, count, shuffle, unique, value,
                                                  m_lookalikes, QDateTime::currentDateTimeUtc()));
        return;
    }
    // A shuffle of a million names takes a second: it runs on the thread pool, while the list
    // and its options stay as they are (read-only, disabled) so that what it draws from cannot
    // change under it.
    auto *watcher = new QFutureWatcher<passforge::DrawRecord>(this);
    m_drawing = watcher;
    connect(watcher, &QFutureWatcher<passforge::DrawRecord>::finished, this, [this, watcher, kind] {
        passforge::DrawRecord published = watcher->future().takeResult();
        watcher->deleteLater();
        m_drawing = nullptr;
        m_listEdit->setReadOnly(!m_largeListName.isEmpty());
        addDraw(kind, std::move(published));
    });
    watcher->setFuture(QtConcurrent::run(
        [list = &m_list, seed, count, shuffle, unique, value, lookalikes = m_lookalikes] {
            return passforge::DrawRecord::make(*list, seed, count, shuffle, unique, value,
                                               lookalikes, QDateTime::currentDateTimeUtc());
        }));
    m_listEdit->setReadOnly(true);
    setResultMessage(tr("Drawing…"), false);
    updateState();
}

void PickTab::replaceWinner()
{
    if (!canReplace())
        return;
    const DrawRecord &amended = *shownDraw();
    const int row = m_resultList->currentRow();
    // The runner-up is the next winner of the same seed: drawn from the tickets left after
    // every winner so far (those replaced included), and checkable like the draw itself.
    const passforge::DrawRecord &was = amended.published;
    DrawRecord record;
    record.kind = DrawRecord::Kind::Draw;
    record.published =
        passforge::DrawRecord::make(m_list, was.seed, was.count + 1, false, was.unique, was.beacon,
                                    m_lookalikes, QDateTime::currentDateTimeUtc());
    record.result = amended.result;
    record.amends = amended.number;
    record.replaced = amended.result.at(row);
    record.replacement = record.published.result.constLast();
    record.result[row] = record.replacement;
    addDraw(std::move(record));
    m_resultList->setCurrentRow(row);
}

void PickTab::addDraw(DrawRecord::Kind kind, passforge::DrawRecord published)
{
    DrawRecord record;
    record.kind = kind;
    record.result = published.result;
    record.published = std::move(published);
    addDraw(std::move(record));
}

void PickTab::addDraw(DrawRecord record)
{
    const bool had = shownDraw() != nullptr;
    record.number = static_cast<int>(m_draws.size()) + 1;
    record.time = record.published.drawnAt.toLocalTime();
    m_listSha256 = record.published.listSha256;
    m_draws.push_back(std::move(record));
    m_drawsList->addItem(drawItemText(m_draws.back()));
    m_drawsList->setCurrentRow(static_cast<int>(m_draws.size()) - 1); // shows it
    if (!had)
        Q_EMIT canCopyChanged(true);
}

QString PickTab::drawItemText(const DrawRecord &record) const
{
    const QString time = QLocale().toString(record.time.time(), QLocale::ShortFormat);
    QString text;
    if (record.amends > 0)
        text =
            tr("Draw %1 · %2 · %3 replaces a winner of draw %4", "number, time, name, draw number")
                .arg(QLocale().toString(record.number), time, record.replacement,
                     QLocale().toString(record.amends));
    else if (record.kind == DrawRecord::Kind::Shuffle)
        text = tr("Shuffle %1 · %2 · %Ln entries", "", static_cast<int>(record.result.size()))
                   .arg(QLocale().toString(record.number), time);
    else
        text = tr("Draw %1 · %2 · %Ln winner(s)", "", static_cast<int>(record.result.size()))
                   .arg(QLocale().toString(record.number), time);
    if (record.published.listSha256 != m_listSha256)
        text = tr("%1 · for an earlier list", "a draw, then why it no longer applies").arg(text);
    return text;
}

void PickTab::updateDrawItems()
{
    for (int i = 0; i < m_drawsList->count(); ++i)
        m_drawsList->item(i)->setText(drawItemText(m_draws[static_cast<std::size_t>(i)]));
}

const DrawRecord *PickTab::shownDraw() const
{
    const int row = m_drawsList->currentRow();
    return row >= 0 && row < static_cast<int>(m_draws.size())
               ? &m_draws[static_cast<std::size_t>(row)]
               : nullptr;
}

bool PickTab::canReplace() const
{
    // Only a draw (not a shuffle) for the list as it is now, with a winner selected and someone
    // left to draw: the seed has given fewer winners than there are entries.
    const DrawRecord *shown = shownDraw();
    if (!shown || shown->kind != DrawRecord::Kind::Draw || m_loading || m_drawing ||
        m_parseTimer.isActive() || shown->published.listSha256 != m_listSha256 || m_refusal)
        return false;
    const int row = m_resultList->currentRow();
    if (row < 0 || row >= std::min<qsizetype>(shown->result.size(), MaxRowsShown))
        return false;
    return m_list.entryCount() > shown->published.count;
}

void PickTab::showDraw(int index)
{
    m_resultList->clear();
    if (index >= 0 && index < static_cast<int>(m_draws.size())) {
        const DrawRecord &record = m_draws[static_cast<std::size_t>(index)];
        // A shuffle of a million is shown by its start: a list widget of a million rows would
        // take the window seconds. The copies hold every row.
        const qsizetype shown = std::min<qsizetype>(record.result.size(), MaxRowsShown);
        QStringList items;
        items.reserve(shown + 1);
        for (qsizetype i = 0; i < shown; ++i)
            items << tr("%1. %2", "rank, then the name")
                         .arg(QLocale().toString(i + 1), record.result.at(i));
        if (shown < record.result.size())
            items << tr("… and %Ln more, in the copied result and record", "",
                        static_cast<int>(record.result.size() - shown));
        m_resultList->addItems(items);
    }
    updateState();
}

void PickTab::copyToClipboard()
{
    if (const DrawRecord *shown = shownDraw())
        Q_EMIT copyRequested(shown->result.join(QLatin1Char('\n')), CopyAs::PlainText);
}

void PickTab::copyRecord()
{
    if (const DrawRecord *shown = shownDraw())
        Q_EMIT copyRequested(shown->toText(), CopyAs::PlainText);
}

bool PickTab::saveRecordTo(const QString &path)
{
    const DrawRecord *shown = shownDraw();
    if (!shown)
        return false;
    QSaveFile file(path);
    const QByteArray json = shown->published.toJson() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        QPalette pal = m_drawProblem->palette();
        pal.setColor(QPalette::WindowText, Palette::problem(pal));
        m_drawProblem->setPalette(pal);
        m_drawProblem->setText(tr("Cannot save the record to “%1”: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
        m_drawProblem->show();
        return false;
    }
    return true;
}

void PickTab::saveRecord()
{
    const DrawRecord *shown = shownDraw();
    if (!shown)
        return;
    // Only where the user says: a draw never reaches the disk otherwise.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Draw Record"),
        tr("passforge-draw-%1.json", "a file name; %1 is the draw's number").arg(shown->number),
        tr("Draw records (*.json);;All files (*)"));
    if (!path.isEmpty())
        saveRecordTo(path);
}

QString PickTab::announcement() const
{
    const std::optional<QString> value = beacon();
    const int winners = m_winnersSpin->value();
    if (!value || m_list.isEmpty() || m_refusal || m_listTooLarge || winners > m_list.entryCount())
        return {};
    const bool unique = m_removeDuplicatesCheck->isChecked();
    QStringList lines;
    lines << tr("Passforge draw announcement") << tr("List SHA-256: %1").arg(m_list.sha256Hex())
          << tr("Entries: %1").arg(m_list.entryCount())
          << (unique ? tr("Tickets: one per entry (duplicates removed)")
                     : tr("Tickets: %1").arg(m_list.ticketCount()))
          << tr("Winners to draw: %1").arg(winners)
          << tr("Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from "
                "SHA-256 of: %2")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), *value)
          << tr("Once that value is public, anyone can draw again with passforge-cli pick "
                "--beacon, or check the record with pick --verify or docs/verify-draw.py.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void PickTab::announce()
{
    const QString text = announcement();
    if (text.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("announceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Announce the Draw"));
    auto *intro = new QLabel(tr("Publish this before the public random value exists, with the "
                                "list itself. Then the winners cannot be chosen by anyone, "
                                "you included."),
                             dialog);
    intro->setWordWrap(true);
    auto *view = new QPlainTextEdit(text, dialog);
    view->setObjectName(QStringLiteral("announcementText"));
    view->setReadOnly(true);
    view->setAccessibleName(tr("Announcement"));
    view->setMinimumWidth(view->fontMetrics().averageCharWidth() * 72);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAnnouncementButton"));
    connect(copy, &QPushButton::clicked, this,
            [this, text] { Q_EMIT copyRequested(text, CopyAs::PlainText); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->open();
}

void PickTab::openList()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a List"), QString(), tr("Text files (*.txt *.csv *.list);;All files (*)"));
    if (!path.isEmpty())
        loadListFile(path);
}

bool PickTab::loadListFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // A file too long to edit is read on the pool too: tens of megabytes take longer than a
    // frame. One over the limit is refused on its size below, unread.
    if (const QFileInfo info(path);
        info.isFile() && info.size() > EditableListBytes && info.size() <= MaxListBytes) {
        loadLargeList(LargeFile{path}, tr("“%1”", "a file name, in quotes").arg(name));
        return true;
    }
    // The same reader and limit as PickList::fromFile; a list short enough to edit goes to the
    // editor, which is where the list lives in the window, and is counted from there.
    passforge::ListFile read = passforge::ListFile::read(path);
    if (const QString problem = readProblem(read, path); !problem.isEmpty()) {
        setListMessage(problem);
        return false;
    }
    if (read.data.size() > EditableListBytes) {
        loadLargeList(std::move(read.data), tr("“%1”", "a file name, in quotes").arg(name));
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(read.data);
    if (decoder.hasError()) {
        setListMessage(tr("“%1” is not UTF-8 text.").arg(name));
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    leaveLargeList();
    m_listEdit->setPlainText(text);
    parseList();
    return true;
}

QString PickTab::readProblem(const passforge::ListFile &read, const QString &path) const
{
    using Status = passforge::ListFile::Status;
    const QString name = QFileInfo(path).fileName();
    switch (read.status) {
    case Status::Ok:
        return {};
    case Status::TooLarge:
        return tr("“%1” is larger than %2 MB, the most a list can hold.")
            .arg(name)
            .arg(MaxListBytes / 1000 / 1000);
    case Status::IsDirectory:
        return tr("Cannot open “%1”: %2").arg(name, QFile(path).errorString());
    case Status::CannotOpen:
    case Status::ReadError:
        break;
    }
    return tr("Cannot open “%1”: %2").arg(name, read.errorString);
}

void PickTab::pastedLargeText(const QString &text)
{
    if (text.size() > MaxListBytes) { // each UTF-16 unit is at least one byte of UTF-8
        setListMessage(tr("That text is larger than %1 MB, the most a list can hold.")
                           .arg(MaxListBytes / 1000 / 1000));
        return;
    }
    // Starts a sentence in each message it is used in.
    loadLargeList(text, tr("The pasted list"));
}

namespace {

// The first lines of a list, for the read-only preview of one too long to edit.
QString previewOf(QByteArrayView utf8, int lines)
{
    qsizetype end = 0;
    for (int i = 0; i < lines && end < utf8.size(); ++i) {
        const qsizetype next = utf8.indexOf('\n', end);
        end = next < 0 ? utf8.size() : next + 1;
    }
    QString preview = QString::fromUtf8(utf8.first(end));
    if (preview.startsWith(QChar(0xFEFF)))
        preview.remove(0, 1);
    return preview;
}

} // namespace

template <typename Text> void PickTab::loadLargeList(Text text, const QString &name)
{
    // Counting a long list takes longer than a frame (NFC, refused characters, look-alikes), so
    // it runs on the thread pool; the editor is read-only meanwhile and Draw waits for it.
    delete m_loading;
    m_loading = new QFutureWatcher<Loaded>(this);
    connect(m_loading, &QFutureWatcher<Loaded>::finished, this, [this, watcher = m_loading, name] {
        // Moved out, not copied: a million entries' index is megabytes.
        Loaded loaded = watcher->future().takeResult();
        watcher->deleteLater();
        m_loading = nullptr;
        largeListLoaded(std::move(loaded), name);
    });
    m_loading->setFuture(QtConcurrent::run([text = std::move(text)]() mutable {
        QByteArray utf8;
        Loaded loaded;
        if constexpr (std::is_same_v<Text, LargeFile>) {
            loaded.path = text.path;
            passforge::ListFile read = passforge::ListFile::read(text.path);
            if (read.status != passforge::ListFile::Status::Ok) {
                loaded.unread = std::move(read);
                return loaded;
            }
            utf8 = std::move(read.data);
        } else if constexpr (std::is_same_v<Text, QString>) {
            utf8 = std::exchange(text, QString()).toUtf8();
        } else {
            utf8 = std::move(text);
        }
        loaded.preview = previewOf(utf8, PreviewLines);
        loaded.list =
            passforge::PickList::fromUtf8(std::move(utf8), &loaded.error, &loaded.refusal);
        loaded.lookalikes = loaded.list.lookalikes();
        return loaded;
    }));
    setListMessage(QString());
    m_listEdit->setReadOnly(true);
    updateState();
}

void PickTab::largeListLoaded(Loaded loaded, const QString &name)
{
    using Error = passforge::PickList::Error;
    if (loaded.unread || loaded.error == Error::InvalidUtf8 || loaded.error == Error::Empty ||
        loaded.error == Error::TooLarge) {
        // Not a list: the one before stays.
        m_listEdit->setReadOnly(!m_largeListName.isEmpty());
        if (loaded.unread)
            setListMessage(readProblem(*loaded.unread, loaded.path));
        else if (loaded.error == Error::InvalidUtf8)
            setListMessage(tr("%1 is not UTF-8 text.").arg(name));
        else
            setListMessage(tr("%1 has no entries.").arg(name));
        updateState();
        Q_EMIT loadFinished();
        return;
    }
    m_largeListName = name;
    m_list = std::move(loaded.list);
    m_lookalikes = std::move(loaded.lookalikes);
    m_listTooLarge = false;
    m_refusal.reset();
    if (loaded.error == Error::RefusedCharacter)
        m_refusal = loaded.refusal;
    {
        const QSignalBlocker blocker(m_listEdit);
        m_listEdit->setPlainText(loaded.preview);
    }
    m_listEdit->setReadOnly(true);
    setListMessage(tr("%1 is too long to edit here, so the box shows its first %2 lines. Clear "
                      "the list to type or paste a new one.")
                       .arg(name, QLocale().toString(PreviewLines)),
                   false);
    parseList();
    Q_EMIT loadFinished();
}

void PickTab::leaveLargeList()
{
    m_largeListName.clear();
    m_listEdit->setReadOnly(false);
}

void PickTab::clearList()
{
    if (m_loading)
        return;
    leaveLargeList();
    setListMessage(QString());
    m_listEdit->clear(); // textChanged counts the empty list
    parseList();
    m_listEdit->setFocus();
}

void PickTab::restoreOptions(const AppSettings &settings)
{
    m_options->restore(settings);
    parseList();
}

void PickTab::saveOptions(AppSettings &settings) const
{
    m_options->save(settings);
}
