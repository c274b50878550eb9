// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/Wordlist.h"

#include <QWidget>

class QComboBox;
class QLabel;

// The passphrase tab's wordlist chooser: a combo box with the built-in English list, the user's
// own list once one is loaded ("name.txt (2000 words)"), and "Open wordlist…", with a status
// line under it. A list that cannot be used is refused with the reason on the status line and
// the list in use stays; nothing opens a message box. Only the file's path leaves this class
// (for the settings); the words stay in memory.
class WordlistChooser : public QWidget
{
    Q_OBJECT

public:
    explicit WordlistChooser(QWidget *parent = nullptr);

    // The list in use.
    const passforge::Wordlist &wordlist() const;
    // The file of the list in use, or an empty string for the built-in list.
    QString filePath() const;

    // Loads a file and uses it. False when it is refused: the reason goes on the status line and
    // the list in use stays.
    bool loadFile(const QString &path);
    // Asks for a file, then loads it.
    void openFile();
    // At start: uses the remembered file, or the built-in list for an empty path. A file that
    // cannot be loaded any more falls back to the built-in list with a note saying why.
    void restore(const QString &path);

Q_SIGNALS:
    // The list in use has changed.
    void wordlistChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Item { BuiltInItem, FileItem, OpenItem };

    void retranslate();
    QString fileItemText() const;

    void indexChanged(int index);
    void useBuiltIn();
    // Why path could not be used, or an empty string when it is now the list in use.
    QString tryLoad(const QString &path);
    void showSummary();
    void setStatus(const QString &text, bool isProblem);
    int indexOf(Item item) const;
    Item itemAt(int index) const;

    QComboBox *m_combo;
    QLabel *m_status;
    passforge::Wordlist m_fileList;
    QString m_filePath;
    int m_lastIndex = 0;
};
