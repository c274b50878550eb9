// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a Qt Linguist .ts file as the translators wrote it, so that the tests can compare what
// the programs show with the translation text itself, and check the files for gaps.

#include <QList>
#include <QString>
#include <QStringList>

namespace i18ntest {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, empty when there is none
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete" or empty
    QString translation;      // for a message without plural forms
    QStringList numerusForms; // for a numerus message
    qint64 line = 0;          // where the message starts in the file
};

struct TsFile
{
    QString path;
    QString language; // the TS element's language attribute
    QList<TsMessage> messages;
    QString error; // empty when the file parsed cleanly

    const TsMessage *find(const QString &context, const QString &source,
                          const QString &comment = QString()) const;
    // The single translation of a message without plural forms, or an empty string.
    QString translation(const QString &context, const QString &source,
                        const QString &comment = QString()) const;
};

TsFile readTsFile(const QString &path);

// The language codes of translations/passforge_<code>.ts, sorted ("de", "en", ..., "pt_BR").
QStringList tsLanguages();
QString tsPath(const QString &language);

} // namespace i18ntest
