// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

// End-to-end tests of the built passforge-cli, run as a separate process: exit statuses, stdout
// and stderr exactly as a user or a script sees them. The slots live in one file per area:
// tst_cli.cpp (fixtures, help, version), CliBadInputTest.cpp, CliPasswordTest.cpp,
// CliTokenTest.cpp, CliNumberTest.cpp, CliPickTest.cpp, CliDrawTest.cpp and CliPassphraseTest.cpp.
class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void help_data();
    void help();
    void version_data();
    void version();

    void badInput_data();
    void badInput();

    void passwordDefault();
    void passwordPronounceable_data();
    void passwordPronounceable();
    void passwordClass_data();
    void passwordClass();
    void passwordMinimum_data();
    void passwordMinimum();
    void passwordCustomExclude_data();
    void passwordCustomExclude();
    void passwordCount_data();
    void passwordCount();
    void passwordJson_data();
    void passwordJson();

    void passwordRules_data();
    void passwordRules();
    void passwordSite_data();
    void passwordSite();
    void sites();
    void presetsList();
    void presetApplied_data();
    void presetApplied();
    void presetOtherCommands();
    void presetErrors_data();
    void presetErrors();

    void qrDecodes_data();
    void qrDecodes();
    void qrWifi_data();
    void qrWifi();
    void checkJson_data();
    void checkJson();
    void checkWords();
    void checkRefusesArgument();

    void tokenDefault();
    void outputFailureIsNamed();
    void tokenFormat_data();
    void tokenFormat();
    void tokenUuid();
    void tokenJson_data();
    void tokenJson();
    void tokenRaw_data();
    void tokenRaw();
    void bulkLineCount_data();
    void bulkLineCount();

    void numberRange_data();
    void numberRange();
    void numberDistinct_data();
    void numberDistinct();
    void numberJson_data();
    void numberJson();

    void pickSource_data();
    void pickSource();
    void pickCount_data();
    void pickCount();
    void pickJson_data();
    void pickJson();
    void pickLookalikes();
    void pickNfc();
    void pickShuffle_data();
    void pickShuffle();
    void pickLimits_data();
    void pickLimits();

    void pickSeeded_data();
    void pickSeeded();
    void pickSeedLineReproduces();
    void pickVerify_data();
    void pickVerify();

    void passphraseShape_data();
    void passphraseShape();
    void passphraseJsonDefault();
    void passphraseBuiltInLists_data();
    void passphraseBuiltInLists();
    void passphraseDefaultListIgnoresLocale();
    void passphraseRicherOptions();
    void passphraseLargeCount();
    void passphraseWordlist_data();
    void passphraseWordlist();

private:
    // The path of a fixture file that initTestCase() wrote.
    QString fixture(const QString &name) const;
    // Writes a fixture file; returns false (and fails the test) when it cannot.
    bool writeFixture(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};
