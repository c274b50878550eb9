// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keyboard mnemonics: how to read them from a label, and which labels share a screen, so that
// each Alt+letter there must be unique in every language.

#include <QChar>
#include <QList>
#include <QString>

#include <utility>

namespace i18ntest {

// The keyboard mnemonic letters of a label: the character after each single '&' ("&&" is a
// literal ampersand, and "A & B" has none). Upper-cased, as Alt+letter ignores case.
inline QList<QChar> mnemonics(const QString &text)
{
    QList<QChar> found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        ++i;
        if (next == QLatin1Char('&') || next.isSpace())
            continue;
        found << next.toUpper();
    }
    return found;
}

using Label = std::pair<const char *, const char *>; // context, source

// The labels that are on screen together, so that Alt+letter must pick exactly one. Taken from
// the code: the tab bar and the menu bar are always there; each tab adds its own labels.
struct Screen
{
    const char *name;
    QList<Label> labels;
};

inline QList<Screen> screens()
{
    const QList<Label> window{{"MainWindow", "&Password"},      {"MainWindow", "Pa&ssphrase"},
                              {"MainWindow", "&Token"},         {"MainWindow", "&Number"},
                              {"MainWindow", "Pick a &winner"}, {"MainWindow", "&File"},
                              {"MainWindow", "&Edit"},          {"MainWindow", "&Help"}};
    const QList<Label> generator =
        window + QList<Label>{{"GeneratorPage", "&Regenerate"}, {"GeneratorPage", "&Copy"}};
    return {
        {"password tab", generator + QList<Label>{{"PasswordTab", "&Length:"},
                                                  {"PasswordTab", "&A–Z"},
                                                  {"PasswordTab", "a–&z"},
                                                  {"PasswordTab", "&0–9"},
                                                  {"PasswordTab", "Sym&bols"},
                                                  {"PasswordTab", "&Minimum A–Z:"},
                                                  {"PasswordTab", "M&inimum a–z:"},
                                                  {"PasswordTab", "Minimum 0–&9:"},
                                                  {"PasswordTab", "Minimum s&ymbols:"},
                                                  {"PasswordTab", "Also &use:"},
                                                  {"PasswordTab", "E&xclude:"},
                                                  {"PasswordTab", "A&void look-alike characters"},
                                                  {"PasswordTab", "A&dvanced: minimum per kind"},
                                                  {"PasswordTab", "At least one of each &kind"},
                                                  {"PasswordTab", "Site (d&omain):"},
                                                  {"PasswordTab", "Rule strin&g:"}}},
        {"passphrase tab", generator + QList<Label>{{"PassphraseTab", "Wor&ds:"},
                                                    {"PassphraseTab", "Separat&or:"},
                                                    {"PassphraseTab", "C&ase:"},
                                                    {"PassphraseTab", "Add a random di&git"},
                                                    {"PassphraseTab", "Word&list:"}}},
        {"token tab", generator + QList<Label>{{"TokenTab", "&Bytes:"}, {"TokenTab", "F&ormat:"}}},
        {"number tab", generator + QList<Label>{{"NumberTab", "&Distinct: no value twice"},
                                                {"NumberTab", "M&inimum:"},
                                                {"NumberTab", "M&aximum:"},
                                                {"NumberTab", "C&ount:"}}},
        {"pick tab", window + QList<Label>{{"PickTab", "&Open list…"},
                                           {"PickTab", "Re&move duplicates: one ticket per name"},
                                           {"PickTab", "Sh&uffle list"},
                                           {"PickTab", "Cop&y result"},
                                           {"PickTab", "Copy draw re&cord"},
                                           {"PickTab", "Draw from a pu&blic random value:"},
                                           {"PickTab", "&Announce…"},
                                           {"PickTab", "Sa&ve record…"},
                                           {"PickTab", "Replace a w&inner…"},
                                           {"PickTab", "Draw lo&g:"},
                                           {"PickTab", "&List:"},
                                           {"PickTab", "Winne&rs:"}}},
        {"File menu",
         {{"MainWindow", "&Open list…"},
          {"MainWindow", "&Verify a draw record…"},
          {"MainWindow", "&Quit"}}},
        {"verify dialog",
         {{"VerifyDrawDialog", "&Verify"},
          {"VerifyDrawDialog", "&Browse…"},
          {"VerifyDrawDialog", "Br&owse…"},
          {"VerifyDrawDialog", "&Record:"},
          {"VerifyDrawDialog", "&List:"}}},
        {"announce dialog", {{"PickTab", "&Copy"}}},
        {"Edit menu",
         {{"MainWindow", "&Regenerate"},
          {"MainWindow", "&Copy"},
          {"MainWindow", "C&lear now"},
          {"MainWindow", "&Preferences…"}}},
        {"Help menu", {{"MainWindow", "&About Passforge"}, {"MainWindow", "About &Qt"}}},
        // Delete and Hide take turns in one place; both stay apart from the rest.
        {"preset menu",
         {{"PresetBar", "&Save as preset…"},
          {"PresetBar", "&Rename preset…"},
          {"PresetBar", "&Delete preset"},
          {"PresetBar", "&Hide built-in preset"},
          {"PresetBar", "Sho&w hidden built-in presets"},
          {"PresetBar", "&Import presets…"},
          {"PresetBar", "&Export presets…"}}},
        {"preferences dialog",
         {{"PreferencesDialog", "Clear the clipboard &after"},
          {"PreferencesDialog", "Clear the clipboard when Passforge &quits"},
          {"PreferencesDialog", "&Restore the last options on start"},
          {"PreferencesDialog", "&Language:"}}},
    };
}

} // namespace i18ntest
