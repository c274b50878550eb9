// SPDX-License-Identifier: GPL-3.0-or-later
// The QR dialogs as a phone meets them: each is grabbed from the screen and read back by zbar,
// which must find exactly the value (or the Wi-Fi text) the tab holds. The code is crisp (only
// black and white pixels, whole pixels a module, the 4-module quiet zone), the dialog closes with
// Esc and offers no way to copy or save.
#include "QrDecoder.h"
#include "QrDialog.h"
#include "QrView.h"
#include "ValueDisplay.h"
#include "WifiQrDialog.h"
#include "WindowFixture.h"
#include "passforge/QrCode.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using guitest::child;
using guitest::withNextDialog;
using passforge::WifiNetwork;

namespace {

QByteArray decodeView(QrView *view)
{
    const QList<QByteArray> found = passforge::test::decodeQr(view->grab().toImage());
    return found.size() == 1 ? found.first()
                             : QByteArray("(" + QByteArray::number(found.size()) + " codes)");
}

} // namespace

class TestGuiQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabValueReadsBack_data();
    void tabValueReadsBack();
    void codeIsCrispWithQuietZone_data();
    void codeIsCrispWithQuietZone();
    void dialogOffersNoCopyNorSave();
    void tooLongValueSaysSo();
    void wifiPayloadReadsBack_data();
    void wifiPayloadReadsBack();
    void wifiFromPasswordTab();
    void wifiNameLimits();

private:
    std::unique_ptr<guitest::WindowFixture> m_fixture;
};

void TestGuiQr::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiQr::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
}

void TestGuiQr::cleanup()
{
    m_fixture.reset();
}

void TestGuiQr::tabValueReadsBack_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<bool>("fromMenuButton");
    for (const char *tab : {"passwordTab", "passphraseTab", "tokenTab"}) {
        QTest::addRow("%s, Edit menu", tab) << QString::fromLatin1(tab) << false;
        QTest::addRow("%s, tab's menu", tab) << QString::fromLatin1(tab) << true;
    }
}

void TestGuiQr::tabValueReadsBack()
{
    QFETCH(QString, tab);
    QFETCH(bool, fromMenuButton);
    MainWindow *window = m_fixture->window();
    auto *page = window->findChild<QWidget *>(tab);
    QVERIFY(page);
    showTab(window->findChild<QTabWidget *>(QStringLiteral("tabs")), page);
    auto *field = child<ValueDisplay>(page, "valueField");
    QTRY_VERIFY(field->hasValue());
    const QString value = field->value();
    auto *action = window->findChild<QAction *>(QStringLiteral("qrAction"));
    QVERIFY(action && action->isEnabled());
    if (fromMenuButton) {
        auto *more = child<QToolButton>(page, "moreButton");
        QVERIFY(more && more->isVisible());
        QVERIFY(more->menu()->actions().contains(action));
    }

    QByteArray decoded;
    QString note;
    bool closedByEsc = false;
    withNextDialog(
        [&](QDialog *dialog) {
            decoded = decodeView(dialog->findChild<QrView *>());
            note = child<QLabel>(dialog, "qrNote")->text();
        },
        &closedByEsc);
    action->trigger();
    QCOMPARE(decoded, value.toUtf8());
    QCOMPARE(note, QStringLiteral("Anyone who can see your screen can read this code."));
    QVERIFY(closedByEsc);
    // Showing the code neither changes the value nor makes a new one.
    QCOMPARE(field->value(), value);
}

void TestGuiQr::codeIsCrispWithQuietZone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("side");
    QTest::addRow("token, small") << QStringLiteral("3f9c2a7d41e0b8c6d5a4f3e2") << 120;
    QTest::addRow("token, odd size") << QStringLiteral("3f9c2a7d41e0b8c6d5a4f3e2") << 437;
    QTest::addRow("passphrase, large")
        << QStringLiteral("thimble-corridor-unsaid-gravel-pianist-mosaic") << 901;
}

void TestGuiQr::codeIsCrispWithQuietZone()
{
    QFETCH(QString, value);
    QFETCH(int, side);
    QrDialog dialog(value, QStringLiteral("QR"));
    QrView *view = dialog.view();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    view->setFixedSize(side, side);
    QCoreApplication::processEvents();
    const QImage image = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(passforge::test::decodeQr(image), QList<QByteArray>{value.toUtf8()});

    // Every pixel is black, white or the window behind the code: no grey from a scaled bitmap.
    const QRgb behind = view->palette().color(QPalette::Window).rgb();
    QRect white, dark;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y) & 0xffffff;
            if (pixel == 0xffffff)
                white |= QRect(x, y, 1, 1);
            else if (pixel == 0)
                dark |= QRect(x, y, 1, 1);
            else
                QVERIFY2(pixel == (behind & 0xffffff), qPrintable(QString::number(pixel, 16)));
        }
    }
    // The finder patterns reach the code's corners, so the dark box is the whole code: a whole
    // number of pixels a module, and 4 light modules around it.
    const int modules = passforge::QrCode::encode(value)->size();
    QCOMPARE(dark.width(), dark.height());
    QCOMPARE(dark.width() % modules, 0);
    const int modulePixels = dark.width() / modules;
    QVERIFY(modulePixels >= 1);
    QCOMPARE(dark.left() - white.left(), 4 * modulePixels);
    QCOMPARE(white.right() - dark.right(), 4 * modulePixels);
    QCOMPARE(dark.top() - white.top(), 4 * modulePixels);
    QCOMPARE(white.bottom() - dark.bottom(), 4 * modulePixels);
}

void TestGuiQr::dialogOffersNoCopyNorSave()
{
    QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    const QString value = QStringLiteral("Zq7#vR2!mK9@pL4$wX8");
    QrDialog dialog(value, QStringLiteral("QR"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // One button, Close; no text field that holds the value.
    QStringList buttons;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        buttons << button->text().remove(u'&');
    QCOMPARE(buttons, QStringList{QStringLiteral("Close")});
    QVERIFY(dialog.findChildren<QLineEdit *>().isEmpty());
    for (QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(value));
    QTest::keyClick(&dialog, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(dialog.view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestGuiQr::tooLongValueSaysSo()
{
    QrDialog dialog(QString(passforge::QrCode::MaxBytes + 1, u'x'), QStringLiteral("QR"));
    QVERIFY(!dialog.view()->hasCode());
    QCOMPARE(child<QLabel>(&dialog, "qrNote")->text(),
             QStringLiteral("This value is too long for a QR code (at most 2331 bytes)."));
    QrDialog longest(QString(passforge::QrCode::MaxBytes, u'x'), QStringLiteral("QR"));
    QVERIFY(longest.view()->hasCode());
}

void TestGuiQr::wifiPayloadReadsBack_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("ssid");
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QByteArray>("expected");
    // Hand-written: each of \ ; , " : takes a backslash, in the name and in the password.
    QTest::addRow("plain WPA") << QStringLiteral("Tr0ub4dor&3x") << QStringLiteral("HomeNet") << 0
                               << false << QByteArray("WIFI:T:WPA;S:HomeNet;P:Tr0ub4dor&3x;;");
    QTest::addRow("every special, both fields")
        << QStringLiteral("a\\b;c,d\"e:f") << QStringLiteral("Caf\u00e9 \"Bar\"; 2,4:GHz\\") << 0
        << false
        << QByteArray("WIFI:T:WPA;S:Caf\xc3\xa9 \\\"Bar\\\"\\; 2\\,4\\:GHz\\\\;"
                      "P:a\\\\b\\;c\\,d\\\"e\\:f;;");
    QTest::addRow("hidden") << QStringLiteral("x;y") << QStringLiteral("Attic") << 0 << true
                            << QByteArray("WIFI:T:WPA;S:Attic;P:x\\;y;H:true;;");
    QTest::addRow("WPA3 only") << QStringLiteral("k3y:s") << QStringLiteral("Lab") << 1 << false
                               << QByteArray("WIFI:T:SAE;S:Lab;P:k3y\\:s;;");
    QTest::addRow("open network") << QStringLiteral("not used") << QStringLiteral("Caf\u00e9, free")
                                  << 2 << true
                                  << QByteArray("WIFI:T:nopass;S:Caf\xc3\xa9\\, free;H:true;;");
}

void TestGuiQr::wifiPayloadReadsBack()
{
    QFETCH(QString, password);
    QFETCH(QString, ssid);
    QFETCH(int, security);
    QFETCH(bool, hidden);
    QFETCH(QByteArray, expected);
    WifiQrDialog dialog(password);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Typed and chosen as a user would.
    guitest::typeInto(child<QLineEdit>(&dialog, "ssidEdit"), ssid);
    child<QComboBox>(&dialog, "securityCombo")->setCurrentIndex(security);
    guitest::setChecked(child<QCheckBox>(&dialog, "hiddenCheck"), hidden);
    QCOMPARE(decodeView(dialog.view()), expected);
    QCOMPARE(child<QLabel>(&dialog, "wifiStatus")->text(), QrDialog::screenWarning());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestGuiQr::wifiFromPasswordTab()
{
    MainWindow *window = m_fixture->window();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *passwordTab = window->findChild<QWidget *>(QStringLiteral("passwordTab"));
    auto *tokenTab = window->findChild<QWidget *>(QStringLiteral("tokenTab"));
    // Only the Password tab's menu offers it.
    auto *wifi = window->findChild<QAction *>(QStringLiteral("wifiQrAction"));
    QVERIFY(wifi);
    QVERIFY(child<QToolButton>(passwordTab, "moreButton")->menu()->actions().contains(wifi));
    QVERIFY(!child<QToolButton>(tokenTab, "moreButton")->menu()->actions().contains(wifi));
    showTab(tabs, tokenTab);
    auto *field = child<ValueDisplay>(passwordTab, "valueField");
    QTRY_VERIFY(field->hasValue());
    const QString password = field->value();

    QByteArray decoded;
    bool closedByEsc = false;
    withNextDialog(
        [&](QDialog *dialog) {
            QVERIFY(qobject_cast<WifiQrDialog *>(dialog));
            child<QLineEdit>(dialog, "ssidEdit")->setText(QStringLiteral("Home"));
            decoded = decodeView(dialog->findChild<QrView *>());
        },
        &closedByEsc);
    wifi->trigger();
    QVERIFY(closedByEsc);
    // The Password tab's own value, escaped; the action went to that tab.
    QCOMPARE(tabs->currentIndex(), tabIndexOf(tabs, passwordTab));
    QString escaped = WifiNetwork::escape(password);
    QCOMPARE(decoded, QByteArray("WIFI:T:WPA;S:Home;P:") + escaped.toUtf8() + ";;");
}

void TestGuiQr::wifiNameLimits()
{
    WifiQrDialog dialog(QStringLiteral("secret-pw"));
    auto *ssid = child<QLineEdit>(&dialog, "ssidEdit");
    auto *status = child<QLabel>(&dialog, "wifiStatus");
    QVERIFY(!dialog.view()->hasCode());
    QCOMPARE(status->text(), QStringLiteral("Type the network's name to make its code."));
    // 32 bytes is the most a network name holds; é is two of them.
    ssid->setText(QStringLiteral("caf\u00e9-0123456789-0123456789-vwxy"));
    QVERIFY(dialog.view()->hasCode());
    ssid->setText(QStringLiteral("caf\u00e9-0123456789-0123456789-vwxyz"));
    QVERIFY(!dialog.view()->hasCode());
    QCOMPARE(status->text(),
             QStringLiteral("A network name has at most 32 bytes; this one has 33."));
}

QTEST_MAIN(TestGuiQr)
#include "tst_gui_qr.moc"
