// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader use of each tab and of the preferences dialog: the Tab key visits
// every control once, in reading order; every control has an accessible name; labels are tied
// to their fields; every button and menu has a mnemonic that is unique on its screen; the
// strength is spelled out in words; and no label or button text is clipped. ctest runs this
// twice, the second time at QT_SCALE_FACTOR=2.
#include "../i18n/MnemonicScreens.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <limits>

using guitest::child;

namespace {

// A control the Tab key should stop at: shown, enabled, taking focus by Tab, and not handing
// its focus on to another widget (a spin box's inner line edit, the wordlist chooser's frame).
bool isTabStop(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy() && !w->isWindow();
}

QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (isTabStop(w) && w->window() == window)
            stops << w;
    }
    return stops;
}

QRect windowRect(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// Splits widgets into bands at every empty strip that crosses the whole group: horizontal
// strips (rows, top to bottom) or vertical ones (columns, left to right).
QList<QList<QWidget *>> bands(QList<QWidget *> group, bool vertical)
{
    auto lo = [vertical](const QWidget *w) {
        const QRect r = windowRect(w);
        return vertical ? r.left() : r.top();
    };
    auto hi = [vertical](const QWidget *w) {
        const QRect r = windowRect(w);
        return vertical ? r.right() : r.bottom();
    };
    std::sort(group.begin(), group.end(), [&](const QWidget *a, const QWidget *b) {
        return std::pair(lo(a), hi(a)) < std::pair(lo(b), hi(b));
    });
    QList<QList<QWidget *>> result;
    int reach = std::numeric_limits<int>::min();
    for (QWidget *w : group) {
        if (result.isEmpty() || lo(w) > reach)
            result.append(QList<QWidget *>());
        result.last() << w;
        reach = std::max(reach, hi(w));
    }
    return result;
}

// Reading order from geometry alone, by recursive XY-cut: read rows top to bottom and each row
// left to right, except where the page is split into columns whose rows do not line up (the
// pick tab's list column and result column), which are read one after the other. A grid whose
// rows do line up (the password tab's minimums) is read row by row.
void readingOrder(const QList<QWidget *> &group, QList<QWidget *> &out)
{
    if (group.size() <= 1) {
        out += group;
        return;
    }
    const QList<QList<QWidget *>> rows = bands(group, false);
    QList<QList<QWidget *>> columns = bands(group, true);
    // A column is a stack of rows; widgets at the side that each share a row with the rest (the
    // show/hide toggle beside the value, the menu button after Copy) are part of their rows, not
    // a column.
    auto atSide = [&](const QList<QWidget *> &column) {
        return std::all_of(column.begin(), column.end(), [&](QWidget *w) {
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [w](const auto &r) { return r.contains(w); });
            return std::any_of(row->begin(), row->end(),
                               [&](QWidget *other) { return !column.contains(other); });
        });
    };
    const bool stacks = std::all_of(columns.begin(), columns.end(), [&](const auto &column) {
        return bands(column, false).size() >= 2 && !atSide(column);
    });
    if (!stacks && rows.size() > 1)
        columns = {group};
    bool grid = true;
    for (const QList<QWidget *> &row : rows) {
        for (const QList<QWidget *> &column : columns) {
            grid = grid && std::any_of(row.begin(), row.end(),
                                       [&](QWidget *w) { return column.contains(w); });
        }
    }
    QList<QList<QWidget *>> parts =
        rows.size() > 1 && (columns.size() == 1 || grid) ? rows : columns;
    if (parts.size() == 1) {
        // Overlapping widgets (not in a sane layout): top, then left.
        QList<QWidget *> rest = group;
        std::sort(rest.begin(), rest.end(), [](const QWidget *a, const QWidget *b) {
            const QRect ra = windowRect(a), rb = windowRect(b);
            return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
        });
        out += rest;
        return;
    }
    for (const QList<QWidget *> &part : parts)
        readingOrder(part, out);
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    const QString name =
        w->objectName().isEmpty() ? QString() : QStringLiteral(" ") + w->objectName();
    return QString::fromLatin1(w->metaObject()->className()) + name;
}

QStringList describe(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *w : widgets)
        names << describe(w);
    return names;
}

QString accessibleText(QWidget *w, QAccessible::Text kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(kind) : QString();
}

// The texts that carry a mnemonic on one screen: the tab titles and menu titles of the window
// (when there is one) and every visible button, labelled field and group box of the page.
QList<std::pair<QString, QString>> mnemonicTexts(QWidget *window, QWidget *page)
{
    QList<std::pair<QString, QString>> texts;
    if (auto *tabs = window->findChild<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append({QStringLiteral("tab"), tabs->tabText(i)});
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            texts.append({QStringLiteral("menu"), menu->text()});
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty())
            texts.append({describe(button), button->text()});
    }
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            texts.append({describe(label), label->text()});
    }
    for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
        // A plain group title is not a control; one with a mnemonic focuses its first field.
        if (box->isVisible() && !i18ntest::mnemonics(box->title()).isEmpty())
            texts.append({describe(box), box->title()});
    }
    return texts;
}

} // namespace

class TestGuiAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabOrderFollowsLayout_data();
    void tabOrderFollowsLayout();
    void controlsHaveAccessibleNames_data();
    void controlsHaveAccessibleNames();
    void labelsAreTiedToFields_data();
    void labelsAreTiedToFields();
    void mnemonicsAreUniqueAndPresent_data();
    void mnemonicsAreUniqueAndPresent();
    void menusAreReachableByKeyboard();
    void strengthIsSpelledOut_data();
    void strengthIsSpelledOut();
    void textIsNotClipped_data();
    void textIsNotClipped();

private:
    void addScreenRows();
    // Shows the screen the current data row names and returns its window and its page.
    std::pair<QWidget *, QWidget *> openScreen();

    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    std::unique_ptr<PreferencesDialog> m_dialog;
};

void TestGuiAccessibility::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
    QAccessible::setActive(true);
}

void TestGuiAccessibility::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open(false)); // each screen shows what it needs
    m_window = m_fixture->window();
}

void TestGuiAccessibility::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiAccessibility::addScreenRows()
{
    QTest::addColumn<QString>("screen");
    for (const char *tab : {"passwordTab", "passphraseTab", "tokenTab", "numberTab", "pickTab"})
        QTest::addRow("%s", tab) << QString::fromLatin1(tab);
    // The Password tab in its "Easy to say" style, whose options replace the kinds of character.
    QTest::addRow("passwordTab, easy to say") << QStringLiteral("passwordTab/easy");
    QTest::addRow("preferences") << QStringLiteral("preferences");
}

std::pair<QWidget *, QWidget *> TestGuiAccessibility::openScreen()
{
    QFETCH(QString, screen);
    if (screen == QLatin1String("preferences")) {
        AppSettings settings;
        m_dialog = std::make_unique<PreferencesDialog>(settings, m_window);
        m_dialog->show();
        if (!QTest::qWaitForWindowActive(m_dialog.get()))
            return {};
        return {m_dialog.get(), m_dialog.get()};
    }
    const bool easy = screen.endsWith(QLatin1String("/easy"));
    if (easy)
        screen.chop(5);
    auto *tabs = child<QTabWidget>(m_window, "tabs");
    QWidget *page = child<QWidget>(m_window, screen.toLatin1().constData());
    if (!tabs || !page)
        return {};
    showTab(tabs, page);
    if (easy) {
        auto *style = child<QComboBox>(page, "styleCombo");
        if (!style)
            return {};
        style->setCurrentIndex(style->findData(QStringLiteral("easy")));
    } else if (screen == QLatin1String("passwordTab")) {
        // Open the advanced section, so that its minimums are walked too.
        auto *toggle = child<QAbstractButton>(page, "advancedToggle");
        if (toggle && !toggle->isChecked())
            toggle->click();
    }
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window))
        return {};
    return {m_window, page};
}

void TestGuiAccessibility::tabOrderFollowsLayout_data()
{
    addScreenRows();
}

void TestGuiAccessibility::tabOrderFollowsLayout()
{
    const auto [window, page] = openScreen();
    QVERIFY(window && page);
    // Disabled controls (the pick tab's Draw before there is a list) take part in the layout's
    // shape, though Tab skips them.
    QList<QWidget *> shaped;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() == window && w->isVisible() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy())
            shaped << w;
    }
    // The page is read on its own (its columns would otherwise be cut by the tab bar above
    // them), between what is above it and what is below it.
    QList<QWidget *> above, inPage, below;
    for (QWidget *w : shaped) {
        if (page != window && page->isAncestorOf(w))
            inPage << w;
        else
            (windowRect(w).top() < windowRect(page).top() ? above : below) << w;
    }
    QList<QWidget *> expected;
    readingOrder(above, expected);
    if (page->objectName() == QLatin1String("pickTab")) {
        // The pick tab is two columns, the list and the result, each read top to bottom before
        // the next; its bottom rows line up, which would make a cut across them read row by row.
        const int middle = windowRect(page).center().x();
        QList<QWidget *> left, right;
        for (QWidget *w : std::as_const(inPage))
            (windowRect(w).center().x() < middle ? left : right) << w;
        readingOrder(left, expected);
        readingOrder(right, expected);
    } else {
        readingOrder(inPage, expected);
    }
    readingOrder(below, expected);
    expected.removeIf([](const QWidget *w) { return !w->isEnabled(); });
    const QList<QWidget *> stops = tabStops(window);
    QCOMPARE(QSet<QWidget *>(expected.begin(), expected.end()),
             QSet<QWidget *>(stops.begin(), stops.end()));
    QVERIFY2(expected.size() >= 4, qPrintable(describe(expected).join(u", ")));

    expected.first()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), expected.first());
    QList<QWidget *> visited{QApplication::focusWidget()};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    // One full cycle: every stop once, in reading order, and then back to the first.
    QCOMPARE(QSet<QWidget *>(visited.begin(), visited.end()).size(), expected.size());
    QCOMPARE(describe(visited.mid(0, expected.size())), describe(expected));
    QCOMPARE(visited.last(), expected.first());
}

void TestGuiAccessibility::controlsHaveAccessibleNames_data()
{
    addScreenRows();
}

void TestGuiAccessibility::controlsHaveAccessibleNames()
{
    const auto [window, page] = openScreen();
    QVERIFY(window && page);
    for (QWidget *w : tabStops(window)) {
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            // The bar is a container; a screen reader names each tab.
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
            QVERIFY(iface);
            // (It may also hold its scroll buttons, after the tabs.)
            QVERIFY(iface->childCount() >= bar->count());
            for (int i = 0; i < bar->count(); ++i)
                QVERIFY2(!iface->child(i)->text(QAccessible::Name).isEmpty(),
                         qPrintable(bar->tabText(i)));
            continue;
        }
        QVERIFY2(!accessibleText(w, QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(describe(w)));
    }
}

void TestGuiAccessibility::labelsAreTiedToFields_data()
{
    addScreenRows();
}

void TestGuiAccessibility::labelsAreTiedToFields()
{
    const auto [window, page] = openScreen();
    QVERIFY(window && page);
    int tied = 0;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || i18ntest::mnemonics(label->text()).isEmpty())
            continue;
        // A mnemonic on a label only works through its buddy, which must take the focus.
        QWidget *buddy = label->buddy();
        QVERIFY2(buddy, qPrintable(label->text()));
        QWidget *field = buddy;
        while (field->focusProxy())
            field = field->focusProxy();
        QVERIFY2(isTabStop(field), qPrintable(label->text()));
        // A screen reader announces the field by its own name, or by the label that names it.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(field);
        QVERIFY(iface);
        bool labelled = false;
        for (const auto &[other, relation] : iface->relations(QAccessible::Label))
            labelled = labelled || (other->object() == label);
        QVERIFY2(labelled || !iface->text(QAccessible::Name).isEmpty(), qPrintable(label->text()));
        // Alt+letter moves the focus to the field.
        const QChar key = i18ntest::mnemonics(label->text()).first();
        QTest::keyClick(window, key.toLatin1(), Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        ++tied;
    }
    // Every screen has labelled fields (the pick tab its list and winners, the dialog its
    // language); none is exempt.
    QVERIFY(tied >= 1);
}

void TestGuiAccessibility::mnemonicsAreUniqueAndPresent_data()
{
    addScreenRows();
}

void TestGuiAccessibility::mnemonicsAreUniqueAndPresent()
{
    const auto [window, page] = openScreen();
    QVERIFY(window && page);
    QHash<QChar, QString> owner;
    for (const auto &[what, text] : mnemonicTexts(window, page)) {
        const QList<QChar> letters = i18ntest::mnemonics(text);
        // Only the dialog's stock OK and Cancel come from Qt; everything else needs a letter.
        if (letters.isEmpty()) {
            QVERIFY2(what.startsWith(QLatin1String("QPushButton")) && window == m_dialog.get(),
                     qPrintable(what + QStringLiteral(": ") + text));
            continue;
        }
        QCOMPARE(letters.size(), 1);
        const QChar letter = letters.first();
        QVERIFY2(!owner.contains(letter), qPrintable(QStringLiteral("Alt+%1 is both “%2” and “%3”")
                                                         .arg(letter, owner.value(letter), text)));
        owner.insert(letter, text);
    }
    // Buttons without text (the show/hide toggle, the clipboard's clear button) are reached by
    // Tab instead.
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->text().isEmpty() && button->window() == window &&
            !button->parentWidget()->inherits("QToolBar") && !button->inherits("QTabBar") &&
            QString::fromLatin1(button->metaObject()->className()) != u"CloseButton") {
            // A disabled one (the pick tab's clear button before there is a list) is checked
            // for what it will be once enabled.
            const bool reachable = (button->focusPolicy() & Qt::TabFocus) && !button->focusProxy();
            QVERIFY2(reachable || !button->shortcut().isEmpty(), qPrintable(describe(button)));
        }
    }
}

void TestGuiAccessibility::menusAreReachableByKeyboard()
{
    // Every action of the window is in a menu with a mnemonic, and has a mnemonic there or a
    // shortcut; the toolbar only repeats them.
    QSet<QAction *> inMenus;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QVERIFY2(!i18ntest::mnemonics(menuAction->text()).isEmpty(),
                 qPrintable(menuAction->text()));
        QHash<QChar, QString> owner;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator())
                continue;
            inMenus.insert(action);
            const QList<QChar> letters = i18ntest::mnemonics(action->text());
            QVERIFY2(!letters.isEmpty() || !action->shortcut().isEmpty(),
                     qPrintable(action->text()));
            for (QChar letter : letters) {
                QVERIFY2(!owner.contains(letter), qPrintable(action->text()));
                owner.insert(letter, action->text());
            }
        }
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->objectName().endsWith(QLatin1String("Action")))
            QVERIFY2(inMenus.contains(action), qPrintable(action->objectName()));
    }
    QVERIFY(inMenus.size() >= 7);
}

void TestGuiAccessibility::strengthIsSpelledOut_data()
{
    QTest::addColumn<QString>("screen");
    // The secrets' tabs: a number shows no strength (tst_gui_generators).
    for (const char *tab : {"passwordTab", "passphraseTab", "tokenTab"})
        QTest::addRow("%s", tab) << QString::fromLatin1(tab);
}

void TestGuiAccessibility::strengthIsSpelledOut()
{
    const auto [window, page] = openScreen();
    QVERIFY(window && page);
    auto *label = child<QLabel>(page, "entropyLabel");
    QVERIFY(label);
    // The bar's colour is not the only sign: the words are on the line (the passphrase tab
    // adds " · 6 words × 12.9 bits …" after them), and in the bar's
    // accessible description for a screen reader.
    static const QRegularExpression words(
        QStringLiteral("— (weak|fair|strong|very strong)( · |$)"));
    QVERIFY2(words.match(label->text()).hasMatch(), qPrintable(label->text()));
    auto *bar = child<QWidget>(page, "strengthBar");
    QVERIFY(bar);
    QCOMPARE(accessibleText(bar, QAccessible::Description), label->text());
}

void TestGuiAccessibility::textIsNotClipped_data()
{
    addScreenRows();
}

void TestGuiAccessibility::textIsNotClipped()
{
    const auto [window, page] = openScreen();
    QVERIFY(window && page);
    int checked = 0;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap())
                QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                         qPrintable(label->text()));
            else
                QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
            ++checked;
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty() || button->parentWidget()->inherits("QToolBar"))
                continue;
            QVERIFY2(button->sizeHint().width() <= button->width(), qPrintable(button->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 3);
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
