// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include "Icons.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

// The history as a table. The value column is made from the wiped buffer only while painted,
// and only for rows the user revealed; a masked row never turns its value into text at all.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Value, Options, ColumnCount };

    explicit HistoryModel(passforge::SessionHistory &history, QObject *parent)
        : QAbstractTableModel(parent)
        , m_history(history)
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_history.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Time:
            return tr("Time");
        case Kind:
            return tr("Kind");
        case Value:
            return tr("Value");
        default:
            return tr("Options");
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const auto &entry = m_history.at(std::size_t(index.row()));
        if (role == Qt::FontRole && index.column() == Value)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (role == Qt::AccessibleTextRole && index.column() == Value && !isRevealed(index.row()))
            return tr("Hidden value");
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Time:
            return QLocale().toString(entry.time.toLocalTime().time(), QLocale::ShortFormat);
        case Kind:
            return entry.copied ? tr("%1, copied").arg(entry.kind) : entry.kind;
        case Value:
            if (role == Qt::ToolTipRole)
                return {};
            return isRevealed(index.row()) ? m_history.valueText(std::size_t(index.row()))
                                           : QString(12, QChar(0x2022));
        default:
            return entry.options;
        }
    }

    bool isRevealed(int row) const { return m_revealed.count(row) > 0; }
    void setRevealed(int row, bool revealed)
    {
        if (revealed)
            m_revealed.insert(row);
        else
            m_revealed.erase(row);
        const QModelIndex cell = index(row, Value);
        Q_EMIT dataChanged(cell, cell);
    }
    void removeRow(int row)
    {
        beginRemoveRows({}, row, row);
        m_history.remove(std::size_t(row));
        // Rows below move up, and keep whether they were revealed.
        std::set<int> moved;
        for (const int r : m_revealed) {
            if (r != row)
                moved.insert(r > row ? r - 1 : r);
        }
        m_revealed = std::move(moved);
        endRemoveRows();
    }
    void clear()
    {
        beginResetModel();
        m_history.clear();
        m_revealed.clear();
        endResetModel();
    }

private:
    passforge::SessionHistory &m_history;
    std::set<int> m_revealed;
};

HistoryDialog::HistoryDialog(passforge::SessionHistory &history, bool enabled, Copy copy,
                             QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_copy(std::move(copy))
    , m_model(new HistoryModel(history, this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_revealButton(new QPushButton(Icons::icon(Icons::Glyph::Show), tr("&Reveal"), this))
    , m_copyButton(new QPushButton(Icons::icon(Icons::Glyph::Copy), tr("&Copy"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
    , m_clearButton(new QPushButton(Icons::icon(Icons::Glyph::Clear), tr("Clear &all"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of This Session"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::Time,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::Kind,
                                                     QHeaderView::ResizeToContents);
    // One line a row: a long value or option list is elided (the options' tooltip shows them
    // whole; a value never goes into a tooltip).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setColumnWidth(HistoryModel::Value, fixed.horizontalAdvance(QString(32, u'x')));
    m_view->setAccessibleName(tr("Values of this session"));
    m_emptyLabel->setObjectName(QStringLiteral("historyEmpty"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(
        enabled ? tr("The last %1 passwords, passphrases and tokens you make or copy are kept "
                     "here until you quit, in memory only; nothing here is ever saved.")
                      .arg(passforge::SessionHistory::Capacity)
                : tr("No history is kept: turn on “Keep a history of this session's values” in "
                     "Preferences."));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_copyButton->setObjectName(QStringLiteral("historyCopyButton"));
    m_copyButton->setToolTip(tr("Copy to the clipboard, which clears itself after a while"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_clearButton->setObjectName(QStringLiteral("clearAllButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {m_revealButton, m_copyButton, m_removeButton, m_clearButton})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 24);

    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            setRevealed(row, !isRevealed(row));
    });
    connect(m_copyButton, &QPushButton::clicked, this, [this] { copyRow(currentRow()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeRow(currentRow()); });
    connect(m_clearButton, &QPushButton::clicked, this, &HistoryDialog::clearAll);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { copyRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

HistoryDialog::~HistoryDialog() = default;

int HistoryDialog::currentRow() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void HistoryDialog::updateButtons()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    m_revealButton->setEnabled(has);
    m_copyButton->setEnabled(has);
    m_removeButton->setEnabled(has);
    m_clearButton->setEnabled(m_model->rowCount() > 0);
    const bool revealed = has && m_model->isRevealed(row);
    m_revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
    m_revealButton->setIcon(Icons::icon(revealed ? Icons::Glyph::Hide : Icons::Glyph::Show));
}

void HistoryDialog::setRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->setRevealed(row, revealed);
    updateButtons();
}

bool HistoryDialog::isRevealed(int row) const
{
    return m_model->isRevealed(row);
}

void HistoryDialog::copyRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QString value = m_history.valueText(std::size_t(row));
    m_copy(value);
    passforge::secureWipe(value);
}

void HistoryDialog::removeRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->removeRow(row);
}

void HistoryDialog::clearAll()
{
    m_model->clear();
}

#include "HistoryDialog.moc"
