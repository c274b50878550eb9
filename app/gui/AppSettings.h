// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/ClipboardTimeout.h"
#include "passforge/NumberGenerator.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PickList.h"
#include "passforge/PresetOptions.h"
#include "passforge/Presets.h"
#include "passforge/TokenGenerator.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

// The kinds of setting: a key in the INI file, a default and, for numbers, a valid range.
struct BoolSettingKey
{
    const char *key;
    bool defaultValue;
};
struct IntSettingKey
{
    const char *key;
    int defaultValue;
    int min;
    int max;
    // 0 is also valid and means "off" (below min otherwise).
    bool zeroMeansOff = false;
};
struct Int64SettingKey
{
    const char *key;
    qint64 defaultValue;
};
struct TextSettingKey
{
    const char *key;
    const char *defaultValue;
    int maxLength;
};
struct BytesSettingKey
{
    const char *key;
};

// Every option the window remembers, each declared once with its key, default and valid range.
// Values read back are clamped to that range, so a hand-edited or stale file cannot put the UI
// into a state it could not reach by itself. Generated values, pasted lists and draw results
// have no key here on purpose: they are never written anywhere.
class AppSettings
{
public:
    using BoolKey = BoolSettingKey;
    using IntKey = IntSettingKey;
    using Int64Key = Int64SettingKey;
    using TextKey = TextSettingKey;
    using BytesKey = BytesSettingKey;

    // Behaviour (the preferences dialog).
    static constexpr IntKey ClearAfterSeconds{
        "clipboard/clearAfterSeconds", passforge::ClipboardTimeout::DefaultSeconds,
        passforge::ClipboardTimeout::MinSeconds, passforge::ClipboardTimeout::MaxSeconds, true};
    static constexpr BoolKey ClearOnQuit{"clipboard/clearOnQuit", true};
    static constexpr BoolKey RestoreOptions{"general/restoreLastOptions", true};
    // The session history (in memory only); off, nothing is kept.
    static constexpr BoolKey KeepHistory{"general/keepHistory", true};
    // The language of the window by its translation's code (de, pt_BR); empty follows the system.
    static constexpr TextKey Language{"general/language", "", 16};

    // The window.
    static constexpr BytesKey WindowGeometry{"window/geometry"};
    static constexpr IntKey CurrentTab{"window/currentTab", 0, 0, 4};

    // Password tab.
    static constexpr IntKey PasswordLength{
        "password/length", passforge::PasswordGenerator::DefaultLength,
        passforge::PasswordGenerator::MinLength, passforge::PasswordGenerator::MaxLength};
    static constexpr BoolKey PasswordUpper{"password/upper", true};
    static constexpr BoolKey PasswordLower{"password/lower", true};
    static constexpr BoolKey PasswordDigits{"password/digits", true};
    static constexpr BoolKey PasswordSymbols{"password/symbols", true};
    // Text fields hold more than core accepts, so that nothing typed is cut off: core's limits (in
    // characters as seen, not UTF-16 units) are shown as errors instead.
    static constexpr TextKey PasswordAlsoUse{"password/alsoUse", "",
                                             passforge::PasswordOptions::MaxCustomLength};
    static constexpr TextKey PasswordExclude{"password/exclude", "",
                                             passforge::PasswordOptions::MaxExcludeLength};
    // A website whose known rules apply, or rules typed in Apple's password-rules language.
    // Neither is a secret.
    static constexpr TextKey PasswordSite{"password/site", "",
                                          passforge::PasswordOptions::MaxSiteLength};
    static constexpr TextKey PasswordRules{"password/rules", "",
                                           passforge::PasswordOptions::MaxRulesLength};
    static constexpr BoolKey PasswordAvoidLookAlikes{"password/avoidLookAlikes", false};
    // On by default: a default password always has a digit and a symbol.
    static constexpr BoolKey PasswordEachKind{"password/eachKind", true};
    static constexpr BoolKey PasswordAdvancedShown{"password/advancedShown", false};
    // "random" characters, or "easy" to say (syllables); for easy, one capital and one digit.
    static constexpr TextKey PasswordStyle{"password/style", "random", 16};
    static constexpr BoolKey PasswordEasyCapital{"password/easyCapital", false};
    static constexpr BoolKey PasswordEasyDigit{"password/easyDigit", false};
    static constexpr IntKey PasswordMinUpper{"password/minUpper", 0, 0,
                                             passforge::PasswordGenerator::MaxLength};
    static constexpr IntKey PasswordMinLower{"password/minLower", 0, 0,
                                             passforge::PasswordGenerator::MaxLength};
    static constexpr IntKey PasswordMinDigits{"password/minDigits", 0, 0,
                                              passforge::PasswordGenerator::MaxLength};
    static constexpr IntKey PasswordMinSymbols{"password/minSymbols", 0, 0,
                                               passforge::PasswordGenerator::MaxLength};
    static constexpr BoolKey PasswordShowValue{"password/showValue", true};
    // The preset each tab last had chosen, by its name in presets.json (see PresetBar).
    static constexpr TextKey PasswordPreset{"password/preset", "",
                                            passforge::Presets::MaxNameLength};

    // Passphrase tab. The case is stored by its CLI name (lower, upper, title, one, random); the
    // wordlist by its file path, empty for the built-in list. The words themselves are never
    // stored.
    static constexpr IntKey PassphraseWords{
        "passphrase/words", passforge::PassphraseGenerator::DefaultWords,
        passforge::PassphraseGenerator::MinWords, passforge::PassphraseGenerator::MaxWords};
    static constexpr TextKey PassphraseSeparator{"passphrase/separator", "-",
                                                 passforge::PassphraseOptions::MaxSeparatorLength};
    static constexpr TextKey PassphraseCase{"passphrase/case", "lower", 16};
    static constexpr BoolKey PassphraseAddDigit{"passphrase/addDigit", false};
    static constexpr BoolKey PassphraseAddSymbol{"passphrase/addSymbol", false};
    static constexpr TextKey PassphraseSeparatorFrom{
        "passphrase/separatorFrom", "", passforge::PassphraseOptions::MaxSeparatorLength};
    static constexpr TextKey PassphraseWordlist{
        "passphrase/wordlist", "", passforge::PassphraseOptions::MaxWordlistPathLength};
    // A built-in list's code (de, fr, …); empty for the UI language's own, or English.
    static constexpr TextKey PassphraseList{"passphrase/list", "", 16};
    static constexpr BoolKey PassphraseShowValue{"passphrase/showValue", true};
    static constexpr TextKey PassphrasePreset{"passphrase/preset", "",
                                              passforge::Presets::MaxNameLength};

    // Token tab. The format is stored by its stable CLI name (hex, urlsafe, ...).
    static constexpr IntKey TokenBytes{"token/bytes", passforge::TokenGenerator::DefaultBytes, 1,
                                       passforge::TokenGenerator::WindowMaxBytes};
    static constexpr TextKey TokenFormat{"token/format", "hex", 16};
    static constexpr BoolKey TokenShowValue{"token/showValue", true};
    static constexpr TextKey TokenPreset{"token/preset", "", passforge::Presets::MaxNameLength};

    // Number tab.
    static constexpr Int64Key NumberMin{"number/min", 1};
    static constexpr Int64Key NumberMax{"number/max", 100};
    static constexpr IntKey NumberCount{
        "number/count", 1, 1, static_cast<int>(passforge::NumberGenerator::WindowMaxCount)};
    static constexpr BoolKey NumberDistinct{"number/distinct", false};
    static constexpr BoolKey NumberShowValue{"number/showValue", true};
    static constexpr TextKey NumberPreset{"number/preset", "", passforge::Presets::MaxNameLength};

    // Pick tab (never the list itself, nor a result).
    static constexpr BoolKey PickRemoveDuplicates{"pick/removeDuplicates", false};
    static constexpr IntKey PickWinners{"pick/winners", 1, 1,
                                        static_cast<int>(passforge::PickList::WindowMaxWinners)};

    // The user's file: $XDG_CONFIG_HOME/passforge/passforge.conf on Linux.
    AppSettings();
    explicit AppSettings(const QString &filePath);

    static QString defaultFilePath();
    QString filePath() const { return m_settings.fileName(); }

    bool value(const BoolKey &key) const;
    int value(const IntKey &key) const;
    qint64 value(const Int64Key &key) const;
    QString value(const TextKey &key) const;
    QByteArray value(const BytesKey &key) const;

    void setValue(const BoolKey &key, bool value);
    void setValue(const IntKey &key, int value);
    void setValue(const Int64Key &key, qint64 value);
    void setValue(const TextKey &key, const QString &value);
    void setValue(const BytesKey &key, const QByteArray &value);

    static int clamp(const IntKey &key, int value);

    // Writes pending changes to disk now (QSettings otherwise does it from the event loop).
    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
