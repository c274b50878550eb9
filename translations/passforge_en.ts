<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%n distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%n distinct value of %1 (%2 bits in all)</numerusform>
            <numerusform>%n distinct values of %1 (%2 bits in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%n value, one of %1 (%2 bits in all)</numerusform>
            <numerusform>%n values, each one of %1 (%2 bits in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message numerus="yes">
        <source>%1 · %n words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %n word × %2 bits (%3-word list)</numerusform>
            <numerusform>%1 · %n words × %2 bits (%3-word list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words, each drawn from %1: %n × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%n word, drawn from %1: %n × log2(%1) = %2 bits.</numerusform>
            <numerusform>%n words, each drawn from %1: %n × log2(%1) = %2 bits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message numerus="yes">
        <source>A password of %n character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>A password of %n character cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</numerusform>
            <numerusform>A password of %n characters cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates (removed)</source>
        <translation>
            <numerusform>%n duplicate (removed)</numerusform>
            <numerusform>%n duplicates (removed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%n duplicate (each counts as an extra ticket)</numerusform>
            <numerusform>%n duplicates (each counts as an extra ticket)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Only %n entry for %1 winners. Ask for fewer winners or add entries.</numerusform>
            <numerusform>Only %n entries for %1 winners. Ask for fewer winners or add entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %n winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Press Draw to pick %n winner, or Shuffle list to put the whole list in random order.</numerusform>
            <numerusform>Press Draw to pick %n winners, or Shuffle list to put the whole list in random order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message numerus="yes">
        <source>%n character(s) long.</source>
        <translation>
            <numerusform>%n character long.</numerusform>
            <numerusform>%n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message numerus="yes">
        <source>Built-in English (%n words)</source>
        <translation>
            <numerusform>Built-in English (%n word)</numerusform>
            <numerusform>Built-in English (%n words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %n distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>“%1” has only %n distinct word; a wordlist needs at least %2.</numerusform>
            <numerusform>“%1” has only %n distinct words; a wordlist needs at least %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%n word)</numerusform>
            <numerusform>%1 (%n words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n distinct words.</source>
        <translation>
            <numerusform>“%1”: %n distinct word.</numerusform>
            <numerusform>“%1”: %n distinct words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank lines</source>
        <translation>
            <numerusform>%n blank line</numerusform>
            <numerusform>%n blank lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
</context>
</TS>
