<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckText</name>
    <message>
        <source>a common password</source>
        <translation>un mot de passe courant</translation>
    </message>
    <message>
        <source>a dictionary word</source>
        <translation>un mot du dictionnaire</translation>
    </message>
    <message>
        <source>a dictionary word with substitutions</source>
        <translation>un mot du dictionnaire avec des substitutions</translation>
    </message>
    <message>
        <source>a repeat</source>
        <translation>une répétition</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>une séquence</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>un motif de clavier</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of match found</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>very weak</source>
        <comment>password check score 0 of 4</comment>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>password check score 1 of 4</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password check score 2 of 4</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password check score 3 of 4</comment>
        <translation>fort</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password check score 4 of 4</comment>
        <translation>très fort</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d’une seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>des siècles</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>C’est un mot de passe très répandu.</translation>
    </message>
    <message>
        <source>Words and names on their own are easy to guess.</source>
        <translation>Les mots et les noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” are easy to guess.</source>
        <translation>Les substitutions prévisibles, comme «&#xa0;@&#xa0;» pour «&#xa0;a&#xa0;», sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” or “abcabc” are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» ou «&#xa0;abcabc&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Les séquences comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Keyboard patterns like “qwerty” are easy to guess.</source>
        <translation>Les motifs de clavier comme «&#xa0;qwerty&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Les dates sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>Les années sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Substitutions like “0” for “o” don&apos;t help much.</source>
        <translation>Les substitutions comme «&#xa0;0&#xa0;» pour «&#xa0;o&#xa0;» n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les séquences.</translation>
    </message>
    <message>
        <source>Avoid keys that are next to each other.</source>
        <translation>Évitez les touches voisines sur le clavier.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>Évitez les dates et les années qui vous sont liées.</translation>
    </message>
    <message>
        <source>Use a generated password or passphrase instead: a passphrase of five random words is easy to remember.</source>
        <translation>Utilisez plutôt un mot de passe ou une phrase de passe générés&#xa0;: une phrase de passe de cinq mots aléatoires est facile à retenir.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing command; try &apos;passforge-cli --help&apos;</source>
        <translation>commande manquante ; essayez « passforge-cli --help »</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;passforge-cli --help&apos;</source>
        <translation>commande inconnue « %1 » ; essayez « passforge-cli --help »</translation>
    </message>
    <message>
        <source>the system random source failed: %1</source>
        <translation>la source aléatoire du système a échoué : %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossible d’écrire la sortie : %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, et non « %4 »</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Uniform random integers from A to B inclusive, anywhere in the signed 64-bit range.</source>
        <translation>Entiers aléatoires uniformes de A à B inclus, n’importe où dans l’intervalle des entiers signés sur 64 bits.</translation>
    </message>
    <message>
        <source>The smallest value (required).</source>
        <translation>La plus petite valeur (obligatoire).</translation>
    </message>
    <message>
        <source>A</source>
        <comment>value name in --help: the lower bound</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>The largest value (required).</source>
        <translation>La plus grande valeur (obligatoire).</translation>
    </message>
    <message>
        <source>B</source>
        <comment>value name in --help: the upper bound</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>How many numbers (default 1).</source>
        <translation>Combien de nombres (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>value name in --help: a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No value twice (at most %1 values).</source>
        <translation>Aucune valeur deux fois (%1 valeurs au plus).</translation>
    </message>
    <message>
        <source>One JSON object per line, with value and entropy_bits.</source>
        <translation>Un objet JSON par ligne, avec value et entropy_bits.</translation>
    </message>
    <message>
        <source>number needs both --min and --max</source>
        <translation>number exige à la fois --min et --max</translation>
    </message>
    <message>
        <source>--min %1 is above --max %2</source>
        <translation>--min %1 est supérieur à --max %2</translation>
    </message>
    <message>
        <source>--count must be at least 1, not %1</source>
        <translation>--count doit valoir au moins 1, et non %1</translation>
    </message>
    <message>
        <source>--distinct: the range from %1 to %2 has fewer than %3 values</source>
        <translation>--distinct : l’intervalle de %1 à %2 compte moins de %3 valeurs</translation>
    </message>
    <message>
        <source>--distinct supports at most %1 values, not %2</source>
        <translation>--distinct accepte au plus %1 valeurs, et non %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n mot distinct</numerusform>
            <numerusform>%n mots distincts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n ligne vide</numerusform>
            <numerusform>%n lignes vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos;: %2 (dropped %3 and %4)</source>
        <comment>wordlist note</comment>
        <translation>liste de mots « %1 » : %2 (%3 et %4 ignorés)</translation>
    </message>
    <message>
        <source>Words per passphrase, %1 to %2 (default %3).</source>
        <translation>Mots par phrase de passe, de %1 à %2 (%3 par défaut).</translation>
    </message>
    <message>
        <source>Between words (default &apos;-&apos;; may be empty).</source>
        <translation>Entre les mots (« - » par défaut ; peut être vide).</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name in --help: a separator text</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Append a random digit to one random word.</source>
        <translation>Ajouter un chiffre aléatoire à un mot choisi au hasard.</translation>
    </message>
    <message>
        <source>Your own list: one word per line, UTF-8, at least %1 distinct words; a leading dice number is ignored.</source>
        <translation>Votre propre liste : un mot par ligne, en UTF-8, au moins %1 mots distincts ; un numéro de dés en tête de ligne est ignoré.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help: a file path</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>How many passphrases (default 1).</source>
        <translation>Combien de phrases de passe (1 par défaut).</translation>
    </message>
    <message>
        <source>cannot read wordlist &apos;%1&apos;: %2</source>
        <translation>impossible de lire la liste de mots « %1 » : %2</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is a binary file, not text</source>
        <translation>la liste de mots « %1 » est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is not valid UTF-8</source>
        <translation>la liste de mots « %1 » n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; has %2 distinct words; at least %3 are needed</source>
        <translation>la liste de mots « %1 » compte %2 mots distincts ; il en faut au moins %3</translation>
    </message>
    <message>
        <source>--separator &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--separator « %1 » contient un caractère qui ne peut pas être isolé (un signe combinant seul ou un caractère de contrôle)</translation>
    </message>
    <message>
        <source>Random passwords. With no class option all four classes are used; naming any selects only those named.</source>
        <translation>Mots de passe aléatoires. Sans option de classe, les quatre classes sont utilisées ; en nommer ne retient que celles-ci.</translation>
    </message>
    <message>
        <source>Characters per password, %1 to %2 (default %3).</source>
        <translation>Caractères par mot de passe, de %1 à %2 (%3 par défaut).</translation>
    </message>
    <message>
        <source>Use lowercase letters a-z.</source>
        <translation>Utiliser les minuscules a-z.</translation>
    </message>
    <message>
        <source>Use uppercase letters A-Z.</source>
        <translation>Utiliser les majuscules A-Z.</translation>
    </message>
    <message>
        <source>Use digits 0-9.</source>
        <translation>Utiliser les chiffres 0-9.</translation>
    </message>
    <message>
        <source>Use the 32 ASCII punctuation characters.</source>
        <translation>Utiliser les 32 signes de ponctuation ASCII.</translation>
    </message>
    <message>
        <source>Also use these characters (each user-perceived character counts once).</source>
        <translation>Utiliser aussi ces caractères (chaque caractère perçu compte une fois).</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>value name in --help: characters</comment>
        <translation>CHARS</translation>
    </message>
    <message>
        <source>Never use these characters.</source>
        <translation>Ne jamais utiliser ces caractères.</translation>
    </message>
    <message>
        <source>Avoid look-alike characters: %1</source>
        <translation>Éviter les caractères qui se ressemblent : %1</translation>
    </message>
    <message>
        <source>At least N lowercase letters.</source>
        <translation>Au moins N minuscules.</translation>
    </message>
    <message>
        <source>At least N uppercase letters.</source>
        <translation>Au moins N majuscules.</translation>
    </message>
    <message>
        <source>At least N digits.</source>
        <translation>Au moins N chiffres.</translation>
    </message>
    <message>
        <source>At least N symbols.</source>
        <translation>Au moins N symboles.</translation>
    </message>
    <message>
        <source>How many passwords (default 1).</source>
        <translation>Combien de mots de passe (1 par défaut).</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2, not %3</source>
        <translation>--length doit être compris entre %1 et %2, et non %3</translation>
    </message>
    <message>
        <source>no characters are left to choose from after --exclude &apos;%1&apos;</source>
        <translation>il ne reste aucun caractère parmi lesquels choisir après --exclude « %1 »</translation>
    </message>
    <message>
        <source>--min-%1 asks for %2, but --exclude removes every %1 character</source>
        <translation>--min-%1 demande %2, mais --exclude retire tous les caractères de la classe %1</translation>
    </message>
    <message>
        <source>the minimums add up to %1, more than --length %2</source>
        <translation>les minimums totalisent %1, plus que --length %2</translation>
    </message>
    <message>
        <source>--custom &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--custom « %1 » contient un caractère qui ne peut pas être isolé (un signe combinant seul ou un caractère de contrôle)</translation>
    </message>
    <message>
        <source>How many distinct winners (default 1).</source>
        <translation>Combien de gagnants distincts (1 par défaut).</translation>
    </message>
    <message>
        <source>K</source>
        <comment>value name in --help: a number of winners</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>The list (default: standard input).</source>
        <translation>La liste (par défaut : l’entrée standard).</translation>
    </message>
    <message>
        <source>--shuffle prints the whole list and cannot be combined with --count</source>
        <translation>--shuffle affiche toute la liste et ne peut pas être combiné avec --count</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l’entrée standard : %1</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: it is a directory</source>
        <translation>impossible de lire « %1 » : c’est un dossier</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is not valid UTF-8</source>
        <translation>la liste dans « %1 » n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; has no entries (it is empty or blank)</source>
        <translation>la liste dans « %1 » ne contient aucune entrée (elle est vide ou blanche)</translation>
    </message>
    <message>
        <source>an entry in &apos;%1&apos; is longer than %2 characters</source>
        <translation>une entrée de « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>--count %1 is more than the %2 entries in the list</source>
        <translation>--count %1 dépasse les %2 entrées de la liste</translation>
    </message>
    <message>
        <source>Random tokens, like Python&apos;s secrets.token_hex and token_urlsafe.</source>
        <translation>Jetons aléatoires, comme secrets.token_hex et token_urlsafe de Python.</translation>
    </message>
    <message>
        <source>Random bytes per token, 1 to %1 (default %2).</source>
        <translation>Octets aléatoires par jeton, de 1 à %1 (%2 par défaut).</translation>
    </message>
    <message>
        <source>hex (default), urlsafe (base64url without padding), base64, base32 (RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a terminal).</source>
        <translation>hex (par défaut), urlsafe (base64url sans remplissage), base64, base32 (RFC 4648, sans remplissage), uuid (version 4) ou raw (octets ; pas vers un terminal).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>value name in --help: a token format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many tokens (default 1).</source>
        <translation>Combien de jetons (1 par défaut).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; use hex, urlsafe, base64, base32, uuid or raw</source>
        <translation>--format inconnu « %1 » ; utilisez hex, urlsafe, base64, base32, uuid ou raw</translation>
    </message>
    <message>
        <source>--bytes does not apply to --format uuid, which is always 122 random bits</source>
        <translation>--bytes ne s’applique pas à --format uuid, qui compte toujours 122 bits aléatoires</translation>
    </message>
    <message>
        <source>--json cannot be combined with --format raw</source>
        <translation>--json ne peut pas être combiné avec --format raw</translation>
    </message>
    <message>
        <source>--format raw will not write binary data to a terminal; redirect it to a file or a pipe</source>
        <translation>--format raw n’écrit pas de données binaires dans un terminal ; redirigez la sortie vers un fichier ou un tube</translation>
    </message>
    <message>
        <source>warning: with this wordlist (not prefix-free, or with digits in its words) and these options, different words can give the same passphrase, so entropy_bits is an upper bound</source>
        <translation>avertissement : avec cette liste de mots (qui n’est pas sans préfixe, ou dont des mots contiennent des chiffres) et ces options, des mots différents peuvent donner la même phrase de passe, entropy_bits est donc une borne supérieure</translation>
    </message>
    <message>
        <source>--custom has %1 characters; at most %2 are allowed</source>
        <translation>--custom contient %1 caractères ; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>line %1 contains a control character (%2); remove it</source>
        <translation>la ligne %1 contient un caractère de contrôle (%2) ; supprimez-le</translation>
    </message>
    <message>
        <source>line %1 contains a bidirectional control character (%2); remove it</source>
        <translation>la ligne %1 contient un caractère de contrôle bidirectionnel (%2) ; supprimez-le</translation>
    </message>
    <message>
        <source>line %1 contains an invisible character (%2); remove it</source>
        <translation>la ligne %1 contient un caractère invisible (%2) ; supprimez-le</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; and &apos;%2&apos; look alike (lines %3 and %4)</source>
        <translation>avertissement : « %1 » et « %2 » se ressemblent (lignes %3 et %4)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is larger than %2 MB</source>
        <translation>la liste de mots « %1 » dépasse %2 Mo</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is larger than %2 MB</source>
        <translation>la liste dans « %1 » dépasse %2 Mo</translation>
    </message>
    <message>
        <source>Draw winners from a list: one entry per line, from FILE or standard input. A name on several lines has several tickets; once it wins, all its tickets leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed and the list decide the winners, so anyone can check them.</source>
        <translation>Tirer des gagnants d’une liste : une entrée par ligne, depuis FILE ou l’entrée standard. Un nom présent sur plusieurs lignes a plusieurs tickets ; dès qu’il gagne, tous ses tickets quittent le tirage. Chaque tirage suit passforge-draw-v1 (docs/draws.md) : la graine et la liste déterminent les gagnants, chacun peut donc les vérifier.</translation>
    </message>
    <message>
        <source>Print every entry once, in an order drawn by tickets.</source>
        <translation>Afficher chaque entrée une fois, dans un ordre tiré selon les tickets.</translation>
    </message>
    <message>
        <source>One ticket per entry, however often a name appears.</source>
        <translation>Un ticket par entrée, quel que soit le nombre d’apparitions d’un nom.</translation>
    </message>
    <message>
        <source>Draw from these 32 bytes instead of a fresh seed from the system.</source>
        <translation>Tirer à partir de ces 32 octets au lieu d’une nouvelle graine fournie par le système.</translation>
    </message>
    <message>
        <source>HEX</source>
        <comment>value name in --help: 64 hexadecimal digits</comment>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Draw from a public random value announced in advance: the seed is the SHA-256 of TEXT, exactly as given.</source>
        <translation>Tirer à partir d’une valeur aléatoire publique annoncée à l’avance : la graine est le SHA-256 de TEXT, exactement tel qu’il est donné.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>value name in --help: the text of a public random value</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One JSON object: the draw&apos;s record, which pick --verify checks.</source>
        <translation>Un objet JSON : le procès-verbal du tirage, que pick --verify vérifie.</translation>
    </message>
    <message>
        <source>Check a record (from --json) against the list: exit 0 when it matches, 1 when it does not.</source>
        <translation>Vérifier un procès-verbal (issu de --json) par rapport à la liste : code de sortie 0 s’il correspond, 1 sinon.</translation>
    </message>
    <message>
        <source>RECORD</source>
        <comment>value name in --help: a record file</comment>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>--verify takes the draw from the record and cannot be combined with --%1</source>
        <translation>--verify reprend le tirage du procès-verbal et ne peut pas être combiné avec --%1</translation>
    </message>
    <message>
        <source>--seed and --beacon each give the seed; use one of them</source>
        <translation>--seed et --beacon fournissent chacun la graine ; utilisez l’un des deux</translation>
    </message>
    <message>
        <source>--seed must be 64 hexadecimal digits (32 bytes), not &apos;%1&apos;</source>
        <translation>--seed doit comporter 64 chiffres hexadécimaux (32 octets), et non « %1 »</translation>
    </message>
    <message>
        <source>--beacon needs the text of the public random value</source>
        <translation>--beacon exige le texte de la valeur aléatoire publique</translation>
    </message>
    <message>
        <source>--beacon must be UTF-8 text, not &apos;%1&apos;</source>
        <translation>--beacon doit être du texte UTF-8, et non « %1 »</translation>
    </message>
    <message>
        <source>drawn with %1 from seed %2</source>
        <translation>tiré avec %1 à partir de la graine %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is larger than %2 MB</source>
        <translation>le procès-verbal « %1 » dépasse %2 Mo</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not JSON: %2</source>
        <translation>le procès-verbal « %1 » n’est pas du JSON : %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not a JSON object</source>
        <translation>le procès-verbal « %1 » n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>le procès-verbal « %1 » ne contient pas de clé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is for the algorithm &apos;%2&apos;, not %3</source>
        <translation>le procès-verbal « %1 » est destiné à l’algorithme « %2 », et non à %3</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; must be 64 hexadecimal digits, not &apos;%2&apos;</source>
        <translation>la clé &quot;%1&quot; du procès-verbal doit comporter 64 chiffres hexadécimaux, et non « %2 »</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has both &quot;winners&quot; and &quot;order&quot;</source>
        <translation>le procès-verbal « %1 » contient à la fois &quot;winners&quot; et &quot;order&quot;</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; has the wrong type or value</source>
        <translation>la clé &quot;%1&quot; du procès-verbal a un type ou une valeur incorrects</translation>
    </message>
    <message>
        <source>verified: the order of %1 entries, list %2, seed %3</source>
        <translation>vérifié : l’ordre de %1 entrées, liste %2, graine %3</translation>
    </message>
    <message>
        <source>verified: %1 of %2 entries, list %3, seed %4</source>
        <translation>vérifié : %1 parmi %2 entrées, liste %3, graine %4</translation>
    </message>
    <message>
        <source>the list differs: its SHA-256 is %1, the record says %2</source>
        <translation>la liste diffère : son SHA-256 est %1, le procès-verbal indique %2</translation>
    </message>
    <message>
        <source>the entries differ: the list has %1, the record says %2</source>
        <translation>les entrées diffèrent : la liste en compte %1, le procès-verbal indique %2</translation>
    </message>
    <message>
        <source>the tickets differ: the list has %1, the record says %2</source>
        <translation>les tickets diffèrent : la liste en compte %1, le procès-verbal indique %2</translation>
    </message>
    <message>
        <source>the duplicates differ: the list has %1, the record says %2</source>
        <translation>les doublons diffèrent : la liste en compte %1, le procès-verbal indique %2</translation>
    </message>
    <message>
        <source>the seed differs: SHA-256 of the beacon is %1, the record says %2</source>
        <translation>la graine diffère : le SHA-256 de la valeur aléatoire publique est %1, le procès-verbal indique %2</translation>
    </message>
    <message>
        <source>the count differs: a shuffle of the list orders %1 entries, the record says %2</source>
        <translation>le nombre diffère : un mélange de la liste ordonne %1 entrées, le procès-verbal indique %2</translation>
    </message>
    <message>
        <source>the count differs: the list has %1 entries, the record&apos;s count is %2</source>
        <translation>le nombre diffère : la liste compte %1 entrées, le nombre indiqué par le procès-verbal est %2</translation>
    </message>
    <message>
        <source>the order differs: it should name %1 entries, the record names %2</source>
        <translation>l’ordre diffère : il devrait nommer %1 entrées, le procès-verbal en nomme %2</translation>
    </message>
    <message>
        <source>the count differs: the record&apos;s count is %1, but it names %2 winners</source>
        <translation>le nombre diffère : le nombre indiqué par le procès-verbal est %1, mais il nomme %2 gagnants</translation>
    </message>
    <message>
        <source>place %1 of the order differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>la place %1 de l’ordre diffère : le tirage donne « %2 », le procès-verbal indique « %3 »</translation>
    </message>
    <message>
        <source>winner %1 differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>le gagnant %1 diffère : le tirage donne « %2 », le procès-verbal indique « %3 »</translation>
    </message>
    <message>
        <source>Start from the options of a preset (&apos;passforge-cli presets&apos; lists them); options given here override it.</source>
        <translation>Partir des options d’un préréglage (« passforge-cli presets » les liste) ; les options données ici priment sur les siennes.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>value name in --help: a name</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; &apos;passforge-cli presets&apos; lists them</source>
        <translation>préréglage inconnu « %1 » ; « passforge-cli presets » les liste</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for %2, not %3</source>
        <translation>le préréglage « %1 » est destiné à %2, et non à %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: %2</source>
        <translation>préréglage « %1 » : %2</translation>
    </message>
    <message>
        <source>--rules and --site cannot be combined</source>
        <translation>--rules et --site ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>%1 replaces the class options; leave out --%2</source>
        <translation>%1 remplace les options de classe ; omettez --%2</translation>
    </message>
    <message>
        <source>no rules are known for the site &apos;%1&apos;; give them with --rules</source>
        <translation>aucune règle n’est connue pour le site « %1 » ; indiquez-les avec --rules</translation>
    </message>
    <message>
        <source>Follow a site&apos;s password rules, in Apple&apos;s password-rules language (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); replaces the class options.</source>
        <translation>Suivre les règles de mot de passe d’un site, dans le langage password-rules d’Apple (« minlength: 8; required: digit; max-consecutive: 2 ») ; remplace les options de classe.</translation>
    </message>
    <message>
        <source>RULES</source>
        <comment>value name in --help: password rules</comment>
        <translation>RULES</translation>
    </message>
    <message>
        <source>Follow the known rules of a website (&apos;passforge-cli sites&apos; lists them); replaces the class options.</source>
        <translation>Suivre les règles connues d’un site web (« passforge-cli sites » les liste) ; remplace les options de classe.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>value name in --help: a website&apos;s domain</comment>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2 for these rules, not %3</source>
        <translation>--length doit être compris entre %1 et %2 pour ces règles, et non %3</translation>
    </message>
    <message>
        <source>the rules admit no length: minlength %1, maxlength %2, and Passforge makes %3 to %4 characters</source>
        <translation>les règles n’admettent aucune longueur : minlength %1, maxlength %2, et Passforge produit de %3 à %4 caractères</translation>
    </message>
    <message>
        <source>the rules require one of &apos;%1&apos;, and none of them can be drawn (the space never is; --exclude and --no-lookalikes remove the rest)</source>
        <translation>les règles exigent l’un des caractères « %1 », et aucun d’eux ne peut être tiré (l’espace ne l’est jamais ; --exclude et --no-lookalikes retirent le reste)</translation>
    </message>
    <message>
        <source>no password of %1 characters meets the rules: %2</source>
        <translation>aucun mot de passe de %1 caractères ne satisfait les règles : %2</translation>
    </message>
    <message>
        <source>the rules have more than %1 different required sets</source>
        <translation>les règles comportent plus de %1 ensembles required différents</translation>
    </message>
    <message>
        <source>The websites whose password rules &apos;password --site&apos; knows, with their rules (Apple&apos;s password-manager-resources, %1): one per line, the domain, a tab, the rules.</source>
        <translation>Les sites web dont « password --site » connaît les règles de mot de passe, avec leurs règles (password-manager-resources d’Apple, %1) : un par ligne, le domaine, une tabulation, les règles.</translation>
    </message>
    <message>
        <source>One JSON object per line, with domain and rules.</source>
        <translation>Un objet JSON par ligne, avec domain et rules.</translation>
    </message>
    <message>
        <source>The presets that --preset can name, built-in ones first: one per line, the name, a tab, the command, a tab, its options. Your own presets are in %1.</source>
        <translation>Les préréglages que --preset peut nommer, les intégrés d’abord : un par ligne, le nom, une tabulation, la commande, une tabulation, ses options. Vos propres préréglages se trouvent dans %1.</translation>
    </message>
    <message>
        <source>Print the value as a QR code of text half blocks, for a terminal with light text on a dark background, and nothing else.</source>
        <translation>Afficher la valeur sous forme de code QR en demi-blocs de texte, pour un terminal à texte clair sur fond sombre, et rien d’autre.</translation>
    </message>
    <message>
        <source>Make the value the Wi-Fi text that phones scan to join the network NAME (WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.</source>
        <translation>Faire de la valeur le texte Wi-Fi que les téléphones scannent pour rejoindre le réseau NAME (WIFI:T:WPA;S:NAME;P:password;;)&#xa0;; avec --qr, son code QR.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.</source>
        <translation>Avec --wifi-ssid&#xa0;: wpa (WPA et WPA2, par défaut) ou wpa3.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: the network is hidden.</source>
        <translation>Avec --wifi-ssid&#xa0;: le réseau est masqué.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <comment>value name in --help: a Wi-Fi security type</comment>
        <translation>SECURITY</translation>
    </message>
    <message>
        <source>--qr shows one value; it cannot be used with --count above 1</source>
        <translation>--qr affiche une seule valeur&#xa0;; il ne peut pas être utilisé avec --count supérieur à 1</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --json</source>
        <translation>--qr ne peut pas être combiné avec --json</translation>
    </message>
    <message>
        <source>--wifi-ssid needs a network name</source>
        <translation>--wifi-ssid demande un nom de réseau</translation>
    </message>
    <message>
        <source>unknown --wifi-security &apos;%1&apos;; use wpa or wpa3</source>
        <translation>--wifi-security inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez wpa ou wpa3</translation>
    </message>
    <message>
        <source>--%1 needs --wifi-ssid</source>
        <translation>--%1 demande --wifi-ssid</translation>
    </message>
    <message>
        <source>the value is %1 bytes long, too long for a QR code (at most %2)</source>
        <translation>la valeur fait %1 octets, trop pour un code QR (au plus %2)</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --format raw, which is binary</source>
        <translation>--qr ne peut pas être combiné avec --format raw, qui est binaire</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess, by zxcvbn. The password is read from standard input, one line.</source>
        <translation>La difficulté à deviner un mot de passe que vous avez déjà, selon zxcvbn. Le mot de passe est lu depuis l’entrée standard, sur une seule ligne.</translation>
    </message>
    <message>
        <source>One JSON object with guesses_log10, score, crack_seconds, warning and suggestions.</source>
        <translation>Un objet JSON avec guesses_log10, score, crack_seconds, warning et suggestions.</translation>
    </message>
    <message>
        <source>check takes no password argument: it reads the password from standard input, so that it stays out of the process list and shell history</source>
        <translation>check n’accepte pas de mot de passe en argument&#xa0;: le mot de passe est lu depuis l’entrée standard, afin qu’il n’apparaisse ni dans la liste des processus ni dans l’historique du shell</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>Mot de passe à évaluer&#xa0;: </translation>
    </message>
    <message>
        <source>standard input is empty; give check the password on it</source>
        <translation>l’entrée standard est vide&#xa0;; check y attend le mot de passe</translation>
    </message>
    <message>
        <source>standard input holds more than one line; check reads one password</source>
        <translation>l’entrée standard contient plus d’une ligne&#xa0;; check lit un seul mot de passe</translation>
    </message>
    <message>
        <source>the password on standard input contains a NUL byte</source>
        <translation>le mot de passe lu sur l’entrée standard contient un octet NUL</translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>le mot de passe lu sur l’entrée standard dépasse %1 octets</translation>
    </message>
    <message>
        <source>Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an hour, %5 online at 10 a second, %6 offline against a slow hash, %7 offline against a fast hash.</source>
        <translation>Score %1 sur 4 (%2)&#xa0;: environ %3 essais. Temps pour le trouver&#xa0;: %4 en ligne à 100 essais par heure, %5 en ligne à 10 par seconde, %6 hors ligne contre un hachage lent, %7 hors ligne contre un hachage rapide.</translation>
    </message>
    <message>
        <source>It contains %1.</source>
        <translation>Le mot de passe contient %1.</translation>
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
        <translation>Utilisation : passforge-cli COMMANDE [OPTIONS]
Mots de passe, jetons, nombres et tirages au sort équitables, tirés de la source aléatoire du système d’exploitation.

Commandes :
  password   mots de passe aléatoires à partir de classes de caractères
  passphrase mots aléatoires, comme correct-horse-battery-staple
  token      jetons d’API : hex, urlsafe, base64, base32, uuid ou octets bruts
  number     entiers uniformes dans un intervalle, bornes comprises
  pick       tirer des gagnants d’une liste, une entrée par ligne
  sites      les sites web dont password --site connaît les règles de mot de passe
  presets    les ensembles d’options nommés qu’applique --preset
  check      évaluer la difficulté à deviner un mot de passe existant (lu depuis l’entrée standard)

Options :
  -h, --help     afficher cette aide ; COMMANDE --help affiche les options d’une commande
  -v, --version  afficher la version

Code de sortie : 0 en cas de succès, 1 si la source aléatoire ou la sortie échoue (ou si pick --verify trouve une différence), 2 pour une entrée invalide.
</translation>
    </message>
    <message>
        <source>--wifi-ssid &apos;%1&apos; is %2 bytes long; a network name has at most %3</source>
        <translation>--wifi-ssid «&#xa0;%1&#xa0;» fait %2 octets&#xa0;; un nom de réseau en compte au plus %3</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <comment>a built-in list in --help: its code and size</comment>
        <translation>%1 (%2 mots)</translation>
    </message>
    <message>
        <source>Passphrases of random words from a built-in list (English by default: %1 words, %2 bits each) or your own.</source>
        <translation>Phrases de passe de mots aléatoires tirés d’une liste intégrée (l’anglaise par défaut&#xa0;: %1 mots, %2 bits chacun) ou de la vôtre.</translation>
    </message>
    <message>
        <source>A built-in list, by language: %1. The default is en, whatever the locale, so that scripts stay the same.</source>
        <translation>Une liste intégrée, par langue&#xa0;: %1. La liste par défaut est en, quelle que soit la langue du système, pour que les scripts se comportent partout de la même façon.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>value name in --help: a language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown --list &apos;%1&apos;; the built-in lists are %2</source>
        <translation>--list inconnu «&#xa0;%1&#xa0;»&#xa0;; les listes intégrées sont %2</translation>
    </message>
    <message>
        <source>--list and --wordlist exclude each other: a wordlist file replaces the built-in list</source>
        <translation>--list et --wordlist s’excluent mutuellement&#xa0;: un fichier de liste de mots remplace la liste intégrée</translation>
    </message>
    <message>
        <source>Give each gap its own separator, drawn from these characters (2 to %1 distinct; adds log2 of their number a gap).</source>
        <translation>Donner à chaque jonction son propre séparateur, tiré parmi ces caractères (de 2 à %1 distincts&#xa0;; ajoute log2 de leur nombre par jonction).</translation>
    </message>
    <message>
        <source>lower (default), upper, each (each word capitalised; also title), one (one random word capitalised) or random (each word capitalised or not, at random: a bit a word).</source>
        <translation>lower (par défaut), upper, each (chaque mot avec une majuscule&#xa0;; aussi title), one (un mot au hasard avec une majuscule) ou random (chaque mot avec ou sans majuscule, au hasard&#xa0;: un bit par mot).</translation>
    </message>
    <message>
        <source>CASE</source>
        <comment>value name in --help: lower, upper, each, one or random</comment>
        <translation>CASE</translation>
    </message>
    <message>
        <source>Append a random symbol (one of %1) to one random word.</source>
        <translation>Ajouter un symbole aléatoire (parmi %1) à un mot choisi au hasard.</translation>
    </message>
    <message>
        <source>--separator and --separator-from exclude each other</source>
        <translation>--separator et --separator-from s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--separator-from &apos;%1&apos; must hold 2 to %2 distinct characters, none a lone combining mark or a control character</source>
        <translation>--separator-from «&#xa0;%1&#xa0;» doit contenir de 2 à %2 caractères distincts, sans signe combinant seul ni caractère de contrôle</translation>
    </message>
    <message>
        <source>unknown --case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>--case inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez lower, upper, each, one ou random</translation>
    </message>
    <message>
        <source>warning: in this case two words of the wordlist look the same (such as straße and strasse, both STRASSE), so entropy_bits is an upper bound</source>
        <translation>avertissement&#xa0;: avec cette casse, deux mots de la liste de mots deviennent identiques (comme straße et strasse, tous deux STRASSE), entropy_bits est donc une borne supérieure</translation>
    </message>
    <message>
        <source>Easy to say: syllables of the letters %1, %2 and %3 (see the manual), uniform among every string of the length; takes --length (%4 to %5), --min-upper 0 or 1 and --min-digits 0 or 1.</source>
        <translation>Facile à prononcer&#xa0;: syllabes des lettres %1, %2 et %3 (voir le manuel), tirées uniformément parmi toutes les chaînes de cette longueur&#xa0;; accepte --length (de %4 à %5), --min-upper 0 ou 1 et --min-digits 0 ou 1.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --pronounceable, whose letters the grammar fixes</source>
        <translation>--%1 ne s’applique pas à --pronounceable, dont la grammaire fixe les lettres</translation>
    </message>
    <message>
        <source>unknown shell &apos;%1&apos; for --completions; use bash, zsh or fish</source>
        <translation>shell inconnu « %1 » pour --completions ; utilisez bash, zsh ou fish</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message>
        <source>Time left before the clipboard is cleared</source>
        <translation>Temps restant avant que le presse-papiers soit vidé</translation>
    </message>
    <message>
        <source>Copied; the clipboard keeps it until you clear it</source>
        <translation>Copié&#xa0;; le presse-papiers le garde jusqu’à ce que vous le vidiez</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Le presse-papiers sera vidé dans %n s</numerusform>
            <numerusform>Le presse-papiers sera vidé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard as plain text</source>
        <translation>Copié dans le presse-papiers en texte brut</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Presse-papiers vidé</translation>
    </message>
    <message>
        <source>This desktop lets Passforge clear the clipboard only while its window has focus, and not once another program has taken the value over: the value may stay after the countdown. Use Clear now before you switch away.</source>
        <translation>Sur ce bureau, Passforge ne peut vider le presse-papiers que tant que sa fenêtre a le focus, et jamais une fois qu’un autre programme s’est approprié la valeur&#xa0;: celle-ci peut donc rester dans le presse-papiers après le compte à rebours. Utilisez «&#xa0;Effacer maintenant&#xa0;» avant de changer de fenêtre.</translation>
    </message>
</context>
<context>
    <name>DrawRecord</name>
    <message>
        <source>Passforge draw record</source>
        <translation>Procès-verbal de tirage Passforge</translation>
    </message>
    <message>
        <source>Passforge shuffle record</source>
        <translation>Procès-verbal de mélange Passforge</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (a name on several lines has one ticket per line)</source>
        <translation>Tickets&#xa0;: %1 (un nom présent sur plusieurs lignes a un ticket par ligne)</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 de la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Winners, in draw order:</source>
        <translation>Gagnants, dans l’ordre du tirage&#xa0;:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <comment>heading of the list in shuffled order</comment>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Draw %1 of this session</source>
        <translation>Tirage %1 de cette session</translation>
    </message>
    <message>
        <source>Shuffle %1 of this session</source>
        <translation>Mélange %1 de cette session</translation>
    </message>
    <message>
        <source>Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed</source>
        <translation>Rectifie le tirage %1&#xa0;: %2 remplacé par %3, le gagnant suivant tiré de la même graine</translation>
    </message>
    <message>
        <source>Duplicates: %1, removed: one ticket per entry</source>
        <translation>Doublons&#xa0;: %1, supprimés&#xa0;: un ticket par entrée</translation>
    </message>
    <message>
        <source>Drawn with: %1</source>
        <comment>the name of the draw algorithm</comment>
        <translation>Tiré avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Public random value: %1</source>
        <translation>Valeur aléatoire publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seed: %1 (SHA-256 of the public random value)</source>
        <translation>Graine&#xa0;: %1 (SHA-256 de la valeur aléatoire publique)</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Graine&#xa0;: %1</translation>
    </message>
    <message>
        <source>To check it, save this line as a file and run passforge-cli pick --verify FILE LIST, or docs/verify-draw.py FILE LIST:</source>
        <translation>Pour le vérifier, enregistrez cette ligne dans un fichier et exécutez passforge-cli pick --verify FILE LIST, ou docs/verify-draw.py FILE LIST&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GenerateManyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Generate Many</source>
        <translation>Générer plusieurs valeurs</translation>
    </message>
    <message>
        <source>The tab&apos;s options, as passforge-cli takes them</source>
        <translation>Les options de l’onglet, sous la forme qu’accepte passforge-cli</translation>
    </message>
    <message>
        <source>A saved file holds these secrets as plain text: keep it safe, and delete it when it has served.</source>
        <translation>Un fichier enregistré contient ces secrets en texte brut&#xa0;: conservez-le en lieu sûr et supprimez-le une fois qu’il a servi.</translation>
    </message>
    <message>
        <source>Copy every value, one per line, to the clipboard, which clears itself after a while</source>
        <translation>Copier chaque valeur, une par ligne, dans le presse-papiers, qui se vide de lui-même au bout d’un moment</translation>
    </message>
    <message>
        <source>Save every value, one per line, to a file only you can read</source>
        <translation>Enregistrer chaque valeur, une par ligne, dans un fichier lisible uniquement par vous</translation>
    </message>
    <message>
        <source>&amp;How many (%1–%2):</source>
        <translation>&amp;Quantité (%1–%2)&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Cancelled; no values were kept.</source>
        <translation>Annulé&#xa0;; aucune valeur n’a été conservée.</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>La source aléatoire du système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 values are ready to copy or save.</source>
        <translation>%1 valeurs sont prêtes à être copiées ou enregistrées.</translation>
    </message>
    <message>
        <source>%1 values copied; the clipboard clears itself after a while.</source>
        <translation>%1 valeurs copiées&#xa0;; le presse-papiers se vide de lui-même au bout d’un moment.</translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation>Enregistrer les valeurs</translation>
    </message>
    <message>
        <source>%1 values saved to %2, readable only by you.</source>
        <translation>%1 valeurs enregistrées dans %2, lisibles uniquement par vous.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossible d’enregistrer dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GeneratorPage</name>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Make a new value with the same options (Ctrl+R, F5)</source>
        <translation>Créer une nouvelle valeur avec les mêmes options (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copier dans le presse-papiers, qui se vide de lui-même au bout d’un moment</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Masquer la valeur</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>La source aléatoire du système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard as plain text, which stays there</source>
        <translation>Copier dans le presse-papiers en texte brut (il y reste)</translation>
    </message>
    <message>
        <source>More: a QR code, many values at once</source>
        <translation>Plus&#xa0;: un code QR, plusieurs valeurs à la fois</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>History of This Session</source>
        <translation>Historique de cette session</translation>
    </message>
    <message>
        <source>Values of this session</source>
        <translation>Valeurs de cette session</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens you make or copy are kept here until you quit, in memory only; nothing here is ever saved.</source>
        <translation>Les %1 derniers mots de passe, phrases de passe et jetons que vous créez ou copiez sont conservés ici jusqu’à ce que vous quittiez, en mémoire uniquement&#xa0;; rien n’y est jamais enregistré.</translation>
    </message>
    <message>
        <source>No history is kept: turn on “Keep a history of this session&apos;s values” in Preferences.</source>
        <translation>Aucun historique n’est conservé&#xa0;: activez «&#xa0;Conserver un historique des valeurs de cette session&#xa0;» dans les Préférences.</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copier dans le presse-papiers, qui se vide de lui-même au bout d’un moment</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>Valeur masquée</translation>
    </message>
    <message>
        <source>%1, copied</source>
        <translation>%1, copie effectuée</translation>
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
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>P&amp;hrase de passe</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Pick a &amp;winner</source>
        <translation>&amp;Tirage au sort</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation>&amp;Effacer maintenant</translation>
    </message>
    <message>
        <source>Take the copied value off the clipboard now</source>
        <translation>Retirer maintenant la valeur copiée du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Passforge</source>
        <translation>À &amp;propos de Passforge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About Passforge</source>
        <translation>À propos de Passforge</translation>
    </message>
    <message>
        <source>Make a new value with the same options</source>
        <translation>Produire une nouvelle valeur avec les mêmes options</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Copier la valeur dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Ouvrir une liste…</translation>
    </message>
    <message>
        <source>&amp;Verify a draw record…</source>
        <translation>&amp;Vérifier un procès-verbal de tirage…</translation>
    </message>
    <message>
        <source>Check a saved draw record against its list</source>
        <translation>Vérifier un procès-verbal de tirage enregistré par rapport à sa liste</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>This session&apos;s passwords, passphrases and tokens</source>
        <translation>Les mots de passe, phrases de passe et jetons de cette session</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Afficher en code &amp;QR…</translation>
    </message>
    <message>
        <source>Show the value as a QR code for a phone to read</source>
        <translation>Afficher la valeur sous forme de code QR, à lire avec un téléphone</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi QR code…</source>
        <translation>Code QR &amp;Wi-Fi…</translation>
    </message>
    <message>
        <source>A QR code that joins phones to a network with this password</source>
        <translation>Un code QR qui connecte les téléphones à un réseau avec ce mot de passe</translation>
    </message>
    <message>
        <source>Generate &amp;many…</source>
        <translation>&amp;Générer plusieurs valeurs…</translation>
    </message>
    <message>
        <source>Many values of these options, to copy or save</source>
        <translation>Plusieurs valeurs avec ces options, à copier ou à enregistrer</translation>
    </message>
    <message>
        <source>Chec&amp;k a password…</source>
        <translation>É&amp;valuer un mot de passe…</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess</source>
        <translation>Évaluer la difficulté à deviner un mot de passe que vous avez déjà</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwords, passphrases, tokens, random numbers and fair draws from the operating system&apos;s random source, in five tabs: Password, Passphrase, Token, Number and Pick a winner. Nothing you generate is saved.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Credits: the built-in wordlists are made from EFF&apos;s large wordlist (English), dys2p&apos;s German list, the French list made for Tails, victordargallo&apos;s Spanish and Italian lists and drebs&apos;s Brazilian Portuguese list, screened with the LDNOOBW lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike names are found with ICU&apos;s confusable data; the window is built with Qt.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Mots de passe, phrases de passe, jetons, nombres aléatoires et tirages équitables issus de la source aléatoire du système d’exploitation, en cinq onglets&#xa0;: Mot de passe, Phrase de passe, Jeton, Nombre et Tirage au sort. Rien de ce que vous générez n’est enregistré.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Remerciements&#xa0;: les listes de mots intégrées proviennent de la grande liste de l’EFF (anglais), de la liste allemande de dys2p, de la liste française faite pour Tails, des listes espagnole et italienne de victordargallo et de la liste en portugais du Brésil de drebs, filtrées avec les listes LDNOOBW&#xa0;; les estimations de robustesse viennent de zxcvbn-c, les codes QR de qrcodegen&#xa0;; les noms qui se ressemblent sont repérés avec les données de confusables d’ICU&#xa0;; la fenêtre est construite avec Qt.&lt;/p&gt;&lt;p&gt;Publié sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message>
        <source>&amp;Distinct: no value twice</source>
        <translation>Di&amp;stincts&#xa0;: aucune valeur deux fois</translation>
    </message>
    <message>
        <source>Generated numbers</source>
        <translation>Nombres générés</translation>
    </message>
    <message>
        <source>Any whole number from %1 to %2</source>
        <translation>N’importe quel nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
    <message>
        <source>Minimum, included</source>
        <translation>Minimum, inclus</translation>
    </message>
    <message>
        <source>Maximum, included</source>
        <translation>Maximum, inclus</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>M&amp;aximum&#xa0;:</translation>
    </message>
    <message>
        <source>How many numbers</source>
        <translation>Combien de nombres</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Valeurs distinctes</translation>
    </message>
    <message>
        <source>Enter a whole number as the minimum.</source>
        <translation>Saisissez un nombre entier comme minimum.</translation>
    </message>
    <message>
        <source>Enter a whole number as the maximum.</source>
        <translation>Saisissez un nombre entier comme maximum.</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>Le minimum %1 est supérieur au maximum %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 there are fewer than %3 different values, so they cannot all be distinct.</source>
        <translation>De %1 à %2, il y a moins de %3 valeurs différentes&#xa0;: elles ne peuvent pas toutes être distinctes.</translation>
    </message>
    <message>
        <source>Distinct draws are limited to %L1 values.</source>
        <translation>Les tirages sans répétition sont limités à %L1 valeurs.</translation>
    </message>
    <message>
        <source>one of %1 values (%2 bits)</source>
        <comment>a number drawn from a range</comment>
        <translation>une valeur parmi %1 (%2 bits)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valeur distincte parmi %1 (%2 bits en tout)</numerusform>
            <numerusform>%Ln valeurs distinctes parmi %1 (%2 bits en tout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valeur parmi %1 (%2 bits en tout)</numerusform>
            <numerusform>%Ln valeurs, chacune parmi %1 (%2 bits en tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the range is equally likely. A number is not treated as a secret: a copy is plain text and stays on the clipboard.</source>
        <translation>Chaque valeur de l’intervalle est également probable. Un nombre n’est pas traité comme un secret&#xa0;: une copie est du texte brut et reste dans le presse-papiers.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>The minimum must be %1.</source>
        <translation>Le minimum doit être compris %1.</translation>
    </message>
    <message>
        <source>The maximum must be %1.</source>
        <translation>Le maximum doit être compris %1.</translation>
    </message>
    <message>
        <source>The count must be from %1 to %2.</source>
        <translation>Le nombre de valeurs doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Enter both bounds as whole numbers first.</source>
        <translation>Saisissez d’abord les deux bornes sous forme de nombres entiers.</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <source>Add a random di&amp;git</source>
        <translation>Ajouter un chiffre aléato&amp;ire</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Phrase de passe générée</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <source>Wor&amp;ds:</source>
        <translation>&amp;Mots&#xa0;:</translation>
    </message>
    <message>
        <source>None: the words run together</source>
        <translation>Aucun&#xa0;: les mots sont collés</translation>
    </message>
    <message>
        <source>Separator between words</source>
        <translation>Séparateur entre les mots</translation>
    </message>
    <message>
        <source>Goes between the words; it may be empty, and it adds no entropy</source>
        <translation>Se place entre les mots&#xa0;; il peut être vide et n’ajoute aucune entropie</translation>
    </message>
    <message>
        <source>Separat&amp;or:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Casse des lettres</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>UPPERCASE</source>
        <translation>MAJUSCULES</translation>
    </message>
    <message>
        <source>One random word capitalised</source>
        <translation>Un mot au hasard avec une majuscule</translation>
    </message>
    <message>
        <source>Which word is capitalised is random too, and counts as entropy</source>
        <translation>Le mot qui prend la majuscule est lui aussi tiré au hasard, et compte dans l’entropie</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>C&amp;asse&#xa0;:</translation>
    </message>
    <message>
        <source>Add a random digit</source>
        <translation>Ajouter un chiffre aléatoire</translation>
    </message>
    <message>
        <source>Appends a random digit 0–9 to one random word, for sites that insist on a digit</source>
        <translation>Ajoute un chiffre aléatoire de 0 à 9 à un mot choisi au hasard, pour les sites qui exigent un chiffre</translation>
    </message>
    <message>
        <source>Word&amp;list:</source>
        <translation>&amp;Liste de mots&#xa0;:</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>an upper bound on the entropy, such as “77.5 bits — strong”</comment>
        <translation>au plus %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln mot × %2 bits (liste de %3 mots)</numerusform>
            <numerusform>%1 · %Ln mots × %2 bits (liste de %3 mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>capital</source>
        <comment>bits for which word is capitalised</comment>
        <translation>majuscule</translation>
    </message>
    <message>
        <source>digit</source>
        <comment>bits for where the digit goes and which digit it is</comment>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>%1 + %2 bits (%3)</source>
        <comment>the entropy line, then bits for the capital or digit</comment>
        <translation>%1 + %2 bits (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%Ln mot, tiré parmi %1&#xa0;: %Ln × log2(%1) = %2 bits.</numerusform>
            <numerusform>%Ln mots, chacun tiré parmi %1&#xa0;: %Ln × log2(%1) = %2 bits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.</source>
        <translation>Quel mot reçoit le chiffre, et quel chiffre&#xa0;: log2(10 × %1) = %2 bits.</translation>
    </message>
    <message>
        <source>A passphrase needs from %1 to %2 words.</source>
        <translation>Une phrase de passe doit compter de %1 à %2 mots.</translation>
    </message>
    <message>
        <source>The separator has a character that cannot stand alone, such as a lone accent or an invisible control character.</source>
        <translation>Le séparateur contient un caractère qui ne peut pas être isolé, comme un accent seul ou un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>The wordlist has fewer than %1 words.</source>
        <translation>La liste de mots compte moins de %1 mots.</translation>
    </message>
    <message>
        <source>Some words of this list contain digits, so the added digit may be read as part of a word, and a passphrase as more than one choice of words: the entropy shown is an upper bound. Without the added digit it is exact.</source>
        <translation>Certains mots de cette liste contiennent des chiffres&#xa0;: le chiffre ajouté peut donc se lire comme faisant partie d’un mot, et une phrase de passe comme plusieurs suites de mots. L’entropie affichée est une borne supérieure&#xa0;; sans le chiffre ajouté, elle est exacte.</translation>
    </message>
    <message>
        <source>Some words of this list begin with other words, and the separator does not keep the words apart, so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. A one-character separator that appears in no word makes it exact.</source>
        <translation>Certains mots de cette liste commencent par d’autres mots, et le séparateur ne distingue pas les mots&#xa0;: une phrase de passe peut donc se lire comme plusieurs suites de mots, et l’entropie affichée est une borne supérieure. Un séparateur d’un seul caractère, absent de tous les mots, la rend exacte.</translation>
    </message>
    <message>
        <source>Each Word Capitalised</source>
        <translation>Chaque Mot Avec Une Majuscule</translation>
    </message>
    <message>
        <source>Random: each word capitalised or not</source>
        <translation>Au hasard&#xa0;: chaque mot avec ou sans majuscule</translation>
    </message>
    <message>
        <source>A coin for each word decides its capital: one bit a word, for words that have a capital</source>
        <translation>Pour chaque mot, un pile ou face décide de la majuscule&#xa0;: un bit par mot, pour les mots qui peuvent en prendre une</translation>
    </message>
    <message>
        <source>Mi&amp;x separators:</source>
        <translation>Séparateurs mi&amp;xtes&#xa0;:</translation>
    </message>
    <message>
        <source>Off; or characters to draw each gap&apos;s from</source>
        <translation>Désactivé&#xa0;; ou caractères parmi lesquels tirer chaque séparateur</translation>
    </message>
    <message>
        <source>Characters to draw each separator from</source>
        <translation>Caractères parmi lesquels tirer chaque séparateur</translation>
    </message>
    <message>
        <source>Each gap between words gets its own separator, drawn from these characters (2 to %1, all different), in place of the one above; each gap adds log2 of their number</source>
        <translation>Chaque jonction entre les mots reçoit son propre séparateur, tiré parmi ces caractères (de 2 à %1, tous différents), à la place de celui du dessus&#xa0;; chaque jonction ajoute log2 de leur nombre</translation>
    </message>
    <message>
        <source>Add a random s&amp;ymbol</source>
        <translation>Ajouter un s&amp;ymbole aléatoire</translation>
    </message>
    <message>
        <source>Add a random symbol</source>
        <translation>Ajouter un symbole aléatoire</translation>
    </message>
    <message>
        <source>Appends a random symbol (one of %1) to one random word, for sites that insist on a symbol</source>
        <translation>Ajoute un symbole aléatoire (parmi %1) à un mot choisi au hasard, pour les sites qui exigent un symbole</translation>
    </message>
    <message>
        <source>case</source>
        <comment>bits for each word&apos;s random capital</comment>
        <translation>casse</translation>
    </message>
    <message>
        <source>separators</source>
        <comment>bits for each gap&apos;s separator</comment>
        <translation>séparateurs</translation>
    </message>
    <message>
        <source>symbol</source>
        <comment>bits for where the symbol goes and which symbol it is</comment>
        <translation>symbole</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the sources of extra bits</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Which word is capitalised: %1 bits (log2(%2) when every word has a capital).</source>
        <translation>Quel mot prend la majuscule&#xa0;: %1 bits (log2(%2) quand chaque mot peut en prendre une).</translation>
    </message>
    <message>
        <source>Whether each word is capitalised: %1 bits (a bit for each word that has a capital).</source>
        <translation>Majuscule ou non pour chaque mot&#xa0;: %1 bits (un bit par mot pouvant prendre une majuscule).</translation>
    </message>
    <message>
        <source>Each gap&apos;s separator, from %1: %2 bits.</source>
        <translation>Le séparateur de chaque jonction, tiré parmi %1&#xa0;: %2 bits.</translation>
    </message>
    <message>
        <source>Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.</source>
        <translation>Quel mot reçoit le symbole, et quel symbole&#xa0;: log2(%1 × %2) = %3 bits.</translation>
    </message>
    <message>
        <source>Mixed separators need 2 to %1 different characters, none a lone accent or an invisible control character.</source>
        <translation>Les séparateurs mixtes exigent de 2 à %1 caractères différents, sans accent seul ni caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>Some words of this list contain symbols, so the added symbol may be read as part of a word: the entropy shown is an upper bound. Without the added symbol it is exact.</source>
        <translation>Certains mots de cette liste contiennent des symboles&#xa0;: le symbole ajouté peut donc se lire comme faisant partie d’un mot. L’entropie affichée est une borne supérieure&#xa0;; sans le symbole ajouté, elle est exacte.</translation>
    </message>
    <message>
        <source>In this case two words of the list look the same (such as straße and strasse, both STRASSE), so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. Lowercase keeps it exact.</source>
        <translation>Avec cette casse, deux mots de la liste deviennent identiques (comme straße et strasse, tous deux STRASSE)&#xa0;: une phrase de passe peut donc se lire comme plusieurs suites de mots, et l’entropie affichée est une borne supérieure. En minuscules, elle reste exacte.</translation>
    </message>
</context>
<context>
    <name>PasswordCheckDialog</name>
    <message>
        <source>Check a Password</source>
        <translation>Évaluer un mot de passe</translation>
    </message>
    <message>
        <source>A password you use or want to use</source>
        <translation>Un mot de passe que vous utilisez ou voulez utiliser</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Mot de passe à évaluer</translation>
    </message>
    <message>
        <source>zxcvbn estimates how many guesses an attacker who tries common passwords, words, names, dates and keyboard patterns first would need. What you type stays in this window and is never saved.</source>
        <translation>zxcvbn estime le nombre d’essais dont aurait besoin un attaquant qui tente d’abord les mots de passe courants, les mots, les noms, les dates et les motifs de clavier. Ce que vous saisissez reste dans cette fenêtre et n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score&#xa0;:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Essais&#xa0;:</translation>
    </message>
    <message>
        <source>Online, 100 guesses an hour:</source>
        <translation>En ligne, 100 essais par heure&#xa0;:</translation>
    </message>
    <message>
        <source>Online, 10 guesses a second:</source>
        <translation>En ligne, 10 essais par seconde&#xa0;:</translation>
    </message>
    <message>
        <source>Offline, slow hash (10^4 a second):</source>
        <translation>Hors ligne, hachage lent (10^4 par seconde)&#xa0;:</translation>
    </message>
    <message>
        <source>Offline, fast hash (10^10 a second):</source>
        <translation>Hors ligne, hachage rapide (10^10 par seconde)&#xa0;:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Contient&#xa0;:</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Type a password to see its estimate.</source>
        <translation>Saisissez un mot de passe pour voir son estimation.</translation>
    </message>
    <message>
        <source>%1 of 4: %2</source>
        <translation>%1 sur 4&#xa0;: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>nothing zxcvbn knows</source>
        <translation>aucun motif connu de zxcvbn</translation>
    </message>
    <message>
        <source>This password is longer than %1 bytes, the most zxcvbn checks.</source>
        <translation>Ce mot de passe dépasse %1 octets, le maximum qu’évalue zxcvbn.</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Generated password</source>
        <translation>Mot de passe généré</translation>
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
        <translation>symboles</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>Longueur en caractères</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur&#xa0;:</translation>
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
        <translation>&amp;Symboles</translation>
    </message>
    <message>
        <source>&amp;Minimum A–Z:</source>
        <translation>&amp;Minimum A–Z&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inimum a–z:</source>
        <translation>M&amp;inimum a–z&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum 0–&amp;9:</source>
        <translation>Minimum 0–&amp;9&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum s&amp;ymbols:</source>
        <translation>Minimum s&amp;ymboles&#xa0;:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Minimum number of %1</source>
        <translation>Nombre minimal de %1</translation>
    </message>
    <message>
        <source>Extra characters, such as é ß € §</source>
        <translation>Caractères en plus, comme é ß € §</translation>
    </message>
    <message>
        <source>Also use these characters</source>
        <translation>Utiliser aussi ces caractères</translation>
    </message>
    <message>
        <source>Also &amp;use:</source>
        <translation>Utiliser a&amp;ussi&#xa0;:</translation>
    </message>
    <message>
        <source>Characters never to use</source>
        <translation>Caractères à ne jamais utiliser</translation>
    </message>
    <message>
        <source>Exclude these characters</source>
        <translation>Exclure ces caractères</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters</source>
        <translation>É&amp;viter les caractères qui se ressemblent</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>Laisse de côté %1</translation>
    </message>
    <message>
        <source>Avoid look-alike characters</source>
        <translation>Éviter les caractères qui se ressemblent</translation>
    </message>
    <message>
        <source>A&amp;dvanced: minimum per kind</source>
        <translation>&amp;Options avancées&#xa0;: minimum par type</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Afficher les options avancées</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Caractères&#xa0;:</translation>
    </message>
    <message>
        <source>The length must be from %1 to %2.</source>
        <translation>La longueur doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character, or add characters under “Also use”.</source>
        <translation>Choisissez au moins un type de caractère, ou ajoutez des caractères dans «&#xa0;Utiliser aussi&#xa0;».</translation>
    </message>
    <message>
        <source>The excluded characters leave nothing to choose from. Exclude fewer, or add characters under “Also use”.</source>
        <translation>Les caractères exclus ne laissent rien parmi quoi choisir. Excluez-en moins, ou ajoutez des caractères dans «&#xa0;Utiliser aussi&#xa0;».</translation>
    </message>
    <message>
        <source>Every character of %1 is excluded, but its minimum is %2.</source>
        <translation>Tous les caractères de %1 sont exclus, mais leur minimum est de %2.</translation>
    </message>
    <message>
        <source>The minimums add up to %1, more than the length of %2. Lower a minimum or make the password longer.</source>
        <translation>Les minimums totalisent %1, plus que la longueur de %2. Baissez un minimum ou allongez le mot de passe.</translation>
    </message>
    <message>
        <source>“Also use” has a character that cannot stand alone, such as a lone accent or an invisible character.</source>
        <translation>«&#xa0;Utiliser aussi&#xa0;» contient un caractère qui ne peut pas être isolé, comme un accent seul ou un caractère invisible.</translation>
    </message>
    <message>
        <source>“Also use” has %1 characters; at most %2 are allowed.</source>
        <translation>«&#xa0;Utiliser aussi&#xa0;» contient %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>At least one of each &amp;kind</source>
        <translation>Au moins un caractère de chaque typ&amp;e</translation>
    </message>
    <message>
        <source>Every password has at least one character of each kind chosen. Each such password is equally likely, and the entropy counts only those.</source>
        <translation>Chaque mot de passe contient au moins un caractère de chaque type choisi. Tous ces mots de passe sont également probables, et l’entropie ne compte qu’eux.</translation>
    </message>
    <message>
        <source>At least one of each kind</source>
        <translation>Au moins un caractère de chaque type</translation>
    </message>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>Un mot de passe de %Ln caractère ne peut pas contenir un caractère de chacun des %1 types choisis. Allongez-le, ou désactivez «&#xa0;Au moins un caractère de chaque type&#xa0;».</numerusform>
            <numerusform>Un mot de passe de %Ln caractères ne peut pas contenir un caractère de chacun des %1 types choisis. Allongez-le, ou désactivez «&#xa0;Au moins un caractère de chaque type&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Site (d&amp;omain):</source>
        <translation>Site &amp;web (domaine)&#xa0;:</translation>
    </message>
    <message>
        <source>A website whose password rules are known, such as apple.com</source>
        <translation>Un site web dont les règles de mot de passe sont connues, comme apple.com</translation>
    </message>
    <message>
        <source>Follow the password rules of this website</source>
        <translation>Suivre les règles de mot de passe de ce site web</translation>
    </message>
    <message>
        <source>Or a site&apos;s rules, such as: minlength: 8; required: digit; max-consecutive: 2</source>
        <translation>Ou les règles d’un site, par exemple&#xa0;: minlength: 8; required: digit; max-consecutive: 2</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Règles de mot de passe</translation>
    </message>
    <message>
        <source>Apple&apos;s password-rules language: required, allowed, max-consecutive, minlength and maxlength, with the classes upper, lower, digit, special, ascii-printable and [characters]. Rules replace the kinds of character above; the space is never used.</source>
        <translation>Langage password-rules d’Apple&#xa0;: required, allowed, max-consecutive, minlength et maxlength, avec les classes upper, lower, digit, special, ascii-printable et [caractères]. Les règles remplacent les types de caractères ci-dessus&#xa0;; l’espace n’est jamais utilisé.</translation>
    </message>
    <message>
        <source>The rules have an error: %1.</source>
        <translation>Les règles contiennent une erreur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The rules of a website in words: &quot;apple.com: 8–63 characters, at least one digit&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>These rules take %1 to %2 characters.</source>
        <translation>Ces règles demandent de %1 à %2 caractères.</translation>
    </message>
    <message>
        <source>These rules admit no length: at least %1 and at most %2 characters.</source>
        <translation>Ces règles n’admettent aucune longueur&#xa0;: au moins %1 et au plus %2 caractères.</translation>
    </message>
    <message>
        <source>The rules require one of “%1”, and none of them can be used: the space never is, and “Exclude” or “Avoid look-alike characters” remove the rest.</source>
        <translation>Les règles exigent l’un des caractères «&#xa0;%1&#xa0;», et aucun d’eux ne peut être utilisé&#xa0;: l’espace ne l’est jamais, et «&#xa0;Exclure&#xa0;» ou «&#xa0;Éviter les caractères qui se ressemblent&#xa0;» retirent le reste.</translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>Aucun mot de passe de %Ln caractère ne satisfait ces règles.</numerusform>
            <numerusform>Aucun mot de passe de %Ln caractères ne satisfait ces règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rules have more than %1 different “required” sets.</source>
        <translation>Ces règles comportent plus de %1 ensembles «&#xa0;required&#xa0;» différents.</translation>
    </message>
    <message>
        <source>Rule strin&amp;g:</source>
        <translation>Chaîne de rè&amp;gles&#xa0;:</translation>
    </message>
    <message>
        <source>No password rules are known for “%1”. Type them under “Rule string”, or clear “Site”.</source>
        <translation>Aucune règle de mot de passe n’est connue pour «&#xa0;%1&#xa0;». Saisissez-les dans «&#xa0;Chaîne de règles&#xa0;», ou videz «&#xa0;Site web&#xa0;».</translation>
    </message>
    <message>
        <source>With no kind of character chosen, passforge-cli would use all four, so these options cannot be a preset: choose at least one kind.</source>
        <translation>Sans type de caractère choisi, passforge-cli utiliserait les quatre, ces options ne peuvent donc pas devenir un préréglage&#xa0;: choisissez au moins un type.</translation>
    </message>
    <message>
        <source>no password rules are known for the site “%1”</source>
        <translation>aucune règle de mot de passe n’est connue pour le site «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the rules have an error: %1</source>
        <translation>les règles contiennent une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the length must be from %1 to %2 for these rules, not %3</source>
        <translation>la longueur doit être comprise entre %1 et %2 pour ces règles, et non %3</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Style de mot de passe</translation>
    </message>
    <message>
        <source>Random characters</source>
        <translation>Caractères aléatoires</translation>
    </message>
    <message>
        <source>Easy to say (syllables)</source>
        <translation>Facile à prononcer (syllabes)</translation>
    </message>
    <message>
        <source>Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), drawn so that every password of this length is equally likely: easier to read out and type, with fewer bits a character</source>
        <translation>Syllabes formées d’une consonne (%1), d’une voyelle (%2) et parfois d’une consonne finale (%3), tirées de sorte que tous les mots de passe de cette longueur soient également probables&#xa0;: plus faciles à lire à voix haute et à saisir, avec moins de bits par caractère</translation>
    </message>
    <message>
        <source>Add a c&amp;apital</source>
        <translation>Ajouter une &amp;majuscule</translation>
    </message>
    <message>
        <source>Make one letter a capital</source>
        <translation>Mettre une lettre en majuscule</translation>
    </message>
    <message>
        <source>One letter, at random, in upper case</source>
        <translation>Une lettre au hasard, en majuscule</translation>
    </message>
    <message>
        <source>Add a &amp;digit</source>
        <translation>Ajouter un ch&amp;iffre</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>Ajouter un chiffre</translation>
    </message>
    <message>
        <source>One digit, at random, anywhere in the password</source>
        <translation>Un chiffre au hasard, n’importe où dans le mot de passe</translation>
    </message>
    <message>
        <source>Easy-to-say passwords take %1 to %2 characters.</source>
        <translation>Les mots de passe faciles à prononcer doivent compter de %1 à %2 caractères.</translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Ouvrir une liste…</translation>
    </message>
    <message>
        <source>Re&amp;move duplicates: one ticket per name</source>
        <translation>Supprimer les do&amp;ublons&#xa0;: un ticket par nom</translation>
    </message>
    <message>
        <source>Sh&amp;uffle list</source>
        <translation>&amp;Mélanger la liste</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>&amp;Copier le résultat</translation>
    </message>
    <message>
        <source>Copy draw re&amp;cord</source>
        <translation>Copier le procès-&amp;verbal</translation>
    </message>
    <message>
        <source>One entry per line. Paste or type the list, or drop a text file here.</source>
        <translation>Une entrée par ligne. Collez ou saisissez la liste, ou déposez ici un fichier texte.</translation>
    </message>
    <message>
        <source>List of entries, one per line</source>
        <translation>Liste des entrées, une par ligne</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>Open a list from a text file</source>
        <translation>Ouvrir une liste depuis un fichier texte</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Supprimer les doublons</translation>
    </message>
    <message>
        <source>Otherwise a name on several lines has one ticket per line, and so a better chance</source>
        <translation>Sinon, un nom présent sur plusieurs lignes a un ticket par ligne, et donc plus de chances</translation>
    </message>
    <message>
        <source>Number of winners</source>
        <translation>Nombre de gagnants</translation>
    </message>
    <message>
        <source>Winne&amp;rs:</source>
        <translation>&amp;Gagnants&#xa0;:</translation>
    </message>
    <message>
        <source>Draw winners</source>
        <translation>Tirer les gagnants</translation>
    </message>
    <message>
        <source>Shuffle the whole list</source>
        <translation>Mélanger toute la liste</translation>
    </message>
    <message>
        <source>Result, in draw order</source>
        <translation>Résultat, dans l’ordre du tirage</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>Copier le résultat</translation>
    </message>
    <message>
        <source>Copy a record of the draw</source>
        <translation>Copier un procès-verbal du tirage</translation>
    </message>
    <message>
        <source>That text is larger than %1 MB, the most a list can hold.</source>
        <translation>Ce texte dépasse %1 Mo, la taille maximale d’une liste.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>The list is larger than %1 MB, the most it can hold.</source>
        <translation>La liste dépasse %1 Mo, sa taille maximale.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aucune entrée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>aucun doublon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>%Ln doublon (supprimé)</numerusform>
            <numerusform>%Ln doublons (supprimés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%Ln doublon (compte comme un ticket de plus)</numerusform>
            <numerusform>%Ln doublons (chacun compte comme un ticket de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list summary: entries, duplicates</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Shorten the list to draw from it.</source>
        <translation>Raccourcissez la liste pour pouvoir y faire un tirage.</translation>
    </message>
    <message>
        <source>Paste or type a list on the left, one entry per line, or open a text file.</source>
        <translation>Collez ou saisissez une liste à gauche, une entrée par ligne, ou ouvrez un fichier texte.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Seulement %Ln entrée pour %1 gagnants. Demandez moins de gagnants ou ajoutez des entrées.</numerusform>
            <numerusform>Seulement %Ln entrées pour %1 gagnants. Demandez moins de gagnants ou ajoutez des entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Appuyez sur «&#xa0;Tirer&#xa0;» pour tirer %Ln gagnant, ou sur «&#xa0;Mélanger la liste&#xa0;» pour mettre toute la liste dans un ordre aléatoire.</numerusform>
            <numerusform>Appuyez sur «&#xa0;Tirer&#xa0;» pour tirer %Ln gagnants, ou sur «&#xa0;Mélanger la liste&#xa0;» pour mettre toute la liste dans un ordre aléatoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>La source aléatoire du système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>Ouvrir une liste</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a list can hold.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo, la taille maximale d’une liste.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <comment>pick winners by lot</comment>
        <translation>Ti&amp;rer</translation>
    </message>
    <message>
        <source>“%1” and “%2” look alike (lines %3 and %4)</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se ressemblent (lignes %3 et %4)</translation>
    </message>
    <message>
        <source>Line %1 contains a control character (%2). Remove it to draw.</source>
        <translation>La ligne %1 contient un caractère de contrôle (%2). Supprimez-le pour tirer au sort.</translation>
    </message>
    <message>
        <source>Line %1 contains a bidirectional control character (%2). Remove it to draw.</source>
        <translation>La ligne %1 contient un caractère de contrôle bidirectionnel (%2). Supprimez-le pour tirer au sort.</translation>
    </message>
    <message>
        <source>Line %1 contains an invisible character (%2). Remove it to draw.</source>
        <translation>La ligne %1 contient un caractère invisible (%2). Supprimez-le pour tirer au sort.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name, in quotes</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The pasted list</source>
        <translation>La liste collée</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>%1 has no entries.</source>
        <translation>%1 ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>%1 is too long to edit here, so the box shows its first %2 lines. Clear the list to type or paste a new one.</source>
        <translation>%1&#xa0;: texte trop long pour être modifié ici, la zone n’en affiche que les %2 premières lignes. Effacez la liste pour en saisir ou en coller une nouvelle.</translation>
    </message>
    <message>
        <source>Draw the winners from the list</source>
        <translation>Tirer les gagnants de la liste</translation>
    </message>
    <message>
        <source>Replace a w&amp;inner…</source>
        <translation>Rempl&amp;acer un gagnant…</translation>
    </message>
    <message>
        <source>Draws of this session</source>
        <translation>Tirages de cette session</translation>
    </message>
    <message>
        <source>Replace the selected winner</source>
        <translation>Remplacer le gagnant sélectionné</translation>
    </message>
    <message>
        <source>Draw lo&amp;g:</source>
        <translation>H&amp;istorique des tirages&#xa0;:</translation>
    </message>
    <message>
        <source>Copy shuffle re&amp;cord</source>
        <translation>Copier le procès-&amp;verbal du mélange</translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>Mélange %1 · %2 · %Ln entrée</numerusform>
            <numerusform>Mélange %1 · %2 · %Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>Tirage %1 · %2 · %Ln gagnant</numerusform>
            <numerusform>Tirage %1 · %2 · %Ln gagnants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · for an earlier list</source>
        <comment>a draw, then why it no longer applies</comment>
        <translation>%1 · pour une liste antérieure</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3 replaces a winner of draw %4</source>
        <comment>number, time, name, draw number</comment>
        <translation>Tirage %1 · %2 · %3 remplace un gagnant du tirage %4</translation>
    </message>
    <message>
        <source>Draw from %1 to %2 winners at a time.</source>
        <translation>Tirez de %1 à %2 gagnants à la fois.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Tirage en cours…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… et %Ln autre, dans le résultat et le procès-verbal copiés</numerusform>
            <numerusform>… et %Ln autres, dans le résultat et le procès-verbal copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw from a pu&amp;blic random value:</source>
        <translation>Tirer à partir d’une valeur aléatoire pu&amp;blique&#xa0;:</translation>
    </message>
    <message>
        <source>Announce the list&apos;s SHA-256 and a random value that does not exist yet (such as a drand round, or a lottery&apos;s numbers); once it is public, draw from it. Anyone can then check that these are the winners, and nobody could have chosen them.</source>
        <translation>Annoncez le SHA-256 de la liste et une valeur aléatoire qui n’existe pas encore (comme un tour drand ou les numéros d’une loterie)&#xa0;; une fois qu’elle est publique, tirez à partir d’elle. Chacun peut alors vérifier que ce sont bien les gagnants, et personne n’a pu les choisir.</translation>
    </message>
    <message>
        <source>Public random value</source>
        <translation>Valeur aléatoire publique</translation>
    </message>
    <message>
        <source>e.g. drand round 4211337</source>
        <translation>p. ex. tour drand 4211337</translation>
    </message>
    <message>
        <source>Exactly as published: the seed is the SHA-256 of this text.</source>
        <translation>Exactement telle que publiée&#xa0;: la graine est le SHA-256 de ce texte.</translation>
    </message>
    <message>
        <source>&amp;Announce…</source>
        <translation>Annonc&amp;er…</translation>
    </message>
    <message>
        <source>Announce the draw</source>
        <translation>Annoncer le tirage</translation>
    </message>
    <message>
        <source>The text to publish before the public random value exists</source>
        <translation>Le texte à publier avant que la valeur aléatoire publique n’existe</translation>
    </message>
    <message>
        <source>Sa&amp;ve record…</source>
        <translation>Enregi&amp;strer le procès-verbal…</translation>
    </message>
    <message>
        <source>Save the record of the draw</source>
        <translation>Enregistrer le procès-verbal du tirage</translation>
    </message>
    <message>
        <source>Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py</source>
        <translation>Enregistrer le procès-verbal en JSON, pour passforge-cli pick --verify ou docs/verify-draw.py</translation>
    </message>
    <message>
        <source>When a winner does not answer: select them, then draw a runner-up from the tickets left (the next winner of the same seed). The draw is kept, and the replacement is recorded as a new draw.</source>
        <translation>Quand un gagnant ne répond pas&#xa0;: sélectionnez-le, puis tirez un remplaçant parmi les tickets restants (le gagnant suivant de la même graine). Le tirage est conservé, et le remplacement est consigné comme un nouveau tirage.</translation>
    </message>
    <message>
        <source>Date and time, entry count, SHA-256 of the list, the seed and the result, with the record to check it, to keep or share</source>
        <translation>Date et heure, nombre d’entrées, SHA-256 de la liste, la graine et le résultat, avec le procès-verbal pour le vérifier, à conserver ou à partager</translation>
    </message>
    <message>
        <source>Type the public random value to draw from, or turn off “Draw from a public random value”.</source>
        <translation>Saisissez la valeur aléatoire publique à partir de laquelle tirer, ou désactivez «&#xa0;Tirer à partir d’une valeur aléatoire publique&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot save the record to “%1”: %2</source>
        <translation>Impossible d’enregistrer le procès-verbal dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the Draw Record</source>
        <translation>Enregistrer le procès-verbal du tirage</translation>
    </message>
    <message>
        <source>passforge-draw-%1.json</source>
        <comment>a file name; %1 is the draw&apos;s number</comment>
        <translation>passforge-draw-%1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Procès-verbaux de tirage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Passforge draw announcement</source>
        <translation>Annonce de tirage Passforge</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 de la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tickets: one per entry (duplicates removed)</source>
        <translation>Tickets&#xa0;: un par entrée (doublons supprimés)</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Winners to draw: %1</source>
        <translation>Gagnants à tirer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from SHA-256 of: %2</source>
        <translation>Annoncé le %1&#xa0;: les gagnants seront tirés avec Passforge (passforge-draw-v1) à partir du SHA-256 de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Once that value is public, anyone can draw again with passforge-cli pick --beacon, or check the record with pick --verify or docs/verify-draw.py.</source>
        <translation>Une fois cette valeur publique, chacun peut refaire le tirage avec passforge-cli pick --beacon, ou vérifier le procès-verbal avec pick --verify ou docs/verify-draw.py.</translation>
    </message>
    <message>
        <source>Announce the Draw</source>
        <translation>Annoncer le tirage</translation>
    </message>
    <message>
        <source>Publish this before the public random value exists, with the list itself. Then the winners cannot be chosen by anyone, you included.</source>
        <translation>Publiez ceci avant que la valeur aléatoire publique n’existe, avec la liste elle-même. Ainsi, personne ne peut choisir les gagnants, pas même vous.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Clear the clipboard &amp;after</source>
        <translation>Vider le presse-papiers &amp;après</translation>
    </message>
    <message>
        <source>Clear the clipboard when Passforge &amp;quits</source>
        <translation>Vider le presse-papiers quand Passforge se &amp;ferme</translation>
    </message>
    <message>
        <source>&amp;Restore the last options on start</source>
        <translation>&amp;Restaurer les dernières options au démarrage</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>Vider automatiquement le presse-papiers</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Secondes avant que le presse-papiers soit vidé</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>after N seconds</comment>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Only a value Passforge copied is cleared; text you copied since is left alone.</source>
        <translation>Seule une valeur copiée par Passforge est effacée&#xa0;; le texte que vous avez copié depuis n’est pas touché.</translation>
    </message>
    <message>
        <source>Generator options only. Generated values, lists and draw results are never saved.</source>
        <translation>Seulement les options des générateurs. Les valeurs générées, les listes et les résultats de tirage ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Passforge never saves a generated value, a list or a draw result. The options are kept in %1.</source>
        <translation>Passforge n’enregistre jamais une valeur générée, une liste ni un résultat de tirage. Les options sont conservées dans %1.</translation>
    </message>
    <message>
        <source>&amp;Keep a history of this session&apos;s values</source>
        <translation>&amp;Conserver un historique des valeurs de cette session</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ History). Turning it off clears it.</source>
        <translation>Les %1 derniers mots de passe, phrases de passe et jetons, en mémoire uniquement, jusqu’à ce que vous quittiez (Édition ▸ Historique). Le désactiver l’efface.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>The built-in presets are shown again.</source>
        <translation>Les préréglages intégrés sont de nouveau affichés.</translation>
    </message>
    <message>
        <source>The presets file cannot be read, so only the built-in presets are offered: %1</source>
        <translation>Le fichier des préréglages ne peut pas être lu, seuls les préréglages intégrés sont donc proposés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Named sets of options, shared with passforge-cli --preset</source>
        <translation>Ensembles d’options nommés, partagés avec passforge-cli --preset</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Actions sur les préréglages</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export presets</source>
        <translation>Enregistrer, renommer, supprimer, importer ou exporter des préréglages</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>&amp;Rename preset…</source>
        <translation>&amp;Renommer le préréglage…</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden built-in presets</source>
        <translation>&amp;Afficher les préréglages intégrés masqués</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importer des préréglages…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>E&amp;xporter les préréglages…</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Aucun préréglage</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>A preset whose options were changed after it was chosen: &quot;Bank PIN (modified)&quot;</extracomment>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>&amp;Hide built-in preset</source>
        <translation>&amp;Masquer le préréglage intégré</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>&amp;Supprimer le préréglage</translation>
    </message>
    <message>
        <source>There is no preset named “%1” for this tab.</source>
        <translation>Il n’existe aucun préréglage nommé «&#xa0;%1&#xa0;» pour cet onglet.</translation>
    </message>
    <message>
        <source>“%1” cannot be used here: %2</source>
        <extracomment>A preset from the file that the window cannot use: &quot;“api”: the option &apos;bytes&apos; …&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Choose a preset to rename first.</source>
        <translation>Choisissez d’abord un préréglage à renommer.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a preset to delete first.</source>
        <translation>Choisissez d’abord un préréglage à supprimer.</translation>
    </message>
    <message>
        <source>Hid the built-in preset “%1”; Show hidden built-in presets brings it back.</source>
        <translation>Préréglage intégré «&#xa0;%1&#xa0;» masqué&#xa0;; «&#xa0;Afficher les préréglages intégrés masqués&#xa0;» le fait réapparaître.</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>%n préréglage importé depuis %1.</numerusform>
            <numerusform>%n préréglages importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>%n préréglage exporté vers %1.</numerusform>
            <numerusform>%n préréglages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>A name for these options (passforge-cli %1 --preset NAME uses it too):</source>
        <translation>Un nom pour ces options (passforge-cli %1 --preset NAME l’utilise aussi)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importer des préréglages</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Préréglages (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Exporter les préréglages</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <extracomment>Saving refused: &quot;… as a preset: the length must be from 8 to 63 for these rules …&quot;</extracomment>
        <translation>Ces options ne peuvent pas être enregistrées comme préréglage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 chiffres)</translation>
    </message>
    <message>
        <source>Wi-Fi (WPA2, 24 easy-to-type characters)</source>
        <translation>Wi-Fi (WPA2, 24 caractères faciles à saisir)</translation>
    </message>
    <message>
        <source>Maximum (64, all kinds)</source>
        <translation>Maximum (64, tous les types)</translation>
    </message>
    <message>
        <source>A preset&apos;s name must not be empty, longer than %1 characters, start or end with a space, or hold control characters.</source>
        <translation>Le nom d’un préréglage ne doit pas être vide, dépasser %1 caractères, commencer ou finir par un espace, ni contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Il existe déjà un préréglage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>Il n’existe aucun préréglage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed; save a copy under a new name instead.</source>
        <translation>Les préréglages intégrés ne peuvent pas être renommés&#xa0;; enregistrez plutôt une copie sous un nouveau nom.</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset.</source>
        <translation>Ces options ne peuvent pas être enregistrées comme préréglage.</translation>
    </message>
    <message>
        <source>The presets file has a problem, so it is left as it is: %1</source>
        <translation>Le fichier des préréglages présente un problème, il est donc laissé tel quel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>Impossible d’enregistrer les préréglages dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not import presets: %1</source>
        <translation>Impossible d’importer les préréglages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not export the presets to %1: %2</source>
        <translation>Impossible d’exporter les préréglages vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <translation>Ces options ne peuvent pas être enregistrées comme préréglage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the option &apos;%1&apos; is not one the window knows for this command</source>
        <translation>l’option «&#xa0;%1&#xa0;» n’est pas connue de la fenêtre pour cette commande</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is a flag: its value must be true</source>
        <translation>l’option «&#xa0;%1&#xa0;» est un indicateur&#xa0;: sa valeur doit être true</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be text</source>
        <translation>l’option «&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>l’option «&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3, et non %4</translation>
    </message>
    <message>
        <source>the options &apos;rules&apos; and &apos;site&apos; cannot be combined</source>
        <translation>les options «&#xa0;rules&#xa0;» et «&#xa0;site&#xa0;» ne peuvent pas être combinées</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; cannot be combined with &apos;%2&apos;, which replaces the class options</source>
        <translation>l’option «&#xa0;%1&#xa0;» ne peut pas être combinée avec «&#xa0;%2&#xa0;», qui remplace les options de classe</translation>
    </message>
    <message>
        <source>the window has no token format &apos;%1&apos;; use hex, urlsafe, base64, base32 or uuid</source>
        <translation>la fenêtre ne propose pas de format de jeton «&#xa0;%1&#xa0;»&#xa0;; utilisez hex, urlsafe, base64, base32 ou uuid</translation>
    </message>
    <message>
        <source>a number preset needs both &apos;min&apos; and &apos;max&apos;</source>
        <translation>un préréglage de nombre exige à la fois «&#xa0;min&#xa0;» et «&#xa0;max&#xa0;»</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is empty, too long (over %2 characters), has spaces at an end or control characters</source>
        <translation>le nom « %1 » est vide, trop long (plus de %2 caractères), a des espaces au début ou à la fin, ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for &apos;%2&apos;; presets are for %3</source>
        <translation>le préréglage « %1 » est destiné à « %2 » ; les préréglages sont destinés à %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has an option named &apos;%2&apos;; write option names without the dashes</source>
        <translation>le préréglage « %1 » a une option nommée « %2 » ; écrivez les noms d’options sans les tirets</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: option &apos;%2&apos; must be a number, a string or true</source>
        <translation>préréglage « %1 » : l’option « %2 » doit être un nombre, une chaîne ou true</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>contenu JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>&quot;version&quot; doit valoir %1</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be an array</source>
        <translation>&quot;presets&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>preset %1 needs a string &quot;name&quot;, a string &quot;command&quot; and an &quot;options&quot; object</source>
        <translation>le préréglage %1 nécessite une chaîne &quot;name&quot;, une chaîne &quot;command&quot; et un objet &quot;options&quot;</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has the name of a built-in preset, which cannot be overwritten</source>
        <translation>le préréglage « %1 » porte le nom d’un préréglage intégré, qui ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>two presets are named &apos;%1&apos;</source>
        <translation>deux préréglages s’appellent « %1 »</translation>
    </message>
    <message>
        <source>&quot;hidden&quot; must be an array of names</source>
        <translation>&quot;hidden&quot; doit être un tableau de noms</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: the option &apos;wordlist&apos; must be an absolute path, not &apos;%2&apos;</source>
        <translation>préréglage «&#xa0;%1&#xa0;»&#xa0;: l’option «&#xa0;wordlist&#xa0;» doit être un chemin absolu, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is %2 characters long; the window takes at most %3</source>
        <translation>l’option «&#xa0;%1&#xa0;» compte %2 caractères&#xa0;; la fenêtre en accepte au plus %3</translation>
    </message>
    <message>
        <source>the option &apos;bytes&apos; does not apply to the uuid format, which is always 122 random bits</source>
        <translation>l’option «&#xa0;bytes&#xa0;» ne s’applique pas au format uuid, qui compte toujours 122 bits aléatoires</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;; use %2</source>
        <translation>liste inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>the options &apos;list&apos; and &apos;wordlist&apos; exclude each other: a wordlist file replaces the built-in list</source>
        <translation>les options «&#xa0;list&#xa0;» et «&#xa0;wordlist&#xa0;» s’excluent mutuellement&#xa0;: un fichier de liste de mots remplace la liste intégrée</translation>
    </message>
    <message>
        <source>unknown case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>casse inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez lower, upper, each, one ou random</translation>
    </message>
    <message>
        <source>the options &apos;separator&apos; and &apos;separator-from&apos; exclude each other</source>
        <translation>les options «&#xa0;separator&#xa0;» et «&#xa0;separator-from&#xa0;» s’excluent mutuellement</translation>
    </message>
    <message>
        <source>the option &apos;separator-from&apos; must hold 2 to %1 distinct characters, none a lone combining mark or a control character</source>
        <translation>l’option «&#xa0;separator-from&#xa0;» doit contenir de 2 à %1 caractères distincts, sans signe combinant seul ni caractère de contrôle</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; does not apply to &apos;pronounceable&apos;, whose letters the grammar fixes</source>
        <translation>l’option «&#xa0;%1&#xa0;» ne s’applique pas à «&#xa0;pronounceable&#xa0;», dont la grammaire fixe les lettres</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code of the value</source>
        <translation>Code QR de la valeur</translation>
    </message>
    <message>
        <source>This value is too long for a QR code (at most %1 bytes).</source>
        <translation>Cette valeur est trop longue pour un code QR (%1 octets au plus).</translation>
    </message>
    <message>
        <source>Anyone who can see your screen can read this code.</source>
        <translation>Toute personne qui voit votre écran peut lire ce code.</translation>
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
        <translation>Plage autorisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>unknown rule &apos;%1&apos; at position %2 (the rules are required, allowed, max-consecutive, minlength and maxlength)</source>
        <translation>règle inconnue « %1 » à la position %2 (les règles sont required, allowed, max-consecutive, minlength et maxlength)</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; at position %2</source>
        <translation>classe inconnue « %1 » à la position %2</translation>
    </message>
    <message>
        <source>not a number &apos;%1&apos; at position %2</source>
        <translation>nombre non valide « %1 » à la position %2</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>crochet « [ » non fermé à la position %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; at position %1: in a [...] set it may only come first</source>
        <translation>« - » à la position %1 : dans un ensemble [...], il ne peut venir qu’en premier</translation>
    </message>
    <message>
        <source>&apos;]&apos; at position %1: in a [...] set it may only come first or last (write &apos;]]&apos; at the end for a literal &apos;]&apos;)</source>
        <translation>« ] » à la position %1 : dans un ensemble [...], il ne peut venir qu’en premier ou en dernier (écrivez « ]] » à la fin pour un « ] » littéral)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 must be followed by &apos;:&apos;</source>
        <translation>« %1 » à la position %2 doit être suivi de « : »</translation>
    </message>
    <message>
        <source>a class is missing at position %1</source>
        <translation>il manque une classe à la position %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a class</source>
        <translation>« %1 » à la position %2 n’est pas une classe</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>caractère inattendu « %1 » à la position %2</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>des lettres</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>des majuscules</translation>
    </message>
    <message>
        <source>uppercase letter</source>
        <translation>majuscule</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>des minuscules</translation>
    </message>
    <message>
        <source>lowercase letter</source>
        <translation>minuscule</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>des chiffres</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>des symboles</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbole</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>1 caractère parmi %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list of kinds of characters: &quot;letters, digits and !#$&quot;</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>&quot;at least one uppercase letter or digit&quot;</extracomment>
        <translation>%1 ou %2</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n characters</source>
        <translation>
            <numerusform>exactement %n caractère</numerusform>
            <numerusform>exactement %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <extracomment>A range of lengths: &quot;8–16 characters&quot;</extracomment>
        <translation>%1–%2 caractères</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>au plus %n caractère</numerusform>
            <numerusform>au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>au moins 1 caractère parmi %1</translation>
    </message>
    <message>
        <source>at least one %1</source>
        <translation>au moins 1 %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>pas plus de %n caractère identique à la suite</numerusform>
            <numerusform>pas plus de %n caractères identiques à la suite</numerusform>
        </translation>
    </message>
    <message>
        <source>any printable characters</source>
        <translation>tout caractère imprimable</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>weak</source>
        <comment>password strength</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password strength</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password strength</comment>
        <translation>fort</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password strength</comment>
        <translation>très fort</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>%1 bits — %2</source>
        <comment>entropy in bits, then the strength</comment>
        <translation>%1 bits — %2</translation>
    </message>
    <message>
        <source>Entropy: log2 of the number of values these options allow. Every value is equally likely, so this is exact.</source>
        <translation>Entropie&#xa0;: log2 du nombre de valeurs que ces options permettent. Toutes les valeurs sont équiprobables, ce chiffre est donc exact.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Generated token</source>
        <translation>Jeton généré</translation>
    </message>
    <message>
        <source>Random bytes per token</source>
        <translation>Octets aléatoires par jeton</translation>
    </message>
    <message>
        <source>How many random bytes the token encodes: 8 bits of entropy each</source>
        <translation>Nombre d’octets aléatoires que code le jeton&#xa0;: 8 bits d’entropie chacun</translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation>&amp;Octets&#xa0;:</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Format du jeton</translation>
    </message>
    <message>
        <source>Hex (0–9, a–f)</source>
        <translation>Hexadécimal (0–9, a–f)</translation>
    </message>
    <message>
        <source>URL-safe Base64</source>
        <translation>Base64 compatible URL</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base32 (for authenticator apps)</source>
        <translation>Base32 (pour les applications d’authentification)</translation>
    </message>
    <message>
        <source>UUID v4</source>
        <translation>UUID v4</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) long.</source>
        <translation>
            <numerusform>%Ln caractère de long.</numerusform>
            <numerusform>%Ln caractères de long.</numerusform>
        </translation>
    </message>
    <message>
        <source>A UUID v4 always holds 122 random bits.</source>
        <translation>Un UUID v4 contient toujours 122 bits aléatoires.</translation>
    </message>
    <message>
        <source>A token needs from %1 to %2 bytes.</source>
        <translation>Un jeton doit compter de %1 à %2 octets.</translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>VerifyDrawDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify a Draw Record</source>
        <translation>Vérifier un procès-verbal de tirage</translation>
    </message>
    <message>
        <source>Record file</source>
        <translation>Fichier du procès-verbal</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>Fichier de la liste</translation>
    </message>
    <message>
        <source>A record names its list by SHA-256 and holds the seed and the winners. Passforge draws again from the list and the seed, with passforge-draw-v1, and compares.</source>
        <translation>Un procès-verbal désigne sa liste par son SHA-256 et contient la graine et les gagnants. Passforge refait le tirage à partir de la liste et de la graine, avec passforge-draw-v1, et compare.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the record file</source>
        <translation>Choisir le fichier du procès-verbal</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>Choisir le fichier de la liste</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>Open a Draw Record</source>
        <translation>Ouvrir un procès-verbal de tirage</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Procès-verbaux de tirage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open the List</source>
        <translation>Ouvrir la liste</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the record “%1”: %2</source>
        <translation>Impossible d’ouvrir le procès-verbal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is for the algorithm “%1”, not passforge-draw-v1.</source>
        <translation>il est destiné à l’algorithme «&#xa0;%1&#xa0;», et non à passforge-draw-v1.</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>il ne contient pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>its “%1” is not what a record holds.</source>
        <translation>le contenu de «&#xa0;%1&#xa0;» n’est pas celui d’un procès-verbal.</translation>
    </message>
    <message>
        <source>it is not a draw record (JSON).</source>
        <translation>ce n’est pas un procès-verbal de tirage (JSON).</translation>
    </message>
    <message>
        <source>Cannot read the record “%1”: %2</source>
        <translation>Impossible de lire le procès-verbal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>it has no entries.</source>
        <translation>le fichier ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>a name holds a character that no list drawn from can hold.</source>
        <translation>un nom contient un caractère qu’aucune liste de tirage ne peut contenir.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>le fichier est illisible.</translation>
    </message>
    <message>
        <source>Cannot use the list “%1”: %2</source>
        <translation>Impossible d’utiliser la liste «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>Le procès-verbal correspond&#xa0;: avec cette graine, passforge-draw-v1 range %Ln entrée de cette liste dans cet ordre.</numerusform>
            <numerusform>Le procès-verbal correspond&#xa0;: avec cette graine, passforge-draw-v1 range les %Ln entrées de cette liste dans cet ordre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>Le procès-verbal correspond&#xa0;: avec cette graine, passforge-draw-v1 tire de cette liste %Ln gagnant, celui-ci.</numerusform>
            <numerusform>Le procès-verbal correspond&#xa0;: avec cette graine, passforge-draw-v1 tire de cette liste ces %Ln gagnants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed is the SHA-256 of the public random value “%1”.</source>
        <translation>La graine est le SHA-256 de la valeur aléatoire publique «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The list differs from the one drawn from: its SHA-256 is %1, the record says %2.</source>
        <translation>La liste diffère de celle du tirage&#xa0;: son SHA-256 est %1, le procès-verbal indique %2.</translation>
    </message>
    <message>
        <source>The record&apos;s counts of entries, tickets or duplicates do not match the list (the list has %1, the record says %2).</source>
        <translation>Les nombres d’entrées, de tickets ou de doublons du procès-verbal ne correspondent pas à la liste (la liste en compte %1, le procès-verbal indique %2).</translation>
    </message>
    <message>
        <source>The seed is not the SHA-256 of the public random value the record names.</source>
        <translation>La graine n’est pas le SHA-256 de la valeur aléatoire publique indiquée par le procès-verbal.</translation>
    </message>
    <message>
        <source>The record&apos;s count (%1) does not fit its winners or the list.</source>
        <translation>Le nombre indiqué par le procès-verbal (%1) ne correspond ni à ses gagnants ni à la liste.</translation>
    </message>
    <message>
        <source>Place %1 of the order differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>La place %1 de l’ordre diffère&#xa0;: le tirage donne «&#xa0;%2&#xa0;», le procès-verbal indique «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Winner %1 differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>Le gagnant %1 diffère&#xa0;: le tirage donne «&#xa0;%2&#xa0;», le procès-verbal indique «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WifiQrDialog</name>
    <message>
        <source>&amp;Hidden network</source>
        <translation>&amp;Réseau masqué</translation>
    </message>
    <message>
        <source>Wi-Fi QR Code</source>
        <translation>Code QR Wi-Fi</translation>
    </message>
    <message>
        <source>The name phones list the network by</source>
        <translation>Le nom sous lequel les téléphones affichent le réseau</translation>
    </message>
    <message>
        <source>WPA or WPA2 (personal)</source>
        <translation>WPA ou WPA2 (personnel)</translation>
    </message>
    <message>
        <source>WPA3 (personal) only</source>
        <translation>WPA3 (personnel) uniquement</translation>
    </message>
    <message>
        <source>None (an open network, no password)</source>
        <translation>Aucune (réseau ouvert, sans mot de passe)</translation>
    </message>
    <message>
        <source>The network does not announce its name</source>
        <translation>Le réseau ne diffuse pas son nom</translation>
    </message>
    <message>
        <source>QR code of the network</source>
        <translation>Code QR du réseau</translation>
    </message>
    <message>
        <source>&amp;Network name (SSID):</source>
        <translation>&amp;Nom du réseau (SSID)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Type the network&apos;s name to make its code.</source>
        <translation>Saisissez le nom du réseau pour créer son code.</translation>
    </message>
    <message>
        <source>A network name has at most %1 bytes; this one has %2.</source>
        <translation>Un nom de réseau compte au plus %1 octets&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <source>The password and name are too long for a QR code.</source>
        <translation>Le mot de passe et le nom sont trop longs pour un code QR.</translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message>
        <source>Wordlist</source>
        <translation>Liste de mots</translation>
    </message>
    <message>
        <source>Open wordlist…</source>
        <translation>Ouvrir une liste de mots…</translation>
    </message>
    <message>
        <source>A UTF-8 text file with one word per line and at least %1 distinct words; a leading dice number such as 11111 is ignored</source>
        <translation>Un fichier texte UTF-8 avec un mot par ligne et au moins %1 mots distincts&#xa0;; un numéro de dés en tête, comme 11111, est ignoré</translation>
    </message>
    <message>
        <source>Open a Wordlist</source>
        <translation>Ouvrir une liste de mots</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Still using “%1”.</source>
        <translation>La liste «&#xa0;%1&#xa0;» reste utilisée.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text with one word per line.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier binaire, pas du texte avec un mot par ligne.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du texte UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne compte que %Ln mot distinct&#xa0;; une liste de mots en demande au moins %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne compte que %Ln mots distincts&#xa0;; une liste de mots en demande au moins %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln mot)</numerusform>
            <numerusform>%1 (%Ln mots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %Ln mot distinct.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %Ln mots distincts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>%Ln ligne vide</numerusform>
            <numerusform>%Ln lignes vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped %1 and %2.</source>
        <translation>%1 et %2 ignorés.</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>Ignorés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a wordlist can hold.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo, la taille maximale d’une liste de mots.</translation>
    </message>
    <message>
        <source>the German list by dys2p</source>
        <translation>la liste allemande de dys2p</translation>
    </message>
    <message>
        <source>the French list made for Tails</source>
        <translation>la liste française conçue pour Tails</translation>
    </message>
    <message>
        <source>the Spanish list by victordargallo</source>
        <translation>la liste espagnole de victordargallo</translation>
    </message>
    <message>
        <source>the Italian list by victordargallo</source>
        <translation>la liste italienne de victordargallo</translation>
    </message>
    <message>
        <source>the Brazilian Portuguese list by drebs</source>
        <translation>la liste de drebs en portugais du Brésil</translation>
    </message>
    <message>
        <source>EFF&apos;s large wordlist</source>
        <translation>la grande liste de mots de l’EFF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%Ln mot issu de %1, expurgé des mots offensants et sans préfixe</numerusform>
            <numerusform>%Ln mots issus de %1, expurgés des mots offensants et sans préfixe</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no curated list in your language yet, so the English list is the default.</source>
        <translation>Il n’existe pas encore de liste soigneusement établie pour votre langue&#xa0;; la liste anglaise est donc celle par défaut.</translation>
    </message>
    <message>
        <source>Still using the built-in list “%1”.</source>
        <translation>La liste intégrée «&#xa0;%1&#xa0;» reste utilisée.</translation>
    </message>
    <message>
        <source>Your wordlist could not be loaded again: %1 Using the built-in list “%2” instead.</source>
        <translation>Votre liste de mots n’a pas pu être rechargée&#xa0;: %1 La liste intégrée «&#xa0;%2&#xa0;» est utilisée à la place.</translation>
    </message>
</context>
</TS>
