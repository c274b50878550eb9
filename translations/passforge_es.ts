<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckText</name>
    <message>
        <source>a common password</source>
        <translation>una contraseña común</translation>
    </message>
    <message>
        <source>a dictionary word</source>
        <translation>una palabra del diccionario</translation>
    </message>
    <message>
        <source>a dictionary word with substitutions</source>
        <translation>una palabra del diccionario con sustituciones</translation>
    </message>
    <message>
        <source>a repeat</source>
        <translation>una repetición</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>una secuencia</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>un patrón de teclado</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of match found</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>very weak</source>
        <comment>password check score 0 of 4</comment>
        <translation>muy débil</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>password check score 1 of 4</comment>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password check score 2 of 4</comment>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password check score 3 of 4</comment>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password check score 4 of 4</comment>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>siglos</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>Es una contraseña de uso común.</translation>
    </message>
    <message>
        <source>Words and names on their own are easy to guess.</source>
        <translation>Las palabras y los nombres por sí solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” are easy to guess.</source>
        <translation>Las sustituciones previsibles, como «@» por «a», son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” or “abcabc” are easy to guess.</source>
        <translation>Las repeticiones como «aaa» o «abcabc» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Keyboard patterns like “qwerty” are easy to guess.</source>
        <translation>Los patrones de teclado como «qwerty» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Las fechas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>Los años son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Substitutions like “0” for “o” don&apos;t help much.</source>
        <translation>Las sustituciones como «0» por «o» no ayudan mucho.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite repetir palabras y caracteres.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evite las secuencias.</translation>
    </message>
    <message>
        <source>Avoid keys that are next to each other.</source>
        <translation>Evite las teclas que están juntas.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>Evite las fechas y los años relacionados con usted.</translation>
    </message>
    <message>
        <source>Use a generated password or passphrase instead: a passphrase of five random words is easy to remember.</source>
        <translation>Use en su lugar una contraseña o una frase de contraseña generada: una frase de cinco palabras aleatorias es fácil de recordar.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing command; try &apos;passforge-cli --help&apos;</source>
        <translation>falta la orden; pruebe «passforge-cli --help»</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;passforge-cli --help&apos;</source>
        <translation>orden desconocida «%1»; pruebe «passforge-cli --help»</translation>
    </message>
    <message>
        <source>the system random source failed: %1</source>
        <translation>ha fallado la fuente aleatoria del sistema: %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>no se puede escribir la salida: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Uniform random integers from A to B inclusive, anywhere in the signed 64-bit range.</source>
        <translation>Enteros aleatorios uniformes de A a B, ambos incluidos, en cualquier parte del rango de 64 bits con signo.</translation>
    </message>
    <message>
        <source>The smallest value (required).</source>
        <translation>El valor más pequeño (obligatorio).</translation>
    </message>
    <message>
        <source>A</source>
        <comment>value name in --help: the lower bound</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>The largest value (required).</source>
        <translation>El valor más grande (obligatorio).</translation>
    </message>
    <message>
        <source>B</source>
        <comment>value name in --help: the upper bound</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>How many numbers (default 1).</source>
        <translation>Cuántos números (1 por omisión).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>value name in --help: a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No value twice (at most %1 values).</source>
        <translation>Ningún valor dos veces (como máximo %1 valores).</translation>
    </message>
    <message>
        <source>One JSON object per line, with value and entropy_bits.</source>
        <translation>Un objeto JSON por línea, con value y entropy_bits.</translation>
    </message>
    <message>
        <source>number needs both --min and --max</source>
        <translation>number necesita --min y --max</translation>
    </message>
    <message>
        <source>--min %1 is above --max %2</source>
        <translation>--min %1 es mayor que --max %2</translation>
    </message>
    <message>
        <source>--count must be at least 1, not %1</source>
        <translation>--count debe ser al menos 1, no %1</translation>
    </message>
    <message>
        <source>--distinct: the range from %1 to %2 has fewer than %3 values</source>
        <translation>--distinct: el intervalo de %1 a %2 tiene menos de %3 valores</translation>
    </message>
    <message>
        <source>--distinct supports at most %1 values, not %2</source>
        <translation>--distinct admite como máximo %1 valores, no %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n palabra distinta</numerusform>
            <numerusform>%n palabras distintas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n línea en blanco</numerusform>
            <numerusform>%n líneas en blanco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos;: %2 (dropped %3 and %4)</source>
        <comment>wordlist note</comment>
        <translation>lista de palabras «%1»: %2 (descartados: %3 y %4)</translation>
    </message>
    <message>
        <source>Words per passphrase, %1 to %2 (default %3).</source>
        <translation>Palabras por frase, de %1 a %2 (%3 por omisión).</translation>
    </message>
    <message>
        <source>Between words (default &apos;-&apos;; may be empty).</source>
        <translation>Entre las palabras («-» por omisión; puede estar vacío).</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name in --help: a separator text</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Append a random digit to one random word.</source>
        <translation>Añadir una cifra aleatoria a una palabra al azar.</translation>
    </message>
    <message>
        <source>Your own list: one word per line, UTF-8, at least %1 distinct words; a leading dice number is ignored.</source>
        <translation>Su propia lista: una palabra por línea, en UTF-8, al menos %1 palabras distintas; se ignora un número de dados al principio.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help: a file path</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>How many passphrases (default 1).</source>
        <translation>Cuántas frases (1 por omisión).</translation>
    </message>
    <message>
        <source>cannot read wordlist &apos;%1&apos;: %2</source>
        <translation>no se puede leer la lista de palabras «%1»: %2</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is a binary file, not text</source>
        <translation>la lista de palabras «%1» es un archivo binario, no de texto</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is not valid UTF-8</source>
        <translation>la lista de palabras «%1» no es UTF-8 válido</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; has %2 distinct words; at least %3 are needed</source>
        <translation>la lista de palabras «%1» tiene %2 palabras distintas; se necesitan al menos %3</translation>
    </message>
    <message>
        <source>--separator &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--separator «%1» tiene un carácter que no puede ir solo (una marca combinante aislada o un carácter de control)</translation>
    </message>
    <message>
        <source>Random passwords. With no class option all four classes are used; naming any selects only those named.</source>
        <translation>Contraseñas aleatorias. Sin opciones de clase se usan las cuatro clases; si se nombra alguna, solo las nombradas.</translation>
    </message>
    <message>
        <source>Characters per password, %1 to %2 (default %3).</source>
        <translation>Caracteres por contraseña, de %1 a %2 (%3 por omisión).</translation>
    </message>
    <message>
        <source>Use lowercase letters a-z.</source>
        <translation>Usar minúsculas a-z.</translation>
    </message>
    <message>
        <source>Use uppercase letters A-Z.</source>
        <translation>Usar mayúsculas A-Z.</translation>
    </message>
    <message>
        <source>Use digits 0-9.</source>
        <translation>Usar cifras 0-9.</translation>
    </message>
    <message>
        <source>Use the 32 ASCII punctuation characters.</source>
        <translation>Usar los 32 signos de puntuación ASCII.</translation>
    </message>
    <message>
        <source>Also use these characters (each user-perceived character counts once).</source>
        <translation>Usar también estos caracteres (cada carácter visible cuenta una vez).</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>value name in --help: characters</comment>
        <translation>CHARS</translation>
    </message>
    <message>
        <source>Never use these characters.</source>
        <translation>No usar nunca estos caracteres.</translation>
    </message>
    <message>
        <source>Avoid look-alike characters: %1</source>
        <translation>Evitar caracteres parecidos: %1</translation>
    </message>
    <message>
        <source>At least N lowercase letters.</source>
        <translation>Al menos N minúsculas.</translation>
    </message>
    <message>
        <source>At least N uppercase letters.</source>
        <translation>Al menos N mayúsculas.</translation>
    </message>
    <message>
        <source>At least N digits.</source>
        <translation>Al menos N cifras.</translation>
    </message>
    <message>
        <source>At least N symbols.</source>
        <translation>Al menos N símbolos.</translation>
    </message>
    <message>
        <source>How many passwords (default 1).</source>
        <translation>Cuántas contraseñas (1 por omisión).</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2, not %3</source>
        <translation>--length debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>no characters are left to choose from after --exclude &apos;%1&apos;</source>
        <translation>no queda ningún carácter entre los que elegir tras --exclude «%1»</translation>
    </message>
    <message>
        <source>--min-%1 asks for %2, but --exclude removes every %1 character</source>
        <translation>--min-%1 pide %2, pero --exclude quita todos los caracteres de la clase %1</translation>
    </message>
    <message>
        <source>the minimums add up to %1, more than --length %2</source>
        <translation>los mínimos suman %1, más que --length %2</translation>
    </message>
    <message>
        <source>--custom &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--custom «%1» tiene un carácter que no puede ir solo (una marca combinante aislada o un carácter de control)</translation>
    </message>
    <message>
        <source>How many distinct winners (default 1).</source>
        <translation>Cuántos ganadores distintos (1 por omisión).</translation>
    </message>
    <message>
        <source>K</source>
        <comment>value name in --help: a number of winners</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>The list (default: standard input).</source>
        <translation>La lista (por omisión: la entrada estándar).</translation>
    </message>
    <message>
        <source>--shuffle prints the whole list and cannot be combined with --count</source>
        <translation>--shuffle muestra toda la lista y no se puede combinar con --count</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: it is a directory</source>
        <translation>no se puede leer «%1»: es un directorio</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is not valid UTF-8</source>
        <translation>la lista de «%1» no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; has no entries (it is empty or blank)</source>
        <translation>la lista de «%1» no tiene entradas (está vacía o en blanco)</translation>
    </message>
    <message>
        <source>an entry in &apos;%1&apos; is longer than %2 characters</source>
        <translation>una entrada de «%1» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>--count %1 is more than the %2 entries in the list</source>
        <translation>--count %1 es más que las %2 entradas de la lista</translation>
    </message>
    <message>
        <source>Random tokens, like Python&apos;s secrets.token_hex and token_urlsafe.</source>
        <translation>Tokens aleatorios, como secrets.token_hex y token_urlsafe de Python.</translation>
    </message>
    <message>
        <source>Random bytes per token, 1 to %1 (default %2).</source>
        <translation>Bytes aleatorios por token, de 1 a %1 (%2 por omisión).</translation>
    </message>
    <message>
        <source>hex (default), urlsafe (base64url without padding), base64, base32 (RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a terminal).</source>
        <translation>hex (por omisión), urlsafe (base64url sin relleno), base64, base32 (RFC 4648, sin relleno), uuid (versión 4) o raw (bytes; no a un terminal).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>value name in --help: a token format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many tokens (default 1).</source>
        <translation>Cuántos tokens (1 por omisión).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; use hex, urlsafe, base64, base32, uuid or raw</source>
        <translation>--format desconocido «%1»; use hex, urlsafe, base64, base32, uuid o raw</translation>
    </message>
    <message>
        <source>--bytes does not apply to --format uuid, which is always 122 random bits</source>
        <translation>--bytes no se aplica a --format uuid, que siempre tiene 122 bits aleatorios</translation>
    </message>
    <message>
        <source>--json cannot be combined with --format raw</source>
        <translation>--json no se puede combinar con --format raw</translation>
    </message>
    <message>
        <source>--format raw will not write binary data to a terminal; redirect it to a file or a pipe</source>
        <translation>--format raw no escribe datos binarios en un terminal; redirija la salida a un archivo o a una tubería</translation>
    </message>
    <message>
        <source>warning: with this wordlist (not prefix-free, or with digits in its words) and these options, different words can give the same passphrase, so entropy_bits is an upper bound</source>
        <translation>aviso: con esta lista de palabras (no libre de prefijos, o con dígitos en sus palabras) y estas opciones, palabras distintas pueden dar la misma frase, así que entropy_bits es una cota superior</translation>
    </message>
    <message>
        <source>--custom has %1 characters; at most %2 are allowed</source>
        <translation>--custom tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>line %1 contains a control character (%2); remove it</source>
        <translation>la línea %1 contiene un carácter de control (%2); elimínelo</translation>
    </message>
    <message>
        <source>line %1 contains a bidirectional control character (%2); remove it</source>
        <translation>la línea %1 contiene un carácter de control bidireccional (%2); elimínelo</translation>
    </message>
    <message>
        <source>line %1 contains an invisible character (%2); remove it</source>
        <translation>la línea %1 contiene un carácter invisible (%2); elimínelo</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; and &apos;%2&apos; look alike (lines %3 and %4)</source>
        <translation>aviso: «%1» y «%2» se parecen (líneas %3 y %4)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>error interno: %1</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is larger than %2 MB</source>
        <translation>la lista de palabras «%1» ocupa más de %2 MB</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is larger than %2 MB</source>
        <translation>la lista de «%1» ocupa más de %2 MB</translation>
    </message>
    <message>
        <source>Draw winners from a list: one entry per line, from FILE or standard input. A name on several lines has several tickets; once it wins, all its tickets leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed and the list decide the winners, so anyone can check them.</source>
        <translation>Sortear ganadores de una lista: una entrada por línea, desde FILE o la entrada estándar. Un nombre en varias líneas tiene varias papeletas; en cuanto gana, todas sus papeletas salen del sorteo. Todo sorteo es passforge-draw-v1 (docs/draws.md): la semilla y la lista deciden los ganadores, así que cualquiera puede comprobarlos.</translation>
    </message>
    <message>
        <source>Print every entry once, in an order drawn by tickets.</source>
        <translation>Mostrar cada entrada una vez, en un orden sorteado por papeletas.</translation>
    </message>
    <message>
        <source>One ticket per entry, however often a name appears.</source>
        <translation>Una papeleta por entrada, aunque un nombre aparezca varias veces.</translation>
    </message>
    <message>
        <source>Draw from these 32 bytes instead of a fresh seed from the system.</source>
        <translation>Sortear a partir de estos 32 bytes en lugar de una semilla nueva del sistema.</translation>
    </message>
    <message>
        <source>HEX</source>
        <comment>value name in --help: 64 hexadecimal digits</comment>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Draw from a public random value announced in advance: the seed is the SHA-256 of TEXT, exactly as given.</source>
        <translation>Sortear a partir de un valor aleatorio público anunciado de antemano: la semilla es el SHA-256 de TEXT, tal como se da.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>value name in --help: the text of a public random value</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One JSON object: the draw&apos;s record, which pick --verify checks.</source>
        <translation>Un objeto JSON: el registro del sorteo, que comprueba pick --verify.</translation>
    </message>
    <message>
        <source>Check a record (from --json) against the list: exit 0 when it matches, 1 when it does not.</source>
        <translation>Comprobar un registro (de --json) con la lista: el estado de salida es 0 si coincide y 1 si no.</translation>
    </message>
    <message>
        <source>RECORD</source>
        <comment>value name in --help: a record file</comment>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>--verify takes the draw from the record and cannot be combined with --%1</source>
        <translation>--verify toma el sorteo del registro y no se puede combinar con --%1</translation>
    </message>
    <message>
        <source>--seed and --beacon each give the seed; use one of them</source>
        <translation>--seed y --beacon dan cada uno la semilla; use solo uno de ellos</translation>
    </message>
    <message>
        <source>--seed must be 64 hexadecimal digits (32 bytes), not &apos;%1&apos;</source>
        <translation>--seed debe tener 64 cifras hexadecimales (32 bytes), no «%1»</translation>
    </message>
    <message>
        <source>--beacon needs the text of the public random value</source>
        <translation>--beacon necesita el texto del valor aleatorio público</translation>
    </message>
    <message>
        <source>--beacon must be UTF-8 text, not &apos;%1&apos;</source>
        <translation>--beacon debe ser texto UTF-8, no «%1»</translation>
    </message>
    <message>
        <source>drawn with %1 from seed %2</source>
        <translation>sorteado con %1 a partir de la semilla %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is larger than %2 MB</source>
        <translation>el registro «%1» ocupa más de %2 MB</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not JSON: %2</source>
        <translation>el registro «%1» no es JSON: %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not a JSON object</source>
        <translation>el registro «%1» no es un objeto JSON</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>el registro «%1» no tiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is for the algorithm &apos;%2&apos;, not %3</source>
        <translation>el registro «%1» es para el algoritmo «%2», no %3</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; must be 64 hexadecimal digits, not &apos;%2&apos;</source>
        <translation>el campo &quot;%1&quot; del registro debe tener 64 cifras hexadecimales, no «%2»</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has both &quot;winners&quot; and &quot;order&quot;</source>
        <translation>el registro «%1» tiene a la vez &quot;winners&quot; y &quot;order&quot;</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; has the wrong type or value</source>
        <translation>el campo &quot;%1&quot; del registro tiene un tipo o un valor incorrecto</translation>
    </message>
    <message>
        <source>verified: the order of %1 entries, list %2, seed %3</source>
        <translation>verificado: el orden de %1 entradas, lista %2, semilla %3</translation>
    </message>
    <message>
        <source>verified: %1 of %2 entries, list %3, seed %4</source>
        <translation>verificado: %1 de %2 entradas, lista %3, semilla %4</translation>
    </message>
    <message>
        <source>the list differs: its SHA-256 is %1, the record says %2</source>
        <translation>la lista es distinta: su SHA-256 es %1, el registro dice %2</translation>
    </message>
    <message>
        <source>the entries differ: the list has %1, the record says %2</source>
        <translation>las entradas son distintas: la lista tiene %1, el registro dice %2</translation>
    </message>
    <message>
        <source>the tickets differ: the list has %1, the record says %2</source>
        <translation>las papeletas son distintas: la lista tiene %1, el registro dice %2</translation>
    </message>
    <message>
        <source>the duplicates differ: the list has %1, the record says %2</source>
        <translation>los duplicados son distintos: la lista tiene %1, el registro dice %2</translation>
    </message>
    <message>
        <source>the seed differs: SHA-256 of the beacon is %1, the record says %2</source>
        <translation>la semilla es distinta: el SHA-256 del valor aleatorio público es %1, el registro dice %2</translation>
    </message>
    <message>
        <source>the count differs: a shuffle of the list orders %1 entries, the record says %2</source>
        <translation>el recuento es distinto: una mezcla de la lista ordena %1 entradas, el registro dice %2</translation>
    </message>
    <message>
        <source>the count differs: the list has %1 entries, the record&apos;s count is %2</source>
        <translation>el recuento es distinto: la lista tiene %1 entradas, el recuento del registro es %2</translation>
    </message>
    <message>
        <source>the order differs: it should name %1 entries, the record names %2</source>
        <translation>el orden es distinto: debería nombrar %1 entradas, el registro nombra %2</translation>
    </message>
    <message>
        <source>the count differs: the record&apos;s count is %1, but it names %2 winners</source>
        <translation>el recuento es distinto: el recuento del registro es %1, pero nombra %2 ganadores</translation>
    </message>
    <message>
        <source>place %1 of the order differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>el puesto %1 del orden es distinto: el sorteo da «%2», el registro dice «%3»</translation>
    </message>
    <message>
        <source>winner %1 differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>el ganador %1 es distinto: el sorteo da «%2», el registro dice «%3»</translation>
    </message>
    <message>
        <source>Start from the options of a preset (&apos;passforge-cli presets&apos; lists them); options given here override it.</source>
        <translation>Partir de las opciones de un preajuste («passforge-cli presets» los enumera); las opciones indicadas aquí prevalecen sobre él.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>value name in --help: a name</comment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; &apos;passforge-cli presets&apos; lists them</source>
        <translation>preajuste desconocido «%1»; «passforge-cli presets» los enumera</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for %2, not %3</source>
        <translation>el preajuste «%1» es para %2, no para %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: %2</source>
        <translation>preajuste «%1»: %2</translation>
    </message>
    <message>
        <source>--rules and --site cannot be combined</source>
        <translation>--rules y --site no se pueden combinar</translation>
    </message>
    <message>
        <source>%1 replaces the class options; leave out --%2</source>
        <translation>%1 sustituye a las opciones de clase; omita --%2</translation>
    </message>
    <message>
        <source>no rules are known for the site &apos;%1&apos;; give them with --rules</source>
        <translation>no se conocen reglas para el sitio «%1»; indíquelas con --rules</translation>
    </message>
    <message>
        <source>Follow a site&apos;s password rules, in Apple&apos;s password-rules language (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); replaces the class options.</source>
        <translation>Seguir las reglas de contraseña de un sitio, en el lenguaje password-rules de Apple (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); sustituye a las opciones de clase.</translation>
    </message>
    <message>
        <source>RULES</source>
        <comment>value name in --help: password rules</comment>
        <translation>REGLAS</translation>
    </message>
    <message>
        <source>Follow the known rules of a website (&apos;passforge-cli sites&apos; lists them); replaces the class options.</source>
        <translation>Seguir las reglas conocidas de un sitio web («passforge-cli sites» los enumera); sustituye a las opciones de clase.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>value name in --help: a website&apos;s domain</comment>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2 for these rules, not %3</source>
        <translation>--length debe estar entre %1 y %2 con estas reglas, no %3</translation>
    </message>
    <message>
        <source>the rules admit no length: minlength %1, maxlength %2, and Passforge makes %3 to %4 characters</source>
        <translation>las reglas no admiten ninguna longitud: minlength %1, maxlength %2, y Passforge genera de %3 a %4 caracteres</translation>
    </message>
    <message>
        <source>the rules require one of &apos;%1&apos;, and none of them can be drawn (the space never is; --exclude and --no-lookalikes remove the rest)</source>
        <translation>las reglas exigen uno de «%1» y no puede salir ninguno (el espacio nunca sale; --exclude y --no-lookalikes quitan el resto)</translation>
    </message>
    <message>
        <source>no password of %1 characters meets the rules: %2</source>
        <translation>ninguna contraseña de %1 caracteres cumple las reglas: %2</translation>
    </message>
    <message>
        <source>the rules have more than %1 different required sets</source>
        <translation>las reglas tienen más de %1 conjuntos required distintos</translation>
    </message>
    <message>
        <source>The websites whose password rules &apos;password --site&apos; knows, with their rules (Apple&apos;s password-manager-resources, %1): one per line, the domain, a tab, the rules.</source>
        <translation>Los sitios web cuyas reglas de contraseña conoce «password --site», con sus reglas (password-manager-resources de Apple, %1): uno por línea, el dominio, un tabulador y las reglas.</translation>
    </message>
    <message>
        <source>One JSON object per line, with domain and rules.</source>
        <translation>Un objeto JSON por línea, con domain y rules.</translation>
    </message>
    <message>
        <source>The presets that --preset can name, built-in ones first: one per line, the name, a tab, the command, a tab, its options. Your own presets are in %1.</source>
        <translation>Los preajustes que puede nombrar --preset, primero los incorporados: uno por línea, el nombre, un tabulador, la orden, un tabulador y sus opciones. Sus propios preajustes están en %1.</translation>
    </message>
    <message>
        <source>Print the value as a QR code of text half blocks, for a terminal with light text on a dark background, and nothing else.</source>
        <translation>Mostrar el valor como código QR de medios bloques de texto, para un terminal con texto claro sobre fondo oscuro, y nada más.</translation>
    </message>
    <message>
        <source>Make the value the Wi-Fi text that phones scan to join the network NAME (WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.</source>
        <translation>Convertir el valor en el texto wifi que los teléfonos escanean para unirse a la red NOMBRE (WIFI:T:WPA;S:NOMBRE;P:password;;); con --qr, su código QR.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.</source>
        <translation>Con --wifi-ssid: wpa (WPA y WPA2, por omisión) o wpa3.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: the network is hidden.</source>
        <translation>Con --wifi-ssid: la red está oculta.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <comment>value name in --help: a Wi-Fi security type</comment>
        <translation>SECURITY</translation>
    </message>
    <message>
        <source>--qr shows one value; it cannot be used with --count above 1</source>
        <translation>--qr muestra un solo valor; no se puede usar con --count mayor que 1</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --json</source>
        <translation>--qr no se puede combinar con --json</translation>
    </message>
    <message>
        <source>--wifi-ssid needs a network name</source>
        <translation>--wifi-ssid necesita un nombre de red</translation>
    </message>
    <message>
        <source>unknown --wifi-security &apos;%1&apos;; use wpa or wpa3</source>
        <translation>--wifi-security desconocido «%1»; use wpa o wpa3</translation>
    </message>
    <message>
        <source>--%1 needs --wifi-ssid</source>
        <translation>--%1 necesita --wifi-ssid</translation>
    </message>
    <message>
        <source>the value is %1 bytes long, too long for a QR code (at most %2)</source>
        <translation>el valor tiene %1 bytes, demasiado para un código QR (como máximo %2)</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --format raw, which is binary</source>
        <translation>--qr no se puede combinar con --format raw, que es binario</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess, by zxcvbn. The password is read from standard input, one line.</source>
        <translation>Cuán difícil es adivinar una contraseña que ya tiene, según zxcvbn. La contraseña se lee de la entrada estándar, en una sola línea.</translation>
    </message>
    <message>
        <source>One JSON object with guesses_log10, score, crack_seconds, warning and suggestions.</source>
        <translation>Un objeto JSON con guesses_log10, score, crack_seconds, warning y suggestions.</translation>
    </message>
    <message>
        <source>check takes no password argument: it reads the password from standard input, so that it stays out of the process list and shell history</source>
        <translation>check no admite la contraseña como argumento: la lee de la entrada estándar para que no aparezca en la lista de procesos ni en el historial del shell</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>Contraseña que comprobar: </translation>
    </message>
    <message>
        <source>standard input is empty; give check the password on it</source>
        <translation>la entrada estándar está vacía; pase la contraseña a check por ella</translation>
    </message>
    <message>
        <source>standard input holds more than one line; check reads one password</source>
        <translation>la entrada estándar tiene más de una línea; check lee una sola contraseña</translation>
    </message>
    <message>
        <source>the password on standard input contains a NUL byte</source>
        <translation>la contraseña de la entrada estándar contiene un byte NUL</translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>la contraseña de la entrada estándar tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an hour, %5 online at 10 a second, %6 offline against a slow hash, %7 offline against a fast hash.</source>
        <translation>Puntuación %1 de 4 (%2): unos %3 intentos. Se adivina en %4 en línea a 100 intentos por hora, en %5 en línea a 10 por segundo, en %6 sin conexión contra un hash lento y en %7 sin conexión contra un hash rápido.</translation>
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
        <translation>Uso: passforge-cli ORDEN [OPCIONES]
Contraseñas, tokens, números y sorteos justos a partir de la fuente aleatoria del sistema operativo.

Órdenes:
  password   contraseñas aleatorias a partir de clases de caracteres
  passphrase palabras aleatorias, como correct-horse-battery-staple
  token      tokens de API: hex, urlsafe, base64, base32, uuid o bytes sin formato
  number     enteros uniformes en un intervalo, extremos incluidos
  pick       sortear ganadores de una lista, una entrada por línea
  sites      los sitios web cuyas reglas de contraseña conoce password --site
  presets    los conjuntos de opciones con nombre que aplica --preset
  check      cuán difícil es adivinar una contraseña que tiene (se lee de la entrada estándar)

Opciones:
  -h, --help     mostrar esta ayuda; ORDEN --help muestra las opciones de una orden
  -v, --version  mostrar la versión

Estado de salida: 0 si todo va bien, 1 si falla la fuente aleatoria o la salida (o si pick --verify encuentra una diferencia), 2 si la entrada no es válida.
</translation>
    </message>
    <message>
        <source>--wifi-ssid &apos;%1&apos; is %2 bytes long; a network name has at most %3</source>
        <translation>--wifi-ssid «%1» tiene %2 bytes; un nombre de red tiene como máximo %3</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <comment>a built-in list in --help: its code and size</comment>
        <translation>%1 (%2 palabras)</translation>
    </message>
    <message>
        <source>Passphrases of random words from a built-in list (English by default: %1 words, %2 bits each) or your own.</source>
        <translation>Frases de contraseña de palabras aleatorias de una lista incorporada (por omisión, la inglesa: %1 palabras, %2 bits cada una) o de la suya.</translation>
    </message>
    <message>
        <source>A built-in list, by language: %1. The default is en, whatever the locale, so that scripts stay the same.</source>
        <translation>Una lista incorporada, por idioma: %1. Por omisión es en, sea cual sea la configuración regional, para que los scripts no cambien.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>value name in --help: a language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown --list &apos;%1&apos;; the built-in lists are %2</source>
        <translation>--list desconocido «%1»; las listas incorporadas son %2</translation>
    </message>
    <message>
        <source>--list and --wordlist exclude each other: a wordlist file replaces the built-in list</source>
        <translation>--list y --wordlist se excluyen mutuamente: un archivo de lista de palabras sustituye a la lista incorporada</translation>
    </message>
    <message>
        <source>Give each gap its own separator, drawn from these characters (2 to %1 distinct; adds log2 of their number a gap).</source>
        <translation>Dar a cada hueco entre palabras su propio separador, elegido entre estos caracteres (de 2 a %1 distintos; añade por hueco log2 de su número).</translation>
    </message>
    <message>
        <source>lower (default), upper, each (each word capitalised; also title), one (one random word capitalised) or random (each word capitalised or not, at random: a bit a word).</source>
        <translation>lower (por omisión), upper, each (cada palabra con mayúscula inicial; también title), one (una palabra al azar con mayúscula inicial) o random (cada palabra con mayúscula inicial o no, al azar: un bit por palabra).</translation>
    </message>
    <message>
        <source>CASE</source>
        <comment>value name in --help: lower, upper, each, one or random</comment>
        <translation>CASE</translation>
    </message>
    <message>
        <source>Append a random symbol (one of %1) to one random word.</source>
        <translation>Añadir un símbolo aleatorio (uno de %1) a una palabra al azar.</translation>
    </message>
    <message>
        <source>--separator and --separator-from exclude each other</source>
        <translation>--separator y --separator-from se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--separator-from &apos;%1&apos; must hold 2 to %2 distinct characters, none a lone combining mark or a control character</source>
        <translation>--separator-from «%1» debe tener de 2 a %2 caracteres distintos, ninguno de ellos una marca combinante aislada ni un carácter de control</translation>
    </message>
    <message>
        <source>unknown --case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>--case desconocido «%1»; use lower, upper, each, one o random</translation>
    </message>
    <message>
        <source>warning: in this case two words of the wordlist look the same (such as straße and strasse, both STRASSE), so entropy_bits is an upper bound</source>
        <translation>aviso: con este uso de mayúsculas, dos palabras de la lista quedan iguales (como straße y strasse, ambas STRASSE), así que entropy_bits es una cota superior</translation>
    </message>
    <message>
        <source>Easy to say: syllables of the letters %1, %2 and %3 (see the manual), uniform among every string of the length; takes --length (%4 to %5), --min-upper 0 or 1 and --min-digits 0 or 1.</source>
        <translation>Fácil de pronunciar: sílabas de las letras %1, %2 y %3 (véase el manual), elegidas de forma uniforme entre todas las cadenas de esa longitud; admite --length (de %4 a %5), --min-upper 0 o 1 y --min-digits 0 o 1.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --pronounceable, whose letters the grammar fixes</source>
        <translation>--%1 no se aplica a --pronounceable, cuyas letras fija la gramática</translation>
    </message>
    <message>
        <source>unknown shell &apos;%1&apos; for --completions; use bash, zsh or fish</source>
        <translation>shell desconocido «%1» para --completions; use bash, zsh o fish</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message>
        <source>Time left before the clipboard is cleared</source>
        <translation>Tiempo restante hasta que se vacíe el portapapeles</translation>
    </message>
    <message>
        <source>Copied; the clipboard keeps it until you clear it</source>
        <translation>Copiado; el portapapeles lo guarda hasta que lo vacíe</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado al portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>El portapapeles se vaciará en %n s</numerusform>
            <numerusform>El portapapeles se vaciará en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard as plain text</source>
        <translation>Copiado al portapapeles como texto sin formato</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Portapapeles vaciado</translation>
    </message>
    <message>
        <source>This desktop lets Passforge clear the clipboard only while its window has focus, and not once another program has taken the value over: the value may stay after the countdown. Use Clear now before you switch away.</source>
        <translation>En este escritorio, Passforge solo puede vaciar el portapapeles mientras su ventana tiene el foco, y no una vez que otro programa se ha quedado con el valor: el valor puede seguir en el portapapeles después de la cuenta atrás. Use «Vaciar ahora» antes de cambiar de ventana.</translation>
    </message>
</context>
<context>
    <name>DrawRecord</name>
    <message>
        <source>Passforge draw record</source>
        <translation>Registro de sorteo de Passforge</translation>
    </message>
    <message>
        <source>Passforge shuffle record</source>
        <translation>Registro de mezcla de Passforge</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (a name on several lines has one ticket per line)</source>
        <translation>Papeletas: %1 (un nombre en varias líneas tiene una papeleta por línea)</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 de la lista: %1</translation>
    </message>
    <message>
        <source>Winners, in draw order:</source>
        <translation>Ganadores, en orden de sorteo:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <comment>heading of the list in shuffled order</comment>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>Draw %1 of this session</source>
        <translation>Sorteo %1 de esta sesión</translation>
    </message>
    <message>
        <source>Shuffle %1 of this session</source>
        <translation>Mezcla %1 de esta sesión</translation>
    </message>
    <message>
        <source>Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed</source>
        <translation>Corrige el sorteo %1: %2 sustituido por %3, el siguiente ganador sorteado con la misma semilla</translation>
    </message>
    <message>
        <source>Duplicates: %1, removed: one ticket per entry</source>
        <translation>Duplicados: %1, quitados: una papeleta por entrada</translation>
    </message>
    <message>
        <source>Drawn with: %1</source>
        <comment>the name of the draw algorithm</comment>
        <translation>Sorteado con: %1</translation>
    </message>
    <message>
        <source>Public random value: %1</source>
        <translation>Valor aleatorio público: %1</translation>
    </message>
    <message>
        <source>Seed: %1 (SHA-256 of the public random value)</source>
        <translation>Semilla: %1 (SHA-256 del valor aleatorio público)</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Semilla: %1</translation>
    </message>
    <message>
        <source>To check it, save this line as a file and run passforge-cli pick --verify FILE LIST, or docs/verify-draw.py FILE LIST:</source>
        <translation>Para comprobarlo, guarde esta línea como archivo y ejecute passforge-cli pick --verify ARCHIVO LISTA, o docs/verify-draw.py ARCHIVO LISTA:</translation>
    </message>
</context>
<context>
    <name>GenerateManyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar todo</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>G&amp;uardar…</translation>
    </message>
    <message>
        <source>Generate Many</source>
        <translation>Generar en lote</translation>
    </message>
    <message>
        <source>The tab&apos;s options, as passforge-cli takes them</source>
        <translation>Las opciones de la pestaña, tal como las recibe passforge-cli</translation>
    </message>
    <message>
        <source>A saved file holds these secrets as plain text: keep it safe, and delete it when it has served.</source>
        <translation>Un archivo guardado contiene estos secretos como texto sin formato: guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Copy every value, one per line, to the clipboard, which clears itself after a while</source>
        <translation>Copiar todos los valores, uno por línea, al portapapeles, que se vacía solo al cabo de un rato</translation>
    </message>
    <message>
        <source>Save every value, one per line, to a file only you can read</source>
        <translation>Guardar todos los valores, uno por línea, en un archivo que solo usted puede leer</translation>
    </message>
    <message>
        <source>&amp;How many (%1–%2):</source>
        <translation>Ca&amp;ntidad (%1–%2):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Cancelled; no values were kept.</source>
        <translation>Cancelado; no se ha conservado ningún valor.</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>Ha fallado la fuente aleatoria del sistema: %1</translation>
    </message>
    <message>
        <source>%1 values are ready to copy or save.</source>
        <translation>%1 valores listos para copiar o guardar.</translation>
    </message>
    <message>
        <source>%1 values copied; the clipboard clears itself after a while.</source>
        <translation>%1 valores copiados; el portapapeles se vacía solo al cabo de un rato.</translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation>Guardar valores</translation>
    </message>
    <message>
        <source>%1 values saved to %2, readable only by you.</source>
        <translation>%1 valores guardados en %2; solo usted puede leerlos.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>No se ha podido guardar en %1: %2</translation>
    </message>
</context>
<context>
    <name>GeneratorPage</name>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Make a new value with the same options (Ctrl+R, F5)</source>
        <translation>Crear un valor nuevo con las mismas opciones (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copiar al portapapeles, que se vacía solo al cabo de un rato</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Ocultar el valor</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Mostrar el valor</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>Ha fallado la fuente aleatoria del sistema: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard as plain text, which stays there</source>
        <translation>Copiar al portapapeles como texto sin formato, que se queda ahí</translation>
    </message>
    <message>
        <source>More: a QR code, many values at once</source>
        <translation>Más: un código QR, muchos valores a la vez</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>&amp;Vaciar todo</translation>
    </message>
    <message>
        <source>History of This Session</source>
        <translation>Historial de esta sesión</translation>
    </message>
    <message>
        <source>Values of this session</source>
        <translation>Valores de esta sesión</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens you make or copy are kept here until you quit, in memory only; nothing here is ever saved.</source>
        <translation>Las últimas %1 contraseñas, frases de contraseña y tokens que genere o copie se conservan aquí hasta que salga, solo en memoria; nada de lo que hay aquí se guarda nunca.</translation>
    </message>
    <message>
        <source>No history is kept: turn on “Keep a history of this session&apos;s values” in Preferences.</source>
        <translation>No se conserva ningún historial: active «Mantener un historial de los valores de esta sesión» en Preferencias.</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copiar al portapapeles, que se vacía solo al cabo de un rato</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>Valor oculto</translation>
    </message>
    <message>
        <source>%1, copied</source>
        <translation>%1, se copió</translation>
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
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>Pick a &amp;winner</source>
        <translation>Elegir &amp;ganador</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation>&amp;Vaciar ahora</translation>
    </message>
    <message>
        <source>Take the copied value off the clipboard now</source>
        <translation>Quitar ahora el valor copiado del portapapeles</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Passforge</source>
        <translation>&amp;Acerca de Passforge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About Passforge</source>
        <translation>Acerca de Passforge</translation>
    </message>
    <message>
        <source>Make a new value with the same options</source>
        <translation>Generar un valor nuevo con las mismas opciones</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Copiar el valor al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Abrir lista…</translation>
    </message>
    <message>
        <source>&amp;Verify a draw record…</source>
        <translation>&amp;Verificar un registro de sorteo…</translation>
    </message>
    <message>
        <source>Check a saved draw record against its list</source>
        <translation>Comprobar un registro de sorteo guardado con su lista</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>This session&apos;s passwords, passphrases and tokens</source>
        <translation>Las contraseñas, frases de contraseña y tokens de esta sesión</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Mostrar como código &amp;QR…</translation>
    </message>
    <message>
        <source>Show the value as a QR code for a phone to read</source>
        <translation>Mostrar el valor como código QR para leerlo con un teléfono</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi QR code…</source>
        <translation>Código QR de &amp;wifi…</translation>
    </message>
    <message>
        <source>A QR code that joins phones to a network with this password</source>
        <translation>Un código QR que conecta los teléfonos a una red con esta contraseña</translation>
    </message>
    <message>
        <source>Generate &amp;many…</source>
        <translation>Generar en &amp;lote…</translation>
    </message>
    <message>
        <source>Many values of these options, to copy or save</source>
        <translation>Muchos valores con estas opciones, para copiar o guardar</translation>
    </message>
    <message>
        <source>Chec&amp;k a password…</source>
        <translation>Co&amp;mprobar una contraseña…</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess</source>
        <translation>Cuán difícil es adivinar una contraseña que ya tiene</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwords, passphrases, tokens, random numbers and fair draws from the operating system&apos;s random source, in five tabs: Password, Passphrase, Token, Number and Pick a winner. Nothing you generate is saved.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Credits: the built-in wordlists are made from EFF&apos;s large wordlist (English), dys2p&apos;s German list, the French list made for Tails, victordargallo&apos;s Spanish and Italian lists and drebs&apos;s Brazilian Portuguese list, screened with the LDNOOBW lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike names are found with ICU&apos;s confusable data; the window is built with Qt.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Contraseñas, frases de contraseña, tokens, números aleatorios y sorteos justos a partir de la fuente aleatoria del sistema operativo, en cinco pestañas: Contraseña, Frase de contraseña, Token, Número y Elegir ganador. Nada de lo que genera se guarda.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Créditos: las listas de palabras integradas proceden de la lista larga de la EFF (inglés), la lista alemana de dys2p, la lista francesa hecha para Tails, las listas española e italiana de victordargallo y la lista en portugués de Brasil de drebs, filtradas con las listas LDNOOBW; las estimaciones de solidez vienen de zxcvbn-c y los códigos QR de qrcodegen; los nombres parecidos se detectan con los datos de caracteres confundibles de ICU; la ventana está hecha con Qt.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message>
        <source>&amp;Distinct: no value twice</source>
        <translation>&amp;Distintos: ningún valor dos veces</translation>
    </message>
    <message>
        <source>Generated numbers</source>
        <translation>Números generados</translation>
    </message>
    <message>
        <source>Any whole number from %1 to %2</source>
        <translation>Cualquier número entero de %1 a %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Un número entero</translation>
    </message>
    <message>
        <source>Minimum, included</source>
        <translation>Mínimo, incluido</translation>
    </message>
    <message>
        <source>Maximum, included</source>
        <translation>Máximo, incluido</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>&amp;Mínimo:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <source>How many numbers</source>
        <translation>Cuántos números</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>Cant&amp;idad:</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Valores distintos</translation>
    </message>
    <message>
        <source>Enter a whole number as the minimum.</source>
        <translation>Escriba un número entero como mínimo.</translation>
    </message>
    <message>
        <source>Enter a whole number as the maximum.</source>
        <translation>Escriba un número entero como máximo.</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>El mínimo %1 es mayor que el máximo %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 there are fewer than %3 different values, so they cannot all be distinct.</source>
        <translation>De %1 a %2 hay menos de %3 valores diferentes, así que no pueden ser todos distintos.</translation>
    </message>
    <message>
        <source>Distinct draws are limited to %L1 values.</source>
        <translation>Los sorteos sin repetición están limitados a %L1 valores.</translation>
    </message>
    <message>
        <source>one of %1 values (%2 bits)</source>
        <comment>a number drawn from a range</comment>
        <translation>uno de %1 valores (%2 bits)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valor distinto de %1 (%2 bits en total)</numerusform>
            <numerusform>%Ln valores distintos de %1 (%2 bits en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valor, uno de %1 (%2 bits en total)</numerusform>
            <numerusform>%Ln valores, cada uno de %1 (%2 bits en total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the range is equally likely. A number is not treated as a secret: a copy is plain text and stays on the clipboard.</source>
        <translation>Todos los valores del intervalo son igual de probables. Un número no se trata como un secreto: una copia es texto sin formato y se queda en el portapapeles.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 y %2</translation>
    </message>
    <message>
        <source>The minimum must be %1.</source>
        <translation>El mínimo debe estar %1.</translation>
    </message>
    <message>
        <source>The maximum must be %1.</source>
        <translation>El máximo debe estar %1.</translation>
    </message>
    <message>
        <source>The count must be from %1 to %2.</source>
        <translation>La cantidad debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Enter both bounds as whole numbers first.</source>
        <translation>Escriba primero los dos límites como números enteros.</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <source>Add a random di&amp;git</source>
        <translation>Añadir un &amp;dígito aleatorio</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Frase de contraseña generada</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Wor&amp;ds:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>None: the words run together</source>
        <translation>Ninguno: las palabras van juntas</translation>
    </message>
    <message>
        <source>Separator between words</source>
        <translation>Separador entre palabras</translation>
    </message>
    <message>
        <source>Goes between the words; it may be empty, and it adds no entropy</source>
        <translation>Va entre las palabras; puede estar vacío y no añade entropía</translation>
    </message>
    <message>
        <source>Separat&amp;or:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>UPPERCASE</source>
        <translation>MAYÚSCULAS</translation>
    </message>
    <message>
        <source>One random word capitalised</source>
        <translation>Una palabra al azar con mayúscula inicial</translation>
    </message>
    <message>
        <source>Which word is capitalised is random too, and counts as entropy</source>
        <translation>Qué palabra lleva la mayúscula también es aleatorio y cuenta como entropía</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Mayúsculas:</translation>
    </message>
    <message>
        <source>Add a random digit</source>
        <translation>Añadir un dígito aleatorio</translation>
    </message>
    <message>
        <source>Appends a random digit 0–9 to one random word, for sites that insist on a digit</source>
        <translation>Añade un dígito aleatorio del 0 al 9 a una palabra al azar, para los sitios que exigen un dígito</translation>
    </message>
    <message>
        <source>Word&amp;list:</source>
        <translation>&amp;Lista de palabras:</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>an upper bound on the entropy, such as “77.5 bits — strong”</comment>
        <translation>como máximo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln palabra × %2 bits (lista de %3 palabras)</numerusform>
            <numerusform>%1 · %Ln palabras × %2 bits (lista de %3 palabras)</numerusform>
        </translation>
    </message>
    <message>
        <source>capital</source>
        <comment>bits for which word is capitalised</comment>
        <translation>mayúscula</translation>
    </message>
    <message>
        <source>digit</source>
        <comment>bits for where the digit goes and which digit it is</comment>
        <translation>dígito</translation>
    </message>
    <message>
        <source>%1 + %2 bits (%3)</source>
        <comment>the entropy line, then bits for the capital or digit</comment>
        <translation>%1 + %2 bits (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%Ln palabra, elegida entre %1: %Ln × log2(%1) = %2 bits.</numerusform>
            <numerusform>%Ln palabras, cada una elegida entre %1: %Ln × log2(%1) = %2 bits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.</source>
        <translation>Qué palabra recibe el dígito, y qué dígito: log2(10 × %1) = %2 bits.</translation>
    </message>
    <message>
        <source>A passphrase needs from %1 to %2 words.</source>
        <translation>Una frase de contraseña necesita de %1 a %2 palabras.</translation>
    </message>
    <message>
        <source>The separator has a character that cannot stand alone, such as a lone accent or an invisible control character.</source>
        <translation>El separador tiene un carácter que no puede ir solo, como un acento aislado o un carácter de control invisible.</translation>
    </message>
    <message>
        <source>The wordlist has fewer than %1 words.</source>
        <translation>La lista de palabras tiene menos de %1 palabras.</translation>
    </message>
    <message>
        <source>Some words of this list contain digits, so the added digit may be read as part of a word, and a passphrase as more than one choice of words: the entropy shown is an upper bound. Without the added digit it is exact.</source>
        <translation>Algunas palabras de esta lista contienen dígitos, así que el dígito añadido puede leerse como parte de una palabra, y una frase como más de una elección de palabras: la entropía mostrada es una cota superior. Sin el dígito añadido es exacta.</translation>
    </message>
    <message>
        <source>Some words of this list begin with other words, and the separator does not keep the words apart, so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. A one-character separator that appears in no word makes it exact.</source>
        <translation>Algunas palabras de esta lista empiezan por otras palabras y el separador no distingue las palabras, así que una frase puede leerse como más de una elección de palabras: la entropía mostrada es una cota superior. Un separador de un solo carácter que no aparezca en ninguna palabra la hace exacta.</translation>
    </message>
    <message>
        <source>Each Word Capitalised</source>
        <translation>Cada Palabra Con Mayúscula Inicial</translation>
    </message>
    <message>
        <source>Random: each word capitalised or not</source>
        <translation>Al azar: cada palabra con mayúscula inicial o no</translation>
    </message>
    <message>
        <source>A coin for each word decides its capital: one bit a word, for words that have a capital</source>
        <translation>Para cada palabra, una moneda al aire decide si lleva mayúscula: un bit por palabra, en las que admiten mayúscula</translation>
    </message>
    <message>
        <source>Mi&amp;x separators:</source>
        <translation>Separadores mi&amp;xtos:</translation>
    </message>
    <message>
        <source>Off; or characters to draw each gap&apos;s from</source>
        <translation>Desactivado; o caracteres entre los que elegir cada separador</translation>
    </message>
    <message>
        <source>Characters to draw each separator from</source>
        <translation>Caracteres entre los que elegir cada separador</translation>
    </message>
    <message>
        <source>Each gap between words gets its own separator, drawn from these characters (2 to %1, all different), in place of the one above; each gap adds log2 of their number</source>
        <translation>Cada hueco entre palabras recibe su propio separador, elegido entre estos caracteres (de 2 a %1, todos distintos), en lugar del de arriba; cada hueco añade log2 del número de caracteres</translation>
    </message>
    <message>
        <source>Add a random s&amp;ymbol</source>
        <translation>Añadir un sím&amp;bolo aleatorio</translation>
    </message>
    <message>
        <source>Add a random symbol</source>
        <translation>Añadir un símbolo aleatorio</translation>
    </message>
    <message>
        <source>Appends a random symbol (one of %1) to one random word, for sites that insist on a symbol</source>
        <translation>Añade un símbolo aleatorio (uno de %1) a una palabra al azar, para los sitios que exigen un símbolo</translation>
    </message>
    <message>
        <source>case</source>
        <comment>bits for each word&apos;s random capital</comment>
        <translation>mayúsculas</translation>
    </message>
    <message>
        <source>separators</source>
        <comment>bits for each gap&apos;s separator</comment>
        <translation>separadores</translation>
    </message>
    <message>
        <source>symbol</source>
        <comment>bits for where the symbol goes and which symbol it is</comment>
        <translation>símbolo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the sources of extra bits</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Which word is capitalised: %1 bits (log2(%2) when every word has a capital).</source>
        <translation>Qué palabra lleva la mayúscula: %1 bits (log2(%2) si todas las palabras admiten mayúscula).</translation>
    </message>
    <message>
        <source>Whether each word is capitalised: %1 bits (a bit for each word that has a capital).</source>
        <translation>Si cada palabra lleva mayúscula: %1 bits (un bit por cada palabra que admite mayúscula).</translation>
    </message>
    <message>
        <source>Each gap&apos;s separator, from %1: %2 bits.</source>
        <translation>El separador de cada hueco, entre %1 caracteres: %2 bits.</translation>
    </message>
    <message>
        <source>Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.</source>
        <translation>Qué palabra recibe el símbolo, y qué símbolo: log2(%1 × %2) = %3 bits.</translation>
    </message>
    <message>
        <source>Mixed separators need 2 to %1 different characters, none a lone accent or an invisible control character.</source>
        <translation>Los separadores mixtos necesitan de 2 a %1 caracteres distintos, ninguno de ellos un acento aislado ni un carácter de control invisible.</translation>
    </message>
    <message>
        <source>Some words of this list contain symbols, so the added symbol may be read as part of a word: the entropy shown is an upper bound. Without the added symbol it is exact.</source>
        <translation>Algunas palabras de esta lista contienen símbolos, así que el símbolo añadido puede leerse como parte de una palabra: la entropía mostrada es una cota superior. Sin el símbolo añadido es exacta.</translation>
    </message>
    <message>
        <source>In this case two words of the list look the same (such as straße and strasse, both STRASSE), so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. Lowercase keeps it exact.</source>
        <translation>Con este uso de mayúsculas, dos palabras de la lista quedan iguales (como straße y strasse, ambas STRASSE), así que una frase puede leerse como más de una elección de palabras: la entropía mostrada es una cota superior. En minúsculas es exacta.</translation>
    </message>
</context>
<context>
    <name>PasswordCheckDialog</name>
    <message>
        <source>Check a Password</source>
        <translation>Comprobar una contraseña</translation>
    </message>
    <message>
        <source>A password you use or want to use</source>
        <translation>Una contraseña que usa o quiere usar</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Contraseña que comprobar</translation>
    </message>
    <message>
        <source>zxcvbn estimates how many guesses an attacker who tries common passwords, words, names, dates and keyboard patterns first would need. What you type stays in this window and is never saved.</source>
        <translation>zxcvbn estima cuántos intentos necesitaría un atacante que pruebe primero contraseñas comunes, palabras, nombres, fechas y patrones de teclado. Lo que escriba se queda en esta ventana y nunca se guarda.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>Online, 100 guesses an hour:</source>
        <translation>En línea, 100 intentos por hora:</translation>
    </message>
    <message>
        <source>Online, 10 guesses a second:</source>
        <translation>En línea, 10 intentos por segundo:</translation>
    </message>
    <message>
        <source>Offline, slow hash (10^4 a second):</source>
        <translation>Sin conexión, hash lento (10^4 por segundo):</translation>
    </message>
    <message>
        <source>Offline, fast hash (10^10 a second):</source>
        <translation>Sin conexión, hash rápido (10^10 por segundo):</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrado:</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Type a password to see its estimate.</source>
        <translation>Escriba una contraseña para ver su estimación.</translation>
    </message>
    <message>
        <source>%1 of 4: %2</source>
        <translation>%1 de 4: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>nothing zxcvbn knows</source>
        <translation>nada que zxcvbn conozca</translation>
    </message>
    <message>
        <source>This password is longer than %1 bytes, the most zxcvbn checks.</source>
        <translation>Esta contraseña supera los %1 bytes, lo máximo que comprueba zxcvbn.</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Generated password</source>
        <translation>Contraseña generada</translation>
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
        <translation>símbolos</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>Longitud en caracteres</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longitud:</translation>
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
        <translation>&amp;Símbolos</translation>
    </message>
    <message>
        <source>&amp;Minimum A–Z:</source>
        <translation>&amp;Mínimo A–Z:</translation>
    </message>
    <message>
        <source>M&amp;inimum a–z:</source>
        <translation>Mín&amp;imo a–z:</translation>
    </message>
    <message>
        <source>Minimum 0–&amp;9:</source>
        <translation>Mínimo 0–&amp;9:</translation>
    </message>
    <message>
        <source>Minimum s&amp;ymbols:</source>
        <translation>Mínimo sím&amp;bolos:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Minimum number of %1</source>
        <translation>Cantidad mínima de %1</translation>
    </message>
    <message>
        <source>Extra characters, such as é ß € §</source>
        <translation>Caracteres adicionales, como é ß € §</translation>
    </message>
    <message>
        <source>Also use these characters</source>
        <translation>Usar también estos caracteres</translation>
    </message>
    <message>
        <source>Also &amp;use:</source>
        <translation>&amp;Usar también:</translation>
    </message>
    <message>
        <source>Characters never to use</source>
        <translation>Caracteres que no se usarán nunca</translation>
    </message>
    <message>
        <source>Exclude these characters</source>
        <translation>Excluir estos caracteres</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters</source>
        <translation>E&amp;vitar caracteres parecidos</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>Omite %1</translation>
    </message>
    <message>
        <source>Avoid look-alike characters</source>
        <translation>Evitar caracteres parecidos</translation>
    </message>
    <message>
        <source>A&amp;dvanced: minimum per kind</source>
        <translation>Avanza&amp;do: mínimo por tipo</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar opciones avanzadas</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Caracteres:</translation>
    </message>
    <message>
        <source>The length must be from %1 to %2.</source>
        <translation>La longitud debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character, or add characters under “Also use”.</source>
        <translation>Elija al menos un tipo de carácter o añada caracteres en «Usar también».</translation>
    </message>
    <message>
        <source>The excluded characters leave nothing to choose from. Exclude fewer, or add characters under “Also use”.</source>
        <translation>Los caracteres excluidos no dejan nada entre lo que elegir. Excluya menos o añada caracteres en «Usar también».</translation>
    </message>
    <message>
        <source>Every character of %1 is excluded, but its minimum is %2.</source>
        <translation>Todos los caracteres de %1 están excluidos, pero su mínimo es %2.</translation>
    </message>
    <message>
        <source>The minimums add up to %1, more than the length of %2. Lower a minimum or make the password longer.</source>
        <translation>Los mínimos suman %1, más que la longitud de %2. Baje algún mínimo o alargue la contraseña.</translation>
    </message>
    <message>
        <source>“Also use” has a character that cannot stand alone, such as a lone accent or an invisible character.</source>
        <translation>«Usar también» tiene un carácter que no puede ir solo, como un acento aislado o un carácter invisible.</translation>
    </message>
    <message>
        <source>“Also use” has %1 characters; at most %2 are allowed.</source>
        <translation>«Usar también» tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>At least one of each &amp;kind</source>
        <translation>Al menos uno de cada ti&amp;po</translation>
    </message>
    <message>
        <source>Every password has at least one character of each kind chosen. Each such password is equally likely, and the entropy counts only those.</source>
        <translation>Cada contraseña tiene al menos un carácter de cada tipo elegido. Todas esas contraseñas son igual de probables, y la entropía solo cuenta esas.</translation>
    </message>
    <message>
        <source>At least one of each kind</source>
        <translation>Al menos uno de cada tipo</translation>
    </message>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>Una contraseña de %Ln carácter no puede tener uno de cada uno de los %1 tipos elegidos. Alárguela o desactive «Al menos uno de cada tipo».</numerusform>
            <numerusform>Una contraseña de %Ln caracteres no puede tener uno de cada uno de los %1 tipos elegidos. Alárguela o desactive «Al menos uno de cada tipo».</numerusform>
        </translation>
    </message>
    <message>
        <source>Site (d&amp;omain):</source>
        <translation>Sitio &amp;web (dominio):</translation>
    </message>
    <message>
        <source>A website whose password rules are known, such as apple.com</source>
        <translation>Un sitio web cuyas reglas de contraseña se conocen, como apple.com</translation>
    </message>
    <message>
        <source>Follow the password rules of this website</source>
        <translation>Seguir las reglas de contraseña de este sitio web</translation>
    </message>
    <message>
        <source>Or a site&apos;s rules, such as: minlength: 8; required: digit; max-consecutive: 2</source>
        <translation>O las reglas de un sitio, como: minlength: 8; required: digit; max-consecutive: 2</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Reglas de contraseña</translation>
    </message>
    <message>
        <source>Apple&apos;s password-rules language: required, allowed, max-consecutive, minlength and maxlength, with the classes upper, lower, digit, special, ascii-printable and [characters]. Rules replace the kinds of character above; the space is never used.</source>
        <translation>El lenguaje password-rules de Apple: required, allowed, max-consecutive, minlength y maxlength, con las clases upper, lower, digit, special, ascii-printable y [caracteres]. Las reglas sustituyen a los tipos de carácter de arriba; el espacio nunca se usa.</translation>
    </message>
    <message>
        <source>The rules have an error: %1.</source>
        <translation>Las reglas tienen un error: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The rules of a website in words: &quot;apple.com: 8–63 characters, at least one digit&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These rules take %1 to %2 characters.</source>
        <translation>Estas reglas requieren de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>These rules admit no length: at least %1 and at most %2 characters.</source>
        <translation>Estas reglas no admiten ninguna longitud: como mínimo %1 y como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The rules require one of “%1”, and none of them can be used: the space never is, and “Exclude” or “Avoid look-alike characters” remove the rest.</source>
        <translation>Las reglas exigen uno de «%1» y no se puede usar ninguno: el espacio nunca se usa, y «Excluir» o «Evitar caracteres parecidos» quitan el resto.</translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>Ninguna contraseña de %Ln carácter cumple estas reglas.</numerusform>
            <numerusform>Ninguna contraseña de %Ln caracteres cumple estas reglas.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rules have more than %1 different “required” sets.</source>
        <translation>Estas reglas tienen más de %1 conjuntos «required» distintos.</translation>
    </message>
    <message>
        <source>Rule strin&amp;g:</source>
        <translation>Cadena de re&amp;quisitos:</translation>
    </message>
    <message>
        <source>No password rules are known for “%1”. Type them under “Rule string”, or clear “Site”.</source>
        <translation>No se conocen reglas de contraseña para «%1». Escríbalas en «Cadena de requisitos» o vacíe «Sitio web».</translation>
    </message>
    <message>
        <source>With no kind of character chosen, passforge-cli would use all four, so these options cannot be a preset: choose at least one kind.</source>
        <translation>Si no se elige ningún tipo de carácter, passforge-cli usaría los cuatro, así que estas opciones no pueden ser un preajuste: elija al menos un tipo.</translation>
    </message>
    <message>
        <source>no password rules are known for the site “%1”</source>
        <translation>no se conocen reglas de contraseña para el sitio «%1»</translation>
    </message>
    <message>
        <source>the rules have an error: %1</source>
        <translation>las reglas tienen un error: %1</translation>
    </message>
    <message>
        <source>the length must be from %1 to %2 for these rules, not %3</source>
        <translation>la longitud debe estar entre %1 y %2 con estas reglas, no %3</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Estilo de contraseña</translation>
    </message>
    <message>
        <source>Random characters</source>
        <translation>Caracteres aleatorios</translation>
    </message>
    <message>
        <source>Easy to say (syllables)</source>
        <translation>Fácil de pronunciar (sílabas)</translation>
    </message>
    <message>
        <source>Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), drawn so that every password of this length is equally likely: easier to read out and type, with fewer bits a character</source>
        <translation>Sílabas de una consonante (%1), una vocal (%2) y a veces una consonante final (%3), elegidas de modo que todas las contraseñas de esta longitud sean igual de probables: más fáciles de leer en voz alta y de escribir, con menos bits por carácter</translation>
    </message>
    <message>
        <source>Add a c&amp;apital</source>
        <translation>Añadir una &amp;mayúscula</translation>
    </message>
    <message>
        <source>Make one letter a capital</source>
        <translation>Poner una letra en mayúscula</translation>
    </message>
    <message>
        <source>One letter, at random, in upper case</source>
        <translation>Una letra al azar, en mayúscula</translation>
    </message>
    <message>
        <source>Add a &amp;digit</source>
        <translation>Añadir un &amp;dígito</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>Añadir un dígito</translation>
    </message>
    <message>
        <source>One digit, at random, anywhere in the password</source>
        <translation>Un dígito al azar, en cualquier parte de la contraseña</translation>
    </message>
    <message>
        <source>Easy-to-say passwords take %1 to %2 characters.</source>
        <translation>Las contraseñas fáciles de pronunciar requieren de %1 a %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Abrir lista…</translation>
    </message>
    <message>
        <source>Re&amp;move duplicates: one ticket per name</source>
        <translation>&amp;Quitar duplicados: una papeleta por nombre</translation>
    </message>
    <message>
        <source>Sh&amp;uffle list</source>
        <translation>&amp;Mezclar lista</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>&amp;Copiar resultado</translation>
    </message>
    <message>
        <source>Copy draw re&amp;cord</source>
        <translation>Copiar &amp;registro del sorteo</translation>
    </message>
    <message>
        <source>One entry per line. Paste or type the list, or drop a text file here.</source>
        <translation>Una entrada por línea. Pegue o escriba la lista, o suelte aquí un archivo de texto.</translation>
    </message>
    <message>
        <source>List of entries, one per line</source>
        <translation>Lista de entradas, una por línea</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Open a list from a text file</source>
        <translation>Abrir una lista desde un archivo de texto</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Quitar duplicados</translation>
    </message>
    <message>
        <source>Otherwise a name on several lines has one ticket per line, and so a better chance</source>
        <translation>Si no, un nombre en varias líneas tiene una papeleta por línea y, por tanto, más posibilidades</translation>
    </message>
    <message>
        <source>Number of winners</source>
        <translation>Número de ganadores</translation>
    </message>
    <message>
        <source>Winne&amp;rs:</source>
        <translation>Gana&amp;dores:</translation>
    </message>
    <message>
        <source>Draw winners</source>
        <translation>Sortear ganadores</translation>
    </message>
    <message>
        <source>Shuffle the whole list</source>
        <translation>Mezclar toda la lista</translation>
    </message>
    <message>
        <source>Result, in draw order</source>
        <translation>Resultado, en orden de sorteo</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>Copiar el resultado</translation>
    </message>
    <message>
        <source>Copy a record of the draw</source>
        <translation>Copiar un registro del sorteo</translation>
    </message>
    <message>
        <source>That text is larger than %1 MB, the most a list can hold.</source>
        <translation>Ese texto ocupa más de %1 MB, el máximo que admite una lista.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The list is larger than %1 MB, the most it can hold.</source>
        <translation>La lista ocupa más de %1 MB, su máximo.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Todavía no hay entradas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>ningún duplicado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>%Ln duplicado (quitado)</numerusform>
            <numerusform>%Ln duplicados (quitados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%Ln duplicado (cuenta como una papeleta más)</numerusform>
            <numerusform>%Ln duplicados (cada uno cuenta como una papeleta más)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list summary: entries, duplicates</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Shorten the list to draw from it.</source>
        <translation>Acorte la lista para poder sortear.</translation>
    </message>
    <message>
        <source>Paste or type a list on the left, one entry per line, or open a text file.</source>
        <translation>Pegue o escriba una lista a la izquierda, una entrada por línea, o abra un archivo de texto.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Solo hay %Ln entrada para %1 ganadores. Pida menos ganadores o añada entradas.</numerusform>
            <numerusform>Solo hay %Ln entradas para %1 ganadores. Pida menos ganadores o añada entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Pulse «Sortear» para elegir %Ln ganador, o «Mezclar lista» para poner toda la lista en orden aleatorio.</numerusform>
            <numerusform>Pulse «Sortear» para elegir %Ln ganadores, o «Mezclar lista» para poner toda la lista en orden aleatorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>Ha fallado la fuente aleatoria del sistema: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>Abrir una lista</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a list can hold.</source>
        <translation>«%1» ocupa más de %2 MB, el máximo que admite una lista.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«%1» no es texto UTF-8.</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <comment>pick winners by lot</comment>
        <translation>&amp;Sortear</translation>
    </message>
    <message>
        <source>“%1” and “%2” look alike (lines %3 and %4)</source>
        <translation>«%1» y «%2» se parecen (líneas %3 y %4)</translation>
    </message>
    <message>
        <source>Line %1 contains a control character (%2). Remove it to draw.</source>
        <translation>La línea %1 contiene un carácter de control (%2). Elimínelo para sortear.</translation>
    </message>
    <message>
        <source>Line %1 contains a bidirectional control character (%2). Remove it to draw.</source>
        <translation>La línea %1 contiene un carácter de control bidireccional (%2). Elimínelo para sortear.</translation>
    </message>
    <message>
        <source>Line %1 contains an invisible character (%2). Remove it to draw.</source>
        <translation>La línea %1 contiene un carácter invisible (%2). Elimínelo para sortear.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name, in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The pasted list</source>
        <translation>La lista pegada</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 has no entries.</source>
        <translation>%1 no tiene entradas.</translation>
    </message>
    <message>
        <source>%1 is too long to edit here, so the box shows its first %2 lines. Clear the list to type or paste a new one.</source>
        <translation>%1: demasiado texto para editarlo aquí, así que el cuadro muestra solo sus primeras %2 líneas. Vacíe la lista para escribir o pegar otra.</translation>
    </message>
    <message>
        <source>Draw the winners from the list</source>
        <translation>Sortear los ganadores de la lista</translation>
    </message>
    <message>
        <source>Replace a w&amp;inner…</source>
        <translation>Reem&amp;plazar a un ganador…</translation>
    </message>
    <message>
        <source>Draws of this session</source>
        <translation>Sorteos de esta sesión</translation>
    </message>
    <message>
        <source>Replace the selected winner</source>
        <translation>Reemplazar al ganador seleccionado</translation>
    </message>
    <message>
        <source>Draw lo&amp;g:</source>
        <translation>H&amp;istorial de sorteos:</translation>
    </message>
    <message>
        <source>Copy shuffle re&amp;cord</source>
        <translation>Copiar &amp;registro de la mezcla</translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>Mezcla %1 · %2 · %Ln entrada</numerusform>
            <numerusform>Mezcla %1 · %2 · %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>Sorteo %1 · %2 · %Ln ganador</numerusform>
            <numerusform>Sorteo %1 · %2 · %Ln ganadores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · for an earlier list</source>
        <comment>a draw, then why it no longer applies</comment>
        <translation>%1 · para una lista anterior</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3 replaces a winner of draw %4</source>
        <comment>number, time, name, draw number</comment>
        <translation>Sorteo %1 · %2 · %3 sustituye a un ganador del sorteo %4</translation>
    </message>
    <message>
        <source>Draw from %1 to %2 winners at a time.</source>
        <translation>Sortee de %1 a %2 ganadores a la vez.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Sorteando…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… y %Ln más, en el resultado y el registro copiados</numerusform>
            <numerusform>… y %Ln más, en el resultado y el registro copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw from a pu&amp;blic random value:</source>
        <translation>Sortear con un valor aleatorio pú&amp;blico:</translation>
    </message>
    <message>
        <source>Announce the list&apos;s SHA-256 and a random value that does not exist yet (such as a drand round, or a lottery&apos;s numbers); once it is public, draw from it. Anyone can then check that these are the winners, and nobody could have chosen them.</source>
        <translation>Anuncie el SHA-256 de la lista y un valor aleatorio que todavía no exista (como una ronda de drand o los números de una lotería); cuando sea público, sortee a partir de él. Así cualquiera puede comprobar que estos son los ganadores y que nadie pudo elegirlos.</translation>
    </message>
    <message>
        <source>Public random value</source>
        <translation>Valor aleatorio público</translation>
    </message>
    <message>
        <source>e.g. drand round 4211337</source>
        <translation>p. ej., ronda 4211337 de drand</translation>
    </message>
    <message>
        <source>Exactly as published: the seed is the SHA-256 of this text.</source>
        <translation>Exactamente como se publicó: la semilla es el SHA-256 de este texto.</translation>
    </message>
    <message>
        <source>&amp;Announce…</source>
        <translation>An&amp;unciar…</translation>
    </message>
    <message>
        <source>Announce the draw</source>
        <translation>Anunciar el sorteo</translation>
    </message>
    <message>
        <source>The text to publish before the public random value exists</source>
        <translation>El texto que hay que publicar antes de que exista el valor aleatorio público</translation>
    </message>
    <message>
        <source>Sa&amp;ve record…</source>
        <translation>E&amp;xportar registro…</translation>
    </message>
    <message>
        <source>Save the record of the draw</source>
        <translation>Guardar el registro del sorteo</translation>
    </message>
    <message>
        <source>Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py</source>
        <translation>Guardar el registro como JSON, para passforge-cli pick --verify o docs/verify-draw.py</translation>
    </message>
    <message>
        <source>When a winner does not answer: select them, then draw a runner-up from the tickets left (the next winner of the same seed). The draw is kept, and the replacement is recorded as a new draw.</source>
        <translation>Cuando un ganador no responde: selecciónelo y sortee un suplente entre las papeletas que quedan (el siguiente ganador de la misma semilla). El sorteo se conserva y la sustitución se registra como un sorteo nuevo.</translation>
    </message>
    <message>
        <source>Date and time, entry count, SHA-256 of the list, the seed and the result, with the record to check it, to keep or share</source>
        <translation>Fecha y hora, número de entradas, SHA-256 de la lista, la semilla y el resultado, con el registro para comprobarlo, para guardarlo o compartirlo</translation>
    </message>
    <message>
        <source>Type the public random value to draw from, or turn off “Draw from a public random value”.</source>
        <translation>Escriba el valor aleatorio público a partir del que sortear, o desactive «Sortear con un valor aleatorio público».</translation>
    </message>
    <message>
        <source>Cannot save the record to “%1”: %2</source>
        <translation>No se puede guardar el registro en «%1»: %2</translation>
    </message>
    <message>
        <source>Save the Draw Record</source>
        <translation>Guardar el registro del sorteo</translation>
    </message>
    <message>
        <source>passforge-draw-%1.json</source>
        <comment>a file name; %1 is the draw&apos;s number</comment>
        <translation>passforge-draw-%1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Registros de sorteo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Passforge draw announcement</source>
        <translation>Anuncio de sorteo de Passforge</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 de la lista: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Tickets: one per entry (duplicates removed)</source>
        <translation>Papeletas: una por entrada (duplicados quitados)</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Papeletas: %1</translation>
    </message>
    <message>
        <source>Winners to draw: %1</source>
        <translation>Ganadores que sortear: %1</translation>
    </message>
    <message>
        <source>Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from SHA-256 of: %2</source>
        <translation>Anunciado el %1: los ganadores se sortearán con Passforge (passforge-draw-v1) a partir del SHA-256 de: %2</translation>
    </message>
    <message>
        <source>Once that value is public, anyone can draw again with passforge-cli pick --beacon, or check the record with pick --verify or docs/verify-draw.py.</source>
        <translation>Cuando ese valor sea público, cualquiera podrá volver a sortear con passforge-cli pick --beacon, o comprobar el registro con pick --verify o docs/verify-draw.py.</translation>
    </message>
    <message>
        <source>Announce the Draw</source>
        <translation>Anunciar el sorteo</translation>
    </message>
    <message>
        <source>Publish this before the public random value exists, with the list itself. Then the winners cannot be chosen by anyone, you included.</source>
        <translation>Publique esto antes de que exista el valor aleatorio público, junto con la propia lista. Así nadie podrá elegir a los ganadores, ni siquiera usted.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Clear the clipboard &amp;after</source>
        <translation>Vaciar el portapapeles &amp;tras</translation>
    </message>
    <message>
        <source>Clear the clipboard when Passforge &amp;quits</source>
        <translation>Vaciar el portapapeles al &amp;salir de Passforge</translation>
    </message>
    <message>
        <source>&amp;Restore the last options on start</source>
        <translation>&amp;Restaurar las últimas opciones al iniciar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>Vaciar el portapapeles automáticamente</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Segundos hasta que se vacíe el portapapeles</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>after N seconds</comment>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Only a value Passforge copied is cleared; text you copied since is left alone.</source>
        <translation>Solo se borra un valor que haya copiado Passforge; el texto que haya copiado después no se toca.</translation>
    </message>
    <message>
        <source>Generator options only. Generated values, lists and draw results are never saved.</source>
        <translation>Solo las opciones de los generadores. Los valores generados, las listas y los resultados de sorteos nunca se guardan.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Passforge never saves a generated value, a list or a draw result. The options are kept in %1.</source>
        <translation>Passforge nunca guarda un valor generado, una lista ni un resultado de sorteo. Las opciones se guardan en %1.</translation>
    </message>
    <message>
        <source>&amp;Keep a history of this session&apos;s values</source>
        <translation>&amp;Mantener un historial de los valores de esta sesión</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ History). Turning it off clears it.</source>
        <translation>Las últimas %1 contraseñas, frases de contraseña y tokens, solo en memoria, hasta que salga (Editar ▸ Historial). Al desactivarlo, se vacía.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>The built-in presets are shown again.</source>
        <translation>Los preajustes incorporados vuelven a mostrarse.</translation>
    </message>
    <message>
        <source>The presets file cannot be read, so only the built-in presets are offered: %1</source>
        <translation>No se puede leer el archivo de preajustes, así que solo se ofrecen los preajustes incorporados: %1</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Named sets of options, shared with passforge-cli --preset</source>
        <translation>Conjuntos de opciones con nombre, compartidos con passforge-cli --preset</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Acciones de preajustes</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export presets</source>
        <translation>Guardar, renombrar, eliminar, importar o exportar preajustes</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Guardar como preajuste…</translation>
    </message>
    <message>
        <source>&amp;Rename preset…</source>
        <translation>&amp;Renombrar preajuste…</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden built-in presets</source>
        <translation>&amp;Mostrar preajustes incorporados ocultos</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importar preajustes…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>E&amp;xportar preajustes…</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Sin preajuste</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>A preset whose options were changed after it was chosen: &quot;Bank PIN (modified)&quot;</extracomment>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>&amp;Hide built-in preset</source>
        <translation>&amp;Ocultar preajuste incorporado</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>&amp;Eliminar preajuste</translation>
    </message>
    <message>
        <source>There is no preset named “%1” for this tab.</source>
        <translation>No hay ningún preajuste llamado «%1» para esta pestaña.</translation>
    </message>
    <message>
        <source>“%1” cannot be used here: %2</source>
        <extracomment>A preset from the file that the window cannot use: &quot;“api”: the option &apos;bytes&apos; …&quot;</extracomment>
        <translation>«%1» no se puede usar aquí: %2</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Se ha guardado el preajuste «%1».</translation>
    </message>
    <message>
        <source>Choose a preset to rename first.</source>
        <translation>Elija primero el preajuste que desea renombrar.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se ha renombrado «%1» como «%2».</translation>
    </message>
    <message>
        <source>Choose a preset to delete first.</source>
        <translation>Elija primero el preajuste que desea eliminar.</translation>
    </message>
    <message>
        <source>Hid the built-in preset “%1”; Show hidden built-in presets brings it back.</source>
        <translation>Se ha ocultado el preajuste incorporado «%1»; «Mostrar preajustes incorporados ocultos» lo vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Se ha eliminado el preajuste «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>Se ha importado %n preajuste de %1.</numerusform>
            <numerusform>Se han importado %n preajustes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n preajuste a %1.</numerusform>
            <numerusform>Se han exportado %n preajustes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Guardar como preajuste</translation>
    </message>
    <message>
        <source>A name for these options (passforge-cli %1 --preset NAME uses it too):</source>
        <translation>Un nombre para estas opciones (passforge-cli %1 --preset NAME también lo usa):</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Renombrar el preajuste</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importar preajustes</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Preajustes (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Exportar preajustes</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <extracomment>Saving refused: &quot;… as a preset: the length must be from 8 to 63 for these rules …&quot;</extracomment>
        <translation>Estas opciones no se pueden guardar como preajuste: %1</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 dígitos)</translation>
    </message>
    <message>
        <source>Wi-Fi (WPA2, 24 easy-to-type characters)</source>
        <translation>Wi-Fi (WPA2, 24 caracteres fáciles de escribir)</translation>
    </message>
    <message>
        <source>Maximum (64, all kinds)</source>
        <translation>Máximo (64, todos los tipos)</translation>
    </message>
    <message>
        <source>A preset&apos;s name must not be empty, longer than %1 characters, start or end with a space, or hold control characters.</source>
        <translation>El nombre de un preajuste no puede estar vacío, tener más de %1 caracteres, empezar ni terminar con un espacio ni contener caracteres de control.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Ya hay un preajuste llamado «%1».</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>No hay ningún preajuste llamado «%1».</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed; save a copy under a new name instead.</source>
        <translation>Los preajustes incorporados no se pueden renombrar; guarde en su lugar una copia con otro nombre.</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset.</source>
        <translation>Estas opciones no se pueden guardar como preajuste.</translation>
    </message>
    <message>
        <source>The presets file has a problem, so it is left as it is: %1</source>
        <translation>El archivo de preajustes tiene un problema, así que se deja como está: %1</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>No se han podido guardar los preajustes en %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Could not import presets: %1</source>
        <translation>No se han podido importar los preajustes: %1</translation>
    </message>
    <message>
        <source>Could not export the presets to %1: %2</source>
        <translation>No se han podido exportar los preajustes a %1: %2</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <translation>Estas opciones no se pueden guardar como preajuste: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the option &apos;%1&apos; is not one the window knows for this command</source>
        <translation>la ventana no conoce la opción «%1» para esta orden</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is a flag: its value must be true</source>
        <translation>la opción «%1» es un indicador: su valor debe ser true</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be text</source>
        <translation>la opción «%1» debe ser texto</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>la opción «%1» debe ser un número entero de %2 a %3, no %4</translation>
    </message>
    <message>
        <source>the options &apos;rules&apos; and &apos;site&apos; cannot be combined</source>
        <translation>las opciones «rules» y «site» no se pueden combinar</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; cannot be combined with &apos;%2&apos;, which replaces the class options</source>
        <translation>la opción «%1» no se puede combinar con «%2», que sustituye a las opciones de clase</translation>
    </message>
    <message>
        <source>the window has no token format &apos;%1&apos;; use hex, urlsafe, base64, base32 or uuid</source>
        <translation>la ventana no tiene el formato de token «%1»; use hex, urlsafe, base64, base32 o uuid</translation>
    </message>
    <message>
        <source>a number preset needs both &apos;min&apos; and &apos;max&apos;</source>
        <translation>un preajuste de número necesita tanto «min» como «max»</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is empty, too long (over %2 characters), has spaces at an end or control characters</source>
        <translation>el nombre «%1» está vacío, es demasiado largo (más de %2 caracteres), tiene espacios en un extremo o caracteres de control</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for &apos;%2&apos;; presets are for %3</source>
        <translation>el preajuste «%1» es para «%2»; los preajustes son para %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has an option named &apos;%2&apos;; write option names without the dashes</source>
        <translation>el preajuste «%1» tiene una opción llamada «%2»; escriba los nombres de opción sin los guiones</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: option &apos;%2&apos; must be a number, a string or true</source>
        <translation>preajuste «%1»: la opción «%2» debe ser un número, una cadena o true</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>el JSON no es válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>&quot;version&quot; debe ser %1</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be an array</source>
        <translation>&quot;presets&quot; debe ser un array</translation>
    </message>
    <message>
        <source>preset %1 needs a string &quot;name&quot;, a string &quot;command&quot; and an &quot;options&quot; object</source>
        <translation>el preajuste %1 necesita una cadena &quot;name&quot;, una cadena &quot;command&quot; y un objeto &quot;options&quot;</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has the name of a built-in preset, which cannot be overwritten</source>
        <translation>el preajuste «%1» tiene el nombre de un preajuste incorporado, que no se puede sobrescribir</translation>
    </message>
    <message>
        <source>two presets are named &apos;%1&apos;</source>
        <translation>hay dos preajustes llamados «%1»</translation>
    </message>
    <message>
        <source>&quot;hidden&quot; must be an array of names</source>
        <translation>&quot;hidden&quot; debe ser un array de nombres</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: the option &apos;wordlist&apos; must be an absolute path, not &apos;%2&apos;</source>
        <translation>preajuste «%1»: la opción «wordlist» debe ser una ruta absoluta, no «%2»</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is %2 characters long; the window takes at most %3</source>
        <translation>la opción «%1» tiene %2 caracteres; la ventana admite como máximo %3</translation>
    </message>
    <message>
        <source>the option &apos;bytes&apos; does not apply to the uuid format, which is always 122 random bits</source>
        <translation>la opción «bytes» no se aplica al formato uuid, que siempre tiene 122 bits aleatorios</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;; use %2</source>
        <translation>lista desconocida «%1»; use %2</translation>
    </message>
    <message>
        <source>the options &apos;list&apos; and &apos;wordlist&apos; exclude each other: a wordlist file replaces the built-in list</source>
        <translation>las opciones «list» y «wordlist» se excluyen mutuamente: un archivo de lista de palabras sustituye a la lista incorporada</translation>
    </message>
    <message>
        <source>unknown case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>valor desconocido «%1» para la opción «case»; use lower, upper, each, one o random</translation>
    </message>
    <message>
        <source>the options &apos;separator&apos; and &apos;separator-from&apos; exclude each other</source>
        <translation>las opciones «separator» y «separator-from» se excluyen mutuamente</translation>
    </message>
    <message>
        <source>the option &apos;separator-from&apos; must hold 2 to %1 distinct characters, none a lone combining mark or a control character</source>
        <translation>la opción «separator-from» debe tener de 2 a %1 caracteres distintos, ninguno de ellos una marca combinante aislada ni un carácter de control</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; does not apply to &apos;pronounceable&apos;, whose letters the grammar fixes</source>
        <translation>la opción «%1» no se aplica a «pronounceable», cuyas letras fija la gramática</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code of the value</source>
        <translation>Código QR del valor</translation>
    </message>
    <message>
        <source>This value is too long for a QR code (at most %1 bytes).</source>
        <translation>Este valor es demasiado largo para un código QR (como máximo %1 bytes).</translation>
    </message>
    <message>
        <source>Anyone who can see your screen can read this code.</source>
        <translation>Cualquiera que pueda ver su pantalla puede leer este código.</translation>
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
        <translation>Intervalo permitido: %1</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>unknown rule &apos;%1&apos; at position %2 (the rules are required, allowed, max-consecutive, minlength and maxlength)</source>
        <translation>regla desconocida «%1» en la posición %2 (las reglas son required, allowed, max-consecutive, minlength y maxlength)</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; at position %2</source>
        <translation>clase desconocida «%1» en la posición %2</translation>
    </message>
    <message>
        <source>not a number &apos;%1&apos; at position %2</source>
        <translation>no es un número: «%1» en la posición %2</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>corchete «[» sin cerrar en la posición %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; at position %1: in a [...] set it may only come first</source>
        <translation>guion «-» en la posición %1: en un conjunto [...] solo puede ir al principio</translation>
    </message>
    <message>
        <source>&apos;]&apos; at position %1: in a [...] set it may only come first or last (write &apos;]]&apos; at the end for a literal &apos;]&apos;)</source>
        <translation>corchete «]» en la posición %1: en un conjunto [...] solo puede ir al principio o al final (escriba «]]» al final para un «]» literal)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 must be followed by &apos;:&apos;</source>
        <translation>falta «:» después de «%1» en la posición %2</translation>
    </message>
    <message>
        <source>a class is missing at position %1</source>
        <translation>falta una clase en la posición %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a class</source>
        <translation>no es una clase: «%1» en la posición %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>carácter inesperado «%1» en la posición %2</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letra</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>mayúsculas</translation>
    </message>
    <message>
        <source>uppercase letter</source>
        <translation>mayúscula</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>lowercase letter</source>
        <translation>minúscula</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cifras</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>símbolos</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>símbolo</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list of kinds of characters: &quot;letters, digits and !#$&quot;</extracomment>
        <translation>%1 y %2</translation>
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
            <numerusform>exactamente %n carácter</numerusform>
            <numerusform>exactamente %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <extracomment>A range of lengths: &quot;8–16 characters&quot;</extracomment>
        <translation>%1–%2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>como máximo %n carácter</numerusform>
            <numerusform>como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>al menos uno de %1</translation>
    </message>
    <message>
        <source>at least one %1</source>
        <translation>al menos 1 %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>no más de %n carácter igual seguido</numerusform>
            <numerusform>no más de %n caracteres iguales seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>any printable characters</source>
        <translation>cualquier carácter imprimible</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>weak</source>
        <comment>password strength</comment>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password strength</comment>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password strength</comment>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password strength</comment>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustez</translation>
    </message>
    <message>
        <source>%1 bits — %2</source>
        <comment>entropy in bits, then the strength</comment>
        <translation>%1 bits — %2</translation>
    </message>
    <message>
        <source>Entropy: log2 of the number of values these options allow. Every value is equally likely, so this is exact.</source>
        <translation>Entropía: log2 del número de valores que permiten estas opciones. Todos los valores son igual de probables, así que es exacta.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Ningún valor</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Generated token</source>
        <translation>Token generado</translation>
    </message>
    <message>
        <source>Random bytes per token</source>
        <translation>Bytes aleatorios por token</translation>
    </message>
    <message>
        <source>How many random bytes the token encodes: 8 bits of entropy each</source>
        <translation>Cuántos bytes aleatorios codifica el token: 8 bits de entropía cada uno</translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation>&amp;Bytes:</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Formato del token</translation>
    </message>
    <message>
        <source>Hex (0–9, a–f)</source>
        <translation>Hexadecimal (0–9, a–f)</translation>
    </message>
    <message>
        <source>URL-safe Base64</source>
        <translation>Base64 apto para URL</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base32 (for authenticator apps)</source>
        <translation>Base32 (para aplicaciones de autenticación)</translation>
    </message>
    <message>
        <source>UUID v4</source>
        <translation>UUID v4</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) long.</source>
        <translation>
            <numerusform>%Ln carácter de longitud.</numerusform>
            <numerusform>%Ln caracteres de longitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>A UUID v4 always holds 122 random bits.</source>
        <translation>Un UUID v4 siempre contiene 122 bits aleatorios.</translation>
    </message>
    <message>
        <source>A token needs from %1 to %2 bytes.</source>
        <translation>Un token necesita de %1 a %2 bytes.</translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>VerifyDrawDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify a Draw Record</source>
        <translation>Verificar un registro de sorteo</translation>
    </message>
    <message>
        <source>Record file</source>
        <translation>Archivo del registro</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>Archivo de la lista</translation>
    </message>
    <message>
        <source>A record names its list by SHA-256 and holds the seed and the winners. Passforge draws again from the list and the seed, with passforge-draw-v1, and compares.</source>
        <translation>Un registro identifica su lista por el SHA-256 y contiene la semilla y los ganadores. Passforge vuelve a sortear a partir de la lista y la semilla, con passforge-draw-v1, y compara.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the record file</source>
        <translation>Elegir el archivo del registro</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>Elegir el archivo de la lista</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Open a Draw Record</source>
        <translation>Abrir un registro de sorteo</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Registros de sorteo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open the List</source>
        <translation>Abrir la lista</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the record “%1”: %2</source>
        <translation>No se puede abrir el registro «%1»: %2</translation>
    </message>
    <message>
        <source>it is for the algorithm “%1”, not passforge-draw-v1.</source>
        <translation>es para el algoritmo «%1», no passforge-draw-v1.</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>no tiene el campo «%1».</translation>
    </message>
    <message>
        <source>its “%1” is not what a record holds.</source>
        <translation>su campo «%1» no tiene un valor válido para un registro.</translation>
    </message>
    <message>
        <source>it is not a draw record (JSON).</source>
        <translation>no es un registro de sorteo (JSON).</translation>
    </message>
    <message>
        <source>Cannot read the record “%1”: %2</source>
        <translation>No se puede leer el registro «%1»: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>no es texto UTF-8.</translation>
    </message>
    <message>
        <source>it has no entries.</source>
        <translation>no tiene entradas.</translation>
    </message>
    <message>
        <source>a name holds a character that no list drawn from can hold.</source>
        <translation>un nombre contiene un carácter que ninguna lista de sorteo puede contener.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>no se puede leer.</translation>
    </message>
    <message>
        <source>Cannot use the list “%1”: %2</source>
        <translation>No se puede usar la lista «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>El registro coincide: passforge-draw-v1 pone %Ln entrada de esta lista en este orden con esta semilla.</numerusform>
            <numerusform>El registro coincide: passforge-draw-v1 pone las %Ln entradas de esta lista en este orden con esta semilla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>El registro coincide: passforge-draw-v1 sortea %Ln ganador de esta lista con esta semilla.</numerusform>
            <numerusform>El registro coincide: passforge-draw-v1 sortea estos %Ln ganadores de esta lista con esta semilla.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed is the SHA-256 of the public random value “%1”.</source>
        <translation>La semilla es el SHA-256 del valor aleatorio público «%1».</translation>
    </message>
    <message>
        <source>The list differs from the one drawn from: its SHA-256 is %1, the record says %2.</source>
        <translation>La lista es distinta de la del sorteo: su SHA-256 es %1, el registro dice %2.</translation>
    </message>
    <message>
        <source>The record&apos;s counts of entries, tickets or duplicates do not match the list (the list has %1, the record says %2).</source>
        <translation>Los recuentos de entradas, papeletas o duplicados del registro no coinciden con la lista (la lista tiene %1, el registro dice %2).</translation>
    </message>
    <message>
        <source>The seed is not the SHA-256 of the public random value the record names.</source>
        <translation>La semilla no es el SHA-256 del valor aleatorio público que nombra el registro.</translation>
    </message>
    <message>
        <source>The record&apos;s count (%1) does not fit its winners or the list.</source>
        <translation>El recuento del registro (%1) no encaja con sus ganadores ni con la lista.</translation>
    </message>
    <message>
        <source>Place %1 of the order differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>El puesto %1 del orden es distinto: el sorteo da «%2», el registro dice «%3».</translation>
    </message>
    <message>
        <source>Winner %1 differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>El ganador %1 es distinto: el sorteo da «%2», el registro dice «%3».</translation>
    </message>
</context>
<context>
    <name>WifiQrDialog</name>
    <message>
        <source>&amp;Hidden network</source>
        <translation>Red &amp;oculta</translation>
    </message>
    <message>
        <source>Wi-Fi QR Code</source>
        <translation>Código QR de wifi</translation>
    </message>
    <message>
        <source>The name phones list the network by</source>
        <translation>El nombre con el que los teléfonos muestran la red</translation>
    </message>
    <message>
        <source>WPA or WPA2 (personal)</source>
        <translation>WPA o WPA2 (personal)</translation>
    </message>
    <message>
        <source>WPA3 (personal) only</source>
        <translation>Solo WPA3 (personal)</translation>
    </message>
    <message>
        <source>None (an open network, no password)</source>
        <translation>Ninguna (una red abierta, sin contraseña)</translation>
    </message>
    <message>
        <source>The network does not announce its name</source>
        <translation>La red no anuncia su nombre</translation>
    </message>
    <message>
        <source>QR code of the network</source>
        <translation>Código QR de la red</translation>
    </message>
    <message>
        <source>&amp;Network name (SSID):</source>
        <translation>&amp;Nombre de la red (SSID):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>Type the network&apos;s name to make its code.</source>
        <translation>Escriba el nombre de la red para crear su código.</translation>
    </message>
    <message>
        <source>A network name has at most %1 bytes; this one has %2.</source>
        <translation>Un nombre de red tiene como máximo %1 bytes; este tiene %2.</translation>
    </message>
    <message>
        <source>The password and name are too long for a QR code.</source>
        <translation>La contraseña y el nombre son demasiado largos para un código QR.</translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message>
        <source>Wordlist</source>
        <translation>Lista de palabras</translation>
    </message>
    <message>
        <source>Open wordlist…</source>
        <translation>Abrir lista de palabras…</translation>
    </message>
    <message>
        <source>A UTF-8 text file with one word per line and at least %1 distinct words; a leading dice number such as 11111 is ignored</source>
        <translation>Un archivo de texto UTF-8 con una palabra por línea y al menos %1 palabras distintas; se ignora un número de dados inicial como 11111</translation>
    </message>
    <message>
        <source>Open a Wordlist</source>
        <translation>Abrir una lista de palabras</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Still using “%1”.</source>
        <translation>Se sigue usando «%1».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text with one word per line.</source>
        <translation>«%1» es un archivo binario, no un texto con una palabra por línea.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«%1» no es texto UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>«%1» solo tiene %Ln palabra distinta; una lista de palabras necesita al menos %2.</numerusform>
            <numerusform>«%1» solo tiene %Ln palabras distintas; una lista de palabras necesita al menos %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln palabra)</numerusform>
            <numerusform>%1 (%Ln palabras)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>«%1»: %Ln palabra distinta.</numerusform>
            <numerusform>«%1»: %Ln palabras distintas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>%Ln línea en blanco</numerusform>
            <numerusform>%Ln líneas en blanco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln duplicado</numerusform>
            <numerusform>%Ln duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped %1 and %2.</source>
        <translation>Descartados: %1 y %2.</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>Descartados: %1.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a wordlist can hold.</source>
        <translation>«%1» ocupa más de %2 MB, el máximo que admite una lista de palabras.</translation>
    </message>
    <message>
        <source>the German list by dys2p</source>
        <translation>la lista alemana de dys2p</translation>
    </message>
    <message>
        <source>the French list made for Tails</source>
        <translation>la lista francesa hecha para Tails</translation>
    </message>
    <message>
        <source>the Spanish list by victordargallo</source>
        <translation>la lista española de victordargallo</translation>
    </message>
    <message>
        <source>the Italian list by victordargallo</source>
        <translation>la lista italiana de victordargallo</translation>
    </message>
    <message>
        <source>the Brazilian Portuguese list by drebs</source>
        <translation>la lista en portugués de Brasil de drebs</translation>
    </message>
    <message>
        <source>EFF&apos;s large wordlist</source>
        <translation>la lista larga de la EFF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%Ln palabra de %1, depurada de términos ofensivos y libre de prefijos</numerusform>
            <numerusform>%Ln palabras de %1, depuradas de términos ofensivos y libres de prefijos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no curated list in your language yet, so the English list is the default.</source>
        <translation>Aún no hay ninguna lista revisada en su idioma, así que por omisión se usa la inglesa.</translation>
    </message>
    <message>
        <source>Still using the built-in list “%1”.</source>
        <translation>Se sigue usando la lista incorporada «%1».</translation>
    </message>
    <message>
        <source>Your wordlist could not be loaded again: %1 Using the built-in list “%2” instead.</source>
        <translation>No se ha podido volver a cargar su lista de palabras: %1 Se usa en su lugar la lista incorporada «%2».</translation>
    </message>
</context>
</TS>
