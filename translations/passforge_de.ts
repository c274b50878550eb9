<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CheckText</name>
    <message>
        <source>a common password</source>
        <translation>ein häufig verwendetes Passwort</translation>
    </message>
    <message>
        <source>a dictionary word</source>
        <translation>ein Wörterbuchwort</translation>
    </message>
    <message>
        <source>a dictionary word with substitutions</source>
        <translation>ein Wörterbuchwort mit Ersetzungen</translation>
    </message>
    <message>
        <source>a repeat</source>
        <translation>eine Wiederholung</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>eine Folge</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>ein Tastaturmuster</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>eine Jahreszahl</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of match found</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>very weak</source>
        <comment>password check score 0 of 4</comment>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>password check score 1 of 4</comment>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password check score 2 of 4</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password check score 3 of 4</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password check score 4 of 4</comment>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>Jahrhunderte</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>Dies ist ein häufig verwendetes Passwort.</translation>
    </message>
    <message>
        <source>Words and names on their own are easy to guess.</source>
        <translation>Wörter und Namen für sich allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” are easy to guess.</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ für „a“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” or “abcabc” are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ oder „abcabc“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Keyboard patterns like “qwerty” are easy to guess.</source>
        <translation>Tastaturmuster wie „qwerty“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Datumsangaben sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>Jahreszahlen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Substitutions like “0” for “o” don&apos;t help much.</source>
        <translation>Ersetzungen wie „0“ für „o“ helfen kaum.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Folgen.</translation>
    </message>
    <message>
        <source>Avoid keys that are next to each other.</source>
        <translation>Vermeiden Sie Tasten, die nebeneinander liegen.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>Vermeiden Sie Datumsangaben und Jahreszahlen, die mit Ihnen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Use a generated password or passphrase instead: a passphrase of five random words is easy to remember.</source>
        <translation>Verwenden Sie stattdessen ein erzeugtes Passwort oder eine Passphrase: Eine Passphrase aus fünf zufälligen Wörtern ist leicht zu merken.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing command; try &apos;passforge-cli --help&apos;</source>
        <translation>Befehl fehlt; siehe „passforge-cli --help“</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;passforge-cli --help&apos;</source>
        <translation>unbekannter Befehl „%1“; siehe „passforge-cli --help“</translation>
    </message>
    <message>
        <source>the system random source failed: %1</source>
        <translation>die Zufallsquelle des Systems hat versagt: %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Uniform random integers from A to B inclusive, anywhere in the signed 64-bit range.</source>
        <translation>Gleichverteilte zufällige ganze Zahlen von A bis B einschließlich, überall im vorzeichenbehafteten 64-Bit-Bereich.</translation>
    </message>
    <message>
        <source>The smallest value (required).</source>
        <translation>Der kleinste Wert (erforderlich).</translation>
    </message>
    <message>
        <source>A</source>
        <comment>value name in --help: the lower bound</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>The largest value (required).</source>
        <translation>Der größte Wert (erforderlich).</translation>
    </message>
    <message>
        <source>B</source>
        <comment>value name in --help: the upper bound</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>How many numbers (default 1).</source>
        <translation>Wie viele Zahlen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>value name in --help: a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No value twice (at most %1 values).</source>
        <translation>Kein Wert doppelt (höchstens %1 Werte).</translation>
    </message>
    <message>
        <source>One JSON object per line, with value and entropy_bits.</source>
        <translation>Ein JSON-Objekt pro Zeile, mit value und entropy_bits.</translation>
    </message>
    <message>
        <source>number needs both --min and --max</source>
        <translation>number braucht sowohl --min als auch --max</translation>
    </message>
    <message>
        <source>--min %1 is above --max %2</source>
        <translation>--min %1 liegt über --max %2</translation>
    </message>
    <message>
        <source>--count must be at least 1, not %1</source>
        <translation>--count muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>--distinct: the range from %1 to %2 has fewer than %3 values</source>
        <translation>--distinct: der Bereich von %1 bis %2 hat weniger als %3 Werte</translation>
    </message>
    <message>
        <source>--distinct supports at most %1 values, not %2</source>
        <translation>--distinct erlaubt höchstens %1 Werte, nicht %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n verschiedenes Wort</numerusform>
            <numerusform>%n verschiedene Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n Leerzeile</numerusform>
            <numerusform>%n Leerzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos;: %2 (dropped %3 and %4)</source>
        <comment>wordlist note</comment>
        <translation>Wortliste „%1“: %2 (%3 und %4 verworfen)</translation>
    </message>
    <message>
        <source>Words per passphrase, %1 to %2 (default %3).</source>
        <translation>Wörter pro Passphrase, %1 bis %2 (Vorgabe %3).</translation>
    </message>
    <message>
        <source>Between words (default &apos;-&apos;; may be empty).</source>
        <translation>Zwischen den Wörtern (Vorgabe „-“; darf leer sein).</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name in --help: a separator text</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Append a random digit to one random word.</source>
        <translation>Eine zufällige Ziffer an ein zufälliges Wort anhängen.</translation>
    </message>
    <message>
        <source>Your own list: one word per line, UTF-8, at least %1 distinct words; a leading dice number is ignored.</source>
        <translation>Eigene Liste: ein Wort pro Zeile, UTF-8, mindestens %1 verschiedene Wörter; eine vorangestellte Würfelzahl wird ignoriert.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help: a file path</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>How many passphrases (default 1).</source>
        <translation>Wie viele Passphrasen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>cannot read wordlist &apos;%1&apos;: %2</source>
        <translation>Wortliste „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is a binary file, not text</source>
        <translation>Wortliste „%1“ ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is not valid UTF-8</source>
        <translation>Wortliste „%1“ ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; has %2 distinct words; at least %3 are needed</source>
        <translation>Wortliste „%1“ hat %2 verschiedene Wörter; mindestens %3 sind nötig</translation>
    </message>
    <message>
        <source>--separator &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--separator „%1“ enthält ein Zeichen, das nicht allein stehen kann (ein einzelnes kombinierendes Zeichen oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>Random passwords. With no class option all four classes are used; naming any selects only those named.</source>
        <translation>Zufällige Passwörter. Ohne Klassenoption werden alle vier Klassen verwendet; werden welche genannt, nur diese.</translation>
    </message>
    <message>
        <source>Characters per password, %1 to %2 (default %3).</source>
        <translation>Zeichen pro Passwort, %1 bis %2 (Vorgabe %3).</translation>
    </message>
    <message>
        <source>Use lowercase letters a-z.</source>
        <translation>Kleinbuchstaben a-z verwenden.</translation>
    </message>
    <message>
        <source>Use uppercase letters A-Z.</source>
        <translation>Großbuchstaben A-Z verwenden.</translation>
    </message>
    <message>
        <source>Use digits 0-9.</source>
        <translation>Ziffern 0-9 verwenden.</translation>
    </message>
    <message>
        <source>Use the 32 ASCII punctuation characters.</source>
        <translation>Die 32 ASCII-Satzzeichen verwenden.</translation>
    </message>
    <message>
        <source>Also use these characters (each user-perceived character counts once).</source>
        <translation>Zusätzlich diese Zeichen verwenden (jedes sichtbare Zeichen zählt einmal).</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>value name in --help: characters</comment>
        <translation>CHARS</translation>
    </message>
    <message>
        <source>Never use these characters.</source>
        <translation>Diese Zeichen nie verwenden.</translation>
    </message>
    <message>
        <source>Avoid look-alike characters: %1</source>
        <translation>Verwechselbare Zeichen vermeiden: %1</translation>
    </message>
    <message>
        <source>At least N lowercase letters.</source>
        <translation>Mindestens N Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>At least N uppercase letters.</source>
        <translation>Mindestens N Großbuchstaben.</translation>
    </message>
    <message>
        <source>At least N digits.</source>
        <translation>Mindestens N Ziffern.</translation>
    </message>
    <message>
        <source>At least N symbols.</source>
        <translation>Mindestens N Sonderzeichen.</translation>
    </message>
    <message>
        <source>How many passwords (default 1).</source>
        <translation>Wie viele Passwörter (Vorgabe 1).</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2, not %3</source>
        <translation>--length muss von %1 bis %2 reichen, nicht %3</translation>
    </message>
    <message>
        <source>no characters are left to choose from after --exclude &apos;%1&apos;</source>
        <translation>nach --exclude „%1“ bleiben keine Zeichen zur Auswahl</translation>
    </message>
    <message>
        <source>--min-%1 asks for %2, but --exclude removes every %1 character</source>
        <translation>--min-%1 verlangt %2, aber --exclude entfernt jedes Zeichen der Klasse %1</translation>
    </message>
    <message>
        <source>the minimums add up to %1, more than --length %2</source>
        <translation>die Mindestwerte ergeben zusammen %1, mehr als --length %2</translation>
    </message>
    <message>
        <source>--custom &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--custom „%1“ enthält ein Zeichen, das nicht allein stehen kann (ein einzelnes kombinierendes Zeichen oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>How many distinct winners (default 1).</source>
        <translation>Wie viele verschiedene Gewinner (Vorgabe 1).</translation>
    </message>
    <message>
        <source>K</source>
        <comment>value name in --help: a number of winners</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>The list (default: standard input).</source>
        <translation>Die Liste (Vorgabe: Standardeingabe).</translation>
    </message>
    <message>
        <source>--shuffle prints the whole list and cannot be combined with --count</source>
        <translation>--shuffle gibt die ganze Liste aus und lässt sich nicht mit --count kombinieren</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: it is a directory</source>
        <translation>„%1“ kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is not valid UTF-8</source>
        <translation>die Liste in „%1“ ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; has no entries (it is empty or blank)</source>
        <translation>die Liste in „%1“ hat keine Einträge (sie ist leer)</translation>
    </message>
    <message>
        <source>an entry in &apos;%1&apos; is longer than %2 characters</source>
        <translation>ein Eintrag in „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>--count %1 is more than the %2 entries in the list</source>
        <translation>--count %1 ist mehr als die %2 Einträge der Liste</translation>
    </message>
    <message>
        <source>Random tokens, like Python&apos;s secrets.token_hex and token_urlsafe.</source>
        <translation>Zufällige Tokens, wie secrets.token_hex und token_urlsafe von Python.</translation>
    </message>
    <message>
        <source>Random bytes per token, 1 to %1 (default %2).</source>
        <translation>Zufällige Bytes pro Token, 1 bis %1 (Vorgabe %2).</translation>
    </message>
    <message>
        <source>hex (default), urlsafe (base64url without padding), base64, base32 (RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a terminal).</source>
        <translation>hex (Vorgabe), urlsafe (base64url ohne Auffüllung), base64, base32 (RFC 4648, ohne Auffüllung), uuid (Version 4) oder raw (Bytes; nicht an ein Terminal).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>value name in --help: a token format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many tokens (default 1).</source>
        <translation>Wie viele Tokens (Vorgabe 1).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; use hex, urlsafe, base64, base32, uuid or raw</source>
        <translation>unbekanntes --format „%1“; möglich sind hex, urlsafe, base64, base32, uuid oder raw</translation>
    </message>
    <message>
        <source>--bytes does not apply to --format uuid, which is always 122 random bits</source>
        <translation>--bytes gilt nicht für --format uuid, das immer 122 zufällige Bits hat</translation>
    </message>
    <message>
        <source>--json cannot be combined with --format raw</source>
        <translation>--json lässt sich nicht mit --format raw kombinieren</translation>
    </message>
    <message>
        <source>--format raw will not write binary data to a terminal; redirect it to a file or a pipe</source>
        <translation>--format raw schreibt keine Binärdaten auf ein Terminal; leiten Sie die Ausgabe in eine Datei oder eine Pipe um</translation>
    </message>
    <message>
        <source>warning: with this wordlist (not prefix-free, or with digits in its words) and these options, different words can give the same passphrase, so entropy_bits is an upper bound</source>
        <translation>Warnung: Mit dieser Wortliste (nicht präfixfrei oder mit Ziffern in ihren Wörtern) und diesen Optionen können verschiedene Wörter dieselbe Passphrase ergeben, daher ist entropy_bits nur eine Obergrenze</translation>
    </message>
    <message>
        <source>--custom has %1 characters; at most %2 are allowed</source>
        <translation>--custom hat %1 Zeichen; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>line %1 contains a control character (%2); remove it</source>
        <translation>Zeile %1 enthält ein Steuerzeichen (%2); entfernen Sie es</translation>
    </message>
    <message>
        <source>line %1 contains a bidirectional control character (%2); remove it</source>
        <translation>Zeile %1 enthält ein bidirektionales Steuerzeichen (%2); entfernen Sie es</translation>
    </message>
    <message>
        <source>line %1 contains an invisible character (%2); remove it</source>
        <translation>Zeile %1 enthält ein unsichtbares Zeichen (%2); entfernen Sie es</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; and &apos;%2&apos; look alike (lines %3 and %4)</source>
        <translation>Warnung: „%1“ und „%2“ sehen sich zum Verwechseln ähnlich (Zeilen %3 und %4)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is larger than %2 MB</source>
        <translation>die Wortliste „%1“ ist größer als %2 MB</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is larger than %2 MB</source>
        <translation>die Liste in „%1“ ist größer als %2 MB</translation>
    </message>
    <message>
        <source>Draw winners from a list: one entry per line, from FILE or standard input. A name on several lines has several tickets; once it wins, all its tickets leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed and the list decide the winners, so anyone can check them.</source>
        <translation>Gewinner aus einer Liste ziehen: ein Eintrag pro Zeile, aus FILE oder der Standardeingabe. Ein Name auf mehreren Zeilen hat mehrere Lose; sobald er gewinnt, scheiden alle seine Lose aus der Ziehung aus. Jede Ziehung folgt passforge-draw-v1 (docs/draws.md): Der Seed und die Liste bestimmen die Gewinner, sodass jeder sie nachprüfen kann.</translation>
    </message>
    <message>
        <source>Print every entry once, in an order drawn by tickets.</source>
        <translation>Jeden Eintrag einmal ausgeben, in einer nach Losen gezogenen Reihenfolge.</translation>
    </message>
    <message>
        <source>One ticket per entry, however often a name appears.</source>
        <translation>Ein Los pro Eintrag, egal wie oft ein Name vorkommt.</translation>
    </message>
    <message>
        <source>Draw from these 32 bytes instead of a fresh seed from the system.</source>
        <translation>Aus diesen 32 Bytes ziehen statt aus einem frischen Seed des Systems.</translation>
    </message>
    <message>
        <source>HEX</source>
        <comment>value name in --help: 64 hexadecimal digits</comment>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Draw from a public random value announced in advance: the seed is the SHA-256 of TEXT, exactly as given.</source>
        <translation>Aus einem vorab angekündigten öffentlichen Zufallswert ziehen: Der Seed ist der SHA-256-Hash von TEXT, genau wie angegeben.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>value name in --help: the text of a public random value</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One JSON object: the draw&apos;s record, which pick --verify checks.</source>
        <translation>Ein JSON-Objekt: das Protokoll der Ziehung, das pick --verify prüft.</translation>
    </message>
    <message>
        <source>Check a record (from --json) against the list: exit 0 when it matches, 1 when it does not.</source>
        <translation>Ein Protokoll (von --json) mit der Liste abgleichen: Exit-Status 0, wenn es übereinstimmt, 1, wenn nicht.</translation>
    </message>
    <message>
        <source>RECORD</source>
        <comment>value name in --help: a record file</comment>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>--verify takes the draw from the record and cannot be combined with --%1</source>
        <translation>--verify übernimmt die Ziehung aus dem Protokoll und lässt sich nicht mit --%1 kombinieren</translation>
    </message>
    <message>
        <source>--seed and --beacon each give the seed; use one of them</source>
        <translation>--seed und --beacon bestimmen jeweils den Seed; verwenden Sie nur eine der beiden Optionen</translation>
    </message>
    <message>
        <source>--seed must be 64 hexadecimal digits (32 bytes), not &apos;%1&apos;</source>
        <translation>--seed muss aus 64 Hexadezimalziffern (32 Bytes) bestehen, nicht „%1“</translation>
    </message>
    <message>
        <source>--beacon needs the text of the public random value</source>
        <translation>--beacon braucht den Text des öffentlichen Zufallswerts</translation>
    </message>
    <message>
        <source>--beacon must be UTF-8 text, not &apos;%1&apos;</source>
        <translation>--beacon muss UTF-8-Text sein, nicht „%1“</translation>
    </message>
    <message>
        <source>drawn with %1 from seed %2</source>
        <translation>gezogen mit %1 aus Seed %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is larger than %2 MB</source>
        <translation>das Protokoll „%1“ ist größer als %2 MB</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not JSON: %2</source>
        <translation>das Protokoll „%1“ ist kein JSON: %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not a JSON object</source>
        <translation>das Protokoll „%1“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>dem Protokoll „%1“ fehlt „%2“</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is for the algorithm &apos;%2&apos;, not %3</source>
        <translation>das Protokoll „%1“ gilt für den Algorithmus „%2“, nicht für %3</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; must be 64 hexadecimal digits, not &apos;%2&apos;</source>
        <translation>im Protokoll muss „%1“ aus 64 Hexadezimalziffern bestehen, nicht „%2“</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has both &quot;winners&quot; and &quot;order&quot;</source>
        <translation>das Protokoll „%1“ enthält sowohl „winners“ als auch „order“</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; has the wrong type or value</source>
        <translation>im Protokoll hat „%1“ den falschen Typ oder Wert</translation>
    </message>
    <message>
        <source>verified: the order of %1 entries, list %2, seed %3</source>
        <translation>bestätigt: die Reihenfolge von %1 Einträgen, Liste %2, Seed %3</translation>
    </message>
    <message>
        <source>verified: %1 of %2 entries, list %3, seed %4</source>
        <translation>bestätigt: %1 von %2 Einträgen, Liste %3, Seed %4</translation>
    </message>
    <message>
        <source>the list differs: its SHA-256 is %1, the record says %2</source>
        <translation>die Liste weicht ab: ihr SHA-256-Hash ist %1, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the entries differ: the list has %1, the record says %2</source>
        <translation>die Einträge weichen ab: die Liste hat %1, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the tickets differ: the list has %1, the record says %2</source>
        <translation>die Lose weichen ab: die Liste hat %1, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the duplicates differ: the list has %1, the record says %2</source>
        <translation>die Duplikate weichen ab: die Liste hat %1, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the seed differs: SHA-256 of the beacon is %1, the record says %2</source>
        <translation>der Seed weicht ab: der SHA-256-Hash des öffentlichen Zufallswerts ist %1, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the count differs: a shuffle of the list orders %1 entries, the record says %2</source>
        <translation>die Anzahl weicht ab: ein Mischen der Liste ordnet %1 Einträge, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the count differs: the list has %1 entries, the record&apos;s count is %2</source>
        <translation>die Anzahl weicht ab: die Liste hat %1 Einträge, die Anzahl im Protokoll ist %2</translation>
    </message>
    <message>
        <source>the order differs: it should name %1 entries, the record names %2</source>
        <translation>die Reihenfolge weicht ab: sie müsste %1 Einträge nennen, das Protokoll nennt %2</translation>
    </message>
    <message>
        <source>the count differs: the record&apos;s count is %1, but it names %2 winners</source>
        <translation>die Anzahl weicht ab: die Anzahl im Protokoll ist %1, aber es nennt %2 Gewinner</translation>
    </message>
    <message>
        <source>place %1 of the order differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>an Platz %1 der Reihenfolge weicht die Ziehung ab: sie ergibt „%2“, das Protokoll nennt „%3“</translation>
    </message>
    <message>
        <source>winner %1 differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>bei Gewinner %1 weicht die Ziehung ab: sie ergibt „%2“, das Protokoll nennt „%3“</translation>
    </message>
    <message>
        <source>Start from the options of a preset (&apos;passforge-cli presets&apos; lists them); options given here override it.</source>
        <translation>Von den Optionen einer Voreinstellung ausgehen („passforge-cli presets“ listet sie auf); hier angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>value name in --help: a name</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; &apos;passforge-cli presets&apos; lists them</source>
        <translation>unbekannte Voreinstellung „%1“; „passforge-cli presets“ listet sie auf</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for %2, not %3</source>
        <translation>die Voreinstellung „%1“ gilt für %2, nicht für %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: %2</source>
        <translation>in der Voreinstellung „%1“: %2</translation>
    </message>
    <message>
        <source>--rules and --site cannot be combined</source>
        <translation>--rules und --site lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>%1 replaces the class options; leave out --%2</source>
        <translation>%1 ersetzt die Klassenoptionen; lassen Sie --%2 weg</translation>
    </message>
    <message>
        <source>no rules are known for the site &apos;%1&apos;; give them with --rules</source>
        <translation>für die Website „%1“ sind keine Regeln bekannt; geben Sie sie mit --rules an</translation>
    </message>
    <message>
        <source>Follow a site&apos;s password rules, in Apple&apos;s password-rules language (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); replaces the class options.</source>
        <translation>Den Passwortregeln einer Website folgen, in der Passwortregel-Sprache von Apple („minlength: 8; required: digit; max-consecutive: 2“); ersetzt die Klassenoptionen.</translation>
    </message>
    <message>
        <source>RULES</source>
        <comment>value name in --help: password rules</comment>
        <translation>RULES</translation>
    </message>
    <message>
        <source>Follow the known rules of a website (&apos;passforge-cli sites&apos; lists them); replaces the class options.</source>
        <translation>Den bekannten Regeln einer Website folgen („passforge-cli sites“ listet sie auf); ersetzt die Klassenoptionen.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>value name in --help: a website&apos;s domain</comment>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2 for these rules, not %3</source>
        <translation>--length muss für diese Regeln von %1 bis %2 reichen, nicht %3</translation>
    </message>
    <message>
        <source>the rules admit no length: minlength %1, maxlength %2, and Passforge makes %3 to %4 characters</source>
        <translation>die Regeln lassen keine Länge zu: minlength %1, maxlength %2, und Passforge erzeugt %3 bis %4 Zeichen</translation>
    </message>
    <message>
        <source>the rules require one of &apos;%1&apos;, and none of them can be drawn (the space never is; --exclude and --no-lookalikes remove the rest)</source>
        <translation>die Regeln verlangen eines der Zeichen „%1“, und keines davon kann gezogen werden (das Leerzeichen nie; --exclude und --no-lookalikes entfernen den Rest)</translation>
    </message>
    <message>
        <source>no password of %1 characters meets the rules: %2</source>
        <translation>kein Passwort aus %1 Zeichen erfüllt die Regeln: %2</translation>
    </message>
    <message>
        <source>the rules have more than %1 different required sets</source>
        <translation>die Regeln haben mehr als %1 verschiedene required-Mengen</translation>
    </message>
    <message>
        <source>The websites whose password rules &apos;password --site&apos; knows, with their rules (Apple&apos;s password-manager-resources, %1): one per line, the domain, a tab, the rules.</source>
        <translation>Die Websites, deren Passwortregeln „password --site“ kennt, mit ihren Regeln (password-manager-resources von Apple, %1): eine pro Zeile, die Domäne, ein Tabulator, die Regeln.</translation>
    </message>
    <message>
        <source>One JSON object per line, with domain and rules.</source>
        <translation>Ein JSON-Objekt pro Zeile, mit domain und rules.</translation>
    </message>
    <message>
        <source>The presets that --preset can name, built-in ones first: one per line, the name, a tab, the command, a tab, its options. Your own presets are in %1.</source>
        <translation>Die Voreinstellungen, die --preset nennen kann, eingebaute zuerst: eine pro Zeile, der Name, ein Tabulator, der Befehl, ein Tabulator, ihre Optionen. Ihre eigenen Voreinstellungen stehen in %1.</translation>
    </message>
    <message>
        <source>Print the value as a QR code of text half blocks, for a terminal with light text on a dark background, and nothing else.</source>
        <translation>Den Wert als QR-Code aus Halbblock-Zeichen ausgeben, für ein Terminal mit heller Schrift auf dunklem Grund, und sonst nichts.</translation>
    </message>
    <message>
        <source>Make the value the Wi-Fi text that phones scan to join the network NAME (WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.</source>
        <translation>Den Wert zum WLAN-Text machen, mit dem Telefone dem Netz NAME beitreten (WIFI:T:WPA;S:NAME;P:password;;); mit --qr dessen QR-Code.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.</source>
        <translation>Mit --wifi-ssid: wpa (WPA und WPA2, die Vorgabe) oder wpa3.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: the network is hidden.</source>
        <translation>Mit --wifi-ssid: das Netz ist verborgen.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <comment>value name in --help: a Wi-Fi security type</comment>
        <translation>SECURITY</translation>
    </message>
    <message>
        <source>--qr shows one value; it cannot be used with --count above 1</source>
        <translation>--qr zeigt einen Wert; es ist nicht mit --count über 1 verwendbar</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --json</source>
        <translation>--qr lässt sich nicht mit --json kombinieren</translation>
    </message>
    <message>
        <source>--wifi-ssid needs a network name</source>
        <translation>--wifi-ssid braucht einen Netznamen</translation>
    </message>
    <message>
        <source>unknown --wifi-security &apos;%1&apos;; use wpa or wpa3</source>
        <translation>unbekanntes --wifi-security „%1“; möglich sind wpa oder wpa3</translation>
    </message>
    <message>
        <source>--%1 needs --wifi-ssid</source>
        <translation>--%1 braucht --wifi-ssid</translation>
    </message>
    <message>
        <source>the value is %1 bytes long, too long for a QR code (at most %2)</source>
        <translation>der Wert ist %1 Bytes lang, zu lang für einen QR-Code (höchstens %2)</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --format raw, which is binary</source>
        <translation>--qr lässt sich nicht mit --format raw kombinieren, das binär ist</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess, by zxcvbn. The password is read from standard input, one line.</source>
        <translation>Wie schwer ein vorhandenes Passwort zu erraten ist, geschätzt von zxcvbn. Das Passwort wird als eine Zeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>One JSON object with guesses_log10, score, crack_seconds, warning and suggestions.</source>
        <translation>Ein JSON-Objekt mit guesses_log10, score, crack_seconds, warning und suggestions.</translation>
    </message>
    <message>
        <source>check takes no password argument: it reads the password from standard input, so that it stays out of the process list and shell history</source>
        <translation>check nimmt kein Passwort als Argument: es liest das Passwort von der Standardeingabe, damit es nicht in der Prozessliste und im Shell-Verlauf erscheint</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>Zu prüfendes Passwort: </translation>
    </message>
    <message>
        <source>standard input is empty; give check the password on it</source>
        <translation>die Standardeingabe ist leer; übergeben Sie check das Passwort über die Standardeingabe</translation>
    </message>
    <message>
        <source>standard input holds more than one line; check reads one password</source>
        <translation>die Standardeingabe enthält mehr als eine Zeile; check liest ein einziges Passwort</translation>
    </message>
    <message>
        <source>the password on standard input contains a NUL byte</source>
        <translation>das Passwort in der Standardeingabe enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>das Passwort in der Standardeingabe ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an hour, %5 online at 10 a second, %6 offline against a slow hash, %7 offline against a fast hash.</source>
        <translation>Bewertung %1 von 4 (%2): etwa %3 Rateversuche. Zeit bis zum Erraten: %4 online bei 100 Versuchen pro Stunde, %5 online bei 10 pro Sekunde, %6 offline gegen einen langsamen Hash, %7 offline gegen einen schnellen Hash.</translation>
    </message>
    <message>
        <source>It contains %1.</source>
        <translation>Es enthält %1.</translation>
    </message>
    <message>
        <source>Usage: passforge-cli COMMAND [OPTIONS]
Passwords, tokens, numbers and fair draws from the operating system&apos;s random source.

Commands:
  password   random passwords from character classes
  passphrase random words, like correct-horse-battery-staple
  token      API tokens: hex, urlsafe, base64, base32, uuid or raw bytes
  number     uniform integers in an inclusive range
  pick       draw winners from a list, one entry per line
  sites      the websites whose password rules password --site knows
  presets    the named sets of options that --preset applies
  check      how hard a password you have is to guess (read from standard input)

Options:
  -h, --help     show this help; COMMAND --help shows a command&apos;s options
  -v, --version  show the version

Exit status: 0 on success, 1 when the random source or the output fails (or pick --verify finds a difference), 2 for bad input.
</source>
        <translation>Aufruf: passforge-cli BEFEHL [OPTIONEN]
Passwörter, Tokens, Zahlen und faire Auslosungen aus der Zufallsquelle des Betriebssystems.

Befehle:
  password   zufällige Passwörter aus Zeichenklassen
  passphrase zufällige Wörter, wie correct-horse-battery-staple
  token      API-Tokens: hex, urlsafe, base64, base32, uuid oder rohe Bytes
  number     gleichverteilte ganze Zahlen aus einem Bereich, Grenzen eingeschlossen
  pick       Gewinner aus einer Liste ziehen, ein Eintrag pro Zeile
  sites      die Websites, deren Passwortregeln password --site kennt
  presets    die benannten Optionssätze, die --preset anwendet
  check      wie schwer ein vorhandenes Passwort zu erraten ist (von der Standardeingabe gelesen)

Optionen:
  -h, --help     diese Hilfe anzeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version  die Version anzeigen

Exit-Status: 0 bei Erfolg, 1 wenn die Zufallsquelle oder die Ausgabe versagt (oder pick --verify einen Unterschied findet), 2 bei ungültiger Eingabe.
</translation>
    </message>
    <message>
        <source>--wifi-ssid &apos;%1&apos; is %2 bytes long; a network name has at most %3</source>
        <translation>--wifi-ssid „%1“ ist %2 Bytes lang; ein Netzname hat höchstens %3</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <comment>a built-in list in --help: its code and size</comment>
        <translation>%1 (%2 Wörter)</translation>
    </message>
    <message>
        <source>Passphrases of random words from a built-in list (English by default: %1 words, %2 bits each) or your own.</source>
        <translation>Passphrasen aus zufälligen Wörtern einer eingebauten Liste (Vorgabe: Englisch, %1 Wörter, je %2 Bits) oder einer eigenen.</translation>
    </message>
    <message>
        <source>A built-in list, by language: %1. The default is en, whatever the locale, so that scripts stay the same.</source>
        <translation>Eine eingebaute Liste, nach Sprache: %1. Vorgabe ist en, unabhängig von der Spracheinstellung, damit sich Skripte überall gleich verhalten.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>value name in --help: a language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown --list &apos;%1&apos;; the built-in lists are %2</source>
        <translation>unbekanntes --list „%1“; die eingebauten Listen sind %2</translation>
    </message>
    <message>
        <source>--list and --wordlist exclude each other: a wordlist file replaces the built-in list</source>
        <translation>--list und --wordlist schließen einander aus: Eine Wortlistendatei ersetzt die eingebaute Liste</translation>
    </message>
    <message>
        <source>Give each gap its own separator, drawn from these characters (2 to %1 distinct; adds log2 of their number a gap).</source>
        <translation>Jeder Lücke ein eigenes Trennzeichen geben, gezogen aus diesen Zeichen (2 bis %1 verschiedene; bringt je Lücke log2 ihrer Anzahl).</translation>
    </message>
    <message>
        <source>lower (default), upper, each (each word capitalised; also title), one (one random word capitalised) or random (each word capitalised or not, at random: a bit a word).</source>
        <translation>lower (Vorgabe), upper, each (jedes Wort großgeschrieben; auch title), one (ein zufälliges Wort großgeschrieben) oder random (jedes Wort zufällig großgeschrieben oder nicht: ein Bit pro Wort).</translation>
    </message>
    <message>
        <source>CASE</source>
        <comment>value name in --help: lower, upper, each, one or random</comment>
        <translation>CASE</translation>
    </message>
    <message>
        <source>Append a random symbol (one of %1) to one random word.</source>
        <translation>Ein zufälliges Sonderzeichen (eines von %1) an ein zufälliges Wort anhängen.</translation>
    </message>
    <message>
        <source>--separator and --separator-from exclude each other</source>
        <translation>--separator und --separator-from schließen einander aus</translation>
    </message>
    <message>
        <source>--separator-from &apos;%1&apos; must hold 2 to %2 distinct characters, none a lone combining mark or a control character</source>
        <translation>--separator-from „%1“ muss 2 bis %2 verschiedene Zeichen enthalten, keines davon ein einzelnes kombinierendes Zeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>unknown --case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>unbekanntes --case „%1“; möglich sind lower, upper, each, one oder random</translation>
    </message>
    <message>
        <source>warning: in this case two words of the wordlist look the same (such as straße and strasse, both STRASSE), so entropy_bits is an upper bound</source>
        <translation>Warnung: In dieser Schreibweise sehen zwei Wörter der Wortliste gleich aus (etwa straße und strasse, beide STRASSE), daher ist entropy_bits nur eine Obergrenze</translation>
    </message>
    <message>
        <source>Easy to say: syllables of the letters %1, %2 and %3 (see the manual), uniform among every string of the length; takes --length (%4 to %5), --min-upper 0 or 1 and --min-digits 0 or 1.</source>
        <translation>Leicht aussprechbar: Silben aus den Buchstaben %1, %2 und %3 (siehe Handbuch), gleichverteilt über alle Zeichenfolgen dieser Länge; akzeptiert --length (%4 bis %5), --min-upper 0 oder 1 und --min-digits 0 oder 1.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --pronounceable, whose letters the grammar fixes</source>
        <translation>--%1 gilt nicht für --pronounceable, bei dem die Grammatik die Buchstaben festlegt</translation>
    </message>
    <message>
        <source>unknown shell &apos;%1&apos; for --completions; use bash, zsh or fish</source>
        <translation>unbekannte Shell „%1“ für --completions; bash, zsh oder fish verwenden</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message>
        <source>Time left before the clipboard is cleared</source>
        <translation>Verbleibende Zeit, bis die Zwischenablage geleert wird</translation>
    </message>
    <message>
        <source>Copied; the clipboard keeps it until you clear it</source>
        <translation>Kopiert; die Zwischenablage behält es, bis Sie sie leeren</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard as plain text</source>
        <translation>Als reiner Text in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message>
        <source>This desktop lets Passforge clear the clipboard only while its window has focus, and not once another program has taken the value over: the value may stay after the countdown. Use Clear now before you switch away.</source>
        <translation>Auf diesem Desktop kann Passforge die Zwischenablage nur leeren, solange sein Fenster den Fokus hat, und nicht mehr, sobald ein anderes Programm den Wert übernommen hat: Der Wert kann also nach Ablauf des Countdowns in der Zwischenablage bleiben. Verwenden Sie „Jetzt leeren“, bevor Sie das Fenster wechseln.</translation>
    </message>
</context>
<context>
    <name>DrawRecord</name>
    <message>
        <source>Passforge draw record</source>
        <translation>Passforge-Ziehungsprotokoll</translation>
    </message>
    <message>
        <source>Passforge shuffle record</source>
        <translation>Passforge-Mischprotokoll</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (a name on several lines has one ticket per line)</source>
        <translation>Lose: %1 (ein Name auf mehreren Zeilen hat ein Los pro Zeile)</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 der Liste: %1</translation>
    </message>
    <message>
        <source>Winners, in draw order:</source>
        <translation>Gewinner, in Ziehungsreihenfolge:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <comment>heading of the list in shuffled order</comment>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Draw %1 of this session</source>
        <translation>Ziehung %1 dieser Sitzung</translation>
    </message>
    <message>
        <source>Shuffle %1 of this session</source>
        <translation>Mischvorgang %1 dieser Sitzung</translation>
    </message>
    <message>
        <source>Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed</source>
        <translation>Ändert Ziehung %1: %2 ersetzt durch %3, den nächsten aus demselben Seed gezogenen Gewinner</translation>
    </message>
    <message>
        <source>Duplicates: %1, removed: one ticket per entry</source>
        <translation>Duplikate: %1, entfernt: ein Los pro Eintrag</translation>
    </message>
    <message>
        <source>Drawn with: %1</source>
        <comment>the name of the draw algorithm</comment>
        <translation>Gezogen mit: %1</translation>
    </message>
    <message>
        <source>Public random value: %1</source>
        <translation>Öffentlicher Zufallswert: %1</translation>
    </message>
    <message>
        <source>Seed: %1 (SHA-256 of the public random value)</source>
        <translation>Seed: %1 (SHA-256-Hash des öffentlichen Zufallswerts)</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <source>To check it, save this line as a file and run passforge-cli pick --verify FILE LIST, or docs/verify-draw.py FILE LIST:</source>
        <translation>Speichern Sie zum Prüfen diese Zeile als Datei und führen Sie passforge-cli pick --verify DATEI LISTE oder docs/verify-draw.py DATEI LISTE aus:</translation>
    </message>
</context>
<context>
    <name>GenerateManyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alle &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Generate Many</source>
        <translation>Mehrere Werte erzeugen</translation>
    </message>
    <message>
        <source>The tab&apos;s options, as passforge-cli takes them</source>
        <translation>Die Optionen des Reiters, wie passforge-cli sie annimmt</translation>
    </message>
    <message>
        <source>A saved file holds these secrets as plain text: keep it safe, and delete it when it has served.</source>
        <translation>Eine gespeicherte Datei enthält diese Geheimnisse als reinen Text: Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie ihren Zweck erfüllt hat.</translation>
    </message>
    <message>
        <source>Copy every value, one per line, to the clipboard, which clears itself after a while</source>
        <translation>Alle Werte, einen pro Zeile, in die Zwischenablage kopieren, die sich nach einer Weile selbst leert</translation>
    </message>
    <message>
        <source>Save every value, one per line, to a file only you can read</source>
        <translation>Alle Werte, einen pro Zeile, in einer Datei speichern, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>&amp;How many (%1–%2):</source>
        <translation>&amp;Anzahl (%1–%2):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Cancelled; no values were kept.</source>
        <translation>Abgebrochen; es wurden keine Werte behalten.</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>Die Zufallsquelle des Systems hat versagt: %1</translation>
    </message>
    <message>
        <source>%1 values are ready to copy or save.</source>
        <translation>%1 Werte sind bereit zum Kopieren oder Speichern.</translation>
    </message>
    <message>
        <source>%1 values copied; the clipboard clears itself after a while.</source>
        <translation>%1 Werte kopiert; die Zwischenablage leert sich nach einer Weile selbst.</translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation>Werte speichern</translation>
    </message>
    <message>
        <source>%1 values saved to %2, readable only by you.</source>
        <translation>%1 Werte in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Die Werte konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>GeneratorPage</name>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Make a new value with the same options (Ctrl+R, F5)</source>
        <translation>Einen neuen Wert mit denselben Optionen erzeugen (Strg+R, F5)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>In die Zwischenablage kopieren, die sich nach einer Weile selbst leert</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Wert verbergen</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>Die Zufallsquelle des Systems hat versagt: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard as plain text, which stays there</source>
        <translation>Als reinen Text in die Zwischenablage kopieren; er bleibt dort</translation>
    </message>
    <message>
        <source>More: a QR code, many values at once</source>
        <translation>Mehr: ein QR-Code, viele Werte auf einmal</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>Alle &amp;löschen</translation>
    </message>
    <message>
        <source>History of This Session</source>
        <translation>Verlauf dieser Sitzung</translation>
    </message>
    <message>
        <source>Values of this session</source>
        <translation>Werte dieser Sitzung</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens you make or copy are kept here until you quit, in memory only; nothing here is ever saved.</source>
        <translation>Die letzten %1 Passwörter, Passphrasen und Tokens, die Sie erzeugen oder kopieren, bleiben hier bis zum Beenden erhalten, nur im Arbeitsspeicher; nichts davon wird je gespeichert.</translation>
    </message>
    <message>
        <source>No history is kept: turn on “Keep a history of this session&apos;s values” in Preferences.</source>
        <translation>Es wird kein Verlauf geführt: Schalten Sie in den Einstellungen „Verlauf der Werte dieser Sitzung führen“ ein.</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>In die Zwischenablage kopieren, die sich nach einer Weile selbst leert</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>Verborgener Wert</translation>
    </message>
    <message>
        <source>%1, copied</source>
        <translation>%1, kopiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Passforge</source>
        <translation>Passforge</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Passph&amp;rase</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>Zu&amp;fallszahl</translation>
    </message>
    <message>
        <source>Pick a &amp;winner</source>
        <translation>&amp;Gewinner ziehen</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation>Jetzt &amp;leeren</translation>
    </message>
    <message>
        <source>Take the copied value off the clipboard now</source>
        <translation>Den kopierten Wert jetzt aus der Zwischenablage entfernen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Passforge</source>
        <translation>Ü&amp;ber Passforge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Passforge</source>
        <translation>Über Passforge</translation>
    </message>
    <message>
        <source>Make a new value with the same options</source>
        <translation>Einen neuen Wert mit denselben Optionen erzeugen</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Den Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open list…</source>
        <translation>Liste &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Verify a draw record…</source>
        <translation>Ziehungsprotokoll &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check a saved draw record against its list</source>
        <translation>Ein gespeichertes Ziehungsprotokoll mit seiner Liste abgleichen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>This session&apos;s passwords, passphrases and tokens</source>
        <translation>Die Passwörter, Passphrasen und Tokens dieser Sitzung</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Als &amp;QR-Code anzeigen…</translation>
    </message>
    <message>
        <source>Show the value as a QR code for a phone to read</source>
        <translation>Den Wert als QR-Code anzeigen, den ein Telefon lesen kann</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi QR code…</source>
        <translation>&amp;WLAN-QR-Code…</translation>
    </message>
    <message>
        <source>A QR code that joins phones to a network with this password</source>
        <translation>Ein QR-Code, mit dem Telefone einem Netz mit diesem Passwort beitreten</translation>
    </message>
    <message>
        <source>Generate &amp;many…</source>
        <translation>&amp;Mehrere erzeugen…</translation>
    </message>
    <message>
        <source>Many values of these options, to copy or save</source>
        <translation>Viele Werte mit diesen Optionen, zum Kopieren oder Speichern</translation>
    </message>
    <message>
        <source>Chec&amp;k a password…</source>
        <translation>Passwort &amp;prüfen…</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess</source>
        <translation>Wie schwer ein vorhandenes Passwort zu erraten ist</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwords, passphrases, tokens, random numbers and fair draws from the operating system&apos;s random source, in five tabs: Password, Passphrase, Token, Number and Pick a winner. Nothing you generate is saved.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Credits: the built-in wordlists are made from EFF&apos;s large wordlist (English), dys2p&apos;s German list, the French list made for Tails, victordargallo&apos;s Spanish and Italian lists and drebs&apos;s Brazilian Portuguese list, screened with the LDNOOBW lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike names are found with ICU&apos;s confusable data; the window is built with Qt.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwörter, Passphrasen, Tokens, Zufallszahlen und faire Auslosungen aus der Zufallsquelle des Betriebssystems, in fünf Reitern: Passwort, Passphrase, Token, Zufallszahl und Gewinner ziehen. Nichts, was Sie erzeugen, wird gespeichert.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Dank: Die eingebauten Wortlisten stammen aus der großen Wortliste der EFF (Englisch), der deutschen Liste von dys2p, der für Tails erstellten französischen Liste, den spanischen und italienischen Listen von victordargallo und der brasilianisch-portugiesischen Liste von drebs, geprüft mit den LDNOOBW-Listen; Stärkeschätzungen stammen von zxcvbn-c, QR-Codes von qrcodegen; verwechselbare Namen werden mit den Confusable-Daten von ICU erkannt; das Fenster ist mit Qt gebaut.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message>
        <source>&amp;Distinct: no value twice</source>
        <translation>&amp;Ohne Wiederholung: kein Wert doppelt</translation>
    </message>
    <message>
        <source>Generated numbers</source>
        <translation>Erzeugte Zahlen</translation>
    </message>
    <message>
        <source>Any whole number from %1 to %2</source>
        <translation>Jede ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Eine ganze Zahl</translation>
    </message>
    <message>
        <source>Minimum, included</source>
        <translation>Minimum, eingeschlossen</translation>
    </message>
    <message>
        <source>Maximum, included</source>
        <translation>Maximum, eingeschlossen</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>M&amp;aximum:</translation>
    </message>
    <message>
        <source>How many numbers</source>
        <translation>Wie viele Zahlen</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <source>Enter a whole number as the minimum.</source>
        <translation>Geben Sie als Minimum eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a whole number as the maximum.</source>
        <translation>Geben Sie als Maximum eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>Das Minimum %1 liegt über dem Maximum %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 there are fewer than %3 different values, so they cannot all be distinct.</source>
        <translation>Von %1 bis %2 gibt es weniger als %3 verschiedene Werte, daher können nicht alle verschieden sein.</translation>
    </message>
    <message>
        <source>Distinct draws are limited to %L1 values.</source>
        <translation>Ziehungen ohne Wiederholung sind auf %L1 Werte begrenzt.</translation>
    </message>
    <message>
        <source>one of %1 values (%2 bits)</source>
        <comment>a number drawn from a range</comment>
        <translation>einer von %1 Werten (%2 Bits)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln verschiedener Wert aus %1 (%2 Bits insgesamt)</numerusform>
            <numerusform>%Ln verschiedene Werte aus %1 (%2 Bits insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln Wert, einer von %1 (%2 Bits insgesamt)</numerusform>
            <numerusform>%Ln Werte, jeweils einer von %1 (%2 Bits insgesamt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the range is equally likely. A number is not treated as a secret: a copy is plain text and stays on the clipboard.</source>
        <translation>Jeder Wert im Bereich ist gleich wahrscheinlich. Eine Zahl gilt nicht als Geheimnis: Eine Kopie ist reiner Text und bleibt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>The minimum must be %1.</source>
        <translation>Das Minimum muss %1 liegen.</translation>
    </message>
    <message>
        <source>The maximum must be %1.</source>
        <translation>Das Maximum muss %1 liegen.</translation>
    </message>
    <message>
        <source>The count must be from %1 to %2.</source>
        <translation>Die Anzahl muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Enter both bounds as whole numbers first.</source>
        <translation>Geben Sie zuerst beide Grenzen als ganze Zahlen ein.</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <source>Add a random di&amp;git</source>
        <translation>Zufällige &amp;Ziffer anhängen</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Erzeugte Passphrase</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Anzahl der Wörter</translation>
    </message>
    <message>
        <source>Wor&amp;ds:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <source>None: the words run together</source>
        <translation>Keins: die Wörter stehen direkt hintereinander</translation>
    </message>
    <message>
        <source>Separator between words</source>
        <translation>Trennzeichen zwischen den Wörtern</translation>
    </message>
    <message>
        <source>Goes between the words; it may be empty, and it adds no entropy</source>
        <translation>Steht zwischen den Wörtern; es darf leer sein und bringt keine Entropie</translation>
    </message>
    <message>
        <source>Separat&amp;or:</source>
        <translation>Trennzei&amp;chen:</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Groß- und Kleinschreibung</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>kleinbuchstaben</translation>
    </message>
    <message>
        <source>UPPERCASE</source>
        <translation>GROSSBUCHSTABEN</translation>
    </message>
    <message>
        <source>One random word capitalised</source>
        <translation>Ein zufälliges Wort großgeschrieben</translation>
    </message>
    <message>
        <source>Which word is capitalised is random too, and counts as entropy</source>
        <translation>Welches Wort großgeschrieben wird, ist ebenfalls zufällig und zählt als Entropie</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Schreibweise:</translation>
    </message>
    <message>
        <source>Add a random digit</source>
        <translation>Zufällige Ziffer anhängen</translation>
    </message>
    <message>
        <source>Appends a random digit 0–9 to one random word, for sites that insist on a digit</source>
        <translation>Hängt eine zufällige Ziffer 0–9 an ein zufälliges Wort an, für Websites, die auf einer Ziffer bestehen</translation>
    </message>
    <message>
        <source>Word&amp;list:</source>
        <translation>Wort&amp;liste:</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>an upper bound on the entropy, such as “77.5 bits — strong”</comment>
        <translation>höchstens %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln Wort × %2 Bits (Liste mit %3 Wörtern)</numerusform>
            <numerusform>%1 · %Ln Wörter × %2 Bits (Liste mit %3 Wörtern)</numerusform>
        </translation>
    </message>
    <message>
        <source>capital</source>
        <comment>bits for which word is capitalised</comment>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>digit</source>
        <comment>bits for where the digit goes and which digit it is</comment>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>%1 + %2 bits (%3)</source>
        <comment>the entropy line, then bits for the capital or digit</comment>
        <translation>%1 + %2 Bits (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%Ln Wort, gezogen aus %1: %Ln × log2(%1) = %2 Bits.</numerusform>
            <numerusform>%Ln Wörter, jedes gezogen aus %1: %Ln × log2(%1) = %2 Bits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.</source>
        <translation>Welches Wort die Ziffer bekommt und welche Ziffer: log2(10 × %1) = %2 Bits.</translation>
    </message>
    <message>
        <source>A passphrase needs from %1 to %2 words.</source>
        <translation>Eine Passphrase braucht %1 bis %2 Wörter.</translation>
    </message>
    <message>
        <source>The separator has a character that cannot stand alone, such as a lone accent or an invisible control character.</source>
        <translation>Das Trennzeichen enthält ein Zeichen, das nicht allein stehen kann, etwa einen einzelnen Akzent oder ein unsichtbares Steuerzeichen.</translation>
    </message>
    <message>
        <source>The wordlist has fewer than %1 words.</source>
        <translation>Die Wortliste hat weniger als %1 Wörter.</translation>
    </message>
    <message>
        <source>Some words of this list contain digits, so the added digit may be read as part of a word, and a passphrase as more than one choice of words: the entropy shown is an upper bound. Without the added digit it is exact.</source>
        <translation>Manche Wörter dieser Liste enthalten Ziffern. Die angehängte Ziffer lässt sich daher womöglich als Teil eines Wortes lesen und eine Passphrase als mehr als eine Wortfolge: Die angezeigte Entropie ist eine Obergrenze. Ohne die angehängte Ziffer ist sie exakt.</translation>
    </message>
    <message>
        <source>Some words of this list begin with other words, and the separator does not keep the words apart, so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. A one-character separator that appears in no word makes it exact.</source>
        <translation>Manche Wörter dieser Liste beginnen mit anderen Wörtern, und das Trennzeichen hält die Wörter nicht auseinander. Eine Passphrase lässt sich daher womöglich als mehr als eine Wortfolge lesen: Die angezeigte Entropie ist eine Obergrenze. Ein einzelnes Trennzeichen, das in keinem Wort vorkommt, macht sie exakt.</translation>
    </message>
    <message>
        <source>Each Word Capitalised</source>
        <translation>Jedes Wort Großgeschrieben</translation>
    </message>
    <message>
        <source>Random: each word capitalised or not</source>
        <translation>Zufällig: jedes Wort großgeschrieben oder nicht</translation>
    </message>
    <message>
        <source>A coin for each word decides its capital: one bit a word, for words that have a capital</source>
        <translation>Ein Münzwurf je Wort entscheidet über seine Großschreibung: ein Bit pro Wort, das sich großschreiben lässt</translation>
    </message>
    <message>
        <source>Mi&amp;x separators:</source>
        <translation>Trennzeichen &amp;mischen:</translation>
    </message>
    <message>
        <source>Off; or characters to draw each gap&apos;s from</source>
        <translation>Aus; oder Zeichen, aus denen jedes Trennzeichen gezogen wird</translation>
    </message>
    <message>
        <source>Characters to draw each separator from</source>
        <translation>Zeichen, aus denen jedes Trennzeichen gezogen wird</translation>
    </message>
    <message>
        <source>Each gap between words gets its own separator, drawn from these characters (2 to %1, all different), in place of the one above; each gap adds log2 of their number</source>
        <translation>Jede Lücke zwischen den Wörtern bekommt ein eigenes Trennzeichen, gezogen aus diesen Zeichen (2 bis %1, alle verschieden), anstelle des Trennzeichens darüber; jede Lücke bringt log2 ihrer Anzahl</translation>
    </message>
    <message>
        <source>Add a random s&amp;ymbol</source>
        <translation>Zufälliges S&amp;onderzeichen anhängen</translation>
    </message>
    <message>
        <source>Add a random symbol</source>
        <translation>Zufälliges Sonderzeichen anhängen</translation>
    </message>
    <message>
        <source>Appends a random symbol (one of %1) to one random word, for sites that insist on a symbol</source>
        <translation>Hängt ein zufälliges Sonderzeichen (eines von %1) an ein zufälliges Wort an, für Websites, die auf einem Sonderzeichen bestehen</translation>
    </message>
    <message>
        <source>case</source>
        <comment>bits for each word&apos;s random capital</comment>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>separators</source>
        <comment>bits for each gap&apos;s separator</comment>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>symbol</source>
        <comment>bits for where the symbol goes and which symbol it is</comment>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the sources of extra bits</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Which word is capitalised: %1 bits (log2(%2) when every word has a capital).</source>
        <translation>Welches Wort großgeschrieben wird: %1 Bits (log2(%2), wenn sich jedes Wort großschreiben lässt).</translation>
    </message>
    <message>
        <source>Whether each word is capitalised: %1 bits (a bit for each word that has a capital).</source>
        <translation>Großschreibung jedes einzelnen Wortes: %1 Bits (ein Bit für jedes Wort, das sich großschreiben lässt).</translation>
    </message>
    <message>
        <source>Each gap&apos;s separator, from %1: %2 bits.</source>
        <translation>Das Trennzeichen jeder Lücke, gezogen aus %1: %2 Bits.</translation>
    </message>
    <message>
        <source>Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.</source>
        <translation>Welches Wort das Sonderzeichen bekommt und welches Sonderzeichen: log2(%1 × %2) = %3 Bits.</translation>
    </message>
    <message>
        <source>Mixed separators need 2 to %1 different characters, none a lone accent or an invisible control character.</source>
        <translation>Gemischte Trennzeichen brauchen 2 bis %1 verschiedene Zeichen, keines davon ein einzelner Akzent oder ein unsichtbares Steuerzeichen.</translation>
    </message>
    <message>
        <source>Some words of this list contain symbols, so the added symbol may be read as part of a word: the entropy shown is an upper bound. Without the added symbol it is exact.</source>
        <translation>Manche Wörter dieser Liste enthalten Sonderzeichen. Das angehängte Sonderzeichen lässt sich daher womöglich als Teil eines Wortes lesen: Die angezeigte Entropie ist eine Obergrenze. Ohne das angehängte Sonderzeichen ist sie exakt.</translation>
    </message>
    <message>
        <source>In this case two words of the list look the same (such as straße and strasse, both STRASSE), so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. Lowercase keeps it exact.</source>
        <translation>In dieser Schreibweise sehen zwei Wörter der Liste gleich aus (etwa straße und strasse, beide STRASSE). Eine Passphrase lässt sich daher womöglich als mehr als eine Wortfolge lesen: Die angezeigte Entropie ist eine Obergrenze. In Kleinbuchstaben bleibt sie exakt.</translation>
    </message>
</context>
<context>
    <name>PasswordCheckDialog</name>
    <message>
        <source>Check a Password</source>
        <translation>Passwort prüfen</translation>
    </message>
    <message>
        <source>A password you use or want to use</source>
        <translation>Ein Passwort, das Sie verwenden oder verwenden möchten</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Zu prüfendes Passwort</translation>
    </message>
    <message>
        <source>zxcvbn estimates how many guesses an attacker who tries common passwords, words, names, dates and keyboard patterns first would need. What you type stays in this window and is never saved.</source>
        <translation>zxcvbn schätzt, wie viele Versuche ein Angreifer bräuchte, der zuerst gängige Passwörter, Wörter, Namen, Datumsangaben und Tastaturmuster ausprobiert. Was Sie eingeben, bleibt in diesem Fenster und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Rateversuche:</translation>
    </message>
    <message>
        <source>Online, 100 guesses an hour:</source>
        <translation>Online, 100 Versuche pro Stunde:</translation>
    </message>
    <message>
        <source>Online, 10 guesses a second:</source>
        <translation>Online, 10 Versuche pro Sekunde:</translation>
    </message>
    <message>
        <source>Offline, slow hash (10^4 a second):</source>
        <translation>Offline, langsamer Hash (10^4 pro Sekunde):</translation>
    </message>
    <message>
        <source>Offline, fast hash (10^10 a second):</source>
        <translation>Offline, schneller Hash (10^10 pro Sekunde):</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Type a password to see its estimate.</source>
        <translation>Geben Sie ein Passwort ein, um seine Einschätzung zu sehen.</translation>
    </message>
    <message>
        <source>%1 of 4: %2</source>
        <translation>%1 von 4: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>nothing zxcvbn knows</source>
        <translation>nichts, was zxcvbn kennt</translation>
    </message>
    <message>
        <source>This password is longer than %1 bytes, the most zxcvbn checks.</source>
        <translation>Dieses Passwort ist länger als %1 Bytes; zxcvbn prüft höchstens so viele.</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Generated password</source>
        <translation>Erzeugtes Passwort</translation>
    </message>
    <message>
        <source>A–Z</source>
        <comment>character class: capital letters</comment>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>a–z</source>
        <comment>character class: small letters</comment>
        <translation>a–z</translation>
    </message>
    <message>
        <source>0–9</source>
        <comment>character class: digits</comment>
        <translation>0–9</translation>
    </message>
    <message>
        <source>symbols</source>
        <comment>character class: punctuation</comment>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>Länge in Zeichen</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;A–Z</source>
        <translation>&amp;A–Z</translation>
    </message>
    <message>
        <source>a–&amp;z</source>
        <translation>a–&amp;z</translation>
    </message>
    <message>
        <source>&amp;0–9</source>
        <translation>&amp;0–9</translation>
    </message>
    <message>
        <source>Sym&amp;bols</source>
        <translation>&amp;Sonderzeichen</translation>
    </message>
    <message>
        <source>&amp;Minimum A–Z:</source>
        <translation>&amp;Mindestens A–Z:</translation>
    </message>
    <message>
        <source>M&amp;inimum a–z:</source>
        <translation>M&amp;indestens a–z:</translation>
    </message>
    <message>
        <source>Minimum 0–&amp;9:</source>
        <translation>Mindestens 0–&amp;9:</translation>
    </message>
    <message>
        <source>Minimum s&amp;ymbols:</source>
        <translation>Mindestens Sonderzei&amp;chen:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Minimum number of %1</source>
        <translation>Mindestanzahl %1</translation>
    </message>
    <message>
        <source>Extra characters, such as é ß € §</source>
        <translation>Weitere Zeichen, etwa é ß € §</translation>
    </message>
    <message>
        <source>Also use these characters</source>
        <translation>Zusätzlich diese Zeichen verwenden</translation>
    </message>
    <message>
        <source>Also &amp;use:</source>
        <translation>Zusätzlich &amp;verwenden:</translation>
    </message>
    <message>
        <source>Characters never to use</source>
        <translation>Zeichen, die nie vorkommen sollen</translation>
    </message>
    <message>
        <source>Exclude these characters</source>
        <translation>Diese Zeichen ausschließen</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>A&amp;usschließen:</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters</source>
        <translation>Ver&amp;wechselbare Zeichen vermeiden</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>Lässt %1 weg</translation>
    </message>
    <message>
        <source>Avoid look-alike characters</source>
        <translation>Verwechselbare Zeichen vermeiden</translation>
    </message>
    <message>
        <source>A&amp;dvanced: minimum per kind</source>
        <translation>&amp;Erweitert: Mindestanzahl je Zeichenart</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Erweiterte Optionen anzeigen</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <source>The length must be from %1 to %2.</source>
        <translation>Die Länge muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character, or add characters under “Also use”.</source>
        <translation>Wählen Sie mindestens eine Zeichenart oder fügen Sie unter „Zusätzlich verwenden“ Zeichen hinzu.</translation>
    </message>
    <message>
        <source>The excluded characters leave nothing to choose from. Exclude fewer, or add characters under “Also use”.</source>
        <translation>Nach dem Ausschließen bleibt nichts zur Auswahl. Schließen Sie weniger aus oder fügen Sie unter „Zusätzlich verwenden“ Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Every character of %1 is excluded, but its minimum is %2.</source>
        <translation>Alle Zeichen aus %1 sind ausgeschlossen, aber das Minimum dafür ist %2.</translation>
    </message>
    <message>
        <source>The minimums add up to %1, more than the length of %2. Lower a minimum or make the password longer.</source>
        <translation>Die Mindestwerte ergeben zusammen %1, mehr als die Länge von %2. Senken Sie ein Minimum oder verlängern Sie das Passwort.</translation>
    </message>
    <message>
        <source>“Also use” has a character that cannot stand alone, such as a lone accent or an invisible character.</source>
        <translation>„Zusätzlich verwenden“ enthält ein Zeichen, das nicht allein stehen kann, etwa einen einzelnen Akzent oder ein unsichtbares Zeichen.</translation>
    </message>
    <message>
        <source>“Also use” has %1 characters; at most %2 are allowed.</source>
        <translation>„Zusätzlich verwenden“ enthält %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>At least one of each &amp;kind</source>
        <translation>Mindestens eines v&amp;on jeder Art</translation>
    </message>
    <message>
        <source>Every password has at least one character of each kind chosen. Each such password is equally likely, and the entropy counts only those.</source>
        <translation>Jedes Passwort enthält mindestens ein Zeichen jeder gewählten Art. Jedes solche Passwort ist gleich wahrscheinlich, und die Entropie zählt nur diese.</translation>
    </message>
    <message>
        <source>At least one of each kind</source>
        <translation>Mindestens eines von jeder Art</translation>
    </message>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>Ein Passwort aus %Ln Zeichen kann nicht je ein Zeichen der %1 gewählten Arten enthalten. Verlängern Sie es oder schalten Sie „Mindestens eines von jeder Art“ aus.</numerusform>
            <numerusform>Ein Passwort aus %Ln Zeichen kann nicht je ein Zeichen der %1 gewählten Arten enthalten. Verlängern Sie es oder schalten Sie „Mindestens eines von jeder Art“ aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site (d&amp;omain):</source>
        <translation>Website (Dom&amp;äne):</translation>
    </message>
    <message>
        <source>A website whose password rules are known, such as apple.com</source>
        <translation>Eine Website mit bekannten Passwortregeln, etwa apple.com</translation>
    </message>
    <message>
        <source>Follow the password rules of this website</source>
        <translation>Den Passwortregeln dieser Website folgen</translation>
    </message>
    <message>
        <source>Or a site&apos;s rules, such as: minlength: 8; required: digit; max-consecutive: 2</source>
        <translation>Oder die Regeln einer Website, etwa: minlength: 8; required: digit; max-consecutive: 2</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>Apple&apos;s password-rules language: required, allowed, max-consecutive, minlength and maxlength, with the classes upper, lower, digit, special, ascii-printable and [characters]. Rules replace the kinds of character above; the space is never used.</source>
        <translation>Passwortregel-Sprache von Apple: required, allowed, max-consecutive, minlength und maxlength, mit den Klassen upper, lower, digit, special, ascii-printable und [Zeichen]. Regeln ersetzen die Zeichenarten oben; das Leerzeichen wird nie verwendet.</translation>
    </message>
    <message>
        <source>The rules have an error: %1.</source>
        <translation>Die Regeln enthalten einen Fehler: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The rules of a website in words: &quot;apple.com: 8–63 characters, at least one digit&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These rules take %1 to %2 characters.</source>
        <translation>Diese Regeln verlangen %1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>These rules admit no length: at least %1 and at most %2 characters.</source>
        <translation>Diese Regeln lassen keine Länge zu: mindestens %1 und höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The rules require one of “%1”, and none of them can be used: the space never is, and “Exclude” or “Avoid look-alike characters” remove the rest.</source>
        <translation>Die Regeln verlangen eines der Zeichen „%1“, und keines davon kann verwendet werden: das Leerzeichen nie, und „Ausschließen“ oder „Verwechselbare Zeichen vermeiden“ entfernen den Rest.</translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>Kein Passwort aus %Ln Zeichen erfüllt diese Regeln.</numerusform>
            <numerusform>Kein Passwort aus %Ln Zeichen erfüllt diese Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rules have more than %1 different “required” sets.</source>
        <translation>Diese Regeln haben mehr als %1 verschiedene „required“-Mengen.</translation>
    </message>
    <message>
        <source>Rule strin&amp;g:</source>
        <translation>Regelte&amp;xt:</translation>
    </message>
    <message>
        <source>No password rules are known for “%1”. Type them under “Rule string”, or clear “Site”.</source>
        <translation>Für „%1“ sind keine Passwortregeln bekannt. Geben Sie sie unter „Regeltext“ ein oder leeren Sie „Website“.</translation>
    </message>
    <message>
        <source>With no kind of character chosen, passforge-cli would use all four, so these options cannot be a preset: choose at least one kind.</source>
        <translation>Ohne gewählte Zeichenart würde passforge-cli alle vier verwenden, daher können diese Optionen keine Voreinstellung sein: Wählen Sie mindestens eine Zeichenart.</translation>
    </message>
    <message>
        <source>no password rules are known for the site “%1”</source>
        <translation>für die Website „%1“ sind keine Passwortregeln bekannt</translation>
    </message>
    <message>
        <source>the rules have an error: %1</source>
        <translation>die Regeln enthalten einen Fehler: %1</translation>
    </message>
    <message>
        <source>the length must be from %1 to %2 for these rules, not %3</source>
        <translation>die Länge muss für diese Regeln von %1 bis %2 reichen, nicht %3</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Passwortstil</translation>
    </message>
    <message>
        <source>Random characters</source>
        <translation>Zufällige Zeichen</translation>
    </message>
    <message>
        <source>Easy to say (syllables)</source>
        <translation>Leicht aussprechbar (Silben)</translation>
    </message>
    <message>
        <source>Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), drawn so that every password of this length is equally likely: easier to read out and type, with fewer bits a character</source>
        <translation>Silben aus einem Konsonanten (%1), einem Vokal (%2) und manchmal einem Schlusskonsonanten (%3), so gezogen, dass jedes Passwort dieser Länge gleich wahrscheinlich ist: leichter vorzulesen und einzutippen, mit weniger Bits pro Zeichen</translation>
    </message>
    <message>
        <source>Add a c&amp;apital</source>
        <translation>Einen Gr&amp;oßbuchstaben hinzufügen</translation>
    </message>
    <message>
        <source>Make one letter a capital</source>
        <translation>Einen Buchstaben großschreiben</translation>
    </message>
    <message>
        <source>One letter, at random, in upper case</source>
        <translation>Ein zufälliger Buchstabe wird großgeschrieben</translation>
    </message>
    <message>
        <source>Add a &amp;digit</source>
        <translation>Eine &amp;Ziffer hinzufügen</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>Eine Ziffer hinzufügen</translation>
    </message>
    <message>
        <source>One digit, at random, anywhere in the password</source>
        <translation>Eine zufällige Ziffer an beliebiger Stelle im Passwort</translation>
    </message>
    <message>
        <source>Easy-to-say passwords take %1 to %2 characters.</source>
        <translation>Leicht aussprechbare Passwörter müssen %1 bis %2 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>Liste &amp;öffnen…</translation>
    </message>
    <message>
        <source>Re&amp;move duplicates: one ticket per name</source>
        <translation>Duplikate &amp;entfernen: ein Los pro Name</translation>
    </message>
    <message>
        <source>Sh&amp;uffle list</source>
        <translation>Liste &amp;mischen</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy draw re&amp;cord</source>
        <translation>Pr&amp;otokoll kopieren</translation>
    </message>
    <message>
        <source>One entry per line. Paste or type the list, or drop a text file here.</source>
        <translation>Ein Eintrag pro Zeile. Fügen Sie die Liste ein, tippen Sie sie, oder ziehen Sie eine Textdatei hierher.</translation>
    </message>
    <message>
        <source>List of entries, one per line</source>
        <translation>Liste der Einträge, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Open a list from a text file</source>
        <translation>Eine Liste aus einer Textdatei öffnen</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Duplikate entfernen</translation>
    </message>
    <message>
        <source>Otherwise a name on several lines has one ticket per line, and so a better chance</source>
        <translation>Sonst hat ein Name auf mehreren Zeilen ein Los pro Zeile und damit eine bessere Chance</translation>
    </message>
    <message>
        <source>Number of winners</source>
        <translation>Anzahl der Gewinner</translation>
    </message>
    <message>
        <source>Winne&amp;rs:</source>
        <translation>Ge&amp;winner:</translation>
    </message>
    <message>
        <source>Draw winners</source>
        <translation>Gewinner ziehen</translation>
    </message>
    <message>
        <source>Shuffle the whole list</source>
        <translation>Die ganze Liste mischen</translation>
    </message>
    <message>
        <source>Result, in draw order</source>
        <translation>Ergebnis, in Ziehungsreihenfolge</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>Das Ergebnis kopieren</translation>
    </message>
    <message>
        <source>Copy a record of the draw</source>
        <translation>Ein Protokoll der Ziehung kopieren</translation>
    </message>
    <message>
        <source>That text is larger than %1 MB, the most a list can hold.</source>
        <translation>Dieser Text ist größer als %1 MB, das Maximum für eine Liste.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The list is larger than %1 MB, the most it can hold.</source>
        <translation>Die Liste ist größer als %1 MB, ihr Maximum.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>keine Duplikate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>%Ln Duplikat (entfernt)</numerusform>
            <numerusform>%Ln Duplikate (entfernt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%Ln Duplikat (zählt als zusätzliches Los)</numerusform>
            <numerusform>%Ln Duplikate (jedes zählt als zusätzliches Los)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list summary: entries, duplicates</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Shorten the list to draw from it.</source>
        <translation>Kürzen Sie die Liste, um daraus zu ziehen.</translation>
    </message>
    <message>
        <source>Paste or type a list on the left, one entry per line, or open a text file.</source>
        <translation>Fügen Sie links eine Liste ein oder tippen Sie sie, ein Eintrag pro Zeile, oder öffnen Sie eine Textdatei.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Nur %Ln Eintrag für %1 Gewinner. Wählen Sie weniger Gewinner oder fügen Sie Einträge hinzu.</numerusform>
            <numerusform>Nur %Ln Einträge für %1 Gewinner. Wählen Sie weniger Gewinner oder fügen Sie Einträge hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Drücken Sie „Ziehen“, um %Ln Gewinner zu ziehen, oder „Liste mischen“, um die ganze Liste in zufällige Reihenfolge zu bringen.</numerusform>
            <numerusform>Drücken Sie „Ziehen“, um %Ln Gewinner zu ziehen, oder „Liste mischen“, um die ganze Liste in zufällige Reihenfolge zu bringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>Die Zufallsquelle des Systems hat versagt: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a list can hold.</source>
        <translation>„%1“ ist größer als %2 MB, das Maximum für eine Liste.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>„%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <comment>pick winners by lot</comment>
        <translation>&amp;Ziehen</translation>
    </message>
    <message>
        <source>“%1” and “%2” look alike (lines %3 and %4)</source>
        <translation>„%1“ und „%2“ sehen sich zum Verwechseln ähnlich (Zeilen %3 und %4)</translation>
    </message>
    <message>
        <source>Line %1 contains a control character (%2). Remove it to draw.</source>
        <translation>Zeile %1 enthält ein Steuerzeichen (%2). Entfernen Sie es, um die Gewinner zu ziehen.</translation>
    </message>
    <message>
        <source>Line %1 contains a bidirectional control character (%2). Remove it to draw.</source>
        <translation>Zeile %1 enthält ein bidirektionales Steuerzeichen (%2). Entfernen Sie es, um die Gewinner zu ziehen.</translation>
    </message>
    <message>
        <source>Line %1 contains an invisible character (%2). Remove it to draw.</source>
        <translation>Zeile %1 enthält ein unsichtbares Zeichen (%2). Entfernen Sie es, um die Gewinner zu ziehen.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name, in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The pasted list</source>
        <translation>Die eingefügte Liste</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 has no entries.</source>
        <translation>%1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>%1 is too long to edit here, so the box shows its first %2 lines. Clear the list to type or paste a new one.</source>
        <translation>%1 ist zu lang, um hier bearbeitet zu werden; das Feld zeigt die ersten %2 Zeilen. Leeren Sie die Liste, um eine neue einzugeben oder einzufügen.</translation>
    </message>
    <message>
        <source>Draw the winners from the list</source>
        <translation>Die Gewinner aus der Liste ziehen</translation>
    </message>
    <message>
        <source>Replace a w&amp;inner…</source>
        <translation>Gewinner er&amp;setzen…</translation>
    </message>
    <message>
        <source>Draws of this session</source>
        <translation>Ziehungen dieser Sitzung</translation>
    </message>
    <message>
        <source>Replace the selected winner</source>
        <translation>Den ausgewählten Gewinner ersetzen</translation>
    </message>
    <message>
        <source>Draw lo&amp;g:</source>
        <translation>Ziehungs&amp;verlauf:</translation>
    </message>
    <message>
        <source>Copy shuffle re&amp;cord</source>
        <translation>Mischprot&amp;okoll kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>Mischvorgang %1 · %2 · %Ln Eintrag</numerusform>
            <numerusform>Mischvorgang %1 · %2 · %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>Ziehung %1 · %2 · %Ln Gewinner</numerusform>
            <numerusform>Ziehung %1 · %2 · %Ln Gewinner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · for an earlier list</source>
        <comment>a draw, then why it no longer applies</comment>
        <translation>%1 · für eine frühere Liste</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3 replaces a winner of draw %4</source>
        <comment>number, time, name, draw number</comment>
        <translation>Ziehung %1 · %2 · %3 ersetzt einen Gewinner von Ziehung %4</translation>
    </message>
    <message>
        <source>Draw from %1 to %2 winners at a time.</source>
        <translation>Ziehen Sie %1 bis %2 Gewinner auf einmal.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezogen…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… und %Ln weiterer, im kopierten Ergebnis und Protokoll</numerusform>
            <numerusform>… und %Ln weitere, im kopierten Ergebnis und Protokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw from a pu&amp;blic random value:</source>
        <translation>Aus einem öffentlichen Z&amp;ufallswert ziehen:</translation>
    </message>
    <message>
        <source>Announce the list&apos;s SHA-256 and a random value that does not exist yet (such as a drand round, or a lottery&apos;s numbers); once it is public, draw from it. Anyone can then check that these are the winners, and nobody could have chosen them.</source>
        <translation>Kündigen Sie den SHA-256-Hash der Liste und einen Zufallswert an, den es noch nicht gibt (etwa eine drand-Runde oder die Zahlen einer Lotterie); sobald er öffentlich ist, ziehen Sie daraus. Dann kann jeder prüfen, dass dies die Gewinner sind und niemand sie auswählen konnte.</translation>
    </message>
    <message>
        <source>Public random value</source>
        <translation>Öffentlicher Zufallswert</translation>
    </message>
    <message>
        <source>e.g. drand round 4211337</source>
        <translation>z. B. drand-Runde 4211337</translation>
    </message>
    <message>
        <source>Exactly as published: the seed is the SHA-256 of this text.</source>
        <translation>Genau wie veröffentlicht: Der Seed ist der SHA-256-Hash dieses Textes.</translation>
    </message>
    <message>
        <source>&amp;Announce…</source>
        <translation>&amp;Ankündigen…</translation>
    </message>
    <message>
        <source>Announce the draw</source>
        <translation>Die Ziehung ankündigen</translation>
    </message>
    <message>
        <source>The text to publish before the public random value exists</source>
        <translation>Der Text zum Veröffentlichen, bevor es den öffentlichen Zufallswert gibt</translation>
    </message>
    <message>
        <source>Sa&amp;ve record…</source>
        <translation>Protokoll spe&amp;ichern…</translation>
    </message>
    <message>
        <source>Save the record of the draw</source>
        <translation>Das Protokoll der Ziehung speichern</translation>
    </message>
    <message>
        <source>Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py</source>
        <translation>Das Protokoll als JSON speichern, für passforge-cli pick --verify oder docs/verify-draw.py</translation>
    </message>
    <message>
        <source>When a winner does not answer: select them, then draw a runner-up from the tickets left (the next winner of the same seed). The draw is kept, and the replacement is recorded as a new draw.</source>
        <translation>Wenn sich ein Gewinner nicht meldet: Wählen Sie ihn aus und ziehen Sie dann einen Nachrücker aus den übrigen Losen (den nächsten Gewinner desselben Seeds). Die Ziehung bleibt erhalten, und der Ersatz wird als neue Ziehung protokolliert.</translation>
    </message>
    <message>
        <source>Date and time, entry count, SHA-256 of the list, the seed and the result, with the record to check it, to keep or share</source>
        <translation>Datum und Uhrzeit, Anzahl der Einträge, SHA-256 der Liste, der Seed und das Ergebnis, mit dem Protokoll zum Prüfen, zum Aufbewahren oder Weitergeben</translation>
    </message>
    <message>
        <source>Type the public random value to draw from, or turn off “Draw from a public random value”.</source>
        <translation>Geben Sie den öffentlichen Zufallswert ein, aus dem gezogen werden soll, oder schalten Sie „Aus einem öffentlichen Zufallswert ziehen“ aus.</translation>
    </message>
    <message>
        <source>Cannot save the record to “%1”: %2</source>
        <translation>Das Protokoll kann nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the Draw Record</source>
        <translation>Ziehungsprotokoll speichern</translation>
    </message>
    <message>
        <source>passforge-draw-%1.json</source>
        <comment>a file name; %1 is the draw&apos;s number</comment>
        <translation>passforge-ziehung-%1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Ziehungsprotokolle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passforge draw announcement</source>
        <translation>Passforge-Ziehungsankündigung</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 der Liste: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Tickets: one per entry (duplicates removed)</source>
        <translation>Lose: eines pro Eintrag (Duplikate entfernt)</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Lose: %1</translation>
    </message>
    <message>
        <source>Winners to draw: %1</source>
        <translation>Zu ziehende Gewinner: %1</translation>
    </message>
    <message>
        <source>Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from SHA-256 of: %2</source>
        <translation>Angekündigt am %1: Die Gewinner werden mit Passforge (passforge-draw-v1) gezogen, aus dem SHA-256-Hash von: %2</translation>
    </message>
    <message>
        <source>Once that value is public, anyone can draw again with passforge-cli pick --beacon, or check the record with pick --verify or docs/verify-draw.py.</source>
        <translation>Sobald dieser Wert öffentlich ist, kann jeder mit passforge-cli pick --beacon erneut ziehen oder das Protokoll mit pick --verify oder docs/verify-draw.py prüfen.</translation>
    </message>
    <message>
        <source>Announce the Draw</source>
        <translation>Ziehung ankündigen</translation>
    </message>
    <message>
        <source>Publish this before the public random value exists, with the list itself. Then the winners cannot be chosen by anyone, you included.</source>
        <translation>Veröffentlichen Sie dies zusammen mit der Liste selbst, bevor es den öffentlichen Zufallswert gibt. Dann kann niemand die Gewinner auswählen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Clear the clipboard &amp;after</source>
        <translation>Zwischenablage leeren &amp;nach</translation>
    </message>
    <message>
        <source>Clear the clipboard when Passforge &amp;quits</source>
        <translation>Zwischenablage &amp;beim Beenden von Passforge leeren</translation>
    </message>
    <message>
        <source>&amp;Restore the last options on start</source>
        <translation>Letzte Optionen beim Start &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>Zwischenablage automatisch leeren</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Sekunden, bis die Zwischenablage geleert wird</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>after N seconds</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Only a value Passforge copied is cleared; text you copied since is left alone.</source>
        <translation>Nur ein von Passforge kopierter Wert wird entfernt; was Sie seitdem kopiert haben, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Generator options only. Generated values, lists and draw results are never saved.</source>
        <translation>Nur die Optionen der Generatoren. Erzeugte Werte, Listen und Ziehungsergebnisse werden nie gespeichert.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Passforge never saves a generated value, a list or a draw result. The options are kept in %1.</source>
        <translation>Passforge speichert nie einen erzeugten Wert, eine Liste oder ein Ziehungsergebnis. Die Optionen stehen in %1.</translation>
    </message>
    <message>
        <source>&amp;Keep a history of this session&apos;s values</source>
        <translation>&amp;Verlauf der Werte dieser Sitzung führen</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ History). Turning it off clears it.</source>
        <translation>Die letzten %1 Passwörter, Passphrasen und Tokens, nur im Arbeitsspeicher, bis Sie Passforge beenden (Bearbeiten ▸ Verlauf). Ausschalten leert den Verlauf.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>The built-in presets are shown again.</source>
        <translation>Die eingebauten Voreinstellungen werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>The presets file cannot be read, so only the built-in presets are offered: %1</source>
        <translation>Die Voreinstellungsdatei kann nicht gelesen werden, daher werden nur die eingebauten Voreinstellungen angeboten: %1</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Named sets of options, shared with passforge-cli --preset</source>
        <translation>Benannte Optionssätze, gemeinsam mit passforge-cli --preset genutzt</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Aktionen für Voreinstellungen</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export presets</source>
        <translation>Voreinstellungen speichern, umbenennen, löschen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>Als Voreinstellung &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Rename preset…</source>
        <translation>Voreinstellung &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden built-in presets</source>
        <translation>Ausgeblendete eingebaute Voreinstellungen an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>Voreinstellungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>Voreinstellungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Keine Voreinstellung</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>A preset whose options were changed after it was chosen: &quot;Bank PIN (modified)&quot;</extracomment>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>&amp;Hide built-in preset</source>
        <translation>Eingebaute Voreinstellung &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>Voreinstellung &amp;löschen</translation>
    </message>
    <message>
        <source>There is no preset named “%1” for this tab.</source>
        <translation>Für diesen Reiter gibt es keine Voreinstellung namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” cannot be used here: %2</source>
        <extracomment>A preset from the file that the window cannot use: &quot;“api”: the option &apos;bytes&apos; …&quot;</extracomment>
        <translation>„%1“ kann hier nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Voreinstellung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Choose a preset to rename first.</source>
        <translation>Wählen Sie zuerst eine Voreinstellung zum Umbenennen.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Choose a preset to delete first.</source>
        <translation>Wählen Sie zuerst eine Voreinstellung zum Löschen.</translation>
    </message>
    <message>
        <source>Hid the built-in preset “%1”; Show hidden built-in presets brings it back.</source>
        <translation>Eingebaute Voreinstellung „%1“ ausgeblendet; „Ausgeblendete eingebaute Voreinstellungen anzeigen“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Voreinstellung „%1“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>%n Voreinstellung aus %1 importiert.</numerusform>
            <numerusform>%n Voreinstellungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>%n Voreinstellung nach %1 exportiert.</numerusform>
            <numerusform>%n Voreinstellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Als Voreinstellung speichern</translation>
    </message>
    <message>
        <source>A name for these options (passforge-cli %1 --preset NAME uses it too):</source>
        <translation>Ein Name für diese Optionen (auch passforge-cli %1 --preset NAME verwendet ihn):</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Voreinstellungen importieren</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Voreinstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Voreinstellungen exportieren</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <extracomment>Saving refused: &quot;… as a preset: the length must be from 8 to 63 for these rules …&quot;</extracomment>
        <translation>Diese Optionen können nicht als Voreinstellung gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 Ziffern)</translation>
    </message>
    <message>
        <source>Wi-Fi (WPA2, 24 easy-to-type characters)</source>
        <translation>Wi-Fi (WPA2, 24 leicht einzugebende Zeichen)</translation>
    </message>
    <message>
        <source>Maximum (64, all kinds)</source>
        <translation>Maximum (64, alle Zeichenarten)</translation>
    </message>
    <message>
        <source>A preset&apos;s name must not be empty, longer than %1 characters, start or end with a space, or hold control characters.</source>
        <translation>Der Name einer Voreinstellung darf nicht leer oder länger als %1 Zeichen sein, nicht mit einem Leerzeichen beginnen oder enden und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Es gibt bereits eine Voreinstellung namens „%1“.</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>Es gibt keine Voreinstellung namens „%1“.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed; save a copy under a new name instead.</source>
        <translation>Eingebaute Voreinstellungen können nicht umbenannt werden; speichern Sie stattdessen eine Kopie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset.</source>
        <translation>Diese Optionen können nicht als Voreinstellung gespeichert werden.</translation>
    </message>
    <message>
        <source>The presets file has a problem, so it is left as it is: %1</source>
        <translation>Die Voreinstellungsdatei hat ein Problem und bleibt daher unverändert: %1</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>Die Voreinstellungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not import presets: %1</source>
        <translation>Die Voreinstellungen konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Could not export the presets to %1: %2</source>
        <translation>Die Voreinstellungen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <translation>Diese Optionen können nicht als Voreinstellung gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the option &apos;%1&apos; is not one the window knows for this command</source>
        <translation>die Option „%1“ kennt das Fenster für diesen Befehl nicht</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is a flag: its value must be true</source>
        <translation>die Option „%1“ ist ein Schalter: ihr Wert muss true sein</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be text</source>
        <translation>die Option „%1“ muss Text sein</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>die Option „%1“ muss eine ganze Zahl von %2 bis %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>the options &apos;rules&apos; and &apos;site&apos; cannot be combined</source>
        <translation>die Optionen „rules“ und „site“ lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; cannot be combined with &apos;%2&apos;, which replaces the class options</source>
        <translation>die Option „%1“ lässt sich nicht mit der Option „%2“ kombinieren, die die Klassenoptionen ersetzt</translation>
    </message>
    <message>
        <source>the window has no token format &apos;%1&apos;; use hex, urlsafe, base64, base32 or uuid</source>
        <translation>das Fenster kennt kein Token-Format „%1“; möglich sind hex, urlsafe, base64, base32 oder uuid</translation>
    </message>
    <message>
        <source>a number preset needs both &apos;min&apos; and &apos;max&apos;</source>
        <translation>eine Voreinstellung für Zahlen braucht sowohl „min“ als auch „max“</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is empty, too long (over %2 characters), has spaces at an end or control characters</source>
        <translation>der Name „%1“ ist leer, zu lang (über %2 Zeichen), hat Leerzeichen am Anfang oder Ende oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for &apos;%2&apos;; presets are for %3</source>
        <translation>die Voreinstellung „%1“ gilt für „%2“; Voreinstellungen gibt es für %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has an option named &apos;%2&apos;; write option names without the dashes</source>
        <translation>die Voreinstellung „%1“ hat eine Option namens „%2“; schreiben Sie Optionsnamen ohne die Bindestriche</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: option &apos;%2&apos; must be a number, a string or true</source>
        <translation>in der Voreinstellung „%1“ muss die Option „%2“ eine Zahl, eine Zeichenkette oder true sein</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>&quot;version&quot; muss %1 sein</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be an array</source>
        <translation>&quot;presets&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>preset %1 needs a string &quot;name&quot;, a string &quot;command&quot; and an &quot;options&quot; object</source>
        <translation>die Voreinstellung %1 braucht eine Zeichenkette &quot;name&quot;, eine Zeichenkette &quot;command&quot; und ein Objekt &quot;options&quot;</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has the name of a built-in preset, which cannot be overwritten</source>
        <translation>die Voreinstellung „%1“ trägt den Namen einer eingebauten Voreinstellung, die nicht überschrieben werden kann</translation>
    </message>
    <message>
        <source>two presets are named &apos;%1&apos;</source>
        <translation>zwei Voreinstellungen heißen „%1“</translation>
    </message>
    <message>
        <source>&quot;hidden&quot; must be an array of names</source>
        <translation>&quot;hidden&quot; muss ein Array aus Namen sein</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: the option &apos;wordlist&apos; must be an absolute path, not &apos;%2&apos;</source>
        <translation>in der Voreinstellung „%1“ muss die Option „wordlist“ ein absoluter Pfad sein, nicht „%2“</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is %2 characters long; the window takes at most %3</source>
        <translation>die Option „%1“ ist %2 Zeichen lang; das Fenster erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>the option &apos;bytes&apos; does not apply to the uuid format, which is always 122 random bits</source>
        <translation>die Option „bytes“ gilt nicht für das Format uuid, das immer 122 zufällige Bits hat</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;; use %2</source>
        <translation>unbekannte Liste „%1“; möglich sind %2</translation>
    </message>
    <message>
        <source>the options &apos;list&apos; and &apos;wordlist&apos; exclude each other: a wordlist file replaces the built-in list</source>
        <translation>die Optionen „list“ und „wordlist“ schließen einander aus: Eine Wortlistendatei ersetzt die eingebaute Liste</translation>
    </message>
    <message>
        <source>unknown case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>unbekannte Schreibweise „%1“; möglich sind lower, upper, each, one oder random</translation>
    </message>
    <message>
        <source>the options &apos;separator&apos; and &apos;separator-from&apos; exclude each other</source>
        <translation>die Optionen „separator“ und „separator-from“ schließen einander aus</translation>
    </message>
    <message>
        <source>the option &apos;separator-from&apos; must hold 2 to %1 distinct characters, none a lone combining mark or a control character</source>
        <translation>die Option „separator-from“ muss 2 bis %1 verschiedene Zeichen enthalten, keines davon ein einzelnes kombinierendes Zeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; does not apply to &apos;pronounceable&apos;, whose letters the grammar fixes</source>
        <translation>die Option „%1“ gilt nicht für „pronounceable“, bei dem die Grammatik die Buchstaben festlegt</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code of the value</source>
        <translation>QR-Code des Werts</translation>
    </message>
    <message>
        <source>This value is too long for a QR code (at most %1 bytes).</source>
        <translation>Dieser Wert ist zu lang für einen QR-Code (höchstens %1 Bytes).</translation>
    </message>
    <message>
        <source>Anyone who can see your screen can read this code.</source>
        <translation>Jeder, der Ihren Bildschirm sehen kann, kann diesen Code lesen.</translation>
    </message>
</context>
<context>
    <name>RangeCheck</name>
    <message>
        <source>%1–%2</source>
        <comment>a range of whole numbers</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Allowed range: %1</source>
        <translation>Erlaubter Bereich: %1</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>unknown rule &apos;%1&apos; at position %2 (the rules are required, allowed, max-consecutive, minlength and maxlength)</source>
        <translation>unbekannte Regel „%1“ an Position %2 (die Regeln sind required, allowed, max-consecutive, minlength und maxlength)</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; at position %2</source>
        <translation>unbekannte Klasse „%1“ an Position %2</translation>
    </message>
    <message>
        <source>not a number &apos;%1&apos; at position %2</source>
        <translation>keine Zahl: „%1“ an Position %2</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>nicht geschlossenes „[“ an Position %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; at position %1: in a [...] set it may only come first</source>
        <translation>„-“ an Position %1: in einer [...]-Menge darf es nur am Anfang stehen</translation>
    </message>
    <message>
        <source>&apos;]&apos; at position %1: in a [...] set it may only come first or last (write &apos;]]&apos; at the end for a literal &apos;]&apos;)</source>
        <translation>„]“ an Position %1: in einer [...]-Menge darf es nur am Anfang oder Ende stehen (für ein wörtliches „]“ am Ende „]]“ schreiben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 must be followed by &apos;:&apos;</source>
        <translation>auf „%1“ an Position %2 muss „:“ folgen</translation>
    </message>
    <message>
        <source>a class is missing at position %1</source>
        <translation>an Position %1 fehlt eine Klasse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a class</source>
        <translation>„%1“ an Position %2 ist keine Klasse</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Buchstabe</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>uppercase letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>lowercase letter</source>
        <translation>Kleinbuchstabe</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>1 Zeichen aus %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list of kinds of characters: &quot;letters, digits and !#$&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>&quot;at least one uppercase letter or digit&quot;</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n characters</source>
        <translation>
            <numerusform>genau %n Zeichen</numerusform>
            <numerusform>genau %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <extracomment>A range of lengths: &quot;8–16 characters&quot;</extracomment>
        <translation>%1–%2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>höchstens %n Zeichen</numerusform>
            <numerusform>höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>mindestens 1 Zeichen aus %1</translation>
    </message>
    <message>
        <source>at least one %1</source>
        <translation>mindestens 1 %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>höchstens %n gleiches Zeichen hintereinander</numerusform>
            <numerusform>höchstens %n gleiche Zeichen hintereinander</numerusform>
        </translation>
    </message>
    <message>
        <source>any printable characters</source>
        <translation>beliebige druckbare Zeichen</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>weak</source>
        <comment>password strength</comment>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password strength</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password strength</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password strength</comment>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>%1 bits — %2</source>
        <comment>entropy in bits, then the strength</comment>
        <translation>%1 Bits — %2</translation>
    </message>
    <message>
        <source>Entropy: log2 of the number of values these options allow. Every value is equally likely, so this is exact.</source>
        <translation>Entropie: log2 der Anzahl der Werte, die diese Optionen zulassen. Jeder Wert ist gleich wahrscheinlich, daher ist sie exakt.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Generated token</source>
        <translation>Erzeugtes Token</translation>
    </message>
    <message>
        <source>Random bytes per token</source>
        <translation>Zufällige Bytes pro Token</translation>
    </message>
    <message>
        <source>How many random bytes the token encodes: 8 bits of entropy each</source>
        <translation>Wie viele zufällige Bytes das Token codiert: je 8 Bits Entropie</translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation>B&amp;ytes:</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Token-Format</translation>
    </message>
    <message>
        <source>Hex (0–9, a–f)</source>
        <translation>Hex (0–9, a–f)</translation>
    </message>
    <message>
        <source>URL-safe Base64</source>
        <translation>URL-sicheres Base64</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base32 (for authenticator apps)</source>
        <translation>Base32 (für Authenticator-Apps)</translation>
    </message>
    <message>
        <source>UUID v4</source>
        <translation>UUID v4</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) long.</source>
        <translation>
            <numerusform>%Ln Zeichen lang.</numerusform>
            <numerusform>%Ln Zeichen lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>A UUID v4 always holds 122 random bits.</source>
        <translation>Eine UUID v4 enthält immer 122 zufällige Bits.</translation>
    </message>
    <message>
        <source>A token needs from %1 to %2 bytes.</source>
        <translation>Ein Token braucht %1 bis %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>VerifyDrawDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify a Draw Record</source>
        <translation>Ziehungsprotokoll prüfen</translation>
    </message>
    <message>
        <source>Record file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>Listendatei</translation>
    </message>
    <message>
        <source>A record names its list by SHA-256 and holds the seed and the winners. Passforge draws again from the list and the seed, with passforge-draw-v1, and compares.</source>
        <translation>Ein Protokoll nennt seine Liste über deren SHA-256-Hash und enthält den Seed und die Gewinner. Passforge zieht mit passforge-draw-v1 erneut aus der Liste und dem Seed und vergleicht.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the record file</source>
        <translation>Die Protokolldatei auswählen</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>Die Listendatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Open a Draw Record</source>
        <translation>Ziehungsprotokoll öffnen</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Ziehungsprotokolle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open the List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the record “%1”: %2</source>
        <translation>Das Protokoll „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is for the algorithm “%1”, not passforge-draw-v1.</source>
        <translation>es gilt für den Algorithmus „%1“, nicht für passforge-draw-v1.</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>es enthält kein „%1“.</translation>
    </message>
    <message>
        <source>its “%1” is not what a record holds.</source>
        <translation>sein Feld „%1“ hat keinen Wert, wie ihn ein Protokoll enthält.</translation>
    </message>
    <message>
        <source>it is not a draw record (JSON).</source>
        <translation>es ist kein Ziehungsprotokoll (JSON).</translation>
    </message>
    <message>
        <source>Cannot read the record “%1”: %2</source>
        <translation>Das Protokoll „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>sie ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>it has no entries.</source>
        <translation>sie enthält keine Einträge.</translation>
    </message>
    <message>
        <source>a name holds a character that no list drawn from can hold.</source>
        <translation>ein Name enthält ein Zeichen, das keine Liste enthalten kann, aus der gezogen wird.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>sie ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot use the list “%1”: %2</source>
        <translation>Die Liste „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>Das Protokoll stimmt überein: passforge-draw-v1 bringt den %Ln Eintrag dieser Liste mit diesem Seed in diese Reihenfolge.</numerusform>
            <numerusform>Das Protokoll stimmt überein: passforge-draw-v1 bringt die %Ln Einträge dieser Liste mit diesem Seed in diese Reihenfolge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>Das Protokoll stimmt überein: passforge-draw-v1 zieht diesen %Ln Gewinner mit diesem Seed aus dieser Liste.</numerusform>
            <numerusform>Das Protokoll stimmt überein: passforge-draw-v1 zieht diese %Ln Gewinner mit diesem Seed aus dieser Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed is the SHA-256 of the public random value “%1”.</source>
        <translation>Der Seed ist der SHA-256-Hash des öffentlichen Zufallswerts „%1“.</translation>
    </message>
    <message>
        <source>The list differs from the one drawn from: its SHA-256 is %1, the record says %2.</source>
        <translation>Die Liste weicht von der ab, aus der gezogen wurde: Ihr SHA-256-Hash ist %1, das Protokoll nennt %2.</translation>
    </message>
    <message>
        <source>The record&apos;s counts of entries, tickets or duplicates do not match the list (the list has %1, the record says %2).</source>
        <translation>Die Anzahlen der Einträge, Lose oder Duplikate im Protokoll passen nicht zur Liste (die Liste hat %1, das Protokoll nennt %2).</translation>
    </message>
    <message>
        <source>The seed is not the SHA-256 of the public random value the record names.</source>
        <translation>Der Seed ist nicht der SHA-256-Hash des öffentlichen Zufallswerts, den das Protokoll nennt.</translation>
    </message>
    <message>
        <source>The record&apos;s count (%1) does not fit its winners or the list.</source>
        <translation>Die Anzahl im Protokoll (%1) passt nicht zu seinen Gewinnern oder zur Liste.</translation>
    </message>
    <message>
        <source>Place %1 of the order differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>Platz %1 der Reihenfolge weicht ab: Die Ziehung ergibt „%2“, das Protokoll nennt „%3“.</translation>
    </message>
    <message>
        <source>Winner %1 differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>Gewinner %1 weicht ab: Die Ziehung ergibt „%2“, das Protokoll nennt „%3“.</translation>
    </message>
</context>
<context>
    <name>WifiQrDialog</name>
    <message>
        <source>&amp;Hidden network</source>
        <translation>&amp;Verborgenes Netz</translation>
    </message>
    <message>
        <source>Wi-Fi QR Code</source>
        <translation>WLAN-QR-Code</translation>
    </message>
    <message>
        <source>The name phones list the network by</source>
        <translation>Der Name, unter dem Telefone das Netz anzeigen</translation>
    </message>
    <message>
        <source>WPA or WPA2 (personal)</source>
        <translation>WPA oder WPA2 (Personal)</translation>
    </message>
    <message>
        <source>WPA3 (personal) only</source>
        <translation>Nur WPA3 (Personal)</translation>
    </message>
    <message>
        <source>None (an open network, no password)</source>
        <translation>Keine (offenes Netz, kein Passwort)</translation>
    </message>
    <message>
        <source>The network does not announce its name</source>
        <translation>Das Netz sendet seinen Namen nicht</translation>
    </message>
    <message>
        <source>QR code of the network</source>
        <translation>QR-Code des Netzes</translation>
    </message>
    <message>
        <source>&amp;Network name (SSID):</source>
        <translation>&amp;Netzname (SSID):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Type the network&apos;s name to make its code.</source>
        <translation>Geben Sie den Namen des Netzes ein, um seinen Code zu erzeugen.</translation>
    </message>
    <message>
        <source>A network name has at most %1 bytes; this one has %2.</source>
        <translation>Ein Netzname hat höchstens %1 Bytes; dieser hat %2.</translation>
    </message>
    <message>
        <source>The password and name are too long for a QR code.</source>
        <translation>Passwort und Name sind zu lang für einen QR-Code.</translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message>
        <source>Wordlist</source>
        <translation>Wortliste</translation>
    </message>
    <message>
        <source>Open wordlist…</source>
        <translation>Wortliste öffnen…</translation>
    </message>
    <message>
        <source>A UTF-8 text file with one word per line and at least %1 distinct words; a leading dice number such as 11111 is ignored</source>
        <translation>Eine UTF-8-Textdatei mit einem Wort pro Zeile und mindestens %1 verschiedenen Wörtern; eine vorangestellte Würfelzahl wie 11111 wird ignoriert</translation>
    </message>
    <message>
        <source>Open a Wordlist</source>
        <translation>Wortliste öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>Textdateien (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Still using “%1”.</source>
        <translation>Weiterhin wird „%1“ verwendet.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text with one word per line.</source>
        <translation>„%1“ ist eine Binärdatei, kein Text mit einem Wort pro Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>„%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>„%1“ hat nur %Ln verschiedenes Wort; eine Wortliste braucht mindestens %2.</numerusform>
            <numerusform>„%1“ hat nur %Ln verschiedene Wörter; eine Wortliste braucht mindestens %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln Wort)</numerusform>
            <numerusform>%1 (%Ln Wörter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>„%1“: %Ln verschiedenes Wort.</numerusform>
            <numerusform>„%1“: %Ln verschiedene Wörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>%Ln Leerzeile</numerusform>
            <numerusform>%Ln Leerzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped %1 and %2.</source>
        <translation>%1 und %2 verworfen.</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>%1 verworfen.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a wordlist can hold.</source>
        <translation>„%1“ ist größer als %2 MB, das Maximum für eine Wortliste.</translation>
    </message>
    <message>
        <source>the German list by dys2p</source>
        <translation>der deutschen Liste von dys2p</translation>
    </message>
    <message>
        <source>the French list made for Tails</source>
        <translation>der für Tails erstellten französischen Liste</translation>
    </message>
    <message>
        <source>the Spanish list by victordargallo</source>
        <translation>der spanischen Liste von victordargallo</translation>
    </message>
    <message>
        <source>the Italian list by victordargallo</source>
        <translation>der italienischen Liste von victordargallo</translation>
    </message>
    <message>
        <source>the Brazilian Portuguese list by drebs</source>
        <translation>der brasilianisch-portugiesischen Liste von drebs</translation>
    </message>
    <message>
        <source>EFF&apos;s large wordlist</source>
        <translation>der großen Wortliste der EFF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%Ln Wort aus %1, auf anstößige Wörter geprüft und präfixfrei</numerusform>
            <numerusform>%Ln Wörter aus %1, auf anstößige Wörter geprüft und präfixfrei</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no curated list in your language yet, so the English list is the default.</source>
        <translation>Für Ihre Sprache gibt es noch keine kuratierte Liste, daher ist die englische Liste die Vorgabe.</translation>
    </message>
    <message>
        <source>Still using the built-in list “%1”.</source>
        <translation>Weiterhin wird die eingebaute Liste „%1“ verwendet.</translation>
    </message>
    <message>
        <source>Your wordlist could not be loaded again: %1 Using the built-in list “%2” instead.</source>
        <translation>Ihre Wortliste konnte nicht erneut geladen werden: %1 Stattdessen wird die eingebaute Liste „%2“ verwendet.</translation>
    </message>
</context>
</TS>
