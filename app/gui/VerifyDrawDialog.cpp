// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyDrawDialog.h"

#include "Palette.h"
#include "passforge/DrawRecord.h"
#include "passforge/PickList.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

VerifyDrawDialog::VerifyDrawDialog(QWidget *parent)
    : QDialog(parent)
    , m_recordEdit(new QLineEdit(this))
    , m_listEdit(new QLineEdit(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("verifyDrawDialog"));
    setWindowTitle(tr("Verify a Draw Record"));
    m_recordEdit->setObjectName(QStringLiteral("recordPathEdit"));
    m_listEdit->setObjectName(QStringLiteral("listPathEdit"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_outcome->setObjectName(QStringLiteral("verifyOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_recordEdit->setAccessibleName(tr("Record file"));
    m_listEdit->setAccessibleName(tr("List file"));

    auto *intro = new QLabel(tr("A record names its list by SHA-256 and holds the seed and the "
                                "winners. Passforge draws again from the list and the seed, "
                                "with passforge-draw-v1, and compares."),
                             this);
    intro->setWordWrap(true);
    auto *recordBrowse = new QPushButton(tr("&Browse…"), this);
    recordBrowse->setAccessibleName(tr("Choose the record file"));
    auto *listBrowse = new QPushButton(tr("Br&owse…"), this);
    listBrowse->setAccessibleName(tr("Choose the list file"));
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_recordEdit, 1);
    recordRow->addWidget(recordBrowse);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_listEdit, 1);
    listRow->addWidget(listBrowse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Record:"), recordRow);
    form->addRow(tr("&List:"), listRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verifyButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(recordBrowse, &QPushButton::clicked, this, [this] {
        browse(m_recordEdit, tr("Open a Draw Record"), tr("Draw records (*.json);;All files (*)"));
    });
    connect(listBrowse, &QPushButton::clicked, this, [this] {
        browse(m_listEdit, tr("Open the List"),
               tr("Text files (*.txt *.csv *.list);;All files (*)"));
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyDrawDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto ready = [this] {
        m_verifyButton->setEnabled(!m_recordEdit->text().isEmpty() &&
                                   !m_listEdit->text().isEmpty());
    };
    connect(m_recordEdit, &QLineEdit::textChanged, this, ready);
    connect(m_listEdit, &QLineEdit::textChanged, this, ready);
    ready();
}

void VerifyDrawDialog::setRecordPath(const QString &path)
{
    m_recordEdit->setText(path);
}

void VerifyDrawDialog::setListPath(const QString &path)
{
    m_listEdit->setText(path);
}

QString VerifyDrawDialog::outcome() const
{
    return m_outcome->text();
}

void VerifyDrawDialog::browse(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, title, field->text(), filter);
    if (!path.isEmpty())
        field->setText(path);
}

void VerifyDrawDialog::show(const QString &text, bool matches)
{
    QPalette pal = palette();
    if (!matches)
        pal.setColor(QPalette::WindowText, Palette::problem(pal));
    m_outcome->setPalette(pal);
    m_outcome->setText(text);
}

bool VerifyDrawDialog::verify()
{
    const QString recordPath = m_recordEdit->text();
    const QString recordName = QFileInfo(recordPath).fileName();
    QFile file(recordPath);
    if (QFileInfo(recordPath).isDir() || !file.open(QIODevice::ReadOnly)) {
        show(tr("Cannot open the record “%1”: %2").arg(recordName, file.errorString()), false);
        return false;
    }
    const QByteArray json = file.read(passforge::DrawRecord::MaxBytes + 1);
    passforge::DrawRecord::ReadError readError;
    const std::optional<passforge::DrawRecord> record =
        json.size() > passforge::DrawRecord::MaxBytes
            ? std::nullopt
            : passforge::DrawRecord::fromJson(json, &readError);
    if (!record) {
        using Kind = passforge::DrawRecord::ReadError::Kind;
        QString why;
        switch (readError.kind) {
        case Kind::UnknownAlgorithm:
            why = tr("it is for the algorithm “%1”, not passforge-draw-v1.").arg(readError.detail);
            break;
        case Kind::MissingField:
            why = tr("it has no “%1”.").arg(readError.field);
            break;
        case Kind::WrongType:
        case Kind::BadHex:
        case Kind::BothResults:
            why = tr("its “%1” is not what a record holds.").arg(readError.field);
            break;
        case Kind::NotJson:
        case Kind::NotAnObject:
        case Kind::None:
            why = tr("it is not a draw record (JSON).");
            break;
        }
        show(tr("Cannot read the record “%1”: %2").arg(recordName, why), false);
        return false;
    }

    using Error = passforge::PickList::Error;
    Error error = Error::None;
    QString systemMessage;
    const passforge::PickList list =
        passforge::PickList::fromFile(m_listEdit->text(), &error, nullptr, &systemMessage);
    const QString listName = QFileInfo(m_listEdit->text()).fileName();
    if (error != Error::None) {
        QString why;
        switch (error) {
        case Error::InvalidUtf8:
            why = tr("it is not UTF-8 text.");
            break;
        case Error::Empty:
            why = tr("it has no entries.");
            break;
        case Error::RefusedCharacter:
            why = tr("a name holds a character that no list drawn from can hold.");
            break;
        case Error::TooLarge:
            why = tr("it is larger than %1 MB.").arg(passforge::PickList::MaxBytes / 1000 / 1000);
            break;
        case Error::IsDirectory:
        case Error::Unreadable:
        case Error::None:
            why = systemMessage.isEmpty() ? tr("it cannot be read.") : systemMessage;
            break;
        }
        show(tr("Cannot use the list “%1”: %2").arg(listName, why), false);
        return false;
    }

    using Outcome = passforge::DrawRecord::Check::Outcome;
    const passforge::DrawRecord::Check check = record->verify(list);
    const QLocale locale;
    QString text;
    switch (check.outcome) {
    case Outcome::Verified:
        text = record->shuffle
                   ? tr("The record matches: passforge-draw-v1 puts the %Ln entries of this list "
                        "in this order with this seed.",
                        "", int(list.entryCount()))
                   : tr("The record matches: passforge-draw-v1 draws these %Ln winner(s) from "
                        "this list with this seed.",
                        "", int(record->count));
        if (record->beacon)
            text +=
                QLatin1Char(' ') +
                tr("The seed is the SHA-256 of the public random value “%1”.").arg(*record->beacon);
        break;
    case Outcome::ListDiffers:
        text = tr("The list differs from the one drawn from: its SHA-256 is %1, the record says "
                  "%2.")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::EntriesDiffer:
    case Outcome::TicketsDiffer:
    case Outcome::DuplicatesDiffer:
        text = tr("The record's counts of entries, tickets or duplicates do not match the list "
                  "(the list has %1, the record says %2).")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::SeedDiffers:
        text = tr("The seed is not the SHA-256 of the public random value the record names.");
        break;
    case Outcome::CountDiffers:
    case Outcome::CountAboveEntries:
    case Outcome::ResultSize:
        text = tr("The record's count (%1) does not fit its winners or the list.")
                   .arg(locale.toString(record->count));
        break;
    case Outcome::ResultDiffers:
        text = (record->shuffle
                    ? tr("Place %1 of the order differs: the draw gives “%2”, the record says "
                         "“%3”.")
                    : tr("Winner %1 differs: the draw gives “%2”, the record says “%3”."))
                   .arg(locale.toString(check.place), check.expected, check.actual);
        break;
    }
    show(text, check.outcome == Outcome::Verified);
    return check.outcome == Outcome::Verified;
}
