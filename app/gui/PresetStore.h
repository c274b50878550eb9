// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/Presets.h"

#include <QObject>

#include <functional>

// The window's presets, shared by every generator tab: core's Presets read from and written
// back to one file after each change. A file that does not read is never written over: its
// problem is kept, and every change is refused naming it, until the user fixes the file.
class PresetStore : public QObject
{
    Q_OBJECT

public:
    explicit PresetStore(const QString &path, QObject *parent = nullptr);

    const passforge::Presets &presets() const { return m_presets; }
    QString path() const { return m_path; }
    // Why the file could not be read, or an empty string.
    QString loadProblem() const { return m_loadProblem; }

    // A built-in preset by its name in the window's language; a user's one as it is.
    static QString displayName(const passforge::Presets::Preset &preset);

    // Each change returns why it was refused (one translated sentence), or an empty string, and
    // writes the file. It applies to the file as it is now, read again first: another window or
    // passforge-cli may have changed it, and their changes are kept.
    QString add(const passforge::Presets::Preset &preset);
    QString rename(const QString &from, const QString &to);
    // Deletes a user's preset, or hides a built-in one.
    QString remove(const QString &name);
    QString showBuiltIns();
    // Adds the presets of another file, renaming any whose name is taken ("Bank PIN (2)").
    QString importFrom(const QString &file, int *added);
    // Writes the user's presets (not which built-in ones are hidden, a choice for this window).
    QString exportTo(const QString &file) const;

Q_SIGNALS:
    void changed();

private:
    QString editProblem(passforge::Presets::EditError error, const QString &name) const;
    // Reads the file again, applies change (which returns why it refused) and writes the result.
    QString edit(const std::function<QString(passforge::Presets &)> &change);

    QString m_path;
    passforge::Presets m_presets;
    QString m_loadProblem;
};
