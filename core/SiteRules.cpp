// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteRules.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

// The resource lives in this static library, so it must be registered by hand, outside any
// namespace.
static void initSiteRulesResources()
{
    Q_INIT_RESOURCE(site_rules);
}

namespace passforge {

namespace {

QByteArray readResource(const QString &path)
{
    static const bool registered = (initSiteRulesResources(), true);
    Q_UNUSED(registered);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

const SiteRules &SiteRules::builtIn()
{
    static const SiteRules rules =
        fromJson(readResource(QStringLiteral(":/site-rules/password-rules.json")));
    return rules;
}

QString SiteRules::builtInVersion()
{
    return QString::fromUtf8(readResource(QStringLiteral(":/site-rules/VERSION"))).trimmed();
}

SiteRules SiteRules::fromJson(const QByteArray &json)
{
    SiteRules rules;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value().toObject().value(QLatin1String("password-rules"));
        if (value.isString())
            rules.m_sites.push_back({it.key().toLower(), value.toString()});
    }
    std::sort(rules.m_sites.begin(), rules.m_sites.end(),
              [](const Site &a, const Site &b) { return a.domain < b.domain; });
    return rules;
}

QString SiteRules::normalizedHost(const QString &host)
{
    QString text = host.trimmed();
    if (text.contains(QLatin1String("://")))
        text = QUrl(text).host();
    else if (const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[/:?#]")));
             cut >= 0)
        text.truncate(cut);
    text = text.toLower();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

const SiteRules::Site *SiteRules::find(const QString &host) const
{
    QString name = normalizedHost(host);
    while (!name.isEmpty()) {
        const auto it = std::lower_bound(
            m_sites.begin(), m_sites.end(), name,
            [](const Site &site, const QString &key) { return site.domain < key; });
        if (it != m_sites.end() && it->domain == name)
            return &*it;
        // Down to two labels: "com" alone is never looked up.
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0 || name.indexOf(QLatin1Char('.'), dot + 1) < 0)
            break;
        name = name.mid(dot + 1);
    }
    return nullptr;
}

} // namespace passforge
