// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresetStore.h"

#include <QFileInfo>

using passforge::Presets;

PresetStore::PresetStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_presets = Presets::load(path, &m_loadProblem);
}

QString PresetStore::displayName(const Presets::Preset &preset)
{
    if (!preset.builtIn)
        return preset.name;
    // The CLI knows them by their English names (--preset "PIN (6 digits)").
    if (preset.name == QLatin1String("PIN (6 digits)"))
        return tr("PIN (6 digits)");
    if (preset.name == QLatin1String("Wi-Fi (WPA2, 24 easy-to-type characters)"))
        return tr("Wi-Fi (WPA2, 24 easy-to-type characters)");
    if (preset.name == QLatin1String("Maximum (64, all kinds)"))
        return tr("Maximum (64, all kinds)");
    return preset.name;
}

QString PresetStore::editProblem(Presets::EditError error, const QString &name) const
{
    switch (error) {
    case Presets::EditError::None:
        return {};
    case Presets::EditError::InvalidName:
        return tr("A preset's name must not be empty, longer than %1 characters, start or end "
                  "with a space, or hold control characters.")
            .arg(Presets::MaxNameLength);
    case Presets::EditError::NameTaken:
        return tr("There is already a preset named “%1”.").arg(name);
    case Presets::EditError::NotFound:
        return tr("There is no preset named “%1”.").arg(name);
    case Presets::EditError::BuiltIn:
        return tr("Built-in presets cannot be renamed; save a copy under a new name instead.");
    case Presets::EditError::InvalidPreset:
        break;
    }
    return tr("These options cannot be saved as a preset.");
}

QString PresetStore::edit(const std::function<QString(Presets &)> &change)
{
    QString problem;
    Presets now = Presets::load(m_path, &problem);
    const bool wasReadable = m_loadProblem.isEmpty();
    m_loadProblem = problem;
    QString why;
    if (!problem.isEmpty()) {
        why = tr("The presets file has a problem, so it is left as it is: %1").arg(problem);
    } else {
        Presets next = now;
        why = change(next);
        QString error;
        if (why.isEmpty() && !next.save(m_path, &error))
            why = tr("Could not save the presets to %1: %2").arg(m_path, error);
        if (why.isEmpty())
            now = next;
    }
    if (!(now == m_presets) || wasReadable != m_loadProblem.isEmpty()) {
        m_presets = now;
        Q_EMIT changed();
    }
    return why;
}

QString PresetStore::add(const Presets::Preset &preset)
{
    return edit([&](Presets &presets) {
        const Presets::EditError error = presets.add(preset);
        if (error == Presets::EditError::InvalidPreset)
            return tr("These options cannot be saved as a preset: %1")
                .arg(Presets::problem(preset));
        return editProblem(error, preset.name);
    });
}

QString PresetStore::rename(const QString &from, const QString &to)
{
    return edit([&](Presets &presets) { return editProblem(presets.rename(from, to), to); });
}

QString PresetStore::remove(const QString &name)
{
    return edit([&](Presets &presets) { return editProblem(presets.remove(name), name); });
}

QString PresetStore::showBuiltIns()
{
    return edit([](Presets &presets) {
        presets.showBuiltIns();
        return QString();
    });
}

QString PresetStore::importFrom(const QString &file, int *added)
{
    *added = 0;
    QString error;
    if (!QFileInfo::exists(file))
        return tr("%1 does not exist.").arg(file);
    const Presets other = Presets::load(file, &error);
    if (!error.isEmpty())
        return tr("Could not import presets: %1").arg(error);
    int count = 0;
    const QString why = edit([&](Presets &presets) {
        count = presets.merge(other);
        return QString();
    });
    if (why.isEmpty())
        *added = count;
    return why;
}

QString PresetStore::exportTo(const QString &file) const
{
    Presets mine = m_presets;
    mine.showBuiltIns();
    QString error;
    if (!mine.save(file, &error))
        return tr("Could not export the presets to %1: %2").arg(file, error);
    return {};
}
