// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli --qr and --wifi-ssid: the half-block text, read back by a real decoder (zbar),
// holds exactly the value, and the Wi-Fi text escapes what it must.
#include "TstCli.h"

#include "CliRunner.h"
#include "QrDecoder.h"

#include <QRegularExpression>
#include <QTest>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

// The password in a Wi-Fi text's P field, read by the format's own rule (a backslash takes the
// next character as it is), written here independently of the core; empty when malformed.
std::optional<QString> wifiField(const QString &payload, const QString &field)
{
    const QString start = field + u':';
    qsizetype at = payload.indexOf(u';' + start);
    if (at < 0)
        at = payload.indexOf(u':' + start); // the first field follows "WIFI:"
    if (at < 0)
        return std::nullopt;
    QString value;
    for (qsizetype i = at + 1 + start.size(); i < payload.size(); ++i) {
        const QChar c = payload.at(i);
        if (c == u'\\' && i + 1 < payload.size()) {
            value += payload.at(++i);
        } else if (c == u';') {
            return value;
        } else if (c == u'\\' || c == u',' || c == u'"' || c == u':') {
            return std::nullopt; // must have been escaped
        } else {
            value += c;
        }
    }
    return std::nullopt;
}

} // namespace

void TstCli::qrDecodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pattern"); // the whole decoded value
    QTest::newRow("password") << words("password --qr") << u"[!-~]{20}"_s;
    QTest::newRow("one value exactly")
        << QStringList{u"password"_s,     u"--qr"_s,     u"--rules"_s,
                       u"allowed: [q]"_s, u"--length"_s, u"30"_s}
        << u"q{30}"_s;
    QTest::newRow("passphrase, not ASCII")
        << QStringList{u"passphrase"_s, u"--qr"_s, u"--separator"_s, u"ü"_s}
        << u"[a-z]+(ü[a-z]+){5}"_s;
    QTest::newRow("token hex") << words("token --qr") << u"[0-9a-f]{64}"_s;
    QTest::newRow("token urlsafe")
        << words("token --qr --format urlsafe --bytes 100") << u"[A-Za-z0-9_-]{134}"_s;
    QTest::newRow("token uuid")
        << words("token --qr --format uuid")
        << u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"_s;
    QTest::newRow("the longest password")
        << words("password --qr --length 1024") << u"[!-~]{1024}"_s;
}

void TstCli::qrDecodes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pattern);
    const CliResult result = runCli(args);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    // Only the code: half blocks, spaces and newlines, every line as wide as the first.
    const QList<QByteArray> lines = outputLines(result.out);
    QVERIFY(lines.size() > 8);
    for (const QByteArray &line : lines)
        QCOMPARE(QString::fromUtf8(line).size(), QString::fromUtf8(lines.first()).size());
    // The top border: two lines of four light module rows.
    QCOMPARE(lines.at(0), lines.at(1));
    QVERIFY(QString::fromUtf8(lines.at(0)).count(u'\u2588') ==
            QString::fromUtf8(lines.at(0)).size());
    const QImage image = halfBlocksToImage(result.out);
    QVERIFY(!image.isNull());
    const QList<QByteArray> found = decodeQr(image);
    QCOMPARE(found.size(), 1);
    const QString value = QString::fromUtf8(found.first());
    QVERIFY2(QRegularExpression(u"\\A(?:"_s + pattern + u")\\z"_s).match(value).hasMatch(),
             qPrintable(value));
}

void TstCli::qrWifi_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("ssid");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("passwordPattern");
    // Every character the format escapes, in the name and (symbols) in the password.
    const QString awkward = u"Café \\;,\":net"_s;
    QTest::newRow("WPA, symbols") << QStringList{u"password"_s, u"--symbols"_s,   u"--length"_s,
                                                 u"40"_s,       u"--wifi-ssid"_s, awkward,
                                                 u"--qr"_s}
                                  << awkward << u"WPA"_s << false << u"[!-/:-@\\[-`{-~]{40}"_s;
    QTest::newRow("WPA3, hidden") << QStringList{u"password"_s, u"--wifi-ssid"_s,
                                                 u"attic"_s,    u"--wifi-security"_s,
                                                 u"wpa3"_s,     u"--wifi-hidden"_s,
                                                 u"--qr"_s}
                                  << u"attic"_s << u"SAE"_s << true << u"[!-~]{20}"_s;
}

void TstCli::qrWifi()
{
    QFETCH(QStringList, args);
    QFETCH(QString, ssid);
    QFETCH(QString, type);
    QFETCH(bool, hidden);
    QFETCH(QString, passwordPattern);
    const CliResult result = runCli(args);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    const QList<QByteArray> found = decodeQr(halfBlocksToImage(result.out));
    QCOMPARE(found.size(), 1);
    const QString payload = QString::fromUtf8(found.first());
    QVERIFY2(payload.startsWith(u"WIFI:T:"_s + type + u";S:"_s) && payload.endsWith(u";;"_s),
             qPrintable(payload));
    QCOMPARE(wifiField(payload, u"S"_s), std::optional<QString>(ssid));
    const std::optional<QString> password = wifiField(payload, u"P"_s);
    QVERIFY2(password, qPrintable(payload));
    QVERIFY2(
        QRegularExpression(u"\\A(?:"_s + passwordPattern + u")\\z"_s).match(*password).hasMatch(),
        qPrintable(payload));
    QCOMPARE(payload.contains(u";H:true;"_s), hidden);

    // Without --qr, the same text, as other encoders take it.
    args.removeAll(u"--qr"_s);
    const CliResult text = runCli(args);
    QVERIFY2(text.succeeded(), qPrintable(text.describe()));
    QVERIFY(text.out.startsWith("WIFI:T:" + type.toUtf8() + ";S:"));
    QVERIFY(text.out.endsWith(";;\n"));
}
