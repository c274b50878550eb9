// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace passforge {

// Websites' password rules: Apple's quirks database (password-manager-resources,
// quirks/password-rules.json, MIT), shipped as a resource. Each rule string is in the
// password-rules language (PasswordRules).
class SiteRules
{
public:
    struct Site
    {
        QString domain;
        QString rules;
    };

    // The shipped database, read once.
    static const SiteRules &builtIn();
    // The upstream commit and date of the shipped copy ("96cbab7… 2026-08-22").
    static QString builtInVersion();
    // Reads the database format: {"domain": {"password-rules": "…"}, …}. Empty when malformed.
    static SiteRules fromJson(const QByteArray &json);

    // Sorted by domain.
    const std::vector<Site> &sites() const { return m_sites; }
    // The entry for a host: the host itself, then each parent domain down to two labels
    // (appleid.apple.com finds apple.com). Case and a trailing dot do not matter, and a URL's
    // host is used. nullptr when none.
    const Site *find(const QString &host) const;
    // The host find() looks up: lowercase, no scheme, path, port or trailing dot.
    static QString normalizedHost(const QString &host);

private:
    std::vector<Site> m_sites;
};

} // namespace passforge
