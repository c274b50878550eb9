// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordlistChooser.h"

#include "Localization.h"
#include "Palette.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using passforge::Wordlist;

namespace {

// The same red as the pick tab's messages, readable on light and dark windows.
int count(qsizetype n)
{
    return static_cast<int>(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

constexpr int CodeRole = Qt::UserRole + 1;

// Where each built-in list comes from (resources/wordlists/SOURCES.md).
QString origin(const QString &code)
{
    if (code == QLatin1String("de"))
        return WordlistChooser::tr("the German list by dys2p");
    if (code == QLatin1String("fr"))
        return WordlistChooser::tr("the French list made for Tails");
    if (code == QLatin1String("es"))
        return WordlistChooser::tr("the Spanish list by victordargallo");
    if (code == QLatin1String("it"))
        return WordlistChooser::tr("the Italian list by victordargallo");
    if (code == QLatin1String("pt_BR"))
        return WordlistChooser::tr("the Brazilian Portuguese list by drebs");
    return WordlistChooser::tr("EFF's large wordlist");
}

} // namespace

QString WordlistChooser::defaultCodeFor(const QString &uiLanguage)
{
    return Wordlist::builtInCodes().contains(uiLanguage) ? uiLanguage
                                                         : Wordlist::DefaultCode.toString();
}

QString WordlistChooser::builtInName(int index) const
{
    const QString code = m_combo->itemData(index, CodeRole).toString();
    for (const passforge::i18n::Language &language : passforge::i18n::languages()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

void WordlistChooser::retranslate()
{
    m_combo->setAccessibleName(tr("Wordlist"));
    // A language without a list of its own (Japanese) gets the English one, and says so.
    const bool noOwnList = passforge::i18n::installedLanguage() != m_defaultCode;
    for (int index = 0; index < m_combo->count(); ++index) {
        if (itemAt(index) != BuiltInItem)
            continue;
        // Sized without reading the words: only the list in use is read, when it is used.
        const QString code = m_combo->itemData(index, CodeRole).toString();
        const int size = count(Wordlist::builtInSize(code));
        m_combo->setItemText(index, tr("%1 (%Ln words)", "file name, then its word count", size)
                                        .arg(builtInName(index)));
        QString tip =
            tr("%Ln words from %1, screened for offensive words and prefix-free", "", size)
                .arg(origin(code));
        if (noOwnList && code == m_defaultCode)
            tip += u'\n' + tr("There is no curated list in your language yet, so the English list "
                              "is the default.");
        m_combo->setItemData(index, tip, Qt::ToolTipRole);
    }
    const int open = indexOf(OpenItem);
    m_combo->setItemText(open, tr("Open wordlist…"));
    m_combo->setItemData(open,
                         tr("A UTF-8 text file with one word per line and at least %1 distinct "
                            "words; a leading dice number such as 11111 is ignored")
                             .arg(Wordlist::MinWords),
                         Qt::ToolTipRole);
    if (const int file = indexOf(FileItem); file >= 0)
        m_combo->setItemText(file, fileItemText());
    m_combo->setToolTip(m_combo->itemData(m_lastIndex, Qt::ToolTipRole).toString());
}

QString WordlistChooser::fileItemText() const
{
    return tr("%1 (%Ln words)", "file name, then its word count", count(m_fileList.size()))
        .arg(QFileInfo(m_filePath).fileName());
}

void WordlistChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

WordlistChooser::WordlistChooser(const QString &defaultCode, QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_defaultCode(defaultCodeFor(defaultCode))
{
    setObjectName(QStringLiteral("wordlistChooser"));
    m_combo->setObjectName(QStringLiteral("wordlistCombo"));
    // A long file name is elided rather than widening the whole tab.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(28);
    for (const QString &code : Wordlist::builtInCodes()) {
        m_combo->addItem(QString(), BuiltInItem);
        m_combo->setItemData(m_combo->count() - 1, code, CodeRole);
    }
    m_combo->addItem(QString(), OpenItem);
    m_combo->setCurrentIndex(indexOfCode(m_defaultCode));
    m_lastIndex = m_combo->currentIndex();
    setFocusProxy(m_combo);
    // A label's mnemonic only focuses a buddy whose policy takes focus; the proxy then hands it
    // on to the combo box.
    setFocusPolicy(m_combo->focusPolicy());

    m_status->setObjectName(QStringLiteral("wordlistStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    retranslate();

    // The chooser takes the row's width, so that a long status line wraps at the tab's edge
    // rather than at the combo box's; the combo box itself keeps its own width.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *comboRow = new QHBoxLayout;
    comboRow->addWidget(m_combo);
    comboRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(comboRow);
    layout->addWidget(m_status);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &WordlistChooser::indexChanged);
}

const Wordlist &WordlistChooser::wordlist() const
{
    return itemAt(m_lastIndex) == FileItem
               ? m_fileList
               : *Wordlist::builtIn(m_combo->itemData(m_lastIndex, CodeRole).toString());
}

QString WordlistChooser::builtInCode() const
{
    return itemAt(m_lastIndex) == BuiltInItem ? m_combo->itemData(m_lastIndex, CodeRole).toString()
                                              : QString();
}

int WordlistChooser::indexOfCode(const QString &code) const
{
    return m_combo->findData(code, CodeRole);
}

QString WordlistChooser::filePath() const
{
    return itemAt(m_lastIndex) == FileItem ? m_filePath : QString();
}

int WordlistChooser::indexOf(Item item) const
{
    return m_combo->findData(item);
}

WordlistChooser::Item WordlistChooser::itemAt(int index) const
{
    return static_cast<Item>(m_combo->itemData(index).toInt());
}

void WordlistChooser::indexChanged(int index)
{
    if (itemAt(index) == OpenItem) {
        // "Open wordlist…" is an action, not a list: the combo keeps showing the list in use,
        // and the dialog opens once the popup has closed.
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_lastIndex);
        QTimer::singleShot(0, this, &WordlistChooser::openFile);
        return;
    }
    m_lastIndex = index;
    showSummary();
    Q_EMIT wordlistChanged();
}

void WordlistChooser::openFile()
{
    const QString start = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Wordlist"), start, tr("Text files (*.txt *.list);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool WordlistChooser::loadFile(const QString &path)
{
    const QString why = tryLoad(path);
    if (why.isEmpty())
        return true;
    const QString still =
        itemAt(m_lastIndex) == FileItem
            ? tr("Still using “%1”.").arg(QFileInfo(m_filePath).fileName())
            : tr("Still using the built-in list “%1”.").arg(builtInName(m_lastIndex));
    setStatus(why + QLatin1Char(' ') + still, true);
    return false;
}

void WordlistChooser::restore(const QString &path, const QString &code)
{
    if (path.isEmpty()) {
        useBuiltIn(code);
        return;
    }
    const QString why = tryLoad(path);
    if (!why.isEmpty()) {
        useBuiltIn(code);
        setStatus(tr("Your wordlist could not be loaded again: %1 Using the built-in list “%2” "
                     "instead.")
                      .arg(why, builtInName(m_lastIndex)),
                  true);
    }
}

void WordlistChooser::useBuiltIn(const QString &code)
{
    int index = indexOfCode(code);
    if (index < 0)
        index = indexOfCode(m_defaultCode);
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    indexChanged(index);
}

QString WordlistChooser::tryLoad(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    Wordlist::Error error = Wordlist::Error::None;
    QString systemMessage;
    Wordlist list = Wordlist::fromFile(path, &error, &systemMessage);
    switch (error) {
    case Wordlist::Error::None:
        break;
    case Wordlist::Error::Unreadable:
        return tr("Cannot read “%1”: %2.").arg(name, systemMessage);
    case Wordlist::Error::TooLarge:
        return tr("“%1” is larger than %2 MB, the most a wordlist can hold.")
            .arg(name)
            .arg(Wordlist::MaxFileBytes / (1000 * 1000));
    case Wordlist::Error::Binary:
        return tr("“%1” is a binary file, not text with one word per line.").arg(name);
    case Wordlist::Error::InvalidUtf8:
        return tr("“%1” is not UTF-8 text.").arg(name);
    case Wordlist::Error::TooSmall:
        return tr("“%1” has only %Ln distinct words; a wordlist needs at least %2.", "",
                  count(list.size()))
            .arg(name)
            .arg(Wordlist::MinWords);
    }

    m_fileList = std::move(list);
    m_filePath = QFileInfo(path).absoluteFilePath();
    const QString text = fileItemText();
    int index = indexOf(FileItem);
    if (index < 0) {
        index = indexOf(OpenItem);
        m_combo->insertItem(index, text, FileItem);
    } else {
        m_combo->setItemText(index, text);
    }
    m_combo->setItemData(index, QDir::toNativeSeparators(m_filePath), Qt::ToolTipRole);
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    // Also when the file item was already current: its words may have changed.
    indexChanged(index);
    return {};
}

void WordlistChooser::showSummary()
{
    m_combo->setToolTip(m_combo->itemData(m_lastIndex, Qt::ToolTipRole).toString());
    if (itemAt(m_lastIndex) != FileItem) {
        setStatus(QString(), false);
        return;
    }
    const Wordlist &list = m_fileList;
    QString text = tr("“%1”: %Ln distinct words.", "", count(list.size()))
                       .arg(QFileInfo(m_filePath).fileName());
    const QString blank = tr("%Ln blank lines", "", count(list.droppedBlank()));
    const QString duplicates = tr("%Ln duplicates", "", count(list.droppedDuplicates()));
    if (list.droppedBlank() > 0 && list.droppedDuplicates() > 0)
        text += QLatin1Char(' ') + tr("Dropped %1 and %2.").arg(blank, duplicates);
    else if (list.droppedBlank() > 0)
        text += QLatin1Char(' ') + tr("Dropped %1.").arg(blank);
    else if (list.droppedDuplicates() > 0)
        text += QLatin1Char(' ') + tr("Dropped %1.").arg(duplicates);
    setStatus(text, false);
}

void WordlistChooser::setStatus(const QString &text, bool isProblem)
{
    QPalette pal = palette();
    if (isProblem)
        pal.setColor(QPalette::WindowText, Palette::problem(pal));
    else
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_status->setPalette(pal);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // Read out with the combo box, for someone who does not see the line under it.
    m_combo->setAccessibleDescription(text);
}
