// SPDX-License-Identifier: GPL-3.0-or-later
// A bare Qt 6 QWidget window, the floor for the window's start-up time in ./build.sh bench.
#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    window.resize(640, 400);
    window.show();
    return app.exec();
}
