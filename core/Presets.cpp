// SPDX-License-Identifier: GPL-3.0-or-later
#include "Presets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <limits>

namespace passforge {

namespace {

// The messages reach users through the CLI and the window, so they are translated; lupdate
// scans this file with the programs' sources. The context is spelled out in each call, so that
// lupdate files every message under the one the program looks in.

QJsonObject options(std::initializer_list<std::pair<const char *, QJsonValue>> values)
{
    QJsonObject object;
    for (const auto &[key, value] : values)
        object.insert(QLatin1String(key), value);
    return object;
}

} // namespace

QStringList Presets::commands()
{
    return {QStringLiteral("password"), QStringLiteral("passphrase"), QStringLiteral("token"),
            QStringLiteral("number")};
}

QStringList Presets::arguments(const QJsonObject &options)
{
    QStringList args;
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QJsonValue value = it.value();
        args << QStringLiteral("--") + it.key();
        if (value.isDouble()) {
            // A whole number is written as an integer ("6", not "6.0"), exactly even beyond 2^53
            // (a number preset's bounds may be any 64-bit value).
            const double number = value.toDouble();
            constexpr qint64 none = std::numeric_limits<qint64>::min();
            const qint64 whole = value.toInteger(none);
            args << (whole != none || number == static_cast<double>(none)
                         ? QString::number(whole)
                         : QString::number(number, 'g', 17));
        } else if (value.isString()) {
            args << value.toString();
        }
    }
    return args;
}

std::vector<Presets::Preset> Presets::builtIns()
{
    const QString password = QStringLiteral("password");
    return {
        {QStringLiteral("PIN (6 digits)"), password, options({{"length", 6}, {"digits", true}}),
         true},
        // WPA2 takes 8 to 63 characters; 24 letters and digits without look-alikes are easy to
        // type on a TV or a phone and still give 136 bits.
        {QStringLiteral("Wi-Fi (WPA2, 24 easy-to-type characters)"), password,
         options({{"length", 24},
                  {"lower", true},
                  {"upper", true},
                  {"digits", true},
                  {"no-lookalikes", true}}),
         true},
        {QStringLiteral("Maximum (64, all kinds)"), password,
         options({{"length", 64},
                  {"min-lower", 1},
                  {"min-upper", 1},
                  {"min-digits", 1},
                  {"min-symbols", 1}}),
         true},
    };
}

QString Presets::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/passforge/presets.json");
}

bool Presets::validName(const QString &name)
{
    if (name.isEmpty() || name != name.trimmed() || name.size() > MaxNameLength)
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

QString Presets::problem(const Preset &preset)
{
    if (!validName(preset.name))
        return QCoreApplication::translate(
                   "Presets", "the name '%1' is empty, too long (over %2 characters), has "
                              "spaces at an end or control characters")
            .arg(preset.name)
            .arg(MaxNameLength);
    if (!commands().contains(preset.command))
        return QCoreApplication::translate("Presets", "preset '%1' is for '%2'; presets are for %3")
            .arg(preset.name, preset.command, commands().join(QStringLiteral(", ")));
    for (auto it = preset.options.begin(); it != preset.options.end(); ++it) {
        const QJsonValue value = it.value();
        const bool ok = value.isDouble() || value.isString() || (value.isBool() && value.toBool());
        if (it.key().isEmpty() || it.key().startsWith(QLatin1Char('-')))
            return QCoreApplication::translate(
                       "Presets", "preset '%1' has an option named '%2'; write option names "
                                  "without the dashes")
                .arg(preset.name, it.key());
        if (!ok)
            return QCoreApplication::translate(
                       "Presets", "preset '%1': option '%2' must be a number, a string or true")
                .arg(preset.name, it.key());
        // A relative path would name a different file in every directory the CLI runs from.
        if (it.key() == QLatin1String("wordlist") && value.isString() &&
            !QDir::isAbsolutePath(value.toString()))
            return QCoreApplication::translate(
                       "Presets", "preset '%1': the option 'wordlist' must be an absolute path, "
                                  "not '%2'")
                .arg(preset.name, value.toString());
    }
    return {};
}

Presets Presets::fromJson(const QByteArray &json, QString *error)
{
    Presets presets;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return Presets();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset counts bytes from 0 and points just past the problem: as line and column
        // (from 1) it is where an editor shows the character that broke the parse.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype newline = before.lastIndexOf('\n');
        return fail(
            QCoreApplication::translate("Presets", "not valid JSON at line %1, column %2: %3")
                .arg(before.count('\n') + 1)
                .arg(parseError.offset - newline - 1)
                .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QCoreApplication::translate("Presets", "not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt(-1) != Version ||
        !root.value(QLatin1String("version")).isDouble())
        return fail(QCoreApplication::translate("Presets", "\"version\" must be %1").arg(Version));
    const QJsonValue list = root.value(QLatin1String("presets"));
    if (!list.isArray() && !list.isUndefined())
        return fail(QCoreApplication::translate("Presets", "\"presets\" must be an array"));
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        if (!array.at(i).isObject() || !object.value(QLatin1String("name")).isString() ||
            !object.value(QLatin1String("command")).isString() ||
            !(object.value(QLatin1String("options")).isObject() ||
              object.value(QLatin1String("options")).isUndefined()))
            return fail(QCoreApplication::translate("Presets",
                                                    "preset %1 needs a string \"name\", a string "
                                                    "\"command\" and an \"options\" object")
                            .arg(i + 1));
        Preset preset{object.value(QLatin1String("name")).toString(),
                      object.value(QLatin1String("command")).toString(),
                      object.value(QLatin1String("options")).toObject(), false};
        if (const QString why = problem(preset); !why.isEmpty())
            return fail(why);
        const auto builtIn = builtIns();
        if (std::any_of(builtIn.begin(), builtIn.end(),
                        [&](const Preset &b) { return b.name == preset.name; }))
            return fail(QCoreApplication::translate(
                            "Presets", "preset '%1' has the name of a built-in preset, which "
                                       "cannot be overwritten")
                            .arg(preset.name));
        if (presets.nameInUse(preset.name))
            return fail(QCoreApplication::translate("Presets", "two presets are named '%1'")
                            .arg(preset.name));
        presets.m_user.push_back(std::move(preset));
    }
    const QJsonValue hidden = root.value(QLatin1String("hidden"));
    if (!hidden.isArray() && !hidden.isUndefined())
        return fail(QCoreApplication::translate("Presets", "\"hidden\" must be an array of names"));
    for (const QJsonValue &name : hidden.toArray()) {
        if (!name.isString())
            return fail(
                QCoreApplication::translate("Presets", "\"hidden\" must be an array of names"));
        presets.m_hidden.append(name.toString());
    }
    if (error)
        error->clear();
    return presets;
}

Presets Presets::load(const QString &path, QString *error)
{
    if (error)
        error->clear();
    QFile file(path);
    if (!file.exists())
        return Presets();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return Presets();
    }
    QString why;
    Presets presets = fromJson(file.readAll(), &why);
    if (!why.isEmpty() && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return presets;
}

QByteArray Presets::toJson() const
{
    QJsonArray array;
    for (const Preset &preset : m_user) {
        QJsonObject object;
        object.insert(QLatin1String("name"), preset.name);
        object.insert(QLatin1String("command"), preset.command);
        object.insert(QLatin1String("options"), preset.options);
        array.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), Version);
    root.insert(QLatin1String("presets"), array);
    if (!m_hidden.isEmpty())
        root.insert(QLatin1String("hidden"), QJsonArray::fromStringList(m_hidden));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Presets::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::vector<Presets::Preset> Presets::visible() const
{
    std::vector<Preset> all;
    for (const Preset &preset : builtIns()) {
        if (!m_hidden.contains(preset.name))
            all.push_back(preset);
    }
    all.insert(all.end(), m_user.begin(), m_user.end());
    return all;
}

const Presets::Preset *Presets::find(const QString &name) const
{
    static const std::vector<Preset> builtIn = builtIns();
    for (const Preset &preset : builtIn) {
        if (preset.name == name && !m_hidden.contains(name))
            return &preset;
    }
    for (const Preset &preset : m_user) {
        if (preset.name == name)
            return &preset;
    }
    return nullptr;
}

bool Presets::nameInUse(const QString &name) const
{
    const auto builtIn = builtIns();
    return std::any_of(builtIn.begin(), builtIn.end(),
                       [&](const Preset &p) { return p.name == name; }) ||
           std::any_of(m_user.begin(), m_user.end(),
                       [&](const Preset &p) { return p.name == name; });
}

Presets::EditError Presets::add(const Preset &preset)
{
    if (!validName(preset.name))
        return EditError::InvalidName;
    if (!problem(preset).isEmpty())
        return EditError::InvalidPreset;
    if (nameInUse(preset.name))
        return EditError::NameTaken;
    Preset copy = preset;
    copy.builtIn = false;
    m_user.push_back(std::move(copy));
    return EditError::None;
}

Presets::EditError Presets::rename(const QString &from, const QString &to)
{
    const auto it =
        std::find_if(m_user.begin(), m_user.end(), [&](const Preset &p) { return p.name == from; });
    if (it == m_user.end()) {
        const auto builtIn = builtIns();
        return std::any_of(builtIn.begin(), builtIn.end(),
                           [&](const Preset &p) { return p.name == from; })
                   ? EditError::BuiltIn
                   : EditError::NotFound;
    }
    if (!validName(to))
        return EditError::InvalidName;
    if (to != from && nameInUse(to))
        return EditError::NameTaken;
    it->name = to;
    return EditError::None;
}

Presets::EditError Presets::remove(const QString &name)
{
    const auto it =
        std::find_if(m_user.begin(), m_user.end(), [&](const Preset &p) { return p.name == name; });
    if (it != m_user.end()) {
        m_user.erase(it);
        return EditError::None;
    }
    const auto builtIn = builtIns();
    if (std::any_of(builtIn.begin(), builtIn.end(),
                    [&](const Preset &p) { return p.name == name; })) {
        if (!m_hidden.contains(name))
            m_hidden.append(name);
        return EditError::None;
    }
    return EditError::NotFound;
}

int Presets::merge(const Presets &other)
{
    int added = 0;
    for (Preset preset : other.m_user) {
        const QString base = preset.name;
        for (int n = 2; nameInUse(preset.name); ++n) {
            // A long name gives up its end, so that the number always fits.
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            QString head = base.left(MaxNameLength - suffix.size());
            if (!head.isEmpty() && head.back().isHighSurrogate())
                head.chop(1);
            preset.name = head.trimmed() + suffix;
        }
        if (add(preset) == EditError::None)
            ++added;
    }
    return added;
}

} // namespace passforge
