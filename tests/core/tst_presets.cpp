// SPDX-License-Identifier: GPL-3.0-or-later
// Presets: built-ins, editing rules (names, built-ins never overwritten), the file format both
// ways, and the arguments a preset stands for. The CLI tests drive --preset and presets.
#include "passforge/Presets.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using Edit = Presets::EditError;

Q_DECLARE_METATYPE(Presets::EditError)

class TestPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsExistWithoutAFile();
    void editing();
    void fileRoundTrip();
    void mergeRenamesClashes();
    void arguments();
};

void TestPresets::builtInsExistWithoutAFile()
{
    QTemporaryDir dir;
    QString error = u"stale"_s;
    const Presets presets = Presets::load(dir.filePath(u"missing.json"_s), &error);
    QCOMPARE(error, QString());
    QStringList names;
    for (const Presets::Preset &p : presets.visible())
        names << p.name;
    QCOMPARE(names, (QStringList{u"PIN (6 digits)"_s, u"Wi-Fi (WPA2, 24 easy-to-type characters)"_s,
                                 u"Maximum (64, all kinds)"_s}));
    for (const Presets::Preset &p : presets.visible()) {
        QVERIFY(p.builtIn);
        QCOMPARE(Presets::problem(p), QString());
    }
}

void TestPresets::editing()
{
    Presets presets;
    const Presets::Preset pin{u"Bank PIN"_s, u"password"_s, QJsonObject{{u"length"_s, 6}}, false};
    QCOMPARE(presets.add(pin), Edit::None);
    QCOMPARE(presets.add(pin), Edit::NameTaken);
    QCOMPARE(presets.add({u"PIN (6 digits)"_s, u"password"_s, {}, false}), Edit::NameTaken);
    QCOMPARE(presets.add({u" padded"_s, u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({QString(), u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({u"tab\there"_s, u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({QString(65, u'x'), u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({u"draw"_s, u"pick"_s, {}, false}), Edit::InvalidPreset);
    QCOMPARE(presets.add({u"off"_s, u"password"_s, QJsonObject{{u"digits"_s, false}}, false}),
             Edit::InvalidPreset);
    // Built-ins cannot be renamed or overwritten; removing one hides it.
    QCOMPARE(presets.rename(u"PIN (6 digits)"_s, u"Mine"_s), Edit::BuiltIn);
    QCOMPARE(presets.rename(u"Bank PIN"_s, u"Maximum (64, all kinds)"_s), Edit::NameTaken);
    QCOMPARE(presets.rename(u"nope"_s, u"x"_s), Edit::NotFound);
    QCOMPARE(presets.rename(u"Bank PIN"_s, u"Card PIN"_s), Edit::None);
    QVERIFY(presets.find(u"Card PIN"_s));
    QVERIFY(!presets.find(u"Bank PIN"_s));
    QCOMPARE(presets.remove(u"Maximum (64, all kinds)"_s), Edit::None);
    QVERIFY(!presets.find(u"Maximum (64, all kinds)"_s));
    QCOMPARE(presets.hiddenBuiltIns(), QStringList{u"Maximum (64, all kinds)"_s});
    QCOMPARE(presets.visible().size(), std::size_t{3}); // two built-ins and Card PIN
    presets.showBuiltIns();
    QVERIFY(presets.find(u"Maximum (64, all kinds)"_s));
    QCOMPARE(presets.remove(u"Card PIN"_s), Edit::None);
    QCOMPARE(presets.remove(u"Card PIN"_s), Edit::NotFound);
    QVERIFY(presets.userPresets().empty());
}

void TestPresets::fileRoundTrip()
{
    Presets presets;
    QCOMPARE(presets.add({u"api"_s, u"token"_s,
                          QJsonObject{{u"bytes"_s, 24}, {u"format"_s, u"base32"_s}}, false}),
             Edit::None);
    QCOMPARE(presets.remove(u"PIN (6 digits)"_s), Edit::None);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/presets.json"_s);
    QString error;
    QVERIFY2(presets.save(path, &error), qPrintable(error));
    const Presets loaded = Presets::load(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(loaded.userPresets(), presets.userPresets());
    QCOMPARE(loaded.hiddenBuiltIns(), QStringList{u"PIN (6 digits)"_s});
    QCOMPARE(loaded.toJson(), presets.toJson());
}

void TestPresets::mergeRenamesClashes()
{
    Presets mine;
    QCOMPARE(mine.add({u"api"_s, u"token"_s, {}, false}), Edit::None);
    Presets theirs;
    QCOMPARE(theirs.add({u"api"_s, u"token"_s, QJsonObject{{u"bytes"_s, 16}}, false}), Edit::None);
    QCOMPARE(theirs.add({u"dice"_s, u"number"_s, {}, false}), Edit::None);
    QCOMPARE(mine.merge(theirs), 2);
    QStringList names;
    for (const Presets::Preset &p : mine.userPresets())
        names << p.name;
    QCOMPARE(names, (QStringList{u"api"_s, u"api (2)"_s, u"dice"_s}));
    QCOMPARE(mine.find(u"api (2)"_s)->options.value(u"bytes"_s).toInt(), 16);
}

void TestPresets::arguments()
{
    QCOMPARE(Presets::arguments(QJsonObject{{u"length"_s, 6}, {u"digits"_s, true}}),
             (QStringList{u"--digits"_s, u"--length"_s, u"6"_s}));
    QCOMPARE(Presets::arguments(QJsonObject{{u"rules"_s, u"required: digit"_s}, {u"max"_s, 1.5}}),
             (QStringList{u"--max"_s, u"1.5"_s, u"--rules"_s, u"required: digit"_s}));
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
