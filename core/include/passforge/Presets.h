// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace passforge {

// Named sets of options for one command, shared by the window and the CLI. Not secrets: they
// live beside the settings, in $XDG_CONFIG_HOME/passforge/presets.json:
//   {"version": 1, "presets": [
//     {"name": "Bank PIN", "command": "password", "options": {"length": 6, "digits": true}}],
//    "hidden": ["Maximum (64, all kinds)"]}
// Option keys are the CLI's long option names without the dashes; values are numbers, strings or
// true for flags. "hidden" lists built-in presets the user hid. Built-in presets exist with no
// file at all; they can be hidden or copied, never overwritten.
class Presets
{
public:
    struct Preset
    {
        QString name;
        QString command;     // password, passphrase, token or number
        QJsonObject options; // CLI long option name -> number, string or true
        bool builtIn = false;
        bool operator==(const Preset &other) const = default;
    };

    static constexpr int Version = 1;
    static constexpr int MaxNameLength = 64;
    // The largest --count any command accepts; counts stream, so this only guards against
    // nonsense.
    static constexpr std::int64_t MaxCount = 1'000'000'000'000;

    // The commands a preset may be for.
    static QStringList commands();
    static std::vector<Preset> builtIns();

    // $XDG_CONFIG_HOME/passforge/presets.json (or the platform's config location).
    static QString defaultPath();

    // Reads a presets file. A missing file is no error: just the built-ins. On a malformed file
    // returns the built-ins and sets error to one line naming what is wrong and, for JSON that
    // does not parse, the offset of the error.
    static Presets load(const QString &path, QString *error);
    // The same from bytes; errors do not name a file.
    static Presets fromJson(const QByteArray &json, QString *error);
    // The user's presets and hidden built-ins in the file format.
    QByteArray toJson() const;
    // Writes toJson() atomically; false with error set when it cannot.
    bool save(const QString &path, QString *error) const;

    // Built-ins not hidden, then the user's presets, in order.
    std::vector<Preset> visible() const;
    // Only the user's presets.
    const std::vector<Preset> &userPresets() const { return m_user; }
    QStringList hiddenBuiltIns() const { return m_hidden; }
    // A visible preset by name (exact), or nullptr.
    const Preset *find(const QString &name) const;

    enum class EditError { None, InvalidName, NameTaken, NotFound, BuiltIn, InvalidPreset };
    // Adds a user preset; its name must be new (no built-in's name either).
    EditError add(const Preset &preset);
    EditError rename(const QString &from, const QString &to);
    // A user preset is removed; a built-in one is hidden.
    EditError remove(const QString &name);
    // Shows every hidden built-in again.
    void showBuiltIns() { m_hidden.clear(); }
    // Adds the user presets of another file (imports): a name already in use gets " (2)" and so
    // on. Returns how many were added.
    int merge(const Presets &other);

    // Options as command-line arguments, in key order: {"length": 6, "digits": true} gives
    // --digits --length 6 (a flag for true, the value after its option otherwise).
    static QStringList arguments(const QJsonObject &options);

    bool operator==(const Presets &other) const = default;

    // Why a preset is not valid, or an empty string: name, command and option values.
    static QString problem(const Preset &preset);
    // Not empty, at most MaxNameLength, no spaces at the ends, no control characters.
    static bool validName(const QString &name);

private:
    bool nameInUse(const QString &name) const;
    std::vector<Preset> m_user;
    QStringList m_hidden;
};

} // namespace passforge
