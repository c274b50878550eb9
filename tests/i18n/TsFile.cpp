// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace i18ntest {

const TsMessage *TsFile::find(const QString &context, const QString &source,
                              const QString &comment) const
{
    for (const TsMessage &m : messages) {
        if (m.context == context && m.source == source && m.comment == comment)
            return &m;
    }
    return nullptr;
}

QString TsFile::translation(const QString &context, const QString &source,
                            const QString &comment) const
{
    const TsMessage *m = find(context, source, comment);
    return m && !m->numerus ? m->translation : QString();
}

namespace {

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.translationType = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.numerusForms << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.line = xml.lineNumber();
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    // Some lupdate versions mark a whole message obsolete on the message element itself.
    const QString messageType = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    if (message.translationType.isEmpty())
        message.translationType = messageType;
    return message;
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    ts.messages << readMessage(xml, context);
                else
                    xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        ts.error = QStringLiteral("no <TS> element");
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsLanguages()
{
    const QDir dir(QStringLiteral(PASSFORGE_TS_DIR));
    QStringList languages;
    const QString prefix = QStringLiteral("passforge_");
    for (const QString &name :
         dir.entryList({QStringLiteral("passforge_*.ts")}, QDir::Files, QDir::Name)) {
        languages << name.mid(prefix.size(), name.size() - prefix.size() - 3);
    }
    return languages;
}

QString tsPath(const QString &language)
{
    return QDir(QStringLiteral(PASSFORGE_TS_DIR))
        .filePath(QStringLiteral("passforge_%1.ts").arg(language));
}

} // namespace i18ntest
