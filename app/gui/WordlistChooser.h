// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/Wordlist.h"

#include <QWidget>

class QComboBox;
class QLabel;

// The passphrase tab's wordlist chooser: a combo box with every built-in list by its language
// ("Deutsch (6,654 words)"), the user's own list once one is loaded ("name.txt (2000 words)"),
// and "Open wordlist…", with a status line under it. A list that cannot be used is refused with
// the reason on the status line and the list in use stays; nothing opens a message box. Only the
// file's path leaves this class (for the settings); the words stay in memory.
class WordlistChooser : public QWidget
{
    Q_OBJECT

public:
    // defaultCode is the built-in list used when none is chosen: the UI language's.
    explicit WordlistChooser(const QString &defaultCode, QWidget *parent = nullptr);

    // The list in use.
    const passforge::Wordlist &wordlist() const;
    // The file of the list in use, or an empty string for a built-in list.
    QString filePath() const;
    // The code of the built-in list in use (en, de, …), or an empty string for a file.
    QString builtInCode() const;
    const QString &defaultCode() const { return m_defaultCode; }
    // The built-in list for the window's language: its own, or English where it has none.
    static QString defaultCodeFor(const QString &uiLanguage);

    // Loads a file and uses it. False when it is refused: the reason goes on the status line and
    // the list in use stays.
    bool loadFile(const QString &path);
    // Asks for a file, then loads it.
    void openFile();
    // Uses a built-in list; an empty or unknown code means the default one.
    void useBuiltIn(const QString &code);
    // At start: uses the remembered file, or else the remembered built-in list. A file that
    // cannot be loaded any more falls back to the built-in list with a note saying why.
    void restore(const QString &path, const QString &code);

Q_SIGNALS:
    // The list in use has changed.
    void wordlistChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Item { BuiltInItem, FileItem, OpenItem };
    void retranslate();
    QString fileItemText() const;
    QString builtInName(int index) const;
    void indexChanged(int index);
    // Why path could not be used, or an empty string when it is now the list in use.
    QString tryLoad(const QString &path);
    void showSummary();
    void setStatus(const QString &text, bool isProblem);
    int indexOf(Item item) const;
    int indexOfCode(const QString &code) const;
    Item itemAt(int index) const;

    QComboBox *m_combo;
    QLabel *m_status;
    QString m_defaultCode;
    passforge::Wordlist m_fileList;
    QString m_filePath;
    int m_lastIndex = 0;
};
