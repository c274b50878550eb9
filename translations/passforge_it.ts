<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>CheckText</name>
    <message>
        <source>a common password</source>
        <translation>una password comune</translation>
    </message>
    <message>
        <source>a dictionary word</source>
        <translation>una parola del dizionario</translation>
    </message>
    <message>
        <source>a dictionary word with substitutions</source>
        <translation>una parola del dizionario con sostituzioni</translation>
    </message>
    <message>
        <source>a repeat</source>
        <translation>una ripetizione</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>una sequenza</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>uno schema di tastiera</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una data</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un anno</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of match found</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>very weak</source>
        <comment>password check score 0 of 4</comment>
        <translation>molto debole</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>password check score 1 of 4</comment>
        <translation>debole</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password check score 2 of 4</comment>
        <translation>discreta</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password check score 3 of 4</comment>
        <translation>forte</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password check score 4 of 4</comment>
        <translation>molto forte</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>meno di un secondo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>secoli</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>Questa è una password di uso comune.</translation>
    </message>
    <message>
        <source>Words and names on their own are easy to guess.</source>
        <translation>Parole e nomi da soli sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” are easy to guess.</source>
        <translation>Le sostituzioni prevedibili come «@» al posto di «a» sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” or “abcabc” are easy to guess.</source>
        <translation>Le ripetizioni come «aaa» o «abcabc» sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Le sequenze come «abc» o «6543» sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Keyboard patterns like “qwerty” are easy to guess.</source>
        <translation>Gli schemi di tastiera come «qwerty» sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Le date sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>Gli anni sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Substitutions like “0” for “o” don&apos;t help much.</source>
        <translation>Sostituzioni come «0» al posto di «o» non aiutano molto.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita parole e caratteri ripetuti.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita le sequenze.</translation>
    </message>
    <message>
        <source>Avoid keys that are next to each other.</source>
        <translation>Evita i tasti vicini tra loro.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>Evita date e anni legati a te.</translation>
    </message>
    <message>
        <source>Use a generated password or passphrase instead: a passphrase of five random words is easy to remember.</source>
        <translation>Usa piuttosto una password o una passphrase generata: una passphrase di cinque parole casuali è facile da ricordare.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing command; try &apos;passforge-cli --help&apos;</source>
        <translation>comando mancante; provare «passforge-cli --help»</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;passforge-cli --help&apos;</source>
        <translation>comando sconosciuto «%1»; provare «passforge-cli --help»</translation>
    </message>
    <message>
        <source>the system random source failed: %1</source>
        <translation>la sorgente casuale del sistema non ha funzionato: %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossibile scrivere l’output: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argomento inatteso «%1»</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 deve essere un numero intero da %2 a %3, non «%4»</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Uniform random integers from A to B inclusive, anywhere in the signed 64-bit range.</source>
        <translation>Interi casuali uniformi da A a B inclusi, ovunque nell’intervallo a 64 bit con segno.</translation>
    </message>
    <message>
        <source>The smallest value (required).</source>
        <translation>Il valore più piccolo (obbligatorio).</translation>
    </message>
    <message>
        <source>A</source>
        <comment>value name in --help: the lower bound</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>The largest value (required).</source>
        <translation>Il valore più grande (obbligatorio).</translation>
    </message>
    <message>
        <source>B</source>
        <comment>value name in --help: the upper bound</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>How many numbers (default 1).</source>
        <translation>Quanti numeri (predefinito 1).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>value name in --help: a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No value twice (at most %1 values).</source>
        <translation>Nessun valore due volte (al massimo %1 valori).</translation>
    </message>
    <message>
        <source>One JSON object per line, with value and entropy_bits.</source>
        <translation>Un oggetto JSON per riga, con value ed entropy_bits.</translation>
    </message>
    <message>
        <source>number needs both --min and --max</source>
        <translation>number richiede sia --min sia --max</translation>
    </message>
    <message>
        <source>--min %1 is above --max %2</source>
        <translation>--min %1 è maggiore di --max %2</translation>
    </message>
    <message>
        <source>--count must be at least 1, not %1</source>
        <translation>--count deve essere almeno 1, non %1</translation>
    </message>
    <message>
        <source>--distinct: the range from %1 to %2 has fewer than %3 values</source>
        <translation>--distinct: l’intervallo da %1 a %2 ha meno di %3 valori</translation>
    </message>
    <message>
        <source>--distinct supports at most %1 values, not %2</source>
        <translation>--distinct supporta al massimo %1 valori, non %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n parola distinta</numerusform>
            <numerusform>%n parole distinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n riga vuota</numerusform>
            <numerusform>%n righe vuote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n duplicato</numerusform>
            <numerusform>%n duplicati</numerusform>
        </translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos;: %2 (dropped %3 and %4)</source>
        <comment>wordlist note</comment>
        <translation>elenco di parole «%1»: %2 (scartati: %3 e %4)</translation>
    </message>
    <message>
        <source>Words per passphrase, %1 to %2 (default %3).</source>
        <translation>Parole per passphrase, da %1 a %2 (predefinito %3).</translation>
    </message>
    <message>
        <source>Between words (default &apos;-&apos;; may be empty).</source>
        <translation>Tra le parole (predefinito «-»; può essere vuoto).</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name in --help: a separator text</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Append a random digit to one random word.</source>
        <translation>Aggiunge una cifra casuale a una parola scelta a caso.</translation>
    </message>
    <message>
        <source>Your own list: one word per line, UTF-8, at least %1 distinct words; a leading dice number is ignored.</source>
        <translation>Il proprio elenco: una parola per riga, UTF-8, almeno %1 parole distinte; un numero di dadi iniziale viene ignorato.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help: a file path</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>How many passphrases (default 1).</source>
        <translation>Quante passphrase (predefinito 1).</translation>
    </message>
    <message>
        <source>cannot read wordlist &apos;%1&apos;: %2</source>
        <translation>impossibile leggere l’elenco di parole «%1»: %2</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is a binary file, not text</source>
        <translation>l’elenco di parole «%1» è un file binario, non di testo</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is not valid UTF-8</source>
        <translation>l’elenco di parole «%1» non è UTF-8 valido</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; has %2 distinct words; at least %3 are needed</source>
        <translation>l’elenco di parole «%1» ha %2 parole distinte; ne servono almeno %3</translation>
    </message>
    <message>
        <source>--separator &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--separator «%1» contiene un carattere che non può stare da solo (un segno combinante isolato o un carattere di controllo)</translation>
    </message>
    <message>
        <source>Random passwords. With no class option all four classes are used; naming any selects only those named.</source>
        <translation>Password casuali. Senza opzioni di classe si usano tutte e quattro le classi; indicandone alcune, solo quelle.</translation>
    </message>
    <message>
        <source>Characters per password, %1 to %2 (default %3).</source>
        <translation>Caratteri per password, da %1 a %2 (predefinito %3).</translation>
    </message>
    <message>
        <source>Use lowercase letters a-z.</source>
        <translation>Usa le lettere minuscole a-z.</translation>
    </message>
    <message>
        <source>Use uppercase letters A-Z.</source>
        <translation>Usa le lettere maiuscole A-Z.</translation>
    </message>
    <message>
        <source>Use digits 0-9.</source>
        <translation>Usa le cifre 0-9.</translation>
    </message>
    <message>
        <source>Use the 32 ASCII punctuation characters.</source>
        <translation>Usa i 32 segni di punteggiatura ASCII.</translation>
    </message>
    <message>
        <source>Also use these characters (each user-perceived character counts once).</source>
        <translation>Usa anche questi caratteri (ogni carattere percepito conta una volta).</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>value name in --help: characters</comment>
        <translation>CHARS</translation>
    </message>
    <message>
        <source>Never use these characters.</source>
        <translation>Non usare mai questi caratteri.</translation>
    </message>
    <message>
        <source>Avoid look-alike characters: %1</source>
        <translation>Evita i caratteri simili: %1</translation>
    </message>
    <message>
        <source>At least N lowercase letters.</source>
        <translation>Almeno N lettere minuscole.</translation>
    </message>
    <message>
        <source>At least N uppercase letters.</source>
        <translation>Almeno N lettere maiuscole.</translation>
    </message>
    <message>
        <source>At least N digits.</source>
        <translation>Almeno N cifre.</translation>
    </message>
    <message>
        <source>At least N symbols.</source>
        <translation>Almeno N simboli.</translation>
    </message>
    <message>
        <source>How many passwords (default 1).</source>
        <translation>Quante password (predefinito 1).</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2, not %3</source>
        <translation>--length deve essere compreso tra %1 e %2, non %3</translation>
    </message>
    <message>
        <source>no characters are left to choose from after --exclude &apos;%1&apos;</source>
        <translation>non resta alcun carattere tra cui scegliere dopo --exclude «%1»</translation>
    </message>
    <message>
        <source>--min-%1 asks for %2, but --exclude removes every %1 character</source>
        <translation>--min-%1 chiede %2, ma --exclude toglie tutti i caratteri della classe %1</translation>
    </message>
    <message>
        <source>the minimums add up to %1, more than --length %2</source>
        <translation>i minimi sommano a %1, più di --length %2</translation>
    </message>
    <message>
        <source>--custom &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--custom «%1» contiene un carattere che non può stare da solo (un segno combinante isolato o un carattere di controllo)</translation>
    </message>
    <message>
        <source>How many distinct winners (default 1).</source>
        <translation>Quanti vincitori distinti (predefinito 1).</translation>
    </message>
    <message>
        <source>K</source>
        <comment>value name in --help: a number of winners</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>The list (default: standard input).</source>
        <translation>L’elenco (predefinito: standard input).</translation>
    </message>
    <message>
        <source>--shuffle prints the whole list and cannot be combined with --count</source>
        <translation>--shuffle stampa l’intero elenco e non si può combinare con --count</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossibile leggere lo standard input: %1</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: it is a directory</source>
        <translation>impossibile leggere «%1»: è una cartella</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is not valid UTF-8</source>
        <translation>l’elenco in «%1» non è UTF-8 valido</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; has no entries (it is empty or blank)</source>
        <translation>l’elenco in «%1» non ha voci (è vuoto)</translation>
    </message>
    <message>
        <source>an entry in &apos;%1&apos; is longer than %2 characters</source>
        <translation>una voce in «%1» supera i %2 caratteri</translation>
    </message>
    <message>
        <source>--count %1 is more than the %2 entries in the list</source>
        <translation>--count %1 è più delle %2 voci dell’elenco</translation>
    </message>
    <message>
        <source>Random tokens, like Python&apos;s secrets.token_hex and token_urlsafe.</source>
        <translation>Token casuali, come secrets.token_hex e token_urlsafe di Python.</translation>
    </message>
    <message>
        <source>Random bytes per token, 1 to %1 (default %2).</source>
        <translation>Byte casuali per token, da 1 a %1 (predefinito %2).</translation>
    </message>
    <message>
        <source>hex (default), urlsafe (base64url without padding), base64, base32 (RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a terminal).</source>
        <translation>hex (predefinito), urlsafe (base64url senza riempimento), base64, base32 (RFC 4648, senza riempimento), uuid (versione 4) oppure raw (byte; non verso un terminale).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>value name in --help: a token format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many tokens (default 1).</source>
        <translation>Quanti token (predefinito 1).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; use hex, urlsafe, base64, base32, uuid or raw</source>
        <translation>--format sconosciuto «%1»; usare hex, urlsafe, base64, base32, uuid oppure raw</translation>
    </message>
    <message>
        <source>--bytes does not apply to --format uuid, which is always 122 random bits</source>
        <translation>--bytes non si applica a --format uuid, che ha sempre 122 bit casuali</translation>
    </message>
    <message>
        <source>--json cannot be combined with --format raw</source>
        <translation>--json non si può combinare con --format raw</translation>
    </message>
    <message>
        <source>--format raw will not write binary data to a terminal; redirect it to a file or a pipe</source>
        <translation>--format raw non scrive dati binari su un terminale; reindirizzare l’output su un file o una pipe</translation>
    </message>
    <message>
        <source>warning: with this wordlist (not prefix-free, or with digits in its words) and these options, different words can give the same passphrase, so entropy_bits is an upper bound</source>
        <translation>avviso: con questo elenco di parole (non privo di prefissi, o con cifre nelle parole) e queste opzioni, parole diverse possono dare la stessa passphrase, quindi entropy_bits è un limite superiore</translation>
    </message>
    <message>
        <source>--custom has %1 characters; at most %2 are allowed</source>
        <translation>--custom ha %1 caratteri; ne sono consentiti al massimo %2</translation>
    </message>
    <message>
        <source>line %1 contains a control character (%2); remove it</source>
        <translation>la riga %1 contiene un carattere di controllo (%2); rimuovilo</translation>
    </message>
    <message>
        <source>line %1 contains a bidirectional control character (%2); remove it</source>
        <translation>la riga %1 contiene un carattere di controllo bidirezionale (%2); rimuovilo</translation>
    </message>
    <message>
        <source>line %1 contains an invisible character (%2); remove it</source>
        <translation>la riga %1 contiene un carattere invisibile (%2); rimuovilo</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; and &apos;%2&apos; look alike (lines %3 and %4)</source>
        <translation>avviso: «%1» e «%2» si somigliano (righe %3 e %4)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>errore interno: %1</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is larger than %2 MB</source>
        <translation>l’elenco di parole «%1» supera %2 MB</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is larger than %2 MB</source>
        <translation>l’elenco in «%1» supera %2 MB</translation>
    </message>
    <message>
        <source>Draw winners from a list: one entry per line, from FILE or standard input. A name on several lines has several tickets; once it wins, all its tickets leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed and the list decide the winners, so anyone can check them.</source>
        <translation>Estrae vincitori da un elenco: una voce per riga, da FILE o dallo standard input. Un nome su più righe ha più biglietti; quando vince, tutti i suoi biglietti escono dall’estrazione. Ogni estrazione è passforge-draw-v1 (docs/draws.md): il seme e l’elenco determinano i vincitori, così chiunque può verificarli.</translation>
    </message>
    <message>
        <source>Print every entry once, in an order drawn by tickets.</source>
        <translation>Stampa ogni voce una sola volta, in un ordine estratto in base ai biglietti.</translation>
    </message>
    <message>
        <source>One ticket per entry, however often a name appears.</source>
        <translation>Un biglietto per voce, indipendentemente da quante volte compaia un nome.</translation>
    </message>
    <message>
        <source>Draw from these 32 bytes instead of a fresh seed from the system.</source>
        <translation>Estrae da questi 32 byte invece che da un nuovo seme del sistema.</translation>
    </message>
    <message>
        <source>HEX</source>
        <comment>value name in --help: 64 hexadecimal digits</comment>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Draw from a public random value announced in advance: the seed is the SHA-256 of TEXT, exactly as given.</source>
        <translation>Estrae da un valore casuale pubblico annunciato in anticipo: il seme è lo SHA-256 di TEXT, esattamente come indicato.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>value name in --help: the text of a public random value</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One JSON object: the draw&apos;s record, which pick --verify checks.</source>
        <translation>Un oggetto JSON: il verbale dell’estrazione, che pick --verify controlla.</translation>
    </message>
    <message>
        <source>Check a record (from --json) against the list: exit 0 when it matches, 1 when it does not.</source>
        <translation>Controlla un verbale (da --json) rispetto all’elenco: esce con 0 se corrisponde, con 1 se non corrisponde.</translation>
    </message>
    <message>
        <source>RECORD</source>
        <comment>value name in --help: a record file</comment>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>--verify takes the draw from the record and cannot be combined with --%1</source>
        <translation>--verify prende l’estrazione dal verbale e non si può combinare con --%1</translation>
    </message>
    <message>
        <source>--seed and --beacon each give the seed; use one of them</source>
        <translation>--seed e --beacon forniscono entrambi il seme; usarne solo uno</translation>
    </message>
    <message>
        <source>--seed must be 64 hexadecimal digits (32 bytes), not &apos;%1&apos;</source>
        <translation>--seed deve essere di 64 cifre esadecimali (32 byte), non «%1»</translation>
    </message>
    <message>
        <source>--beacon needs the text of the public random value</source>
        <translation>--beacon richiede il testo del valore casuale pubblico</translation>
    </message>
    <message>
        <source>--beacon must be UTF-8 text, not &apos;%1&apos;</source>
        <translation>--beacon deve essere testo UTF-8, non «%1»</translation>
    </message>
    <message>
        <source>drawn with %1 from seed %2</source>
        <translation>estratto con %1 dal seme %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is larger than %2 MB</source>
        <translation>il verbale «%1» supera %2 MB</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not JSON: %2</source>
        <translation>il verbale «%1» non è JSON: %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not a JSON object</source>
        <translation>il verbale «%1» non è un oggetto JSON</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>il verbale «%1» non contiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is for the algorithm &apos;%2&apos;, not %3</source>
        <translation>il verbale «%1» è per l’algoritmo «%2», non %3</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; must be 64 hexadecimal digits, not &apos;%2&apos;</source>
        <translation>il campo &quot;%1&quot; del verbale deve essere di 64 cifre esadecimali, non «%2»</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has both &quot;winners&quot; and &quot;order&quot;</source>
        <translation>il verbale «%1» contiene sia &quot;winners&quot; sia &quot;order&quot;</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; has the wrong type or value</source>
        <translation>il campo &quot;%1&quot; del verbale ha un tipo o un valore errato</translation>
    </message>
    <message>
        <source>verified: the order of %1 entries, list %2, seed %3</source>
        <translation>verificato: l’ordine di %1 voci, elenco %2, seme %3</translation>
    </message>
    <message>
        <source>verified: %1 of %2 entries, list %3, seed %4</source>
        <translation>verificato: %1 su %2 voci, elenco %3, seme %4</translation>
    </message>
    <message>
        <source>the list differs: its SHA-256 is %1, the record says %2</source>
        <translation>l’elenco è diverso: il suo SHA-256 è %1, il verbale indica %2</translation>
    </message>
    <message>
        <source>the entries differ: the list has %1, the record says %2</source>
        <translation>le voci sono diverse: l’elenco ne ha %1, il verbale indica %2</translation>
    </message>
    <message>
        <source>the tickets differ: the list has %1, the record says %2</source>
        <translation>i biglietti sono diversi: l’elenco ne ha %1, il verbale indica %2</translation>
    </message>
    <message>
        <source>the duplicates differ: the list has %1, the record says %2</source>
        <translation>i duplicati sono diversi: l’elenco ne ha %1, il verbale indica %2</translation>
    </message>
    <message>
        <source>the seed differs: SHA-256 of the beacon is %1, the record says %2</source>
        <translation>il seme è diverso: lo SHA-256 del valore casuale pubblico è %1, il verbale indica %2</translation>
    </message>
    <message>
        <source>the count differs: a shuffle of the list orders %1 entries, the record says %2</source>
        <translation>il conteggio è diverso: un mescolamento dell’elenco ordina %1 voci, il verbale indica %2</translation>
    </message>
    <message>
        <source>the count differs: the list has %1 entries, the record&apos;s count is %2</source>
        <translation>il conteggio è diverso: l’elenco ha %1 voci, il conteggio del verbale è %2</translation>
    </message>
    <message>
        <source>the order differs: it should name %1 entries, the record names %2</source>
        <translation>l’ordine è diverso: dovrebbe nominare %1 voci, il verbale ne nomina %2</translation>
    </message>
    <message>
        <source>the count differs: the record&apos;s count is %1, but it names %2 winners</source>
        <translation>il conteggio è diverso: il conteggio del verbale è %1, ma nomina %2 vincitori</translation>
    </message>
    <message>
        <source>place %1 of the order differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>il posto %1 dell’ordine è diverso: l’estrazione dà «%2», il verbale indica «%3»</translation>
    </message>
    <message>
        <source>winner %1 differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>il vincitore %1 è diverso: l’estrazione dà «%2», il verbale indica «%3»</translation>
    </message>
    <message>
        <source>Start from the options of a preset (&apos;passforge-cli presets&apos; lists them); options given here override it.</source>
        <translation>Parte dalle opzioni di un preset («passforge-cli presets» li elenca); le opzioni indicate qui hanno la precedenza.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>value name in --help: a name</comment>
        <translation>NOME</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; &apos;passforge-cli presets&apos; lists them</source>
        <translation>preset sconosciuto «%1»; «passforge-cli presets» li elenca</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for %2, not %3</source>
        <translation>il preset «%1» è per %2, non per %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: %2</source>
        <translation>preset «%1»: %2</translation>
    </message>
    <message>
        <source>--rules and --site cannot be combined</source>
        <translation>--rules e --site non si possono combinare</translation>
    </message>
    <message>
        <source>%1 replaces the class options; leave out --%2</source>
        <translation>%1 sostituisce le opzioni di classe; omettere --%2</translation>
    </message>
    <message>
        <source>no rules are known for the site &apos;%1&apos;; give them with --rules</source>
        <translation>non sono note regole per il sito «%1»; indicarle con --rules</translation>
    </message>
    <message>
        <source>Follow a site&apos;s password rules, in Apple&apos;s password-rules language (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); replaces the class options.</source>
        <translation>Segue le regole delle password di un sito, nel linguaggio password-rules di Apple (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); sostituisce le opzioni di classe.</translation>
    </message>
    <message>
        <source>RULES</source>
        <comment>value name in --help: password rules</comment>
        <translation>REGOLE</translation>
    </message>
    <message>
        <source>Follow the known rules of a website (&apos;passforge-cli sites&apos; lists them); replaces the class options.</source>
        <translation>Segue le regole note di un sito web («passforge-cli sites» li elenca); sostituisce le opzioni di classe.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>value name in --help: a website&apos;s domain</comment>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2 for these rules, not %3</source>
        <translation>--length deve essere compreso tra %1 e %2 con queste regole, non %3</translation>
    </message>
    <message>
        <source>the rules admit no length: minlength %1, maxlength %2, and Passforge makes %3 to %4 characters</source>
        <translation>le regole non ammettono alcuna lunghezza: minlength %1, maxlength %2, e Passforge genera da %3 a %4 caratteri</translation>
    </message>
    <message>
        <source>the rules require one of &apos;%1&apos;, and none of them can be drawn (the space never is; --exclude and --no-lookalikes remove the rest)</source>
        <translation>le regole richiedono uno tra «%1» e nessuno di essi può essere estratto (lo spazio non lo è mai; --exclude e --no-lookalikes tolgono gli altri)</translation>
    </message>
    <message>
        <source>no password of %1 characters meets the rules: %2</source>
        <translation>nessuna password di %1 caratteri rispetta le regole: %2</translation>
    </message>
    <message>
        <source>the rules have more than %1 different required sets</source>
        <translation>le regole hanno più di %1 insiemi required diversi</translation>
    </message>
    <message>
        <source>The websites whose password rules &apos;password --site&apos; knows, with their rules (Apple&apos;s password-manager-resources, %1): one per line, the domain, a tab, the rules.</source>
        <translation>I siti web di cui «password --site» conosce le regole delle password, con le loro regole (password-manager-resources di Apple, %1): uno per riga, il dominio, una tabulazione, le regole.</translation>
    </message>
    <message>
        <source>One JSON object per line, with domain and rules.</source>
        <translation>Un oggetto JSON per riga, con domain e rules.</translation>
    </message>
    <message>
        <source>The presets that --preset can name, built-in ones first: one per line, the name, a tab, the command, a tab, its options. Your own presets are in %1.</source>
        <translation>I preset che --preset può indicare, prima quelli incorporati: uno per riga, il nome, una tabulazione, il comando, una tabulazione, le sue opzioni. I preset personali sono in %1.</translation>
    </message>
    <message>
        <source>Print the value as a QR code of text half blocks, for a terminal with light text on a dark background, and nothing else.</source>
        <translation>Stampa il valore come codice QR di mezzi blocchi di testo, per un terminale con testo chiaro su fondo scuro, e nient’altro.</translation>
    </message>
    <message>
        <source>Make the value the Wi-Fi text that phones scan to join the network NAME (WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.</source>
        <translation>Trasforma il valore nel testo Wi-Fi che i telefoni inquadrano per collegarsi alla rete NOME (WIFI:T:WPA;S:NOME;P:password;;); con --qr, il suo codice QR.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.</source>
        <translation>Con --wifi-ssid: wpa (WPA e WPA2, il predefinito) oppure wpa3.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: the network is hidden.</source>
        <translation>Con --wifi-ssid: la rete è nascosta.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <comment>value name in --help: a Wi-Fi security type</comment>
        <translation>SECURITY</translation>
    </message>
    <message>
        <source>--qr shows one value; it cannot be used with --count above 1</source>
        <translation>--qr mostra un solo valore; non si può usare con --count maggiore di 1</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --json</source>
        <translation>--qr non si può combinare con --json</translation>
    </message>
    <message>
        <source>--wifi-ssid needs a network name</source>
        <translation>--wifi-ssid richiede un nome di rete</translation>
    </message>
    <message>
        <source>unknown --wifi-security &apos;%1&apos;; use wpa or wpa3</source>
        <translation>--wifi-security sconosciuto «%1»; usare wpa oppure wpa3</translation>
    </message>
    <message>
        <source>--%1 needs --wifi-ssid</source>
        <translation>--%1 richiede --wifi-ssid</translation>
    </message>
    <message>
        <source>the value is %1 bytes long, too long for a QR code (at most %2)</source>
        <translation>il valore è lungo %1 byte, troppo per un codice QR (al massimo %2)</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --format raw, which is binary</source>
        <translation>--qr non si può combinare con --format raw, che è binario</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess, by zxcvbn. The password is read from standard input, one line.</source>
        <translation>Stima quanto è difficile indovinare una password già esistente, con zxcvbn. La password viene letta dallo standard input, su una riga.</translation>
    </message>
    <message>
        <source>One JSON object with guesses_log10, score, crack_seconds, warning and suggestions.</source>
        <translation>Un oggetto JSON con guesses_log10, score, crack_seconds, warning e suggestions.</translation>
    </message>
    <message>
        <source>check takes no password argument: it reads the password from standard input, so that it stays out of the process list and shell history</source>
        <translation>check non accetta la password come argomento: la legge dallo standard input, così che resti fuori dall’elenco dei processi e dalla cronologia della shell</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>Password da verificare: </translation>
    </message>
    <message>
        <source>standard input is empty; give check the password on it</source>
        <translation>lo standard input è vuoto; passare la password a check tramite lo standard input</translation>
    </message>
    <message>
        <source>standard input holds more than one line; check reads one password</source>
        <translation>lo standard input contiene più di una riga; check legge una sola password</translation>
    </message>
    <message>
        <source>the password on standard input contains a NUL byte</source>
        <translation>la password sullo standard input contiene un byte NUL</translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>la password sullo standard input supera i %1 byte</translation>
    </message>
    <message>
        <source>Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an hour, %5 online at 10 a second, %6 offline against a slow hash, %7 offline against a fast hash.</source>
        <translation>Punteggio %1 su 4 (%2): circa %3 tentativi. Trovata in %4 online a 100 tentativi all’ora, %5 online a 10 al secondo, %6 offline contro un hash lento, %7 offline contro un hash veloce.</translation>
    </message>
    <message>
        <source>It contains %1.</source>
        <translation>Contiene %1.</translation>
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
        <translation>Utilizzo: passforge-cli COMANDO [OPZIONI]
Password, token, numeri ed estrazioni eque dalla sorgente casuale del sistema operativo.

Comandi:
  password   password casuali da classi di caratteri
  passphrase parole casuali, come correct-horse-battery-staple
  token      token API: hex, urlsafe, base64, base32, uuid oppure byte grezzi (raw)
  number     interi uniformi in un intervallo con estremi inclusi
  pick       estrae vincitori da un elenco, una voce per riga
  sites      i siti web di cui password --site conosce le regole delle password
  presets    gli insiemi di opzioni con nome che --preset applica
  check      quanto è difficile indovinare una password esistente (letta dallo standard input)

Opzioni:
  -h, --help     mostra questo aiuto; COMANDO --help mostra le opzioni di un comando
  -v, --version  mostra la versione

Stato di uscita: 0 in caso di successo, 1 se la sorgente casuale o l’output non funzionano (o se pick --verify trova una differenza), 2 per input non valido.
</translation>
    </message>
    <message>
        <source>--wifi-ssid &apos;%1&apos; is %2 bytes long; a network name has at most %3</source>
        <translation>--wifi-ssid «%1» è lungo %2 byte; un nome di rete ne ha al massimo %3</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <comment>a built-in list in --help: its code and size</comment>
        <translation>%1 (%2 parole)</translation>
    </message>
    <message>
        <source>Passphrases of random words from a built-in list (English by default: %1 words, %2 bits each) or your own.</source>
        <translation>Passphrase di parole casuali da un elenco incorporato (predefinito: inglese, %1 parole, %2 bit ciascuna) o dal proprio.</translation>
    </message>
    <message>
        <source>A built-in list, by language: %1. The default is en, whatever the locale, so that scripts stay the same.</source>
        <translation>Un elenco incorporato, per lingua: %1. Il predefinito è en, qualunque sia l’impostazione locale, così che gli script restino invariati.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>value name in --help: a language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown --list &apos;%1&apos;; the built-in lists are %2</source>
        <translation>--list sconosciuto «%1»; gli elenchi incorporati sono %2</translation>
    </message>
    <message>
        <source>--list and --wordlist exclude each other: a wordlist file replaces the built-in list</source>
        <translation>--list e --wordlist si escludono a vicenda: un file di elenco di parole sostituisce l’elenco incorporato</translation>
    </message>
    <message>
        <source>Give each gap its own separator, drawn from these characters (2 to %1 distinct; adds log2 of their number a gap).</source>
        <translation>Dà a ogni intervallo tra le parole un proprio separatore, estratto tra questi caratteri (da 2 a %1 distinti; aggiunge per intervallo log2 del loro numero).</translation>
    </message>
    <message>
        <source>lower (default), upper, each (each word capitalised; also title), one (one random word capitalised) or random (each word capitalised or not, at random: a bit a word).</source>
        <translation>lower (predefinito), upper, each (ogni parola con l’iniziale maiuscola; anche title), one (una parola a caso con l’iniziale maiuscola) oppure random (ogni parola con l’iniziale maiuscola o no, a caso: un bit per parola).</translation>
    </message>
    <message>
        <source>CASE</source>
        <comment>value name in --help: lower, upper, each, one or random</comment>
        <translation>CASE</translation>
    </message>
    <message>
        <source>Append a random symbol (one of %1) to one random word.</source>
        <translation>Aggiunge un simbolo casuale (uno tra %1) a una parola scelta a caso.</translation>
    </message>
    <message>
        <source>--separator and --separator-from exclude each other</source>
        <translation>--separator e --separator-from si escludono a vicenda</translation>
    </message>
    <message>
        <source>--separator-from &apos;%1&apos; must hold 2 to %2 distinct characters, none a lone combining mark or a control character</source>
        <translation>--separator-from «%1» deve contenere da 2 a %2 caratteri distinti, nessuno dei quali un segno combinante isolato o un carattere di controllo</translation>
    </message>
    <message>
        <source>unknown --case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>--case sconosciuto «%1»; usare lower, upper, each, one oppure random</translation>
    </message>
    <message>
        <source>warning: in this case two words of the wordlist look the same (such as straße and strasse, both STRASSE), so entropy_bits is an upper bound</source>
        <translation>avviso: con questa scelta di maiuscole due parole dell’elenco diventano uguali (come straße e strasse, entrambe STRASSE), quindi entropy_bits è un limite superiore</translation>
    </message>
    <message>
        <source>Easy to say: syllables of the letters %1, %2 and %3 (see the manual), uniform among every string of the length; takes --length (%4 to %5), --min-upper 0 or 1 and --min-digits 0 or 1.</source>
        <translation>Facile da pronunciare: sillabe delle lettere %1, %2 e %3 (vedere il manuale), estratte in modo uniforme tra tutte le stringhe di quella lunghezza; accetta --length (da %4 a %5), --min-upper 0 o 1 e --min-digits 0 o 1.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --pronounceable, whose letters the grammar fixes</source>
        <translation>--%1 non si applica a --pronounceable, le cui lettere sono fissate dalla grammatica</translation>
    </message>
    <message>
        <source>unknown shell &apos;%1&apos; for --completions; use bash, zsh or fish</source>
        <translation>shell sconosciuta «%1» per --completions; usare bash, zsh o fish</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message>
        <source>Time left before the clipboard is cleared</source>
        <translation>Tempo rimanente prima che gli appunti vengano svuotati</translation>
    </message>
    <message>
        <source>Copied; the clipboard keeps it until you clear it</source>
        <translation>Copiato; gli appunti lo conservano finché non li svuoti</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiato negli appunti</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Gli appunti verranno svuotati tra %n s</numerusform>
            <numerusform>Gli appunti verranno svuotati tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard as plain text</source>
        <translation>Copiato negli appunti come testo semplice</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Appunti svuotati</translation>
    </message>
    <message>
        <source>This desktop lets Passforge clear the clipboard only while its window has focus, and not once another program has taken the value over: the value may stay after the countdown. Use Clear now before you switch away.</source>
        <translation>Su questo desktop Passforge può svuotare gli appunti solo mentre la sua finestra ha il focus, e non più quando un altro programma si è appropriato del valore: il valore può quindi restare negli appunti anche dopo il conto alla rovescia. Usa «Svuota ora» prima di passare a un’altra finestra.</translation>
    </message>
</context>
<context>
    <name>DrawRecord</name>
    <message>
        <source>Passforge draw record</source>
        <translation>Verbale di estrazione di Passforge</translation>
    </message>
    <message>
        <source>Passforge shuffle record</source>
        <translation>Verbale di mescolamento di Passforge</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Voci: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (a name on several lines has one ticket per line)</source>
        <translation>Biglietti: %1 (un nome su più righe ha un biglietto per riga)</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 dell’elenco: %1</translation>
    </message>
    <message>
        <source>Winners, in draw order:</source>
        <translation>Vincitori, in ordine di estrazione:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <comment>heading of the list in shuffled order</comment>
        <translation>Ordine:</translation>
    </message>
    <message>
        <source>Draw %1 of this session</source>
        <translation>Estrazione %1 di questa sessione</translation>
    </message>
    <message>
        <source>Shuffle %1 of this session</source>
        <translation>Mescolamento %1 di questa sessione</translation>
    </message>
    <message>
        <source>Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed</source>
        <translation>Rettifica l’estrazione %1: %2 sostituito da %3, il vincitore successivo estratto dallo stesso seme</translation>
    </message>
    <message>
        <source>Duplicates: %1, removed: one ticket per entry</source>
        <translation>Duplicati: %1, rimossi: un biglietto per voce</translation>
    </message>
    <message>
        <source>Drawn with: %1</source>
        <comment>the name of the draw algorithm</comment>
        <translation>Estratto con: %1</translation>
    </message>
    <message>
        <source>Public random value: %1</source>
        <translation>Valore casuale pubblico: %1</translation>
    </message>
    <message>
        <source>Seed: %1 (SHA-256 of the public random value)</source>
        <translation>Seme: %1 (SHA-256 del valore casuale pubblico)</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seme: %1</translation>
    </message>
    <message>
        <source>To check it, save this line as a file and run passforge-cli pick --verify FILE LIST, or docs/verify-draw.py FILE LIST:</source>
        <translation>Per verificarlo, salva questa riga in un file ed esegui passforge-cli pick --verify FILE LIST, oppure docs/verify-draw.py FILE LIST:</translation>
    </message>
</context>
<context>
    <name>GenerateManyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copia tutto</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>Generate Many</source>
        <translation>Genera più valori</translation>
    </message>
    <message>
        <source>The tab&apos;s options, as passforge-cli takes them</source>
        <translation>Le opzioni della scheda, come le accetta passforge-cli</translation>
    </message>
    <message>
        <source>A saved file holds these secrets as plain text: keep it safe, and delete it when it has served.</source>
        <translation>Un file salvato contiene questi segreti in chiaro: tienilo al sicuro ed eliminalo quando non serve più.</translation>
    </message>
    <message>
        <source>Copy every value, one per line, to the clipboard, which clears itself after a while</source>
        <translation>Copia tutti i valori, uno per riga, negli appunti, che si svuotano da soli dopo un po’</translation>
    </message>
    <message>
        <source>Save every value, one per line, to a file only you can read</source>
        <translation>Salva tutti i valori, uno per riga, in un file leggibile solo da te</translation>
    </message>
    <message>
        <source>&amp;How many (%1–%2):</source>
        <translation>&amp;Quanti (%1–%2):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Cancelled; no values were kept.</source>
        <translation>Annullato; nessun valore è stato conservato.</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>La sorgente casuale del sistema non ha funzionato: %1</translation>
    </message>
    <message>
        <source>%1 values are ready to copy or save.</source>
        <translation>%1 valori pronti da copiare o salvare.</translation>
    </message>
    <message>
        <source>%1 values copied; the clipboard clears itself after a while.</source>
        <translation>%1 valori copiati; gli appunti si svuotano da soli dopo un po’.</translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation>Salva i valori</translation>
    </message>
    <message>
        <source>%1 values saved to %2, readable only by you.</source>
        <translation>%1 valori salvati in %2, leggibili solo da te.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossibile salvare in %1: %2</translation>
    </message>
</context>
<context>
    <name>GeneratorPage</name>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Rigenera</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Make a new value with the same options (Ctrl+R, F5)</source>
        <translation>Crea un nuovo valore con le stesse opzioni (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copia negli appunti, che si svuotano da soli dopo un po’</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copia negli appunti</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Nascondi il valore</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Mostra il valore</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>La sorgente casuale del sistema non ha funzionato: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard as plain text, which stays there</source>
        <translation>Copia negli appunti come testo semplice, che vi resta</translation>
    </message>
    <message>
        <source>More: a QR code, many values at once</source>
        <translation>Altro: un codice QR, molti valori in una volta</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Altre azioni</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>Codice QR</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>&amp;Svuota tutto</translation>
    </message>
    <message>
        <source>History of This Session</source>
        <translation>Cronologia di questa sessione</translation>
    </message>
    <message>
        <source>Values of this session</source>
        <translation>Valori di questa sessione</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens you make or copy are kept here until you quit, in memory only; nothing here is ever saved.</source>
        <translation>Gli ultimi %1 valori (password, passphrase e token) che generi o copi restano qui fino alla chiusura, solo in memoria; nulla di ciò che è qui viene mai salvato.</translation>
    </message>
    <message>
        <source>No history is kept: turn on “Keep a history of this session&apos;s values” in Preferences.</source>
        <translation>Non viene conservata alcuna cronologia: attiva «Mantieni una cronologia dei valori di questa sessione» nelle Preferenze.</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copia negli appunti, che si svuotano da soli dopo un po’</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Nascondi</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>Valore nascosto</translation>
    </message>
    <message>
        <source>%1, copied</source>
        <translation>%1, copiato</translation>
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
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Passp&amp;hrase</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>N&amp;umero</translation>
    </message>
    <message>
        <source>Pick a &amp;winner</source>
        <translation>&amp;Estrazione</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Rigenera</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation>&amp;Svuota ora</translation>
    </message>
    <message>
        <source>Take the copied value off the clipboard now</source>
        <translation>Togli subito il valore copiato dagli appunti</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About Passforge</source>
        <translation>Inform&amp;azioni su Passforge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>About Passforge</source>
        <translation>Informazioni su Passforge</translation>
    </message>
    <message>
        <source>Make a new value with the same options</source>
        <translation>Genera un nuovo valore con le stesse opzioni</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Copia il valore negli appunti</translation>
    </message>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Apri elenco…</translation>
    </message>
    <message>
        <source>&amp;Verify a draw record…</source>
        <translation>&amp;Verifica un verbale di estrazione…</translation>
    </message>
    <message>
        <source>Check a saved draw record against its list</source>
        <translation>Controlla un verbale di estrazione salvato rispetto al suo elenco</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Cro&amp;nologia…</translation>
    </message>
    <message>
        <source>This session&apos;s passwords, passphrases and tokens</source>
        <translation>Password, passphrase e token di questa sessione</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Mostra come codice &amp;QR…</translation>
    </message>
    <message>
        <source>Show the value as a QR code for a phone to read</source>
        <translation>Mostra il valore come codice QR da leggere con un telefono</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi QR code…</source>
        <translation>Codice QR &amp;Wi-Fi…</translation>
    </message>
    <message>
        <source>A QR code that joins phones to a network with this password</source>
        <translation>Un codice QR che collega i telefoni a una rete con questa password</translation>
    </message>
    <message>
        <source>Generate &amp;many…</source>
        <translation>&amp;Genera più valori…</translation>
    </message>
    <message>
        <source>Many values of these options, to copy or save</source>
        <translation>Molti valori con queste opzioni, da copiare o salvare</translation>
    </message>
    <message>
        <source>Chec&amp;k a password…</source>
        <translation>&amp;Verifica una password…</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess</source>
        <translation>Quanto è difficile indovinare una password che hai già</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwords, passphrases, tokens, random numbers and fair draws from the operating system&apos;s random source, in five tabs: Password, Passphrase, Token, Number and Pick a winner. Nothing you generate is saved.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Credits: the built-in wordlists are made from EFF&apos;s large wordlist (English), dys2p&apos;s German list, the French list made for Tails, victordargallo&apos;s Spanish and Italian lists and drebs&apos;s Brazilian Portuguese list, screened with the LDNOOBW lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike names are found with ICU&apos;s confusable data; the window is built with Qt.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Password, passphrase, token, numeri casuali ed estrazioni eque dalla fonte casuale del sistema operativo, in cinque schede: Password, Passphrase, Token, Numero ed Estrazione. Nulla di ciò che generi viene salvato.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Riconoscimenti: gli elenchi di parole integrati derivano dall’elenco lungo dell’EFF (inglese), dall’elenco tedesco di dys2p, dall’elenco francese creato per Tails, dagli elenchi spagnolo e italiano di victordargallo e dall’elenco in portoghese brasiliano di drebs, filtrati con gli elenchi LDNOOBW; le stime di robustezza vengono da zxcvbn-c e i codici QR da qrcodegen; i nomi simili sono individuati con i dati sui caratteri confondibili di ICU; la finestra è realizzata con Qt.&lt;/p&gt;&lt;p&gt;Distribuito con licenza GNU General Public License, versione 3 o successiva.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message>
        <source>&amp;Distinct: no value twice</source>
        <translation>&amp;Distinti: nessun valore due volte</translation>
    </message>
    <message>
        <source>Generated numbers</source>
        <translation>Numeri generati</translation>
    </message>
    <message>
        <source>Any whole number from %1 to %2</source>
        <translation>Qualsiasi numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Un numero intero</translation>
    </message>
    <message>
        <source>Minimum, included</source>
        <translation>Minimo, incluso</translation>
    </message>
    <message>
        <source>Maximum, included</source>
        <translation>Massimo, incluso</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Mi&amp;nimo:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Ma&amp;ssimo:</translation>
    </message>
    <message>
        <source>How many numbers</source>
        <translation>Quanti numeri</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Valori distinti</translation>
    </message>
    <message>
        <source>Enter a whole number as the minimum.</source>
        <translation>Inserisci un numero intero come minimo.</translation>
    </message>
    <message>
        <source>Enter a whole number as the maximum.</source>
        <translation>Inserisci un numero intero come massimo.</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>Il minimo %1 è maggiore del massimo %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 there are fewer than %3 different values, so they cannot all be distinct.</source>
        <translation>Da %1 a %2 ci sono meno di %3 valori diversi, quindi non possono essere tutti distinti.</translation>
    </message>
    <message>
        <source>Distinct draws are limited to %L1 values.</source>
        <translation>Le estrazioni senza ripetizione sono limitate a %L1 valori.</translation>
    </message>
    <message>
        <source>one of %1 values (%2 bits)</source>
        <comment>a number drawn from a range</comment>
        <translation>uno di %1 valori (%2 bit)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valore distinto su %1 (%2 bit in tutto)</numerusform>
            <numerusform>%Ln valori distinti su %1 (%2 bit in tutto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valore, scelto tra %1 (%2 bit in tutto)</numerusform>
            <numerusform>%Ln valori, ognuno scelto tra %1 (%2 bit in tutto)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the range is equally likely. A number is not treated as a secret: a copy is plain text and stays on the clipboard.</source>
        <translation>Ogni valore dell’intervallo è ugualmente probabile. Un numero non è trattato come un segreto: una copia è testo semplice e resta negli appunti.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>tra %1 e %2</translation>
    </message>
    <message>
        <source>The minimum must be %1.</source>
        <translation>Il minimo deve essere compreso %1.</translation>
    </message>
    <message>
        <source>The maximum must be %1.</source>
        <translation>Il massimo deve essere compreso %1.</translation>
    </message>
    <message>
        <source>The count must be from %1 to %2.</source>
        <translation>Il numero di valori deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
        <source>Enter both bounds as whole numbers first.</source>
        <translation>Inserisci prima entrambi i limiti come numeri interi.</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <source>Add a random di&amp;git</source>
        <translation>A&amp;ggiungi una cifra casuale</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Passphrase generata</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Numero di parole</translation>
    </message>
    <message>
        <source>Wor&amp;ds:</source>
        <translation>Paro&amp;le:</translation>
    </message>
    <message>
        <source>None: the words run together</source>
        <translation>Nessuno: le parole sono unite</translation>
    </message>
    <message>
        <source>Separator between words</source>
        <translation>Separatore tra le parole</translation>
    </message>
    <message>
        <source>Goes between the words; it may be empty, and it adds no entropy</source>
        <translation>Va tra le parole; può essere vuoto e non aggiunge entropia</translation>
    </message>
    <message>
        <source>Separat&amp;or:</source>
        <translation>&amp;Separatore:</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Maiuscole e minuscole</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>minuscole</translation>
    </message>
    <message>
        <source>UPPERCASE</source>
        <translation>MAIUSCOLE</translation>
    </message>
    <message>
        <source>One random word capitalised</source>
        <translation>Una parola a caso con l’iniziale maiuscola</translation>
    </message>
    <message>
        <source>Which word is capitalised is random too, and counts as entropy</source>
        <translation>Anche la parola con la maiuscola è scelta a caso, e conta come entropia</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>M&amp;aiuscole:</translation>
    </message>
    <message>
        <source>Add a random digit</source>
        <translation>Aggiungi una cifra casuale</translation>
    </message>
    <message>
        <source>Appends a random digit 0–9 to one random word, for sites that insist on a digit</source>
        <translation>Aggiunge una cifra casuale da 0 a 9 a una parola scelta a caso, per i siti che pretendono una cifra</translation>
    </message>
    <message>
        <source>Word&amp;list:</source>
        <translation>Elenco &amp;di parole:</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>an upper bound on the entropy, such as “77.5 bits — strong”</comment>
        <translation>al massimo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln parola × %2 bit (elenco di %3 parole)</numerusform>
            <numerusform>%1 · %Ln parole × %2 bit (elenco di %3 parole)</numerusform>
        </translation>
    </message>
    <message>
        <source>capital</source>
        <comment>bits for which word is capitalised</comment>
        <translation>maiuscola</translation>
    </message>
    <message>
        <source>digit</source>
        <comment>bits for where the digit goes and which digit it is</comment>
        <translation>cifra</translation>
    </message>
    <message>
        <source>%1 + %2 bits (%3)</source>
        <comment>the entropy line, then bits for the capital or digit</comment>
        <translation>%1 + %2 bit (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%Ln parola, estratta tra %1: %Ln × log2(%1) = %2 bit.</numerusform>
            <numerusform>%Ln parole, ognuna estratta tra %1: %Ln × log2(%1) = %2 bit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.</source>
        <translation>Quale parola riceve la cifra, e quale cifra: log2(10 × %1) = %2 bit.</translation>
    </message>
    <message>
        <source>A passphrase needs from %1 to %2 words.</source>
        <translation>Una passphrase richiede da %1 a %2 parole.</translation>
    </message>
    <message>
        <source>The separator has a character that cannot stand alone, such as a lone accent or an invisible control character.</source>
        <translation>Il separatore contiene un carattere che non può stare da solo, come un accento isolato o un carattere di controllo invisibile.</translation>
    </message>
    <message>
        <source>The wordlist has fewer than %1 words.</source>
        <translation>L’elenco di parole ha meno di %1 parole.</translation>
    </message>
    <message>
        <source>Some words of this list contain digits, so the added digit may be read as part of a word, and a passphrase as more than one choice of words: the entropy shown is an upper bound. Without the added digit it is exact.</source>
        <translation>Alcune parole di questo elenco contengono cifre, quindi la cifra aggiunta può essere letta come parte di una parola, e una passphrase come più di una scelta di parole: l’entropia mostrata è un limite superiore. Senza la cifra aggiunta è esatta.</translation>
    </message>
    <message>
        <source>Some words of this list begin with other words, and the separator does not keep the words apart, so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. A one-character separator that appears in no word makes it exact.</source>
        <translation>Alcune parole di questo elenco iniziano con altre parole e il separatore non tiene distinte le parole, quindi una passphrase può essere letta come più di una scelta di parole: l’entropia mostrata è un limite superiore. Un separatore di un solo carattere che non compare in nessuna parola la rende esatta.</translation>
    </message>
    <message>
        <source>Each Word Capitalised</source>
        <translation>Ogni Parola Con Iniziale Maiuscola</translation>
    </message>
    <message>
        <source>Random: each word capitalised or not</source>
        <translation>A caso: ogni parola con l’iniziale maiuscola o no</translation>
    </message>
    <message>
        <source>A coin for each word decides its capital: one bit a word, for words that have a capital</source>
        <translation>Per ogni parola, un lancio di moneta decide se ha la maiuscola: un bit per parola, per le parole che ammettono la maiuscola</translation>
    </message>
    <message>
        <source>Mi&amp;x separators:</source>
        <translation>Separat&amp;ori misti:</translation>
    </message>
    <message>
        <source>Off; or characters to draw each gap&apos;s from</source>
        <translation>Disattivato; oppure i caratteri tra cui estrarre ogni separatore</translation>
    </message>
    <message>
        <source>Characters to draw each separator from</source>
        <translation>Caratteri tra cui estrarre ogni separatore</translation>
    </message>
    <message>
        <source>Each gap between words gets its own separator, drawn from these characters (2 to %1, all different), in place of the one above; each gap adds log2 of their number</source>
        <translation>Ogni intervallo tra le parole riceve un proprio separatore, estratto tra questi caratteri (da 2 a %1, tutti diversi), al posto di quello sopra; ogni intervallo aggiunge log2 del numero di caratteri</translation>
    </message>
    <message>
        <source>Add a random s&amp;ymbol</source>
        <translation>Aggiungi un sim&amp;bolo casuale</translation>
    </message>
    <message>
        <source>Add a random symbol</source>
        <translation>Aggiungi un simbolo casuale</translation>
    </message>
    <message>
        <source>Appends a random symbol (one of %1) to one random word, for sites that insist on a symbol</source>
        <translation>Aggiunge un simbolo casuale (uno tra %1) a una parola scelta a caso, per i siti che pretendono un simbolo</translation>
    </message>
    <message>
        <source>case</source>
        <comment>bits for each word&apos;s random capital</comment>
        <translation>maiuscole</translation>
    </message>
    <message>
        <source>separators</source>
        <comment>bits for each gap&apos;s separator</comment>
        <translation>separatori</translation>
    </message>
    <message>
        <source>symbol</source>
        <comment>bits for where the symbol goes and which symbol it is</comment>
        <translation>simbolo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the sources of extra bits</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Which word is capitalised: %1 bits (log2(%2) when every word has a capital).</source>
        <translation>Quale parola ha la maiuscola: %1 bit (log2(%2) se ogni parola ammette la maiuscola).</translation>
    </message>
    <message>
        <source>Whether each word is capitalised: %1 bits (a bit for each word that has a capital).</source>
        <translation>Se ogni parola ha la maiuscola: %1 bit (un bit per ogni parola che ammette la maiuscola).</translation>
    </message>
    <message>
        <source>Each gap&apos;s separator, from %1: %2 bits.</source>
        <translation>Il separatore di ogni intervallo, tra %1 caratteri: %2 bit.</translation>
    </message>
    <message>
        <source>Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.</source>
        <translation>Quale parola riceve il simbolo, e quale simbolo: log2(%1 × %2) = %3 bit.</translation>
    </message>
    <message>
        <source>Mixed separators need 2 to %1 different characters, none a lone accent or an invisible control character.</source>
        <translation>I separatori misti richiedono da 2 a %1 caratteri diversi, nessuno dei quali un accento isolato o un carattere di controllo invisibile.</translation>
    </message>
    <message>
        <source>Some words of this list contain symbols, so the added symbol may be read as part of a word: the entropy shown is an upper bound. Without the added symbol it is exact.</source>
        <translation>Alcune parole di questo elenco contengono simboli, quindi il simbolo aggiunto può essere letto come parte di una parola: l’entropia mostrata è un limite superiore. Senza il simbolo aggiunto è esatta.</translation>
    </message>
    <message>
        <source>In this case two words of the list look the same (such as straße and strasse, both STRASSE), so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. Lowercase keeps it exact.</source>
        <translation>Con questa scelta di maiuscole due parole dell’elenco diventano uguali (come straße e strasse, entrambe STRASSE), quindi una passphrase può essere letta come più di una scelta di parole: l’entropia mostrata è un limite superiore. Con le minuscole è esatta.</translation>
    </message>
</context>
<context>
    <name>PasswordCheckDialog</name>
    <message>
        <source>Check a Password</source>
        <translation>Verifica una password</translation>
    </message>
    <message>
        <source>A password you use or want to use</source>
        <translation>Una password che usi o vuoi usare</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Password da verificare</translation>
    </message>
    <message>
        <source>zxcvbn estimates how many guesses an attacker who tries common passwords, words, names, dates and keyboard patterns first would need. What you type stays in this window and is never saved.</source>
        <translation>zxcvbn stima quanti tentativi servirebbero a un attaccante che prova prima password comuni, parole, nomi, date e schemi di tastiera. Ciò che scrivi resta in questa finestra e non viene mai salvato.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punteggio:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Tentativi:</translation>
    </message>
    <message>
        <source>Online, 100 guesses an hour:</source>
        <translation>Online, 100 tentativi all’ora:</translation>
    </message>
    <message>
        <source>Online, 10 guesses a second:</source>
        <translation>Online, 10 tentativi al secondo:</translation>
    </message>
    <message>
        <source>Offline, slow hash (10^4 a second):</source>
        <translation>Offline, hash lento (10^4 al secondo):</translation>
    </message>
    <message>
        <source>Offline, fast hash (10^10 a second):</source>
        <translation>Offline, hash veloce (10^10 al secondo):</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Nascondi la password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>Type a password to see its estimate.</source>
        <translation>Scrivi una password per vederne la stima.</translation>
    </message>
    <message>
        <source>%1 of 4: %2</source>
        <translation>%1 su 4: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>circa %1</translation>
    </message>
    <message>
        <source>nothing zxcvbn knows</source>
        <translation>nulla di noto a zxcvbn</translation>
    </message>
    <message>
        <source>This password is longer than %1 bytes, the most zxcvbn checks.</source>
        <translation>Questa password supera i %1 byte, il massimo che zxcvbn verifica.</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Generated password</source>
        <translation>Password generata</translation>
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
        <translation>simboli</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lunghezza</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>Lunghezza in caratteri</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Lunghezza:</translation>
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
        <translation>&amp;Simboli</translation>
    </message>
    <message>
        <source>&amp;Minimum A–Z:</source>
        <translation>Minim&amp;o A–Z:</translation>
    </message>
    <message>
        <source>M&amp;inimum a–z:</source>
        <translation>Mi&amp;nimo a–z:</translation>
    </message>
    <message>
        <source>Minimum 0–&amp;9:</source>
        <translation>Minimo 0–&amp;9:</translation>
    </message>
    <message>
        <source>Minimum s&amp;ymbols:</source>
        <translation>Minimo sim&amp;boli:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usa %1</translation>
    </message>
    <message>
        <source>Minimum number of %1</source>
        <translation>Numero minimo di %1</translation>
    </message>
    <message>
        <source>Extra characters, such as é ß € §</source>
        <translation>Caratteri aggiuntivi, come é ß € §</translation>
    </message>
    <message>
        <source>Also use these characters</source>
        <translation>Usa anche questi caratteri</translation>
    </message>
    <message>
        <source>Also &amp;use:</source>
        <translation>Caratteri e&amp;xtra:</translation>
    </message>
    <message>
        <source>Characters never to use</source>
        <translation>Caratteri da non usare mai</translation>
    </message>
    <message>
        <source>Exclude these characters</source>
        <translation>Escludi questi caratteri</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Esclu&amp;di:</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters</source>
        <translation>E&amp;vita i caratteri simili</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>Esclude %1</translation>
    </message>
    <message>
        <source>Avoid look-alike characters</source>
        <translation>Evita i caratteri simili</translation>
    </message>
    <message>
        <source>A&amp;dvanced: minimum per kind</source>
        <translation>Opzioni a&amp;ggiuntive: minimo per tipo</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostra le opzioni aggiuntive</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Caratteri:</translation>
    </message>
    <message>
        <source>The length must be from %1 to %2.</source>
        <translation>La lunghezza deve essere compresa tra %1 e %2.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character, or add characters under “Also use”.</source>
        <translation>Scegli almeno un tipo di carattere o aggiungi caratteri in «Caratteri extra».</translation>
    </message>
    <message>
        <source>The excluded characters leave nothing to choose from. Exclude fewer, or add characters under “Also use”.</source>
        <translation>I caratteri esclusi non lasciano nulla tra cui scegliere. Escludine meno o aggiungi caratteri in «Caratteri extra».</translation>
    </message>
    <message>
        <source>Every character of %1 is excluded, but its minimum is %2.</source>
        <translation>Tutti i caratteri di %1 sono esclusi, ma il loro minimo è %2.</translation>
    </message>
    <message>
        <source>The minimums add up to %1, more than the length of %2. Lower a minimum or make the password longer.</source>
        <translation>I minimi sommano a %1, più della lunghezza di %2. Abbassa un minimo o allunga la password.</translation>
    </message>
    <message>
        <source>“Also use” has a character that cannot stand alone, such as a lone accent or an invisible character.</source>
        <translation>«Caratteri extra» contiene un carattere che non può stare da solo, come un accento isolato o un carattere invisibile.</translation>
    </message>
    <message>
        <source>“Also use” has %1 characters; at most %2 are allowed.</source>
        <translation>«Caratteri extra» contiene %1 caratteri; ne sono ammessi al massimo %2.</translation>
    </message>
    <message>
        <source>At least one of each &amp;kind</source>
        <translation>Almeno uno di ciascun tipo (&amp;K)</translation>
    </message>
    <message>
        <source>Every password has at least one character of each kind chosen. Each such password is equally likely, and the entropy counts only those.</source>
        <translation>Ogni password ha almeno un carattere di ciascun tipo scelto. Tutte queste password sono ugualmente probabili e l’entropia conta solo quelle.</translation>
    </message>
    <message>
        <source>At least one of each kind</source>
        <translation>Almeno uno di ciascun tipo</translation>
    </message>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>Una password di %Ln carattere non può contenerne uno per ciascuno dei %1 tipi scelti. Allungala o disattiva «Almeno uno di ciascun tipo».</numerusform>
            <numerusform>Una password di %Ln caratteri non può contenerne uno per ciascuno dei %1 tipi scelti. Allungala o disattiva «Almeno uno di ciascun tipo».</numerusform>
        </translation>
    </message>
    <message>
        <source>Site (d&amp;omain):</source>
        <translation>Sito &amp;web (dominio):</translation>
    </message>
    <message>
        <source>A website whose password rules are known, such as apple.com</source>
        <translation>Un sito web di cui sono note le regole delle password, come apple.com</translation>
    </message>
    <message>
        <source>Follow the password rules of this website</source>
        <translation>Segui le regole delle password di questo sito web</translation>
    </message>
    <message>
        <source>Or a site&apos;s rules, such as: minlength: 8; required: digit; max-consecutive: 2</source>
        <translation>Oppure le regole di un sito, come: minlength: 8; required: digit; max-consecutive: 2</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Regole delle password</translation>
    </message>
    <message>
        <source>Apple&apos;s password-rules language: required, allowed, max-consecutive, minlength and maxlength, with the classes upper, lower, digit, special, ascii-printable and [characters]. Rules replace the kinds of character above; the space is never used.</source>
        <translation>Il linguaggio password-rules di Apple: required, allowed, max-consecutive, minlength e maxlength, con le classi upper, lower, digit, special, ascii-printable e [caratteri]. Le regole sostituiscono i tipi di carattere qui sopra; lo spazio non viene mai usato.</translation>
    </message>
    <message>
        <source>The rules have an error: %1.</source>
        <translation>Le regole contengono un errore: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The rules of a website in words: &quot;apple.com: 8–63 characters, at least one digit&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These rules take %1 to %2 characters.</source>
        <translation>Queste regole richiedono da %1 a %2 caratteri.</translation>
    </message>
    <message>
        <source>These rules admit no length: at least %1 and at most %2 characters.</source>
        <translation>Queste regole non ammettono alcuna lunghezza: almeno %1 e al massimo %2 caratteri.</translation>
    </message>
    <message>
        <source>The rules require one of “%1”, and none of them can be used: the space never is, and “Exclude” or “Avoid look-alike characters” remove the rest.</source>
        <translation>Le regole richiedono uno tra «%1» e nessuno di essi può essere usato: lo spazio non viene mai usato, e «Escludi» o «Evita i caratteri simili» tolgono gli altri.</translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>Nessuna password di %Ln carattere rispetta queste regole.</numerusform>
            <numerusform>Nessuna password di %Ln caratteri rispetta queste regole.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rules have more than %1 different “required” sets.</source>
        <translation>Queste regole hanno più di %1 insiemi «required» diversi.</translation>
    </message>
    <message>
        <source>Rule strin&amp;g:</source>
        <translation>Stringa dei re&amp;quisiti:</translation>
    </message>
    <message>
        <source>No password rules are known for “%1”. Type them under “Rule string”, or clear “Site”.</source>
        <translation>Non sono note regole delle password per «%1». Scrivile in «Stringa dei requisiti» o svuota «Sito web».</translation>
    </message>
    <message>
        <source>With no kind of character chosen, passforge-cli would use all four, so these options cannot be a preset: choose at least one kind.</source>
        <translation>Senza alcun tipo di carattere scelto, passforge-cli li userebbe tutti e quattro, quindi queste opzioni non possono diventare un preset: scegli almeno un tipo.</translation>
    </message>
    <message>
        <source>no password rules are known for the site “%1”</source>
        <translation>non sono note regole delle password per il sito «%1»</translation>
    </message>
    <message>
        <source>the rules have an error: %1</source>
        <translation>le regole contengono un errore: %1</translation>
    </message>
    <message>
        <source>the length must be from %1 to %2 for these rules, not %3</source>
        <translation>la lunghezza deve essere compresa tra %1 e %2 con queste regole, non %3</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stile:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Stile della password</translation>
    </message>
    <message>
        <source>Random characters</source>
        <translation>Caratteri casuali</translation>
    </message>
    <message>
        <source>Easy to say (syllables)</source>
        <translation>Facile da pronunciare (sillabe)</translation>
    </message>
    <message>
        <source>Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), drawn so that every password of this length is equally likely: easier to read out and type, with fewer bits a character</source>
        <translation>Sillabe formate da una consonante (%1), una vocale (%2) e a volte una consonante finale (%3), estratte in modo che ogni password di questa lunghezza sia ugualmente probabile: più facili da leggere ad alta voce e da digitare, con meno bit per carattere</translation>
    </message>
    <message>
        <source>Add a c&amp;apital</source>
        <translation>Aggiungi una m&amp;aiuscola</translation>
    </message>
    <message>
        <source>Make one letter a capital</source>
        <translation>Rendi maiuscola una lettera</translation>
    </message>
    <message>
        <source>One letter, at random, in upper case</source>
        <translation>Una lettera a caso, in maiuscolo</translation>
    </message>
    <message>
        <source>Add a &amp;digit</source>
        <translation>A&amp;ggiungi una cifra</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>Aggiungi una cifra</translation>
    </message>
    <message>
        <source>One digit, at random, anywhere in the password</source>
        <translation>Una cifra a caso, in qualsiasi punto della password</translation>
    </message>
    <message>
        <source>Easy-to-say passwords take %1 to %2 characters.</source>
        <translation>Le password facili da pronunciare richiedono da %1 a %2 caratteri.</translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Apri elenco…</translation>
    </message>
    <message>
        <source>Re&amp;move duplicates: one ticket per name</source>
        <translation>Rimuovi &amp;duplicati: un biglietto per nome</translation>
    </message>
    <message>
        <source>Sh&amp;uffle list</source>
        <translation>Mes&amp;cola elenco</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>Copia il &amp;risultato</translation>
    </message>
    <message>
        <source>Copy draw re&amp;cord</source>
        <translation>Copia il &amp;verbale</translation>
    </message>
    <message>
        <source>One entry per line. Paste or type the list, or drop a text file here.</source>
        <translation>Una voce per riga. Incolla o scrivi l’elenco, oppure trascina qui un file di testo.</translation>
    </message>
    <message>
        <source>List of entries, one per line</source>
        <translation>Elenco delle voci, una per riga</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>E&amp;lenco:</translation>
    </message>
    <message>
        <source>Open a list from a text file</source>
        <translation>Apri un elenco da un file di testo</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Rimuovi i duplicati</translation>
    </message>
    <message>
        <source>Otherwise a name on several lines has one ticket per line, and so a better chance</source>
        <translation>Altrimenti un nome su più righe ha un biglietto per riga, e quindi più probabilità</translation>
    </message>
    <message>
        <source>Number of winners</source>
        <translation>Numero di vincitori</translation>
    </message>
    <message>
        <source>Winne&amp;rs:</source>
        <translation>Vi&amp;ncitori:</translation>
    </message>
    <message>
        <source>Draw winners</source>
        <translation>Estrai i vincitori</translation>
    </message>
    <message>
        <source>Shuffle the whole list</source>
        <translation>Mescola l’intero elenco</translation>
    </message>
    <message>
        <source>Result, in draw order</source>
        <translation>Risultato, in ordine di estrazione</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>Copia il risultato</translation>
    </message>
    <message>
        <source>Copy a record of the draw</source>
        <translation>Copia un verbale dell’estrazione</translation>
    </message>
    <message>
        <source>That text is larger than %1 MB, the most a list can hold.</source>
        <translation>Quel testo supera %1 MB, il massimo che un elenco può contenere.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <source>The list is larger than %1 MB, the most it can hold.</source>
        <translation>L’elenco supera %1 MB, il massimo che può contenere.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Ancora nessuna voce.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln voce</numerusform>
            <numerusform>%Ln voci</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>nessun duplicato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>%Ln duplicato (rimosso)</numerusform>
            <numerusform>%Ln duplicati (rimossi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%Ln duplicato (conta come un biglietto in più)</numerusform>
            <numerusform>%Ln duplicati (ognuno conta come un biglietto in più)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list summary: entries, duplicates</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Shorten the list to draw from it.</source>
        <translation>Accorcia l’elenco per poter estrarre.</translation>
    </message>
    <message>
        <source>Paste or type a list on the left, one entry per line, or open a text file.</source>
        <translation>Incolla o scrivi un elenco a sinistra, una voce per riga, oppure apri un file di testo.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Solo %Ln voce per %1 vincitori. Chiedi meno vincitori o aggiungi voci.</numerusform>
            <numerusform>Solo %Ln voci per %1 vincitori. Chiedi meno vincitori o aggiungi voci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Premi «Estrai» per scegliere %Ln vincitore, oppure «Mescola elenco» per mettere l’intero elenco in ordine casuale.</numerusform>
            <numerusform>Premi «Estrai» per scegliere %Ln vincitori, oppure «Mescola elenco» per mettere l’intero elenco in ordine casuale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>La sorgente casuale del sistema non ha funzionato: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>Apri un elenco</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>File di testo (*.txt *.csv *.list);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossibile aprire «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a list can hold.</source>
        <translation>«%1» supera %2 MB, il massimo che un elenco può contenere.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«%1» non è testo UTF-8.</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <comment>pick winners by lot</comment>
        <translation>E&amp;strai</translation>
    </message>
    <message>
        <source>“%1” and “%2” look alike (lines %3 and %4)</source>
        <translation>«%1» e «%2» si somigliano (righe %3 e %4)</translation>
    </message>
    <message>
        <source>Line %1 contains a control character (%2). Remove it to draw.</source>
        <translation>La riga %1 contiene un carattere di controllo (%2). Rimuovilo per estrarre.</translation>
    </message>
    <message>
        <source>Line %1 contains a bidirectional control character (%2). Remove it to draw.</source>
        <translation>La riga %1 contiene un carattere di controllo bidirezionale (%2). Rimuovilo per estrarre.</translation>
    </message>
    <message>
        <source>Line %1 contains an invisible character (%2). Remove it to draw.</source>
        <translation>La riga %1 contiene un carattere invisibile (%2). Rimuovilo per estrarre.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Svuota l’elenco</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name, in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The pasted list</source>
        <translation>L’elenco incollato</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 non è testo UTF-8.</translation>
    </message>
    <message>
        <source>%1 has no entries.</source>
        <translation>%1 non contiene voci.</translation>
    </message>
    <message>
        <source>%1 is too long to edit here, so the box shows its first %2 lines. Clear the list to type or paste a new one.</source>
        <translation>%1 è troppo lungo per essere modificato qui, quindi la casella ne mostra solo le prime %2 righe. Svuota l’elenco per scriverne o incollarne uno nuovo.</translation>
    </message>
    <message>
        <source>Draw the winners from the list</source>
        <translation>Estrai i vincitori dall’elenco</translation>
    </message>
    <message>
        <source>Replace a w&amp;inner…</source>
        <translation>Rimpia&amp;zza un vincitore…</translation>
    </message>
    <message>
        <source>Draws of this session</source>
        <translation>Estrazioni di questa sessione</translation>
    </message>
    <message>
        <source>Replace the selected winner</source>
        <translation>Sostituisci il vincitore selezionato</translation>
    </message>
    <message>
        <source>Draw lo&amp;g:</source>
        <translation>Re&amp;gistro delle estrazioni:</translation>
    </message>
    <message>
        <source>Copy shuffle re&amp;cord</source>
        <translation>Copia il &amp;verbale del mescolamento</translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>Mescolamento %1 · %2 · %Ln voce</numerusform>
            <numerusform>Mescolamento %1 · %2 · %Ln voci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>Estrazione %1 · %2 · %Ln vincitore</numerusform>
            <numerusform>Estrazione %1 · %2 · %Ln vincitori</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · for an earlier list</source>
        <comment>a draw, then why it no longer applies</comment>
        <translation>%1 · per un elenco precedente</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3 replaces a winner of draw %4</source>
        <comment>number, time, name, draw number</comment>
        <translation>Estrazione %1 · %2 · %3 sostituisce un vincitore dell’estrazione %4</translation>
    </message>
    <message>
        <source>Draw from %1 to %2 winners at a time.</source>
        <translation>Estrai da %1 a %2 vincitori alla volta.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e %Ln altra</numerusform>
            <numerusform>… e altre %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Estrazione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… e %Ln altra, nel risultato e nel verbale copiati</numerusform>
            <numerusform>… e altre %Ln, nel risultato e nel verbale copiati</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw from a pu&amp;blic random value:</source>
        <translation>Estrai da un valore casuale pu&amp;bblico:</translation>
    </message>
    <message>
        <source>Announce the list&apos;s SHA-256 and a random value that does not exist yet (such as a drand round, or a lottery&apos;s numbers); once it is public, draw from it. Anyone can then check that these are the winners, and nobody could have chosen them.</source>
        <translation>Annuncia lo SHA-256 dell’elenco e un valore casuale che ancora non esiste (come un round di drand o i numeri di una lotteria); quando sarà pubblico, estrai da quello. Chiunque potrà poi verificare che questi sono i vincitori e che nessuno avrebbe potuto sceglierli.</translation>
    </message>
    <message>
        <source>Public random value</source>
        <translation>Valore casuale pubblico</translation>
    </message>
    <message>
        <source>e.g. drand round 4211337</source>
        <translation>es. drand round 4211337</translation>
    </message>
    <message>
        <source>Exactly as published: the seed is the SHA-256 of this text.</source>
        <translation>Esattamente come pubblicato: il seme è lo SHA-256 di questo testo.</translation>
    </message>
    <message>
        <source>&amp;Announce…</source>
        <translation>Annuncia in anticip&amp;o…</translation>
    </message>
    <message>
        <source>Announce the draw</source>
        <translation>Annuncia l’estrazione</translation>
    </message>
    <message>
        <source>The text to publish before the public random value exists</source>
        <translation>Il testo da pubblicare prima che il valore casuale pubblico esista</translation>
    </message>
    <message>
        <source>Sa&amp;ve record…</source>
        <translation>Salva il verbale &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the record of the draw</source>
        <translation>Salva il verbale dell’estrazione</translation>
    </message>
    <message>
        <source>Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py</source>
        <translation>Salva il verbale in formato JSON, per passforge-cli pick --verify o docs/verify-draw.py</translation>
    </message>
    <message>
        <source>When a winner does not answer: select them, then draw a runner-up from the tickets left (the next winner of the same seed). The draw is kept, and the replacement is recorded as a new draw.</source>
        <translation>Quando un vincitore non risponde: selezionalo, poi estrai un sostituto dai biglietti rimasti (il vincitore successivo dello stesso seme). L’estrazione resta valida e la sostituzione viene registrata come una nuova estrazione.</translation>
    </message>
    <message>
        <source>Date and time, entry count, SHA-256 of the list, the seed and the result, with the record to check it, to keep or share</source>
        <translation>Data e ora, numero di voci, SHA-256 dell’elenco, il seme e il risultato, con il verbale per verificarlo, da conservare o condividere</translation>
    </message>
    <message>
        <source>Type the public random value to draw from, or turn off “Draw from a public random value”.</source>
        <translation>Scrivi il valore casuale pubblico da cui estrarre, oppure disattiva «Estrai da un valore casuale pubblico».</translation>
    </message>
    <message>
        <source>Cannot save the record to “%1”: %2</source>
        <translation>Impossibile salvare il verbale in «%1»: %2</translation>
    </message>
    <message>
        <source>Save the Draw Record</source>
        <translation>Salva il verbale di estrazione</translation>
    </message>
    <message>
        <source>passforge-draw-%1.json</source>
        <comment>a file name; %1 is the draw&apos;s number</comment>
        <translation>passforge-estrazione-%1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Verbali di estrazione (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Passforge draw announcement</source>
        <translation>Annuncio di estrazione di Passforge</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 dell’elenco: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Voci: %1</translation>
    </message>
    <message>
        <source>Tickets: one per entry (duplicates removed)</source>
        <translation>Biglietti: uno per voce (duplicati rimossi)</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Biglietti: %1</translation>
    </message>
    <message>
        <source>Winners to draw: %1</source>
        <translation>Vincitori da estrarre: %1</translation>
    </message>
    <message>
        <source>Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from SHA-256 of: %2</source>
        <translation>Annunciato il %1: i vincitori saranno estratti con Passforge (passforge-draw-v1) dallo SHA-256 di: %2</translation>
    </message>
    <message>
        <source>Once that value is public, anyone can draw again with passforge-cli pick --beacon, or check the record with pick --verify or docs/verify-draw.py.</source>
        <translation>Quando quel valore sarà pubblico, chiunque potrà ripetere l’estrazione con passforge-cli pick --beacon, oppure verificare il verbale con pick --verify o docs/verify-draw.py.</translation>
    </message>
    <message>
        <source>Announce the Draw</source>
        <translation>Annuncia l’estrazione</translation>
    </message>
    <message>
        <source>Publish this before the public random value exists, with the list itself. Then the winners cannot be chosen by anyone, you included.</source>
        <translation>Pubblica questo testo prima che il valore casuale pubblico esista, insieme all’elenco stesso. Così nessuno potrà scegliere i vincitori, nemmeno tu.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annuncio</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Clear the clipboard &amp;after</source>
        <translation>Svuota gli appunti &amp;dopo</translation>
    </message>
    <message>
        <source>Clear the clipboard when Passforge &amp;quits</source>
        <translation>Svuota gli appunti alla &amp;chiusura di Passforge</translation>
    </message>
    <message>
        <source>&amp;Restore the last options on start</source>
        <translation>&amp;Ripristina le ultime opzioni all’avvio</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>Svuota automaticamente gli appunti</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Secondi prima che gli appunti vengano svuotati</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>after N seconds</comment>
        <translation>secondi</translation>
    </message>
    <message>
        <source>Only a value Passforge copied is cleared; text you copied since is left alone.</source>
        <translation>Viene cancellato solo un valore copiato da Passforge; il testo copiato dopo resta com’è.</translation>
    </message>
    <message>
        <source>Generator options only. Generated values, lists and draw results are never saved.</source>
        <translation>Solo le opzioni dei generatori. Valori generati, elenchi e risultati delle estrazioni non vengono mai salvati.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Lingua della finestra</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Passforge never saves a generated value, a list or a draw result. The options are kept in %1.</source>
        <translation>Passforge non salva mai un valore generato, un elenco o il risultato di un’estrazione. Le opzioni sono conservate in %1.</translation>
    </message>
    <message>
        <source>&amp;Keep a history of this session&apos;s values</source>
        <translation>&amp;Mantieni una cronologia dei valori di questa sessione</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ History). Turning it off clears it.</source>
        <translation>Gli ultimi %1 valori (password, passphrase e token), solo in memoria, fino alla chiusura (Modifica ▸ Cronologia). Disattivandola, la cronologia viene svuotata.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>The built-in presets are shown again.</source>
        <translation>I preset incorporati sono di nuovo visibili.</translation>
    </message>
    <message>
        <source>The presets file cannot be read, so only the built-in presets are offered: %1</source>
        <translation>Il file dei preset non può essere letto, quindi sono disponibili solo i preset incorporati: %1</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Named sets of options, shared with passforge-cli --preset</source>
        <translation>Insiemi di opzioni con nome, condivisi con passforge-cli --preset</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Azioni sui preset</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export presets</source>
        <translation>Salva, rinomina, elimina, importa o esporta i preset</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Salva come preset…</translation>
    </message>
    <message>
        <source>&amp;Rename preset…</source>
        <translation>&amp;Rinomina preset…</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden built-in presets</source>
        <translation>&amp;Mostra i preset incorporati nascosti</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importa preset…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>&amp;Esporta preset…</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Nessun preset</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>A preset whose options were changed after it was chosen: &quot;Bank PIN (modified)&quot;</extracomment>
        <translation>%1 (modificato)</translation>
    </message>
    <message>
        <source>&amp;Hide built-in preset</source>
        <translation>&amp;Nascondi preset incorporato</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>E&amp;limina preset</translation>
    </message>
    <message>
        <source>There is no preset named “%1” for this tab.</source>
        <translation>Non c’è alcun preset chiamato «%1» per questa scheda.</translation>
    </message>
    <message>
        <source>“%1” cannot be used here: %2</source>
        <extracomment>A preset from the file that the window cannot use: &quot;“api”: the option &apos;bytes&apos; …&quot;</extracomment>
        <translation>«%1» non può essere usato qui: %2</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Preset «%1» salvato.</translation>
    </message>
    <message>
        <source>Choose a preset to rename first.</source>
        <translation>Scegli prima un preset da rinominare.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» rinominato in «%2».</translation>
    </message>
    <message>
        <source>Choose a preset to delete first.</source>
        <translation>Scegli prima un preset da eliminare.</translation>
    </message>
    <message>
        <source>Hid the built-in preset “%1”; Show hidden built-in presets brings it back.</source>
        <translation>Preset incorporato «%1» nascosto; «Mostra i preset incorporati nascosti» lo fa ricomparire.</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Preset «%1» eliminato.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>Importato %n preset da %1.</numerusform>
            <numerusform>Importati %n preset da %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n preset in %1.</numerusform>
            <numerusform>Esportati %n preset in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Salva come preset</translation>
    </message>
    <message>
        <source>A name for these options (passforge-cli %1 --preset NAME uses it too):</source>
        <translation>Un nome per queste opzioni (lo usa anche passforge-cli %1 --preset NAME):</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Rinomina preset</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importa preset</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Preset (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Esporta preset</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <extracomment>Saving refused: &quot;… as a preset: the length must be from 8 to 63 for these rules …&quot;</extracomment>
        <translation>Queste opzioni non possono essere salvate come preset: %1</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 cifre)</translation>
    </message>
    <message>
        <source>Wi-Fi (WPA2, 24 easy-to-type characters)</source>
        <translation>Wi-Fi (WPA2, 24 caratteri facili da digitare)</translation>
    </message>
    <message>
        <source>Maximum (64, all kinds)</source>
        <translation>Massimo (64, tutti i tipi)</translation>
    </message>
    <message>
        <source>A preset&apos;s name must not be empty, longer than %1 characters, start or end with a space, or hold control characters.</source>
        <translation>Il nome di un preset non può essere vuoto, superare %1 caratteri, iniziare o finire con uno spazio o contenere caratteri di controllo.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Esiste già un preset chiamato «%1».</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>Non esiste alcun preset chiamato «%1».</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed; save a copy under a new name instead.</source>
        <translation>I preset incorporati non possono essere rinominati; salvane invece una copia con un nuovo nome.</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset.</source>
        <translation>Queste opzioni non possono essere salvate come preset.</translation>
    </message>
    <message>
        <source>The presets file has a problem, so it is left as it is: %1</source>
        <translation>Il file dei preset ha un problema, quindi viene lasciato com’è: %1</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>Impossibile salvare i preset in %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>Could not import presets: %1</source>
        <translation>Impossibile importare i preset: %1</translation>
    </message>
    <message>
        <source>Could not export the presets to %1: %2</source>
        <translation>Impossibile esportare i preset in %1: %2</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <translation>Queste opzioni non possono essere salvate come preset: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the option &apos;%1&apos; is not one the window knows for this command</source>
        <translation>l’opzione «%1» non è tra quelle che la finestra conosce per questo comando</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is a flag: its value must be true</source>
        <translation>l’opzione «%1» è un flag: il suo valore deve essere true</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be text</source>
        <translation>l’opzione «%1» deve essere un testo</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>l’opzione «%1» deve essere un numero intero da %2 a %3, non %4</translation>
    </message>
    <message>
        <source>the options &apos;rules&apos; and &apos;site&apos; cannot be combined</source>
        <translation>le opzioni «rules» e «site» non si possono combinare</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; cannot be combined with &apos;%2&apos;, which replaces the class options</source>
        <translation>l’opzione «%1» non si può combinare con «%2», che sostituisce le opzioni di classe</translation>
    </message>
    <message>
        <source>the window has no token format &apos;%1&apos;; use hex, urlsafe, base64, base32 or uuid</source>
        <translation>la finestra non ha il formato di token «%1»; usare hex, urlsafe, base64, base32 oppure uuid</translation>
    </message>
    <message>
        <source>a number preset needs both &apos;min&apos; and &apos;max&apos;</source>
        <translation>un preset di numeri richiede sia «min» sia «max»</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is empty, too long (over %2 characters), has spaces at an end or control characters</source>
        <translation>il nome «%1» è vuoto, è troppo lungo (oltre %2 caratteri), ha spazi a un’estremità o caratteri di controllo</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for &apos;%2&apos;; presets are for %3</source>
        <translation>il preset «%1» è per «%2»; i preset sono per %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has an option named &apos;%2&apos;; write option names without the dashes</source>
        <translation>il preset «%1» ha un’opzione chiamata «%2»; scrivere i nomi delle opzioni senza i trattini</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: option &apos;%2&apos; must be a number, a string or true</source>
        <translation>preset «%1»: l’opzione «%2» deve essere un numero, una stringa o true</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>il JSON non è valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>&quot;version&quot; deve essere %1</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be an array</source>
        <translation>&quot;presets&quot; deve essere un array</translation>
    </message>
    <message>
        <source>preset %1 needs a string &quot;name&quot;, a string &quot;command&quot; and an &quot;options&quot; object</source>
        <translation>il preset %1 richiede una stringa &quot;name&quot;, una stringa &quot;command&quot; e un oggetto &quot;options&quot;</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has the name of a built-in preset, which cannot be overwritten</source>
        <translation>il preset «%1» ha il nome di un preset incorporato, che non può essere sovrascritto</translation>
    </message>
    <message>
        <source>two presets are named &apos;%1&apos;</source>
        <translation>due preset si chiamano «%1»</translation>
    </message>
    <message>
        <source>&quot;hidden&quot; must be an array of names</source>
        <translation>&quot;hidden&quot; deve essere un array di nomi</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: the option &apos;wordlist&apos; must be an absolute path, not &apos;%2&apos;</source>
        <translation>preset «%1»: l’opzione «wordlist» deve essere un percorso assoluto, non «%2»</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is %2 characters long; the window takes at most %3</source>
        <translation>l’opzione «%1» è lunga %2 caratteri; la finestra ne accetta al massimo %3</translation>
    </message>
    <message>
        <source>the option &apos;bytes&apos; does not apply to the uuid format, which is always 122 random bits</source>
        <translation>l’opzione «bytes» non si applica al formato uuid, che ha sempre 122 bit casuali</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;; use %2</source>
        <translation>elenco sconosciuto «%1»; usare %2</translation>
    </message>
    <message>
        <source>the options &apos;list&apos; and &apos;wordlist&apos; exclude each other: a wordlist file replaces the built-in list</source>
        <translation>le opzioni «list» e «wordlist» si escludono a vicenda: un file di elenco di parole sostituisce l’elenco incorporato</translation>
    </message>
    <message>
        <source>unknown case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>valore sconosciuto «%1» per l’opzione «case»; usare lower, upper, each, one oppure random</translation>
    </message>
    <message>
        <source>the options &apos;separator&apos; and &apos;separator-from&apos; exclude each other</source>
        <translation>le opzioni «separator» e «separator-from» si escludono a vicenda</translation>
    </message>
    <message>
        <source>the option &apos;separator-from&apos; must hold 2 to %1 distinct characters, none a lone combining mark or a control character</source>
        <translation>l’opzione «separator-from» deve contenere da 2 a %1 caratteri distinti, nessuno dei quali un segno combinante isolato o un carattere di controllo</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; does not apply to &apos;pronounceable&apos;, whose letters the grammar fixes</source>
        <translation>l’opzione «%1» non si applica a «pronounceable», le cui lettere sono fissate dalla grammatica</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code of the value</source>
        <translation>Codice QR del valore</translation>
    </message>
    <message>
        <source>This value is too long for a QR code (at most %1 bytes).</source>
        <translation>Questo valore è troppo lungo per un codice QR (al massimo %1 byte).</translation>
    </message>
    <message>
        <source>Anyone who can see your screen can read this code.</source>
        <translation>Chiunque veda il tuo schermo può leggere questo codice.</translation>
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
        <translation>Intervallo consentito: %1</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>unknown rule &apos;%1&apos; at position %2 (the rules are required, allowed, max-consecutive, minlength and maxlength)</source>
        <translation>regola sconosciuta «%1» alla posizione %2 (le regole sono required, allowed, max-consecutive, minlength e maxlength)</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; at position %2</source>
        <translation>classe sconosciuta «%1» alla posizione %2</translation>
    </message>
    <message>
        <source>not a number &apos;%1&apos; at position %2</source>
        <translation>non è un numero: «%1» alla posizione %2</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>parentesi «[» non chiusa alla posizione %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; at position %1: in a [...] set it may only come first</source>
        <translation>trattino «-» alla posizione %1: in un insieme [...] può stare solo all’inizio</translation>
    </message>
    <message>
        <source>&apos;]&apos; at position %1: in a [...] set it may only come first or last (write &apos;]]&apos; at the end for a literal &apos;]&apos;)</source>
        <translation>parentesi «]» alla posizione %1: in un insieme [...] può stare solo all’inizio o alla fine (scrivere «]]» alla fine per una «]» letterale)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 must be followed by &apos;:&apos;</source>
        <translation>manca «:» dopo «%1» alla posizione %2</translation>
    </message>
    <message>
        <source>a class is missing at position %1</source>
        <translation>manca una classe alla posizione %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a class</source>
        <translation>non è una classe: «%1» alla posizione %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>carattere inatteso «%1» alla posizione %2</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>lettere</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettera</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>lettere maiuscole</translation>
    </message>
    <message>
        <source>uppercase letter</source>
        <translation>lettera maiuscola</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>lettere minuscole</translation>
    </message>
    <message>
        <source>lowercase letter</source>
        <translation>lettera minuscola</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cifre</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>simboli</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>simbolo</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list of kinds of characters: &quot;letters, digits and !#$&quot;</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>&quot;at least one uppercase letter or digit&quot;</extracomment>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n characters</source>
        <translation>
            <numerusform>esattamente %n carattere</numerusform>
            <numerusform>esattamente %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <extracomment>A range of lengths: &quot;8–16 characters&quot;</extracomment>
        <translation>%1–%2 caratteri</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>almeno %n carattere</numerusform>
            <numerusform>almeno %n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>al massimo %n carattere</numerusform>
            <numerusform>al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>almeno uno tra %1</translation>
    </message>
    <message>
        <source>at least one %1</source>
        <translation>almeno 1 %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>non più di %n carattere uguale di fila</numerusform>
            <numerusform>non più di %n caratteri uguali di fila</numerusform>
        </translation>
    </message>
    <message>
        <source>any printable characters</source>
        <translation>qualsiasi carattere stampabile</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>weak</source>
        <comment>password strength</comment>
        <translation>debole</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password strength</comment>
        <translation>discreta</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password strength</comment>
        <translation>forte</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password strength</comment>
        <translation>molto forte</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustezza</translation>
    </message>
    <message>
        <source>%1 bits — %2</source>
        <comment>entropy in bits, then the strength</comment>
        <translation>%1 bit — %2</translation>
    </message>
    <message>
        <source>Entropy: log2 of the number of values these options allow. Every value is equally likely, so this is exact.</source>
        <translation>Entropia: log2 del numero di valori che queste opzioni consentono. Ogni valore è ugualmente probabile, quindi è esatta.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Nessun valore</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Generated token</source>
        <translation>Token generato</translation>
    </message>
    <message>
        <source>Random bytes per token</source>
        <translation>Byte casuali per token</translation>
    </message>
    <message>
        <source>How many random bytes the token encodes: 8 bits of entropy each</source>
        <translation>Quanti byte casuali codifica il token: 8 bit di entropia ciascuno</translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation>&amp;Byte:</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Formato del token</translation>
    </message>
    <message>
        <source>Hex (0–9, a–f)</source>
        <translation>Esadecimale (0–9, a–f)</translation>
    </message>
    <message>
        <source>URL-safe Base64</source>
        <translation>Base64 sicuro per URL</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base32 (for authenticator apps)</source>
        <translation>Base32 (per le app di autenticazione)</translation>
    </message>
    <message>
        <source>UUID v4</source>
        <translation>UUID v4</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) long.</source>
        <translation>
            <numerusform>Lunghezza: %Ln carattere.</numerusform>
            <numerusform>Lunghezza: %Ln caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>A UUID v4 always holds 122 random bits.</source>
        <translation>Un UUID v4 contiene sempre 122 bit casuali.</translation>
    </message>
    <message>
        <source>A token needs from %1 to %2 bytes.</source>
        <translation>Un token richiede da %1 a %2 byte.</translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>VerifyDrawDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Verify a Draw Record</source>
        <translation>Verifica un verbale di estrazione</translation>
    </message>
    <message>
        <source>Record file</source>
        <translation>File del verbale</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>File dell’elenco</translation>
    </message>
    <message>
        <source>A record names its list by SHA-256 and holds the seed and the winners. Passforge draws again from the list and the seed, with passforge-draw-v1, and compares.</source>
        <translation>Un verbale identifica il suo elenco tramite lo SHA-256 e contiene il seme e i vincitori. Passforge ripete l’estrazione dall’elenco e dal seme, con passforge-draw-v1, e confronta.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the record file</source>
        <translation>Scegli il file del verbale</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>Scegli il file dell’elenco</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Ver&amp;bale:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Elenco:</translation>
    </message>
    <message>
        <source>Open a Draw Record</source>
        <translation>Apri un verbale di estrazione</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Verbali di estrazione (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open the List</source>
        <translation>Apri l’elenco</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>File di testo (*.txt *.csv *.list);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot open the record “%1”: %2</source>
        <translation>Impossibile aprire il verbale «%1»: %2</translation>
    </message>
    <message>
        <source>it is for the algorithm “%1”, not passforge-draw-v1.</source>
        <translation>è per l’algoritmo «%1», non passforge-draw-v1.</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>non contiene «%1».</translation>
    </message>
    <message>
        <source>its “%1” is not what a record holds.</source>
        <translation>il suo campo «%1» non ha il contenuto previsto in un verbale.</translation>
    </message>
    <message>
        <source>it is not a draw record (JSON).</source>
        <translation>non è un verbale di estrazione (JSON).</translation>
    </message>
    <message>
        <source>Cannot read the record “%1”: %2</source>
        <translation>Impossibile leggere il verbale «%1»: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>non è testo UTF-8.</translation>
    </message>
    <message>
        <source>it has no entries.</source>
        <translation>non contiene voci.</translation>
    </message>
    <message>
        <source>a name holds a character that no list drawn from can hold.</source>
        <translation>un nome contiene un carattere che nessun elenco da cui si estrae può contenere.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>supera %1 MB.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>non può essere letto.</translation>
    </message>
    <message>
        <source>Cannot use the list “%1”: %2</source>
        <translation>Impossibile usare l’elenco «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>Il verbale corrisponde: passforge-draw-v1 dispone in questo ordine, con questo seme, %Ln voce di questo elenco.</numerusform>
            <numerusform>Il verbale corrisponde: passforge-draw-v1 dispone in questo ordine, con questo seme, le %Ln voci di questo elenco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>Il verbale corrisponde: passforge-draw-v1 estrae da questo elenco, con questo seme, %Ln vincitore, quello indicato.</numerusform>
            <numerusform>Il verbale corrisponde: passforge-draw-v1 estrae da questo elenco, con questo seme, questi %Ln vincitori.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed is the SHA-256 of the public random value “%1”.</source>
        <translation>Il seme è lo SHA-256 del valore casuale pubblico «%1».</translation>
    </message>
    <message>
        <source>The list differs from the one drawn from: its SHA-256 is %1, the record says %2.</source>
        <translation>L’elenco è diverso da quello dell’estrazione: il suo SHA-256 è %1, il verbale indica %2.</translation>
    </message>
    <message>
        <source>The record&apos;s counts of entries, tickets or duplicates do not match the list (the list has %1, the record says %2).</source>
        <translation>I conteggi di voci, biglietti o duplicati del verbale non corrispondono all’elenco (l’elenco ha %1, il verbale indica %2).</translation>
    </message>
    <message>
        <source>The seed is not the SHA-256 of the public random value the record names.</source>
        <translation>Il seme non è lo SHA-256 del valore casuale pubblico indicato dal verbale.</translation>
    </message>
    <message>
        <source>The record&apos;s count (%1) does not fit its winners or the list.</source>
        <translation>Il conteggio del verbale (%1) non è coerente con i suoi vincitori o con l’elenco.</translation>
    </message>
    <message>
        <source>Place %1 of the order differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>Il posto %1 dell’ordine è diverso: l’estrazione dà «%2», il verbale indica «%3».</translation>
    </message>
    <message>
        <source>Winner %1 differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>Il vincitore %1 è diverso: l’estrazione dà «%2», il verbale indica «%3».</translation>
    </message>
</context>
<context>
    <name>WifiQrDialog</name>
    <message>
        <source>&amp;Hidden network</source>
        <translation>&amp;Rete nascosta</translation>
    </message>
    <message>
        <source>Wi-Fi QR Code</source>
        <translation>Codice QR Wi-Fi</translation>
    </message>
    <message>
        <source>The name phones list the network by</source>
        <translation>Il nome con cui i telefoni elencano la rete</translation>
    </message>
    <message>
        <source>WPA or WPA2 (personal)</source>
        <translation>WPA o WPA2 (Personal)</translation>
    </message>
    <message>
        <source>WPA3 (personal) only</source>
        <translation>Solo WPA3 (Personal)</translation>
    </message>
    <message>
        <source>None (an open network, no password)</source>
        <translation>Nessuna (rete aperta, senza password)</translation>
    </message>
    <message>
        <source>The network does not announce its name</source>
        <translation>La rete non trasmette il proprio nome</translation>
    </message>
    <message>
        <source>QR code of the network</source>
        <translation>Codice QR della rete</translation>
    </message>
    <message>
        <source>&amp;Network name (SSID):</source>
        <translation>&amp;Nome della rete (SSID):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicurezza:</translation>
    </message>
    <message>
        <source>Type the network&apos;s name to make its code.</source>
        <translation>Scrivi il nome della rete per crearne il codice.</translation>
    </message>
    <message>
        <source>A network name has at most %1 bytes; this one has %2.</source>
        <translation>Un nome di rete ha al massimo %1 byte; questo ne ha %2.</translation>
    </message>
    <message>
        <source>The password and name are too long for a QR code.</source>
        <translation>La password e il nome sono troppo lunghi per un codice QR.</translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message>
        <source>Wordlist</source>
        <translation>Elenco di parole</translation>
    </message>
    <message>
        <source>Open wordlist…</source>
        <translation>Apri elenco di parole…</translation>
    </message>
    <message>
        <source>A UTF-8 text file with one word per line and at least %1 distinct words; a leading dice number such as 11111 is ignored</source>
        <translation>Un file di testo UTF-8 con una parola per riga e almeno %1 parole distinte; un numero di dadi iniziale come 11111 viene ignorato</translation>
    </message>
    <message>
        <source>Open a Wordlist</source>
        <translation>Apri un elenco di parole</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>File di testo (*.txt *.list);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Still using “%1”.</source>
        <translation>Si continua a usare «%1».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossibile leggere «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text with one word per line.</source>
        <translation>«%1» è un file binario, non un testo con una parola per riga.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«%1» non è testo UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>«%1» ha solo %Ln parola distinta; un elenco di parole ne richiede almeno %2.</numerusform>
            <numerusform>«%1» ha solo %Ln parole distinte; un elenco di parole ne richiede almeno %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln parola)</numerusform>
            <numerusform>%1 (%Ln parole)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>«%1»: %Ln parola distinta.</numerusform>
            <numerusform>«%1»: %Ln parole distinte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>%Ln riga vuota</numerusform>
            <numerusform>%Ln righe vuote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln duplicato</numerusform>
            <numerusform>%Ln duplicati</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped %1 and %2.</source>
        <translation>Scartati: %1 e %2.</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>Scartati: %1.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a wordlist can hold.</source>
        <translation>«%1» supera %2 MB, il massimo che un elenco di parole può contenere.</translation>
    </message>
    <message>
        <source>the German list by dys2p</source>
        <translation>Elenco tedesco di dys2p</translation>
    </message>
    <message>
        <source>the French list made for Tails</source>
        <translation>Elenco francese creato per Tails</translation>
    </message>
    <message>
        <source>the Spanish list by victordargallo</source>
        <translation>Elenco spagnolo di victordargallo</translation>
    </message>
    <message>
        <source>the Italian list by victordargallo</source>
        <translation>Elenco italiano di victordargallo</translation>
    </message>
    <message>
        <source>the Brazilian Portuguese list by drebs</source>
        <translation>Elenco in portoghese brasiliano di drebs</translation>
    </message>
    <message>
        <source>EFF&apos;s large wordlist</source>
        <translation>Elenco lungo di parole dell’EFF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%1: %Ln parola, ripulita dai termini offensivi e priva di prefissi</numerusform>
            <numerusform>%1: %Ln parole, ripulite dai termini offensivi e prive di prefissi</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no curated list in your language yet, so the English list is the default.</source>
        <translation>Non esiste ancora un elenco curato nella tua lingua, quindi quello predefinito è l’elenco inglese.</translation>
    </message>
    <message>
        <source>Still using the built-in list “%1”.</source>
        <translation>Si continua a usare l’elenco incorporato «%1».</translation>
    </message>
    <message>
        <source>Your wordlist could not be loaded again: %1 Using the built-in list “%2” instead.</source>
        <translation>Non è stato possibile ricaricare il tuo elenco di parole: %1 Al suo posto si usa l’elenco incorporato «%2».</translation>
    </message>
</context>
</TS>
