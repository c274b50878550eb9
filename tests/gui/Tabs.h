// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>
#include <QtGlobal>

// The window's tabs hold their pages in slot widgets (MainWindow builds a page on first use), so a
// page is found under its tab's widget rather than as that widget.

// The index of the tab that holds page, or -1.
inline int tabIndexOf(const QTabWidget *tabs, const QWidget *page)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == page || tabs->widget(i)->isAncestorOf(page))
            return i;
    }
    return -1;
}

// Makes the tab that holds page the current one; a page in no tab is a mistake in the caller.
inline void showTab(QTabWidget *tabs, const QWidget *page)
{
    const int index = tabIndexOf(tabs, page);
    if (index < 0)
        qFatal("showTab: no tab holds this page");
    tabs->setCurrentIndex(index);
}
