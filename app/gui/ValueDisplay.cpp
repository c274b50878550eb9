// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueDisplay.h"

#include "Palette.h"

#include "Icons.h"
#include "passforge/SecureMemory.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

enum class CharKind { Letter, Digit, Symbol, Newline };

CharKind kindOf(QChar ch)
{
    if (ch == QLatin1Char('\n'))
        return CharKind::Newline;
    if (ch.isDigit())
        return CharKind::Digit;
    if (ch.isLetter())
        return CharKind::Letter;
    return CharKind::Symbol;
}

} // namespace

ValueDisplay::ValueDisplay(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("valueField"));
    setReadOnly(true);
    // No selection at all: a selection would reach the clipboard (and the X11 PRIMARY selection)
    // without ClipboardGuard. The field still takes focus so that Ctrl+C copies through it.
    setTextInteractionFlags(Qt::NoTextInteraction);
    setFocusPolicy(Qt::StrongFocus);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false); // an undo stack would keep every old value
    setAcceptDrops(false);
    setAcceptRichText(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Large enough to read at a glance, and to tell l from 1 and O from 0.
    mono.setPointSizeF(std::max(mono.pointSizeF(), QGuiApplication::font().pointSizeF()) * 1.4);
    setFont(mono);
    document()->setDocumentMargin(6);
    updateHeight();
}

ValueDisplay::~ValueDisplay()
{
    passforge::secureWipe(m_value);
}

void ValueDisplay::setValue(const QString &value)
{
    passforge::secureWipe(m_value);
    m_value = value;
    m_error.clear();
    render();
}

void ValueDisplay::setError(const QString &message)
{
    passforge::secureWipe(m_value);
    m_error = message;
    render();
}

void ValueDisplay::setMasked(bool masked)
{
    if (m_masked == masked)
        return;
    m_masked = masked;
    render();
}

void ValueDisplay::setColourCoded(bool colourCoded)
{
    m_colourCoded = colourCoded;
    render();
}

void ValueDisplay::render()
{
    QTextDocument *doc = document();
    doc->clear();
    QTextCursor cursor(doc);
    const QPalette pal = palette();
    const bool dark = Palette::isDark(pal);

    if (!m_error.isEmpty()) {
        QTextCharFormat format;
        QFont errorFont = QGuiApplication::font();
        errorFont.setPointSizeF(errorFont.pointSizeF() * 1.1);
        format.setFont(errorFont);
        // A colour for attention, but the words carry the meaning.
        format.setForeground(Palette::problem(palette()));
        cursor.insertText(m_error, format);
        return;
    }

    QTextCharFormat plain;
    plain.setForeground(pal.color(QPalette::Text));
    if (m_masked) {
        // One dot per user-perceived character, keeping line breaks (lists of numbers).
        QString masked;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, m_value);
        for (qsizetype start = 0; start < m_value.size();) {
            qsizetype end = finder.toNextBoundary();
            if (end < 0)
                end = m_value.size();
            masked += m_value.at(start) == QLatin1Char('\n') ? QStringLiteral("\n")
                                                             : QString(QChar(0x2022));
            start = end;
        }
        cursor.insertText(masked, plain);
        return;
    }

    if (!m_colourCoded) {
        cursor.insertText(m_value, plain);
        return;
    }
    // Colours with at least 4.5:1 contrast on the usual light and dark backgrounds.
    QTextCharFormat digit;
    digit.setForeground(dark ? QColor(0x7c, 0xc4, 0xff) : QColor(0x15, 0x65, 0xc0));
    QTextCharFormat symbol;
    symbol.setForeground(dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xa8, 0x3f, 0x00));
    auto formatFor = [&](CharKind kind) -> const QTextCharFormat & {
        switch (kind) {
        case CharKind::Digit:
            return digit;
        case CharKind::Symbol:
            return symbol;
        case CharKind::Letter:
        case CharKind::Newline:
            break;
        }
        return plain;
    };
    // Insert runs of one kind at a time, in one edit block: otherwise the document lays the
    // paragraph out again after every run, which takes a second for a 2048-digit hex token.
    cursor.beginEditBlock();
    qsizetype start = 0;
    while (start < m_value.size()) {
        const CharKind kind = kindOf(m_value.at(start));
        qsizetype end = start + 1;
        while (end < m_value.size() &&
               (kindOf(m_value.at(end)) == kind || m_value.at(end).isLowSurrogate()))
            ++end;
        if (kind == CharKind::Newline)
            cursor.insertBlock();
        else
            cursor.insertText(m_value.mid(start, end - start), formatFor(kind));
        start = end;
    }
    cursor.endEditBlock();
}

void ValueDisplay::updateHeight()
{
    // A fixed height of VisibleLines lines, whatever the value: longer ones scroll, so that
    // nothing below the field moves when a value wraps or a count grows. The lines are measured
    // as the document lays them out, and only the top margin is added: the bottom one would
    // show a sliver of the next line while the value scrolls.
    QTextDocument probe;
    probe.setDefaultFont(font());
    probe.setDocumentMargin(0);
    probe.setPlainText(QString(VisibleLines - 1, QLatin1Char('\n')));
    const double content = probe.size().height() + document()->documentMargin();
    const int height = static_cast<int>(std::ceil(content)) + 2 * frameWidth();
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
}

bool ValueDisplay::event(QEvent *event)
{
    // Claim Ctrl+C before any window shortcut sees it, so that it always copies this value.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void ValueDisplay::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        if (hasValue())
            Q_EMIT copyRequested();
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ValueDisplay::contextMenuEvent(QContextMenuEvent *event)
{
    // Our own menu: the stock one would copy straight to the clipboard.
    QMenu menu(this);
    QAction *copy = menu.addAction(Icons::icon(Icons::Glyph::Copy), tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(hasValue());
    connect(copy, &QAction::triggered, this, &ValueDisplay::copyRequested);
    menu.exec(event->globalPos());
}

void ValueDisplay::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        render();       // the colours depend on whether the palette is dark
        updateHeight(); // and the frame's width on the style
        break;
    case QEvent::FontChange:
        updateHeight();
        break;
    default:
        break;
    }
}

QMimeData *ValueDisplay::createMimeDataFromSelection() const
{
    // Nothing leaves this field except through ClipboardGuard.
    return new QMimeData;
}

bool ValueDisplay::canInsertFromMimeData(const QMimeData *) const
{
    return false;
}
