// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString keyName(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

AppSettings::AppSettings()
    : AppSettings(defaultFilePath())
{}

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{}

QString AppSettings::defaultFilePath()
{
    // An explicit INI path rather than QSettings' own: its IniFormat names the file .ini, and its
    // NativeFormat would be the registry on Windows. GenericConfigLocation is $XDG_CONFIG_HOME
    // (default ~/.config) on Linux.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("passforge/passforge.conf"));
}

int AppSettings::clamp(const IntKey &key, int value)
{
    if (key.zeroMeansOff && value <= 0)
        return 0;
    return std::clamp(value, key.min, key.max);
}

bool AppSettings::value(const BoolKey &key) const
{
    const QVariant v = m_settings.value(keyName(key.key));
    // INI stores booleans as the words true and false; anything else is not a setting of ours.
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString text = v.toString();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return key.defaultValue;
}

int AppSettings::value(const IntKey &key) const
{
    bool ok = false;
    const int v = m_settings.value(keyName(key.key)).toString().toInt(&ok);
    return ok ? clamp(key, v) : key.defaultValue;
}

qint64 AppSettings::value(const Int64Key &key) const
{
    bool ok = false;
    const qint64 v = m_settings.value(keyName(key.key)).toString().toLongLong(&ok);
    return ok ? v : key.defaultValue;
}

QString AppSettings::value(const TextKey &key) const
{
    const QVariant v = m_settings.value(keyName(key.key));
    if (!v.isValid())
        return QString::fromUtf8(key.defaultValue);
    return v.toString().left(key.maxLength);
}

QByteArray AppSettings::value(const BytesKey &key) const
{
    return m_settings.value(keyName(key.key)).toByteArray();
}

void AppSettings::setValue(const BoolKey &key, bool value)
{
    m_settings.setValue(keyName(key.key), value);
}

void AppSettings::setValue(const IntKey &key, int value)
{
    m_settings.setValue(keyName(key.key), clamp(key, value));
}

void AppSettings::setValue(const Int64Key &key, qint64 value)
{
    // As text: a plain decimal in the file whatever QVariant does with 64-bit integers in INI.
    m_settings.setValue(keyName(key.key), QString::number(value));
}

void AppSettings::setValue(const TextKey &key, const QString &value)
{
    m_settings.setValue(keyName(key.key), value.left(key.maxLength));
}

void AppSettings::setValue(const BytesKey &key, const QByteArray &value)
{
    m_settings.setValue(keyName(key.key), value);
}
