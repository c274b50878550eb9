// SPDX-License-Identifier: GPL-3.0-or-later
#include "Int64Validator.h"

namespace {

bool isSign(QChar ch)
{
    // U+2212 is the minus sign that some locales and copy-pastes use.
    return ch == QLatin1Char('-') || ch == QLatin1Char('+') || ch == QChar(0x2212);
}

QString normalised(const QString &input)
{
    QString s = input.trimmed();
    if (!s.isEmpty() && s.at(0) == QChar(0x2212))
        s[0] = QLatin1Char('-');
    return s;
}

} // namespace

qint64 Int64Validator::parse(const QString &input, bool *ok)
{
    const QString s = normalised(input);
    bool parsed = false;
    qint64 value = 0;
    if (!s.isEmpty() && !s.contains(QLatin1Char(' ')))
        value = s.toLongLong(&parsed, 10);
    if (ok)
        *ok = parsed;
    return parsed ? value : 0;
}

QValidator::State Int64Validator::validate(QString &input, int &) const
{
    const QString s = normalised(input);
    if (s.isEmpty() || (s.size() == 1 && isSign(s.at(0))))
        return Intermediate;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (!(ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) && !(i == 0 && isSign(ch)))
            return Invalid;
    }
    // Far beyond any 64-bit number: a paste of something else, refused whole.
    if (s.size() > 40)
        return Invalid;
    bool ok = false;
    parse(s, &ok);
    // Out of range: kept as typed, never cut short to a number that fits; the tab explains.
    return ok ? Acceptable : Intermediate;
}

void Int64Validator::fixup(QString &input) const
{
    input = normalised(input);
}
