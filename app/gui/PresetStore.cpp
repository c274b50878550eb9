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

QString PresetStore::commit(const Presets &next)
{
    if (!m_loadProblem.isEmpty())
        return tr("The presets file has a problem, so it is left as it is: %1").arg(m_loadProblem);
    QString error;
    if (!next.save(m_path, &error))
        return tr("Could not save the presets to %1: %2").arg(m_path, error);
    m_presets = next;
    Q_EMIT changed();
    return {};
}

QString PresetStore::add(const Presets::Preset &preset)
{
    Presets next = m_presets;
    if (const QString why = editProblem(next.add(preset), preset.name); !why.isEmpty())
        return why;
    return commit(next);
}

QString PresetStore::rename(const QString &from, const QString &to)
{
    Presets next = m_presets;
    if (const QString why = editProblem(next.rename(from, to), to); !why.isEmpty())
        return why;
    return commit(next);
}

QString PresetStore::remove(const QString &name)
{
    Presets next = m_presets;
    if (const QString why = editProblem(next.remove(name), name); !why.isEmpty())
        return why;
    return commit(next);
}

QString PresetStore::showBuiltIns()
{
    Presets next = m_presets;
    next.showBuiltIns();
    return commit(next);
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
    Presets next = m_presets;
    const int count = next.merge(other);
    if (const QString why = commit(next); !why.isEmpty())
        return why;
    *added = count;
    return {};
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
