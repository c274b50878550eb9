// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardStatus.h"

#include "ClipboardGuard.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

ClipboardStatus::ClipboardStatus(ClipboardGuard *guard, QAction *clearNowAction, QWidget *parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_clearNowAction(clearNowAction)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_clearButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("clipboardStatus"));
    m_progress->setObjectName(QStringLiteral("clipboardProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(90);
    m_progress->setMaximumHeight(std::max(8, fontMetrics().height() / 2));
    retranslate();
    m_clearButton->setDefaultAction(m_clearNowAction);
    m_clearButton->setAutoRaise(true);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_clearButton);

    m_label->hide();
    m_progress->hide();
    m_clearButton->hide();
    // Hidden parts keep their place, so that the status bar keeps its height and nothing above it
    // moves when the countdown appears.
    for (QWidget *part : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_progress),
                          static_cast<QWidget *>(m_clearButton)}) {
        QSizePolicy policy = part->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        part->setSizePolicy(policy);
    }

    connect(m_guard, &ClipboardGuard::copiedPlain, this, &ClipboardStatus::onCopiedPlain);
    connect(m_guard, &ClipboardGuard::copied, this, &ClipboardStatus::onCopied);
    connect(m_guard, &ClipboardGuard::countdownChanged, this, &ClipboardStatus::onCountdown);
    connect(m_guard, &ClipboardGuard::cleared, this, &ClipboardStatus::onCleared);
}

void ClipboardStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClipboardStatus::retranslate()
{
    m_progress->setAccessibleName(tr("Time left before the clipboard is cleared"));
    // On the whole countdown (its parts have no tooltip of their own), since that is the promise
    // that may not hold here.
    setToolTip(m_guard->canAlwaysClear()
                   ? QString()
                   : tr("This desktop lets Passforge clear the clipboard only while its window "
                        "has focus, and not once another program has taken the value over: the "
                        "value may stay after the countdown. Use Clear now before you switch "
                        "away."));
}

void ClipboardStatus::onCopiedPlain()
{
    m_label->hide();
    m_progress->hide();
    m_clearButton->hide();
    Q_EMIT message(tr("Copied to the clipboard as plain text"));
}

void ClipboardStatus::onCopied()
{
    m_clearButton->show();
    if (m_guard->clearAfterSeconds() == 0) {
        // No countdown: say where the value went, and that it stays until cleared.
        m_label->setText(tr("Copied; the clipboard keeps it until you clear it"));
        m_label->show();
        m_progress->hide();
    }
    Q_EMIT message(tr("Copied to the clipboard"));
}

void ClipboardStatus::onCountdown(int remaining, int total)
{
    if (remaining <= 0)
        return; // cleared() follows and tidies up
    m_progress->setRange(0, total);
    m_progress->setValue(remaining);
    const QString text = tr("Clipboard clears in %n s", "", remaining);
    m_label->setText(text);
    m_progress->setAccessibleDescription(text);
    m_label->show();
    m_progress->show();
    m_clearButton->show();
}

void ClipboardStatus::onCleared()
{
    m_label->hide();
    m_progress->hide();
    m_clearButton->hide();
    Q_EMIT message(tr("Clipboard cleared"));
}
