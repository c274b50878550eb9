// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QByteArray>
#include <QTest>

#include <cstdio>

// QTEST_MAIN, preceded by a check for an X display. Without one, QApplication on xcb aborts
// with a platform-plugin message that does not say what to do; and skipping would let a CI
// without a display pass without testing anything. So these tests fail, and say why.
namespace x11test {

inline bool haveDisplay()
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return true;
    std::fputs("FAIL!  : DISPLAY is not set. This test reads the clipboard of a real X server from "
               "another process (xclip). Run it through ./build.sh test, which starts Xvfb, or "
               "start one yourself: Xvfb :77 & DISPLAY=:77 ctest ...\n",
               stderr);
    return false;
}

} // namespace x11test

#define PASSFORGE_X11_TEST_MAIN(TestObject)                                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        if (!x11test::haveDisplay())                                                               \
            return 1;                                                                              \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
