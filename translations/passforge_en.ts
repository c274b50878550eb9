<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n distinct word</numerusform>
            <numerusform>%n distinct words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n blank line</numerusform>
            <numerusform>%n blank lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln distinct value of %1 (%2 bits in all)</numerusform>
            <numerusform>%Ln distinct values of %1 (%2 bits in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln value, one of %1 (%2 bits in all)</numerusform>
            <numerusform>%Ln values, each one of %1 (%2 bits in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln word × %2 bits (%3-word list)</numerusform>
            <numerusform>%1 · %Ln words × %2 bits (%3-word list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%Ln word, drawn from %1: %Ln × log2(%1) = %2 bits.</numerusform>
            <numerusform>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>A password of %Ln character cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</numerusform>
            <numerusform>A password of %Ln characters cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>No password of %Ln character meets these rules.</numerusform>
            <numerusform>No password of %Ln characters meets these rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>%Ln duplicate (removed)</numerusform>
            <numerusform>%Ln duplicates (removed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%Ln duplicate (each counts as an extra ticket)</numerusform>
            <numerusform>%Ln duplicates (each counts as an extra ticket)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Only %Ln entry for %1 winners. Ask for fewer winners or add entries.</numerusform>
            <numerusform>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Press Draw to pick %Ln winner, or Shuffle list to put the whole list in random order.</numerusform>
            <numerusform>Press Draw to pick %Ln winners, or Shuffle list to put the whole list in random order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>Shuffle %1 · %2 · %Ln entry</numerusform>
            <numerusform>Shuffle %1 · %2 · %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>Draw %1 · %2 · %Ln winner</numerusform>
            <numerusform>Draw %1 · %2 · %Ln winners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… and %Ln more, in the copied result and record</numerusform>
            <numerusform>… and %Ln more, in the copied result and record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>Imported %n preset from %1.</numerusform>
            <numerusform>Imported %n presets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>Exported %n preset to %1.</numerusform>
            <numerusform>Exported %n presets to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message numerus="yes">
        <source>exactly %n characters</source>
        <translation>
            <numerusform>exactly %n character</numerusform>
            <numerusform>exactly %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>no more than %n identical in a row</numerusform>
            <numerusform>no more than %n identical in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message numerus="yes">
        <source>%Ln character(s) long.</source>
        <translation>
            <numerusform>%Ln character long.</numerusform>
            <numerusform>%Ln characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDrawDialog</name>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>The record matches: passforge-draw-v1 puts the %Ln entry of this list in this order with this seed.</numerusform>
            <numerusform>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>The record matches: passforge-draw-v1 draws this %Ln winner from this list with this seed.</numerusform>
            <numerusform>The record matches: passforge-draw-v1 draws these %Ln winners from this list with this seed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>“%1” has only %Ln distinct word; a wordlist needs at least %2.</numerusform>
            <numerusform>“%1” has only %Ln distinct words; a wordlist needs at least %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln word)</numerusform>
            <numerusform>%1 (%Ln words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>“%1”: %Ln distinct word.</numerusform>
            <numerusform>“%1”: %Ln distinct words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>%Ln blank line</numerusform>
            <numerusform>%Ln blank lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%Ln word from %1, screened for offensive words and prefix-free</numerusform>
            <numerusform>%Ln words from %1, screened for offensive words and prefix-free</numerusform>
        </translation>
    </message>
</context>
</TS>
