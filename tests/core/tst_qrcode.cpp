// SPDX-License-Identifier: GPL-3.0-or-later
// QrCode and WifiNetwork: the Wi-Fi text against hand-written vectors, the size limit at level M,
// the half-block text, and the modules read back by a real decoder (zbar).
#include "QrDecoder.h"
#include "passforge/QrCode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using passforge::QrCode;
using passforge::SecureBytes;
using passforge::WifiNetwork;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data();
    void escape();
    void payload_data();
    void payload();
    void modulesDecode_data();
    void modulesDecode();
    void tooLong();
    void text();
};

void TestQrCode::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"home"_s << u"home"_s;
    QTest::newRow("each special") << u"\\;,\":"_s << u"\\\\\\;\\,\\\"\\:"_s;
    QTest::newRow("in words") << u"a;b,c"_s << u"a\\;b\\,c"_s;
    QTest::newRow("backslash first") << u"\\;"_s << u"\\\\\\;"_s;
    QTest::newRow("others stay") << u"It's=ok! é ♥"_s << u"It's=ok! é ♥"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestQrCode::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(WifiNetwork::escape(text), escaped);
}

void TestQrCode::payload_data()
{
    QTest::addColumn<QString>("ssid");
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WPA") << u"home"_s << int(WifiNetwork::Security::Wpa) << false << u"s3cret"_s
                         << u"WIFI:T:WPA;S:home;P:s3cret;;"_s;
    QTest::newRow("hidden") << u"home"_s << int(WifiNetwork::Security::Wpa) << true << u"pw"_s
                            << u"WIFI:T:WPA;S:home;P:pw;H:true;;"_s;
    QTest::newRow("WPA3") << u"attic"_s << int(WifiNetwork::Security::Wpa3) << false << u"pw"_s
                          << u"WIFI:T:SAE;S:attic;P:pw;;"_s;
    QTest::newRow("open network has no password")
        << u"café"_s << int(WifiNetwork::Security::None) << false << u"ignored"_s
        << u"WIFI:T:nopass;S:café;;"_s;
    QTest::newRow("escaped in both")
        << u"My \"Net\""_s << int(WifiNetwork::Security::Wpa) << false << u"a;b:c\\d,e"_s
        << u"WIFI:T:WPA;S:My \\\"Net\\\";P:a\\;b\\:c\\\\d\\,e;;"_s;
}

void TestQrCode::payload()
{
    QFETCH(QString, ssid);
    QFETCH(int, security);
    QFETCH(bool, hidden);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    const WifiNetwork network{ssid, WifiNetwork::Security(security), hidden};
    QCOMPARE(network.payload(password), expected);
}

namespace {

QImage imageOf(const QrCode &code, int scale)
{
    const int side = (code.size() + 2 * QrCode::QuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side; ++x)
            line[x] =
                code.isDark(x / scale - QrCode::QuietZone, y / scale - QrCode::QuietZone) ? 0 : 255;
    }
    return image;
}

} // namespace

void TestQrCode::modulesDecode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("size"); // modules per side at level M
    QTest::newRow("short") << u"abc"_s << 21;
    QTest::newRow("a 20-character password") << u"k#8Qz!m2Lr@x5Wv^p9Tc"_s << 25;
    QTest::newRow("not ASCII") << u"grüne-äpfel-çà-♥"_s << 25;
    QTest::newRow("Wi-Fi") << u"WIFI:T:WPA;S:home\\;2;P:a\\:b;H:true;;"_s << 29;
    QTest::newRow("the most bytes") << QString(QrCode::MaxBytes, u'x') << 177;
}

void TestQrCode::modulesDecode()
{
    QFETCH(QString, value);
    QFETCH(int, size);
    const std::optional<QrCode> code = QrCode::encode(value);
    QVERIFY(code);
    QCOMPARE(code->size(), size);
    const QList<QByteArray> found = passforge::test::decodeQr(imageOf(*code, 4));
    QCOMPARE(found, QList<QByteArray>{value.toUtf8()});
}

void TestQrCode::tooLong()
{
    QVERIFY(!QrCode::encode(QString(QrCode::MaxBytes + 1, u'x')));
    // Digits are denser: many more of them fit.
    QVERIFY(QrCode::encode(QString(5000, u'7')));
}

void TestQrCode::text()
{
    const std::optional<QrCode> code = QrCode::encode(u"abc"_s);
    QVERIFY(code);
    SecureBytes out;
    code->appendText(out);
    const QString text = QString::fromUtf8(out.data(), qsizetype(out.size()));
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.last(), QString()); // ends with a newline
    const int side = 21 + 2 * QrCode::QuietZone;
    QCOMPARE(lines.size() - 1, (side + 1) / 2);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QCOMPARE(lines.at(i).size(), side);
    // The quiet zone is lit: two full lines on top, full columns at the sides; and the text
    // reads back as the same code.
    QCOMPARE(lines.at(0), QString(side, u'\u2588'));
    QCOMPARE(lines.at(1), QString(side, u'\u2588'));
    QCOMPARE(passforge::test::decodeQr(
                 passforge::test::halfBlocksToImage(QByteArray(out.data(), qsizetype(out.size())))),
             QList<QByteArray>{"abc"});
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
