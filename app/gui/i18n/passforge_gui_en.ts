<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
