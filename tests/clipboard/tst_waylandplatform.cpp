// SPDX-License-Identifier: GPL-3.0-or-later
// What the window promises about the clipboard on a real Wayland compositor. Where the compositor
// offers data-control (sway), the guard clears whatever has focus and the countdown carries no
// warning; where it does not (Weston, like GNOME), the guard falls back to Qt's clipboard and the
// countdown's tooltip says that the value may stay. test-wayland.sh runs this under sway and
// test-wayland-fallback.sh under Weston, each setting PASSFORGE_EXPECT_DATA_CONTROL to 1 or 0.

#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "WaylandSelections.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QTest>

#include <cstring>

using passforge::gui::wayland::WaylandSelections;

class TestWaylandPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName().startsWith(QLatin1String("wayland")),
                 qPrintable(QStringLiteral("running on %1, not on a Wayland compositor")
                                .arg(QGuiApplication::platformName())));
        const QByteArray expect = qgetenv("PASSFORGE_EXPECT_DATA_CONTROL");
        QVERIFY2(expect == "1" || expect == "0",
                 "PASSFORGE_EXPECT_DATA_CONTROL must say whether the compositor offers "
                 "data-control (1 or 0)");
        m_expectDataControl = expect == "1";
        guitest::installTranslations();
    }

    void dataControlIsFoundWhereOffered()
    {
        const std::unique_ptr<WaylandSelections> selections = WaylandSelections::connectToDisplay();
        QCOMPARE(selections != nullptr, m_expectDataControl);
        if (selections) {
            QCOMPARE(QByteArray(selections->protocolName()),
                     QByteArrayLiteral("zwlr_data_control_manager_v1"));
            QVERIFY(selections->hasPrimary());
        }
    }

    void theCountdownSaysWhatItCanPromise()
    {
        guitest::WindowFixture fixture;
        QVERIFY(fixture.open());
        MainWindow *window = fixture.window();
        QCOMPARE(window->clipboardGuard()->canAlwaysClear(), m_expectDataControl);
        auto *status = guitest::child<QWidget>(window, "clipboardStatus");
        QVERIFY(status);
        if (m_expectDataControl) {
            QCOMPARE(status->toolTip(), QString());
        } else {
            QVERIFY2(status->toolTip().contains(QLatin1String("may stay after the countdown")),
                     qPrintable(status->toolTip()));
        }
    }

private:
    bool m_expectDataControl = false;
};

QTEST_MAIN(TestWaylandPlatform)
#include "tst_waylandplatform.moc"
