// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextEdit>

// The read-only field that shows a generated value: large monospace text, digits and symbols
// in their own colours so that look-alikes are easy to tell apart, or masked. When the options
// are invalid it shows a short explanation in place of the value.
//
// The value never reaches the clipboard except through copyRequested(): selection, drag and the
// stock context menu are disabled (they would copy past ClipboardGuard, without its hints and
// without the timed clear), and Ctrl+C emits copyRequested() instead.
class ValueDisplay : public QTextEdit
{
    Q_OBJECT

public:
    explicit ValueDisplay(QWidget *parent = nullptr);
    ~ValueDisplay() override;

    void setValue(const QString &value);
    void setError(const QString &message);

    // The value as generated (also while masked); empty while an explanation is shown.
    QString value() const { return m_value; }
    bool hasValue() const { return !m_value.isEmpty(); }
    // The explanation shown instead of a value, or empty.
    QString errorText() const { return m_error; }

    bool isMasked() const { return m_masked; }
    void setMasked(bool masked);

    // Colours digits and symbols apart from letters (on by default; pointless for numbers).
    void setColourCoded(bool colourCoded);

    // The field is this many lines of the value font high, always; a longer value scrolls.
    static constexpr int VisibleLines = 2;

Q_SIGNALS:
    void copyRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    void render();
    void updateHeight();

    QString m_value;
    QString m_error;
    bool m_masked = false;
    bool m_colourCoded = true;
};
