// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the GUI tests: a private settings directory per test, finding widgets by
// object name, and driving them with key presses and clicks as a person would.

#include "Tabs.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QByteArray>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace guitest {

// Points $XDG_CONFIG_HOME at a new empty directory, so that each test starts from the defaults
// and never touches the real user's settings. It must exist before a MainWindow is built.
class ConfigDir
{
public:
    ConfigDir()
    {
        if (m_dir.isValid())
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path()));
    }
    bool isValid() const { return m_dir.isValid(); }
    // Where the issue says the file is: $XDG_CONFIG_HOME/passforge/passforge.conf.
    QString settingsPath() const
    {
        return QDir(m_dir.path()).filePath(QStringLiteral("passforge/passforge.conf"));
    }
    QByteArray settingsBytes() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
};

// The widget named name under parent, or nullptr (tests QVERIFY the result).
template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// Space toggles a focused check box, as on a keyboard.
inline void setChecked(QAbstractButton *button, bool checked)
{
    if (button->isChecked() != checked)
        QTest::keyClick(button, Qt::Key_Space);
}

// Replaces a line edit's text by typing: select all, then the keys.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    // keyClicks only knows ASCII; other characters arrive as key events carrying their text,
    // as an input method delivers them.
    for (QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(edit, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline void typeInto(QAbstractSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

// Runs check on the modal dialog that opens next (its exec() returns only once it is closed),
// then presses Esc in it as a user would; closedByEsc, if given, says whether that closed it.
// A dialog Esc leaves open is rejected, so that a failing check never hangs the test.
inline void withNextDialog(const std::function<void(QDialog *)> &check, bool *closedByEsc = nullptr)
{
    QTimer::singleShot(0, qApp, [check, closedByEsc] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        check(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        if (closedByEsc)
            *closedByEsc = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
}

// The entropy line for bits, derived from the README's table (below 40 weak, below 64 fair,
// below 100 strong, else very strong), with one decimal in the C locale the tests fix.
inline QString entropyText(double bits)
{
    const char *strength = bits < 40    ? "weak"
                           : bits < 64  ? "fair"
                           : bits < 100 ? "strong"
                                        : "very strong";
    return QString::number(bits, 'f', 1) + QStringLiteral(" bits — ") +
           QString::fromLatin1(strength);
}

} // namespace guitest
