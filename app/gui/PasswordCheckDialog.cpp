// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCheckDialog.h"

#include "CheckText.h"
#include "Icons.h"
#include "passforge/PasswordCheck.h"
#include "passforge/SecureMemory.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

using passforge::PasswordCheck;
namespace i18n = passforge::i18n;

PasswordCheckDialog::PasswordCheckDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_showAction(new QAction(this))
    , m_scoreBar(new QProgressBar(this))
    , m_scoreLabel(new QLabel(this))
    , m_guessesLabel(new QLabel(this))
    , m_onlineThrottledLabel(new QLabel(this))
    , m_onlineLabel(new QLabel(this))
    , m_offlineSlowLabel(new QLabel(this))
    , m_offlineFastLabel(new QLabel(this))
    , m_foundLabel(new QLabel(this))
    , m_adviceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordCheckDialog"));
    setWindowTitle(tr("Check a Password"));
    m_edit->setObjectName(QStringLiteral("checkedPassword"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMaxLength(PasswordCheck::MaxBytes);
    m_edit->setPlaceholderText(tr("A password you use or want to use"));
    m_edit->setAccessibleName(tr("Password to check"));
    m_showAction->setObjectName(QStringLiteral("showCheckedPassword"));
    m_showAction->setCheckable(true);
    m_edit->addAction(m_showAction, QLineEdit::TrailingPosition);
    m_scoreBar->setObjectName(QStringLiteral("checkScoreBar"));
    m_scoreBar->setRange(0, 4);
    m_scoreBar->setTextVisible(false);
    m_scoreLabel->setObjectName(QStringLiteral("checkScore"));
    m_guessesLabel->setObjectName(QStringLiteral("checkGuesses"));
    m_onlineThrottledLabel->setObjectName(QStringLiteral("checkOnlineThrottled"));
    m_onlineLabel->setObjectName(QStringLiteral("checkOnline"));
    m_offlineSlowLabel->setObjectName(QStringLiteral("checkOfflineSlow"));
    m_offlineFastLabel->setObjectName(QStringLiteral("checkOfflineFast"));
    m_foundLabel->setObjectName(QStringLiteral("checkFound"));
    m_foundLabel->setWordWrap(true);
    m_adviceLabel->setObjectName(QStringLiteral("checkAdvice"));
    m_adviceLabel->setWordWrap(true);

    auto *intro = new QLabel(tr("zxcvbn estimates how many guesses an attacker who tries common "
                                "passwords, words, names, dates and keyboard patterns first would "
                                "need. What you type stays in this window and is never saved."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_edit);
    form->addRow(tr("Score:"), m_scoreBar);
    form->addRow(QString(), m_scoreLabel);
    form->addRow(tr("Guesses:"), m_guessesLabel);
    form->addRow(tr("Online, 100 guesses an hour:"), m_onlineThrottledLabel);
    form->addRow(tr("Online, 10 guesses a second:"), m_onlineLabel);
    form->addRow(tr("Offline, slow hash (10^4 a second):"), m_offlineSlowLabel);
    form->addRow(tr("Offline, fast hash (10^10 a second):"), m_offlineFastLabel);
    form->addRow(tr("Found:"), m_foundLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_adviceLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    connect(m_edit, &QLineEdit::textChanged, this, &PasswordCheckDialog::update);
    connect(m_showAction, &QAction::toggled, this, &PasswordCheckDialog::setShown);
    setShown(false);
    update();
}

PasswordCheckDialog::~PasswordCheckDialog()
{
    wipeField();
}

void PasswordCheckDialog::setShown(bool shown)
{
    m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_showAction->setIcon(Icons::icon(shown ? Icons::Glyph::Hide : Icons::Glyph::Show));
    m_showAction->setText(shown ? tr("Hide the password") : tr("Show the password"));
    m_showAction->setToolTip(m_showAction->text());
}

void PasswordCheckDialog::showNoEstimate(const QString &why)
{
    m_scoreBar->setValue(0);
    m_scoreLabel->setText(why);
    for (QLabel *label : {m_guessesLabel, m_onlineThrottledLabel, m_onlineLabel, m_offlineSlowLabel,
                          m_offlineFastLabel, m_foundLabel})
        label->setText(QStringLiteral("—"));
    m_adviceLabel->clear();
}

void PasswordCheckDialog::update()
{
    if (m_edit->text().isEmpty()) {
        showNoEstimate(tr("Type a password to see its estimate."));
        return;
    }
    // The field counts characters; the check's limit is in bytes of UTF-8.
    QByteArray utf8 = m_edit->text().toUtf8();
    const bool tooLong = utf8.size() > PasswordCheck::MaxBytes;
    passforge::secureWipe(utf8);
    if (tooLong) {
        showNoEstimate(tr("This password is longer than %1 bytes, the most zxcvbn checks.")
                           .arg(PasswordCheck::MaxBytes));
        return;
    }
    // The field's own text, shared: checking makes only a UTF-8 copy, which is wiped.
    const PasswordCheck check = PasswordCheck::check(m_edit->text());
    const int score = check.score();
    m_scoreBar->setValue(score);
    m_scoreLabel->setText(tr("%1 of 4: %2").arg(score).arg(i18n::scoreText(score)));
    m_guessesLabel->setText(tr("about %1").arg(i18n::guessesText(check.guessesLog10())));
    const PasswordCheck::CrackSeconds seconds = check.crackSeconds();
    m_onlineThrottledLabel->setText(i18n::durationText(seconds.onlineThrottled));
    m_onlineLabel->setText(i18n::durationText(seconds.online));
    m_offlineSlowLabel->setText(i18n::durationText(seconds.offlineSlow));
    m_offlineFastLabel->setText(i18n::durationText(seconds.offlineFast));
    const QString found = i18n::patternsText(check);
    m_foundLabel->setText(found.isEmpty() ? tr("nothing zxcvbn knows") : found);
    QStringList advice;
    if (const QString warning = i18n::warningText(check); !warning.isEmpty())
        advice.append(QStringLiteral("<b>%1</b>").arg(warning.toHtmlEscaped()));
    for (const QString &suggestion : i18n::suggestionTexts(check))
        advice.append(suggestion.toHtmlEscaped());
    m_adviceLabel->setText(advice.join(QStringLiteral("<br>")));
}

void PasswordCheckDialog::wipeField()
{
    // Once the field has let go of its text, this copy is the buffer's only owner, so the wipe
    // reaches the field's own buffer instead of a detached copy.
    QString text = m_edit->text();
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    }
    passforge::secureWipe(text);
}

void PasswordCheckDialog::done(int result)
{
    wipeField();
    update();
    QDialog::done(result);
}
