<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CheckText</name>
    <message>
        <source>a common password</source>
        <translation>uma senha comum</translation>
    </message>
    <message>
        <source>a dictionary word</source>
        <translation>uma palavra do dicionário</translation>
    </message>
    <message>
        <source>a dictionary word with substitutions</source>
        <translation>uma palavra do dicionário com substituições</translation>
    </message>
    <message>
        <source>a repeat</source>
        <translation>uma repetição</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>uma sequência</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>um padrão de teclado</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>uma data</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>um ano</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of match found</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>very weak</source>
        <comment>password check score 0 of 4</comment>
        <translation>muito fraca</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>password check score 1 of 4</comment>
        <translation>fraca</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password check score 2 of 4</comment>
        <translation>razoável</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password check score 3 of 4</comment>
        <translation>forte</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password check score 4 of 4</comment>
        <translation>muito forte</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>menos de um segundo</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>séculos</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>Esta é uma senha muito usada.</translation>
    </message>
    <message>
        <source>Words and names on their own are easy to guess.</source>
        <translation>Palavras e nomes sozinhos são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” are easy to guess.</source>
        <translation>Substituições previsíveis, como “@” no lugar de “a”, são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” or “abcabc” are easy to guess.</source>
        <translation>Repetições como “aaa” ou “abcabc” são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Sequências como “abc” ou “6543” são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Keyboard patterns like “qwerty” are easy to guess.</source>
        <translation>Padrões de teclado como “qwerty” são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Datas são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>Anos são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Substitutions like “0” for “o” don&apos;t help much.</source>
        <translation>Substituições como “0” no lugar de “o” não ajudam muito.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite palavras e caracteres repetidos.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evite sequências.</translation>
    </message>
    <message>
        <source>Avoid keys that are next to each other.</source>
        <translation>Evite teclas vizinhas umas das outras.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>Evite datas e anos ligados a você.</translation>
    </message>
    <message>
        <source>Use a generated password or passphrase instead: a passphrase of five random words is easy to remember.</source>
        <translation>Em vez disso, use uma senha ou frase secreta gerada: uma frase secreta de cinco palavras aleatórias é fácil de lembrar.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing command; try &apos;passforge-cli --help&apos;</source>
        <translation>comando ausente; tente “passforge-cli --help”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;passforge-cli --help&apos;</source>
        <translation>comando desconhecido “%1”; tente “passforge-cli --help”</translation>
    </message>
    <message>
        <source>the system random source failed: %1</source>
        <translation>a fonte aleatória do sistema falhou: %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 deve ser um número inteiro de %2 a %3, não “%4”</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Uniform random integers from A to B inclusive, anywhere in the signed 64-bit range.</source>
        <translation>Inteiros aleatórios uniformes de A a B, inclusive, em qualquer parte do intervalo de 64 bits com sinal.</translation>
    </message>
    <message>
        <source>The smallest value (required).</source>
        <translation>O menor valor (obrigatório).</translation>
    </message>
    <message>
        <source>A</source>
        <comment>value name in --help: the lower bound</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>The largest value (required).</source>
        <translation>O maior valor (obrigatório).</translation>
    </message>
    <message>
        <source>B</source>
        <comment>value name in --help: the upper bound</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>How many numbers (default 1).</source>
        <translation>Quantos números (padrão 1).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>value name in --help: a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No value twice (at most %1 values).</source>
        <translation>Nenhum valor duas vezes (no máximo %1 valores).</translation>
    </message>
    <message>
        <source>One JSON object per line, with value and entropy_bits.</source>
        <translation>Um objeto JSON por linha, com value e entropy_bits.</translation>
    </message>
    <message>
        <source>number needs both --min and --max</source>
        <translation>number precisa de --min e --max</translation>
    </message>
    <message>
        <source>--min %1 is above --max %2</source>
        <translation>--min %1 é maior que --max %2</translation>
    </message>
    <message>
        <source>--count must be at least 1, not %1</source>
        <translation>--count deve ser pelo menos 1, não %1</translation>
    </message>
    <message>
        <source>--distinct: the range from %1 to %2 has fewer than %3 values</source>
        <translation>--distinct: o intervalo de %1 a %2 tem menos de %3 valores</translation>
    </message>
    <message>
        <source>--distinct supports at most %1 values, not %2</source>
        <translation>--distinct aceita no máximo %1 valores, não %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n palavra distinta</numerusform>
            <numerusform>%n palavras distintas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n linha em branco</numerusform>
            <numerusform>%n linhas em branco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>%n duplicata</numerusform>
            <numerusform>%n duplicatas</numerusform>
        </translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos;: %2 (dropped %3 and %4)</source>
        <comment>wordlist note</comment>
        <translation>lista de palavras “%1”: %2 (descartados: %3 e %4)</translation>
    </message>
    <message>
        <source>Words per passphrase, %1 to %2 (default %3).</source>
        <translation>Palavras por frase secreta, de %1 a %2 (padrão %3).</translation>
    </message>
    <message>
        <source>Between words (default &apos;-&apos;; may be empty).</source>
        <translation>Entre as palavras (padrão “-”; pode ser vazio).</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name in --help: a separator text</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Append a random digit to one random word.</source>
        <translation>Acrescenta um dígito aleatório a uma palavra aleatória.</translation>
    </message>
    <message>
        <source>Your own list: one word per line, UTF-8, at least %1 distinct words; a leading dice number is ignored.</source>
        <translation>Sua própria lista: uma palavra por linha, UTF-8, pelo menos %1 palavras distintas; um número de dados no início é ignorado.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help: a file path</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>How many passphrases (default 1).</source>
        <translation>Quantas frases secretas (padrão 1).</translation>
    </message>
    <message>
        <source>cannot read wordlist &apos;%1&apos;: %2</source>
        <translation>não foi possível ler a lista de palavras “%1”: %2</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is a binary file, not text</source>
        <translation>a lista de palavras “%1” é um arquivo binário, não texto</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is not valid UTF-8</source>
        <translation>a lista de palavras “%1” não é UTF-8 válido</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; has %2 distinct words; at least %3 are needed</source>
        <translation>a lista de palavras “%1” tem %2 palavras distintas; são necessárias pelo menos %3</translation>
    </message>
    <message>
        <source>--separator &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--separator “%1” tem um caractere que não pode ficar sozinho (uma marca combinante isolada ou um caractere de controle)</translation>
    </message>
    <message>
        <source>Random passwords. With no class option all four classes are used; naming any selects only those named.</source>
        <translation>Senhas aleatórias. Sem opção de classe, as quatro classes são usadas; ao indicar alguma, só as indicadas.</translation>
    </message>
    <message>
        <source>Characters per password, %1 to %2 (default %3).</source>
        <translation>Caracteres por senha, de %1 a %2 (padrão %3).</translation>
    </message>
    <message>
        <source>Use lowercase letters a-z.</source>
        <translation>Usa letras minúsculas a-z.</translation>
    </message>
    <message>
        <source>Use uppercase letters A-Z.</source>
        <translation>Usa letras maiúsculas A-Z.</translation>
    </message>
    <message>
        <source>Use digits 0-9.</source>
        <translation>Usa dígitos 0-9.</translation>
    </message>
    <message>
        <source>Use the 32 ASCII punctuation characters.</source>
        <translation>Usa os 32 sinais de pontuação ASCII.</translation>
    </message>
    <message>
        <source>Also use these characters (each user-perceived character counts once).</source>
        <translation>Usa também estes caracteres (cada caractere visível conta uma vez).</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>value name in --help: characters</comment>
        <translation>CHARS</translation>
    </message>
    <message>
        <source>Never use these characters.</source>
        <translation>Nunca usa estes caracteres.</translation>
    </message>
    <message>
        <source>Avoid look-alike characters: %1</source>
        <translation>Evita caracteres parecidos: %1</translation>
    </message>
    <message>
        <source>At least N lowercase letters.</source>
        <translation>Pelo menos N letras minúsculas.</translation>
    </message>
    <message>
        <source>At least N uppercase letters.</source>
        <translation>Pelo menos N letras maiúsculas.</translation>
    </message>
    <message>
        <source>At least N digits.</source>
        <translation>Pelo menos N dígitos.</translation>
    </message>
    <message>
        <source>At least N symbols.</source>
        <translation>Pelo menos N símbolos.</translation>
    </message>
    <message>
        <source>How many passwords (default 1).</source>
        <translation>Quantas senhas (padrão 1).</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2, not %3</source>
        <translation>--length deve ser de %1 a %2, não %3</translation>
    </message>
    <message>
        <source>no characters are left to choose from after --exclude &apos;%1&apos;</source>
        <translation>não sobra nenhum caractere para escolher depois de --exclude “%1”</translation>
    </message>
    <message>
        <source>--min-%1 asks for %2, but --exclude removes every %1 character</source>
        <translation>--min-%1 pede %2, mas --exclude remove todos os caracteres da classe %1</translation>
    </message>
    <message>
        <source>the minimums add up to %1, more than --length %2</source>
        <translation>os mínimos somam %1, mais que --length %2</translation>
    </message>
    <message>
        <source>--custom &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--custom “%1” tem um caractere que não pode ficar sozinho (uma marca combinante isolada ou um caractere de controle)</translation>
    </message>
    <message>
        <source>How many distinct winners (default 1).</source>
        <translation>Quantos vencedores distintos (padrão 1).</translation>
    </message>
    <message>
        <source>K</source>
        <comment>value name in --help: a number of winners</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>The list (default: standard input).</source>
        <translation>A lista (padrão: entrada padrão).</translation>
    </message>
    <message>
        <source>--shuffle prints the whole list and cannot be combined with --count</source>
        <translation>--shuffle imprime a lista inteira e não pode ser combinado com --count</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>não foi possível ler a entrada padrão: %1</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: it is a directory</source>
        <translation>não foi possível ler “%1”: é um diretório</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is not valid UTF-8</source>
        <translation>a lista em “%1” não é UTF-8 válido</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; has no entries (it is empty or blank)</source>
        <translation>a lista em “%1” não tem entradas (está vazia ou em branco)</translation>
    </message>
    <message>
        <source>an entry in &apos;%1&apos; is longer than %2 characters</source>
        <translation>uma entrada em “%1” tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>--count %1 is more than the %2 entries in the list</source>
        <translation>--count %1 é mais que as %2 entradas da lista</translation>
    </message>
    <message>
        <source>Random tokens, like Python&apos;s secrets.token_hex and token_urlsafe.</source>
        <translation>Tokens aleatórios, como secrets.token_hex e token_urlsafe do Python.</translation>
    </message>
    <message>
        <source>Random bytes per token, 1 to %1 (default %2).</source>
        <translation>Bytes aleatórios por token, de 1 a %1 (padrão %2).</translation>
    </message>
    <message>
        <source>hex (default), urlsafe (base64url without padding), base64, base32 (RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a terminal).</source>
        <translation>hex (padrão), urlsafe (base64url sem preenchimento), base64, base32 (RFC 4648, sem preenchimento), uuid (versão 4) ou raw (bytes; não para um terminal).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>value name in --help: a token format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many tokens (default 1).</source>
        <translation>Quantos tokens (padrão 1).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; use hex, urlsafe, base64, base32, uuid or raw</source>
        <translation>--format desconhecido “%1”; use hex, urlsafe, base64, base32, uuid ou raw</translation>
    </message>
    <message>
        <source>--bytes does not apply to --format uuid, which is always 122 random bits</source>
        <translation>--bytes não se aplica a --format uuid, que tem sempre 122 bits aleatórios</translation>
    </message>
    <message>
        <source>--json cannot be combined with --format raw</source>
        <translation>--json não pode ser combinado com --format raw</translation>
    </message>
    <message>
        <source>--format raw will not write binary data to a terminal; redirect it to a file or a pipe</source>
        <translation>--format raw não grava dados binários em um terminal; redirecione a saída para um arquivo ou um pipe</translation>
    </message>
    <message>
        <source>warning: with this wordlist (not prefix-free, or with digits in its words) and these options, different words can give the same passphrase, so entropy_bits is an upper bound</source>
        <translation>aviso: com esta lista de palavras (não livre de prefixos, ou com dígitos nas palavras) e estas opções, palavras diferentes podem dar a mesma frase secreta, então entropy_bits é um limite superior</translation>
    </message>
    <message>
        <source>--custom has %1 characters; at most %2 are allowed</source>
        <translation>--custom tem %1 caracteres; no máximo %2 são permitidos</translation>
    </message>
    <message>
        <source>line %1 contains a control character (%2); remove it</source>
        <translation>a linha %1 contém um caractere de controle (%2); remova-o</translation>
    </message>
    <message>
        <source>line %1 contains a bidirectional control character (%2); remove it</source>
        <translation>a linha %1 contém um caractere de controle bidirecional (%2); remova-o</translation>
    </message>
    <message>
        <source>line %1 contains an invisible character (%2); remove it</source>
        <translation>a linha %1 contém um caractere invisível (%2); remova-o</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; and &apos;%2&apos; look alike (lines %3 and %4)</source>
        <translation>aviso: “%1” e “%2” são parecidos (linhas %3 e %4)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>erro interno: %1</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is larger than %2 MB</source>
        <translation>a lista de palavras “%1” tem mais de %2 MB</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is larger than %2 MB</source>
        <translation>a lista em “%1” tem mais de %2 MB</translation>
    </message>
    <message>
        <source>Draw winners from a list: one entry per line, from FILE or standard input. A name on several lines has several tickets; once it wins, all its tickets leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed and the list decide the winners, so anyone can check them.</source>
        <translation>Sorteia vencedores de uma lista: uma entrada por linha, de FILE ou da entrada padrão. Um nome em várias linhas tem vários bilhetes; assim que ganha, todos os seus bilhetes saem do sorteio. Todo sorteio é passforge-draw-v1 (docs/draws.md): a semente e a lista decidem os vencedores, então qualquer pessoa pode conferi-los.</translation>
    </message>
    <message>
        <source>Print every entry once, in an order drawn by tickets.</source>
        <translation>Imprime cada entrada uma vez, em uma ordem sorteada pelos bilhetes.</translation>
    </message>
    <message>
        <source>One ticket per entry, however often a name appears.</source>
        <translation>Um bilhete por entrada, não importa quantas vezes um nome apareça.</translation>
    </message>
    <message>
        <source>Draw from these 32 bytes instead of a fresh seed from the system.</source>
        <translation>Sorteia a partir destes 32 bytes em vez de uma semente nova do sistema.</translation>
    </message>
    <message>
        <source>HEX</source>
        <comment>value name in --help: 64 hexadecimal digits</comment>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Draw from a public random value announced in advance: the seed is the SHA-256 of TEXT, exactly as given.</source>
        <translation>Sorteia a partir de um valor aleatório público anunciado com antecedência: a semente é o SHA-256 de TEXT, exatamente como informado.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>value name in --help: the text of a public random value</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One JSON object: the draw&apos;s record, which pick --verify checks.</source>
        <translation>Um objeto JSON: o registro do sorteio, que pick --verify confere.</translation>
    </message>
    <message>
        <source>Check a record (from --json) against the list: exit 0 when it matches, 1 when it does not.</source>
        <translation>Confere um registro (de --json) com a lista: sai com 0 quando ele confere, 1 quando não confere.</translation>
    </message>
    <message>
        <source>RECORD</source>
        <comment>value name in --help: a record file</comment>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>--verify takes the draw from the record and cannot be combined with --%1</source>
        <translation>--verify obtém o sorteio do registro e não pode ser combinado com --%1</translation>
    </message>
    <message>
        <source>--seed and --beacon each give the seed; use one of them</source>
        <translation>--seed e --beacon fornecem, cada um, a semente; use só um deles</translation>
    </message>
    <message>
        <source>--seed must be 64 hexadecimal digits (32 bytes), not &apos;%1&apos;</source>
        <translation>--seed deve ter 64 dígitos hexadecimais (32 bytes), não “%1”</translation>
    </message>
    <message>
        <source>--beacon needs the text of the public random value</source>
        <translation>--beacon precisa do texto do valor aleatório público</translation>
    </message>
    <message>
        <source>--beacon must be UTF-8 text, not &apos;%1&apos;</source>
        <translation>--beacon deve ser texto UTF-8, não “%1”</translation>
    </message>
    <message>
        <source>drawn with %1 from seed %2</source>
        <translation>sorteado com %1 a partir da semente %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is larger than %2 MB</source>
        <translation>o registro “%1” tem mais de %2 MB</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not JSON: %2</source>
        <translation>o registro “%1” não é JSON: %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not a JSON object</source>
        <translation>o registro “%1” não é um objeto JSON</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>o registro “%1” não tem &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is for the algorithm &apos;%2&apos;, not %3</source>
        <translation>o registro “%1” é para o algoritmo “%2”, não %3</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; must be 64 hexadecimal digits, not &apos;%2&apos;</source>
        <translation>o &quot;%1&quot; do registro deve ter 64 dígitos hexadecimais, não “%2”</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has both &quot;winners&quot; and &quot;order&quot;</source>
        <translation>o registro “%1” tem tanto &quot;winners&quot; quanto &quot;order&quot;</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; has the wrong type or value</source>
        <translation>o &quot;%1&quot; do registro tem tipo ou valor errado</translation>
    </message>
    <message>
        <source>verified: the order of %1 entries, list %2, seed %3</source>
        <translation>verificado: a ordem de %1 entradas, lista %2, semente %3</translation>
    </message>
    <message>
        <source>verified: %1 of %2 entries, list %3, seed %4</source>
        <translation>verificado: %1 de %2 entradas, lista %3, semente %4</translation>
    </message>
    <message>
        <source>the list differs: its SHA-256 is %1, the record says %2</source>
        <translation>a lista é diferente: o SHA-256 dela é %1, o registro diz %2</translation>
    </message>
    <message>
        <source>the entries differ: the list has %1, the record says %2</source>
        <translation>as entradas são diferentes: a lista tem %1, o registro diz %2</translation>
    </message>
    <message>
        <source>the tickets differ: the list has %1, the record says %2</source>
        <translation>os bilhetes são diferentes: a lista tem %1, o registro diz %2</translation>
    </message>
    <message>
        <source>the duplicates differ: the list has %1, the record says %2</source>
        <translation>as duplicatas são diferentes: a lista tem %1, o registro diz %2</translation>
    </message>
    <message>
        <source>the seed differs: SHA-256 of the beacon is %1, the record says %2</source>
        <translation>a semente é diferente: o SHA-256 do beacon é %1, o registro diz %2</translation>
    </message>
    <message>
        <source>the count differs: a shuffle of the list orders %1 entries, the record says %2</source>
        <translation>a contagem é diferente: um embaralhamento da lista ordena %1 entradas, o registro diz %2</translation>
    </message>
    <message>
        <source>the count differs: the list has %1 entries, the record&apos;s count is %2</source>
        <translation>a contagem é diferente: a lista tem %1 entradas, a contagem do registro é %2</translation>
    </message>
    <message>
        <source>the order differs: it should name %1 entries, the record names %2</source>
        <translation>a ordem é diferente: deveria citar %1 entradas, o registro cita %2</translation>
    </message>
    <message>
        <source>the count differs: the record&apos;s count is %1, but it names %2 winners</source>
        <translation>a contagem é diferente: a contagem do registro é %1, mas ele cita %2 vencedores</translation>
    </message>
    <message>
        <source>place %1 of the order differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>a posição %1 da ordem é diferente: o sorteio dá “%2”, o registro diz “%3”</translation>
    </message>
    <message>
        <source>winner %1 differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>o vencedor %1 é diferente: o sorteio dá “%2”, o registro diz “%3”</translation>
    </message>
    <message>
        <source>Start from the options of a preset (&apos;passforge-cli presets&apos; lists them); options given here override it.</source>
        <translation>Começa pelas opções de uma predefinição (“passforge-cli presets” as lista); as opções indicadas aqui prevalecem sobre ela.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>value name in --help: a name</comment>
        <translation>NOME</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; &apos;passforge-cli presets&apos; lists them</source>
        <translation>predefinição desconhecida “%1”; “passforge-cli presets” as lista</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for %2, not %3</source>
        <translation>a predefinição “%1” é para %2, não para %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: %2</source>
        <translation>predefinição “%1”: %2</translation>
    </message>
    <message>
        <source>--rules and --site cannot be combined</source>
        <translation>--rules e --site não podem ser combinados</translation>
    </message>
    <message>
        <source>%1 replaces the class options; leave out --%2</source>
        <translation>%1 substitui as opções de classe; retire --%2</translation>
    </message>
    <message>
        <source>no rules are known for the site &apos;%1&apos;; give them with --rules</source>
        <translation>não há regras conhecidas para o site “%1”; informe-as com --rules</translation>
    </message>
    <message>
        <source>Follow a site&apos;s password rules, in Apple&apos;s password-rules language (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); replaces the class options.</source>
        <translation>Segue as regras de senha de um site, na linguagem password-rules da Apple (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); substitui as opções de classe.</translation>
    </message>
    <message>
        <source>RULES</source>
        <comment>value name in --help: password rules</comment>
        <translation>REGRAS</translation>
    </message>
    <message>
        <source>Follow the known rules of a website (&apos;passforge-cli sites&apos; lists them); replaces the class options.</source>
        <translation>Segue as regras conhecidas de um site (“passforge-cli sites” os lista); substitui as opções de classe.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>value name in --help: a website&apos;s domain</comment>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2 for these rules, not %3</source>
        <translation>--length deve ser de %1 a %2 para estas regras, não %3</translation>
    </message>
    <message>
        <source>the rules admit no length: minlength %1, maxlength %2, and Passforge makes %3 to %4 characters</source>
        <translation>as regras não admitem nenhum comprimento: minlength %1, maxlength %2, e o Passforge gera de %3 a %4 caracteres</translation>
    </message>
    <message>
        <source>the rules require one of &apos;%1&apos;, and none of them can be drawn (the space never is; --exclude and --no-lookalikes remove the rest)</source>
        <translation>as regras exigem um de “%1”, e nenhum deles pode ser sorteado (o espaço nunca é; --exclude e --no-lookalikes removem o resto)</translation>
    </message>
    <message>
        <source>no password of %1 characters meets the rules: %2</source>
        <translation>nenhuma senha de %1 caracteres atende às regras: %2</translation>
    </message>
    <message>
        <source>the rules have more than %1 different required sets</source>
        <translation>as regras têm mais de %1 conjuntos required diferentes</translation>
    </message>
    <message>
        <source>The websites whose password rules &apos;password --site&apos; knows, with their rules (Apple&apos;s password-manager-resources, %1): one per line, the domain, a tab, the rules.</source>
        <translation>Os sites cujas regras de senha “password --site” conhece, com suas regras (password-manager-resources da Apple, %1): um por linha, o domínio, uma tabulação, as regras.</translation>
    </message>
    <message>
        <source>One JSON object per line, with domain and rules.</source>
        <translation>Um objeto JSON por linha, com domain e rules.</translation>
    </message>
    <message>
        <source>The presets that --preset can name, built-in ones first: one per line, the name, a tab, the command, a tab, its options. Your own presets are in %1.</source>
        <translation>As predefinições que --preset pode indicar, primeiro as embutidas: uma por linha, o nome, uma tabulação, o comando, uma tabulação, suas opções. Suas próprias predefinições ficam em %1.</translation>
    </message>
    <message>
        <source>Print the value as a QR code of text half blocks, for a terminal with light text on a dark background, and nothing else.</source>
        <translation>Imprime o valor como código QR de meios blocos de texto, para um terminal com texto claro sobre fundo escuro, e nada mais.</translation>
    </message>
    <message>
        <source>Make the value the Wi-Fi text that phones scan to join the network NAME (WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.</source>
        <translation>Transforma o valor no texto de Wi-Fi que os celulares leem para entrar na rede NOME (WIFI:T:WPA;S:NOME;P:password;;); com --qr, o código QR dele.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.</source>
        <translation>Com --wifi-ssid: wpa (WPA e WPA2, o padrão) ou wpa3.</translation>
    </message>
    <message>
        <source>With --wifi-ssid: the network is hidden.</source>
        <translation>Com --wifi-ssid: a rede é oculta.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <comment>value name in --help: a Wi-Fi security type</comment>
        <translation>SECURITY</translation>
    </message>
    <message>
        <source>--qr shows one value; it cannot be used with --count above 1</source>
        <translation>--qr mostra um só valor; não pode ser usado com --count acima de 1</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --json</source>
        <translation>--qr não pode ser combinado com --json</translation>
    </message>
    <message>
        <source>--wifi-ssid needs a network name</source>
        <translation>--wifi-ssid precisa de um nome de rede</translation>
    </message>
    <message>
        <source>unknown --wifi-security &apos;%1&apos;; use wpa or wpa3</source>
        <translation>--wifi-security desconhecido “%1”; use wpa ou wpa3</translation>
    </message>
    <message>
        <source>--%1 needs --wifi-ssid</source>
        <translation>--%1 precisa de --wifi-ssid</translation>
    </message>
    <message>
        <source>the value is %1 bytes long, too long for a QR code (at most %2)</source>
        <translation>o valor tem %1 bytes, longo demais para um código QR (no máximo %2)</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --format raw, which is binary</source>
        <translation>--qr não pode ser combinado com --format raw, que é binário</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess, by zxcvbn. The password is read from standard input, one line.</source>
        <translation>Quão difícil é adivinhar uma senha que você já tem, segundo o zxcvbn. A senha é lida da entrada padrão, em uma linha.</translation>
    </message>
    <message>
        <source>One JSON object with guesses_log10, score, crack_seconds, warning and suggestions.</source>
        <translation>Um objeto JSON com guesses_log10, score, crack_seconds, warning e suggestions.</translation>
    </message>
    <message>
        <source>check takes no password argument: it reads the password from standard input, so that it stays out of the process list and shell history</source>
        <translation>check não aceita a senha como argumento: ele a lê da entrada padrão, para que ela fique fora da lista de processos e do histórico do shell</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>Senha a verificar: </translation>
    </message>
    <message>
        <source>standard input is empty; give check the password on it</source>
        <translation>a entrada padrão está vazia; passe a senha para check por ela</translation>
    </message>
    <message>
        <source>standard input holds more than one line; check reads one password</source>
        <translation>a entrada padrão tem mais de uma linha; check lê uma só senha</translation>
    </message>
    <message>
        <source>the password on standard input contains a NUL byte</source>
        <translation>a senha na entrada padrão contém um byte NUL</translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>a senha na entrada padrão tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an hour, %5 online at 10 a second, %6 offline against a slow hash, %7 offline against a fast hash.</source>
        <translation>Pontuação %1 de 4 (%2): cerca de %3 tentativas. Seria descoberta em %4 online a 100 tentativas por hora, em %5 online a 10 por segundo, em %6 offline contra um hash lento e em %7 offline contra um hash rápido.</translation>
    </message>
    <message>
        <source>It contains %1.</source>
        <translation>Ela contém %1.</translation>
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
        <translation>Uso: passforge-cli COMANDO [OPÇÕES]
Senhas, tokens, números e sorteios justos a partir da fonte aleatória do sistema operacional.

Comandos:
  password   senhas aleatórias a partir de classes de caracteres
  passphrase palavras aleatórias, como correct-horse-battery-staple
  token      tokens de API: hex, urlsafe, base64, base32, uuid ou bytes brutos
  number     inteiros uniformes em um intervalo, extremos incluídos
  pick       sorteia vencedores de uma lista, uma entrada por linha
  sites      os sites cujas regras de senha password --site conhece
  presets    os conjuntos nomeados de opções que --preset aplica
  check      quão difícil é adivinhar uma senha que você tem (lida da entrada padrão)

Opções:
  -h, --help     mostra esta ajuda; COMANDO --help mostra as opções de um comando
  -v, --version  mostra a versão

Status de saída: 0 em caso de sucesso, 1 quando a fonte aleatória ou a saída falha (ou pick --verify encontra uma diferença), 2 para entrada inválida.
</translation>
    </message>
    <message>
        <source>--wifi-ssid &apos;%1&apos; is %2 bytes long; a network name has at most %3</source>
        <translation>--wifi-ssid “%1” tem %2 bytes; um nome de rede tem no máximo %3</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <comment>a built-in list in --help: its code and size</comment>
        <translation>%1 (%2 palavras)</translation>
    </message>
    <message>
        <source>Passphrases of random words from a built-in list (English by default: %1 words, %2 bits each) or your own.</source>
        <translation>Frases secretas de palavras aleatórias tiradas de uma lista embutida (em inglês por padrão: %1 palavras, %2 bits cada) ou da sua própria lista.</translation>
    </message>
    <message>
        <source>A built-in list, by language: %1. The default is en, whatever the locale, so that scripts stay the same.</source>
        <translation>Uma lista embutida, por idioma: %1. O padrão é en, qualquer que seja a localidade, para que os scripts continuem dando o mesmo resultado.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>value name in --help: a language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown --list &apos;%1&apos;; the built-in lists are %2</source>
        <translation>--list desconhecido “%1”; as listas embutidas são %2</translation>
    </message>
    <message>
        <source>--list and --wordlist exclude each other: a wordlist file replaces the built-in list</source>
        <translation>--list e --wordlist se excluem mutuamente: um arquivo de lista de palavras substitui a lista embutida</translation>
    </message>
    <message>
        <source>Give each gap its own separator, drawn from these characters (2 to %1 distinct; adds log2 of their number a gap).</source>
        <translation>Dá a cada intervalo entre as palavras seu próprio separador, sorteado entre estes caracteres (de 2 a %1 distintos; acrescenta log2 da quantidade deles por intervalo).</translation>
    </message>
    <message>
        <source>lower (default), upper, each (each word capitalised; also title), one (one random word capitalised) or random (each word capitalised or not, at random: a bit a word).</source>
        <translation>lower (padrão), upper, each (cada palavra com inicial maiúscula; também title), one (uma palavra aleatória com inicial maiúscula) ou random (cada palavra com ou sem inicial maiúscula, ao acaso: um bit por palavra).</translation>
    </message>
    <message>
        <source>CASE</source>
        <comment>value name in --help: lower, upper, each, one or random</comment>
        <translation>CASE</translation>
    </message>
    <message>
        <source>Append a random symbol (one of %1) to one random word.</source>
        <translation>Acrescenta um símbolo aleatório (um de %1) a uma palavra aleatória.</translation>
    </message>
    <message>
        <source>--separator and --separator-from exclude each other</source>
        <translation>--separator e --separator-from se excluem mutuamente</translation>
    </message>
    <message>
        <source>--separator-from &apos;%1&apos; must hold 2 to %2 distinct characters, none a lone combining mark or a control character</source>
        <translation>--separator-from “%1” deve ter de 2 a %2 caracteres distintos, nenhum deles uma marca combinante isolada ou um caractere de controle</translation>
    </message>
    <message>
        <source>unknown --case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>--case desconhecido “%1”; use lower, upper, each, one ou random</translation>
    </message>
    <message>
        <source>warning: in this case two words of the wordlist look the same (such as straße and strasse, both STRASSE), so entropy_bits is an upper bound</source>
        <translation>aviso: com esta opção de maiúsculas, duas palavras da lista de palavras ficam iguais (como straße e strasse, ambas STRASSE), então entropy_bits é um limite superior</translation>
    </message>
    <message>
        <source>Easy to say: syllables of the letters %1, %2 and %3 (see the manual), uniform among every string of the length; takes --length (%4 to %5), --min-upper 0 or 1 and --min-digits 0 or 1.</source>
        <translation>Fácil de pronunciar: sílabas das letras %1, %2 e %3 (veja o manual), com distribuição uniforme entre todas as sequências desse comprimento; aceita --length (de %4 a %5), --min-upper 0 ou 1 e --min-digits 0 ou 1.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --pronounceable, whose letters the grammar fixes</source>
        <translation>--%1 não se aplica a --pronounceable, cujas letras são fixadas pelas regras das sílabas</translation>
    </message>
    <message>
        <source>unknown shell &apos;%1&apos; for --completions; use bash, zsh or fish</source>
        <translation>shell desconhecido “%1” para --completions; use bash, zsh ou fish</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message>
        <source>Time left before the clipboard is cleared</source>
        <translation>Tempo restante até a área de transferência ser limpa</translation>
    </message>
    <message>
        <source>Copied; the clipboard keeps it until you clear it</source>
        <translation>Copiado; a área de transferência guarda o valor até você limpá-la</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado para a área de transferência</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>A área de transferência será limpa em %n s</numerusform>
            <numerusform>A área de transferência será limpa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard as plain text</source>
        <translation>Copiado para a área de transferência como texto simples</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Área de transferência limpa</translation>
    </message>
    <message>
        <source>This desktop lets Passforge clear the clipboard only while its window has focus, and not once another program has taken the value over: the value may stay after the countdown. Use Clear now before you switch away.</source>
        <translation>Neste ambiente de desktop, o Passforge só consegue limpar a área de transferência enquanto a janela dele está em foco, e não depois que outro programa toma posse do valor: por isso, o valor pode continuar na área de transferência após a contagem regressiva. Use “Limpar agora” antes de trocar de janela.</translation>
    </message>
</context>
<context>
    <name>DrawRecord</name>
    <message>
        <source>Passforge draw record</source>
        <translation>Registro de sorteio do Passforge</translation>
    </message>
    <message>
        <source>Passforge shuffle record</source>
        <translation>Registro de embaralhamento do Passforge</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (a name on several lines has one ticket per line)</source>
        <translation>Bilhetes: %1 (um nome em várias linhas tem um bilhete por linha)</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 da lista: %1</translation>
    </message>
    <message>
        <source>Winners, in draw order:</source>
        <translation>Vencedores, na ordem do sorteio:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <comment>heading of the list in shuffled order</comment>
        <translation>Ordem:</translation>
    </message>
    <message>
        <source>Draw %1 of this session</source>
        <translation>Sorteio %1 desta sessão</translation>
    </message>
    <message>
        <source>Shuffle %1 of this session</source>
        <translation>Embaralhamento %1 desta sessão</translation>
    </message>
    <message>
        <source>Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed</source>
        <translation>Altera o sorteio %1: %2 substituído por %3, o próximo vencedor sorteado com a mesma semente</translation>
    </message>
    <message>
        <source>Duplicates: %1, removed: one ticket per entry</source>
        <translation>Duplicatas: %1, removidas: um bilhete por entrada</translation>
    </message>
    <message>
        <source>Drawn with: %1</source>
        <comment>the name of the draw algorithm</comment>
        <translation>Sorteado com: %1</translation>
    </message>
    <message>
        <source>Public random value: %1</source>
        <translation>Valor aleatório público: %1</translation>
    </message>
    <message>
        <source>Seed: %1 (SHA-256 of the public random value)</source>
        <translation>Semente: %1 (SHA-256 do valor aleatório público)</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Semente: %1</translation>
    </message>
    <message>
        <source>To check it, save this line as a file and run passforge-cli pick --verify FILE LIST, or docs/verify-draw.py FILE LIST:</source>
        <translation>Para conferi-lo, salve esta linha como um arquivo e execute passforge-cli pick --verify ARQUIVO LISTA, ou docs/verify-draw.py ARQUIVO LISTA:</translation>
    </message>
</context>
<context>
    <name>GenerateManyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar tudo</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Generate Many</source>
        <translation>Gerar vários</translation>
    </message>
    <message>
        <source>The tab&apos;s options, as passforge-cli takes them</source>
        <translation>As opções da aba, como o passforge-cli as recebe</translation>
    </message>
    <message>
        <source>A saved file holds these secrets as plain text: keep it safe, and delete it when it has served.</source>
        <translation>Um arquivo salvo guarda estes segredos como texto simples: mantenha-o em segurança e apague-o quando não precisar mais dele.</translation>
    </message>
    <message>
        <source>Copy every value, one per line, to the clipboard, which clears itself after a while</source>
        <translation>Copia todos os valores, um por linha, para a área de transferência, que se limpa sozinha depois de um tempo</translation>
    </message>
    <message>
        <source>Save every value, one per line, to a file only you can read</source>
        <translation>Salva todos os valores, um por linha, em um arquivo que só você pode ler</translation>
    </message>
    <message>
        <source>&amp;How many (%1–%2):</source>
        <translation>&amp;Quantidade (%1–%2):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Cancelled; no values were kept.</source>
        <translation>Cancelado; nenhum valor foi mantido.</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>A fonte aleatória do sistema falhou: %1</translation>
    </message>
    <message>
        <source>%1 values are ready to copy or save.</source>
        <translation>%1 valores estão prontos para copiar ou salvar.</translation>
    </message>
    <message>
        <source>%1 values copied; the clipboard clears itself after a while.</source>
        <translation>%1 valores copiados; a área de transferência se limpa sozinha depois de um tempo.</translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation>Salvar valores</translation>
    </message>
    <message>
        <source>%1 values saved to %2, readable only by you.</source>
        <translation>%1 valores salvos em %2, que só você pode ler.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Não foi possível salvar em %1: %2</translation>
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
        <translation>Opções</translation>
    </message>
    <message>
        <source>Make a new value with the same options (Ctrl+R, F5)</source>
        <translation>Gera um novo valor com as mesmas opções (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copia para a área de transferência, que se limpa sozinha depois de um tempo</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Ocultar o valor</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Mostrar o valor</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>A fonte aleatória do sistema falhou: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard as plain text, which stays there</source>
        <translation>Copiar para a área de transferência como texto simples, que fica lá</translation>
    </message>
    <message>
        <source>More: a QR code, many values at once</source>
        <translation>Mais: código QR, vários valores de uma vez</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
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
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>Limpar &amp;tudo</translation>
    </message>
    <message>
        <source>History of This Session</source>
        <translation>Histórico desta sessão</translation>
    </message>
    <message>
        <source>Values of this session</source>
        <translation>Valores desta sessão</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens you make or copy are kept here until you quit, in memory only; nothing here is ever saved.</source>
        <translation>As últimas %1 senhas, frases secretas e tokens que você gerar ou copiar ficam aqui até você sair, só na memória; nada aqui jamais é salvo.</translation>
    </message>
    <message>
        <source>No history is kept: turn on “Keep a history of this session&apos;s values” in Preferences.</source>
        <translation>Nenhum histórico é mantido: ative “Manter um histórico dos valores desta sessão” em Preferências.</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>Copia para a área de transferência, que se limpa sozinha depois de um tempo</translation>
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
        <translation>Opções</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>Valor oculto</translation>
    </message>
    <message>
        <source>%1, copied</source>
        <translation>%1, copiado</translation>
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
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Frase secreta</translation>
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
        <translation>Sortear &amp;vencedor</translation>
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
        <translation>&amp;Limpar agora</translation>
    </message>
    <message>
        <source>Take the copied value off the clipboard now</source>
        <translation>Remove agora o valor copiado da área de transferência</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Passforge</source>
        <translation>&amp;Sobre o Passforge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ar&amp;quivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>About Passforge</source>
        <translation>Sobre o Passforge</translation>
    </message>
    <message>
        <source>Make a new value with the same options</source>
        <translation>Gerar um novo valor com as mesmas opções</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Copiar o valor para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Abrir lista…</translation>
    </message>
    <message>
        <source>&amp;Verify a draw record…</source>
        <translation>&amp;Verificar um registro de sorteio…</translation>
    </message>
    <message>
        <source>Check a saved draw record against its list</source>
        <translation>Conferir um registro de sorteio salvo com a sua lista</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>This session&apos;s passwords, passphrases and tokens</source>
        <translation>As senhas, frases secretas e tokens desta sessão</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Mostrar como código &amp;QR…</translation>
    </message>
    <message>
        <source>Show the value as a QR code for a phone to read</source>
        <translation>Mostrar o valor como código QR para um celular ler</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi QR code…</source>
        <translation>Código QR de &amp;Wi-Fi…</translation>
    </message>
    <message>
        <source>A QR code that joins phones to a network with this password</source>
        <translation>Um código QR que conecta celulares a uma rede com esta senha</translation>
    </message>
    <message>
        <source>Generate &amp;many…</source>
        <translation>&amp;Gerar vários…</translation>
    </message>
    <message>
        <source>Many values of these options, to copy or save</source>
        <translation>Vários valores com estas opções, para copiar ou salvar</translation>
    </message>
    <message>
        <source>Chec&amp;k a password…</source>
        <translation>&amp;Verificar uma senha…</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess</source>
        <translation>Quão difícil é adivinhar uma senha que você já tem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwords, passphrases, tokens, random numbers and fair draws from the operating system&apos;s random source, in five tabs: Password, Passphrase, Token, Number and Pick a winner. Nothing you generate is saved.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Credits: the built-in wordlists are made from EFF&apos;s large wordlist (English), dys2p&apos;s German list, the French list made for Tails, victordargallo&apos;s Spanish and Italian lists and drebs&apos;s Brazilian Portuguese list, screened with the LDNOOBW lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike names are found with ICU&apos;s confusable data; the window is built with Qt.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Senhas, frases secretas, tokens, números aleatórios e sorteios justos a partir da fonte aleatória do sistema operacional, em cinco abas: Senha, Frase secreta, Token, Número e Sortear vencedor. Nada do que você gera é salvo.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Créditos: as listas de palavras embutidas vêm da lista grande da EFF (inglês), da lista em alemão de dys2p, da lista em francês feita para o Tails, das listas em espanhol e italiano de victordargallo e da lista em português do Brasil de drebs, filtradas com as listas LDNOOBW; as estimativas de força vêm do zxcvbn-c e os códigos QR do qrcodegen; nomes parecidos são detectados com os dados de caracteres confundíveis do ICU; a janela é feita com Qt.&lt;/p&gt;&lt;p&gt;Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message>
        <source>&amp;Distinct: no value twice</source>
        <translation>&amp;Distintos: nenhum valor repetido</translation>
    </message>
    <message>
        <source>Generated numbers</source>
        <translation>Números gerados</translation>
    </message>
    <message>
        <source>Any whole number from %1 to %2</source>
        <translation>Qualquer número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Um número inteiro</translation>
    </message>
    <message>
        <source>Minimum, included</source>
        <translation>Mínimo, incluído</translation>
    </message>
    <message>
        <source>Maximum, included</source>
        <translation>Máximo, incluído</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Mín&amp;imo:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <source>How many numbers</source>
        <translation>Quantos números</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>Qu&amp;antidade:</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Valores distintos</translation>
    </message>
    <message>
        <source>Enter a whole number as the minimum.</source>
        <translation>Digite um número inteiro como mínimo.</translation>
    </message>
    <message>
        <source>Enter a whole number as the maximum.</source>
        <translation>Digite um número inteiro como máximo.</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>O mínimo %1 é maior que o máximo %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 there are fewer than %3 different values, so they cannot all be distinct.</source>
        <translation>De %1 a %2 há menos de %3 valores diferentes, então não podem ser todos distintos.</translation>
    </message>
    <message>
        <source>Distinct draws are limited to %L1 values.</source>
        <translation>Sorteios sem repetição são limitados a %L1 valores.</translation>
    </message>
    <message>
        <source>one of %1 values (%2 bits)</source>
        <comment>a number drawn from a range</comment>
        <translation>um de %1 valores (%2 bits)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valor distinto de %1 (%2 bits no total)</numerusform>
            <numerusform>%Ln valores distintos de %1 (%2 bits no total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln valor, um de %1 (%2 bits no total)</numerusform>
            <numerusform>%Ln valores, cada um de %1 (%2 bits no total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the range is equally likely. A number is not treated as a secret: a copy is plain text and stays on the clipboard.</source>
        <translation>Todo valor do intervalo é igualmente provável. Um número não é tratado como segredo: uma cópia é texto simples e fica na área de transferência.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 e %2</translation>
    </message>
    <message>
        <source>The minimum must be %1.</source>
        <translation>O mínimo deve estar %1.</translation>
    </message>
    <message>
        <source>The maximum must be %1.</source>
        <translation>O máximo deve estar %1.</translation>
    </message>
    <message>
        <source>The count must be from %1 to %2.</source>
        <translation>A quantidade deve estar entre %1 e %2.</translation>
    </message>
    <message>
        <source>Enter both bounds as whole numbers first.</source>
        <translation>Digite primeiro os dois limites como números inteiros.</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <source>Add a random di&amp;git</source>
        <translation>Acrescentar um &amp;dígito aleatório</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Frase secreta gerada</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Número de palavras</translation>
    </message>
    <message>
        <source>Wor&amp;ds:</source>
        <translation>&amp;Palavras:</translation>
    </message>
    <message>
        <source>None: the words run together</source>
        <translation>Nenhum: as palavras ficam juntas</translation>
    </message>
    <message>
        <source>Separator between words</source>
        <translation>Separador entre as palavras</translation>
    </message>
    <message>
        <source>Goes between the words; it may be empty, and it adds no entropy</source>
        <translation>Fica entre as palavras; pode ser vazio e não acrescenta entropia</translation>
    </message>
    <message>
        <source>Separat&amp;or:</source>
        <translation>Sep&amp;arador:</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>Maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>UPPERCASE</source>
        <translation>MAIÚSCULAS</translation>
    </message>
    <message>
        <source>One random word capitalised</source>
        <translation>Uma palavra aleatória com inicial maiúscula</translation>
    </message>
    <message>
        <source>Which word is capitalised is random too, and counts as entropy</source>
        <translation>Qual palavra recebe a maiúscula também é aleatório e conta como entropia</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Maiúsculas:</translation>
    </message>
    <message>
        <source>Add a random digit</source>
        <translation>Acrescentar um dígito aleatório</translation>
    </message>
    <message>
        <source>Appends a random digit 0–9 to one random word, for sites that insist on a digit</source>
        <translation>Acrescenta um dígito aleatório de 0 a 9 a uma palavra aleatória, para sites que exigem um dígito</translation>
    </message>
    <message>
        <source>Word&amp;list:</source>
        <translation>&amp;Lista de palavras:</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>an upper bound on the entropy, such as “77.5 bits — strong”</comment>
        <translation>no máximo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln palavra × %2 bits (lista de %3 palavras)</numerusform>
            <numerusform>%1 · %Ln palavras × %2 bits (lista de %3 palavras)</numerusform>
        </translation>
    </message>
    <message>
        <source>capital</source>
        <comment>bits for which word is capitalised</comment>
        <translation>maiúscula</translation>
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
            <numerusform>%Ln palavra, sorteada entre %1: %Ln × log2(%1) = %2 bits.</numerusform>
            <numerusform>%Ln palavras, cada uma sorteada entre %1: %Ln × log2(%1) = %2 bits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.</source>
        <translation>Qual palavra recebe o dígito, e qual dígito: log2(10 × %1) = %2 bits.</translation>
    </message>
    <message>
        <source>A passphrase needs from %1 to %2 words.</source>
        <translation>Uma frase secreta precisa de %1 a %2 palavras.</translation>
    </message>
    <message>
        <source>The separator has a character that cannot stand alone, such as a lone accent or an invisible control character.</source>
        <translation>O separador tem um caractere que não pode ficar sozinho, como um acento isolado ou um caractere de controle invisível.</translation>
    </message>
    <message>
        <source>The wordlist has fewer than %1 words.</source>
        <translation>A lista de palavras tem menos de %1 palavras.</translation>
    </message>
    <message>
        <source>Some words of this list contain digits, so the added digit may be read as part of a word, and a passphrase as more than one choice of words: the entropy shown is an upper bound. Without the added digit it is exact.</source>
        <translation>Algumas palavras desta lista contêm dígitos, então o dígito acrescentado pode ser lido como parte de uma palavra, e uma frase secreta como mais de uma escolha de palavras: a entropia mostrada é um limite superior. Sem o dígito acrescentado, ela é exata.</translation>
    </message>
    <message>
        <source>Some words of this list begin with other words, and the separator does not keep the words apart, so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. A one-character separator that appears in no word makes it exact.</source>
        <translation>Algumas palavras desta lista começam com outras palavras, e o separador não mantém as palavras separadas, então uma frase secreta pode ser lida como mais de uma escolha de palavras: a entropia mostrada é um limite superior. Um separador de um único caractere que não aparece em nenhuma palavra a torna exata.</translation>
    </message>
    <message>
        <source>Each Word Capitalised</source>
        <translation>Cada Palavra Com Inicial Maiúscula</translation>
    </message>
    <message>
        <source>Random: each word capitalised or not</source>
        <translation>Aleatório: cada palavra com ou sem inicial maiúscula</translation>
    </message>
    <message>
        <source>A coin for each word decides its capital: one bit a word, for words that have a capital</source>
        <translation>Cara ou coroa para cada palavra decide se ela leva maiúscula: um bit por palavra, nas palavras que podem ter maiúscula</translation>
    </message>
    <message>
        <source>Mi&amp;x separators:</source>
        <translation>Separadores m&amp;istos:</translation>
    </message>
    <message>
        <source>Off; or characters to draw each gap&apos;s from</source>
        <translation>Desativado; ou os caracteres a sortear em cada intervalo</translation>
    </message>
    <message>
        <source>Characters to draw each separator from</source>
        <translation>Caracteres para sortear cada separador</translation>
    </message>
    <message>
        <source>Each gap between words gets its own separator, drawn from these characters (2 to %1, all different), in place of the one above; each gap adds log2 of their number</source>
        <translation>Cada intervalo entre as palavras recebe seu próprio separador, sorteado entre estes caracteres (de 2 a %1, todos diferentes), no lugar do separador acima; cada intervalo acrescenta log2 da quantidade deles</translation>
    </message>
    <message>
        <source>Add a random s&amp;ymbol</source>
        <translation>Acrescentar um sím&amp;bolo aleatório</translation>
    </message>
    <message>
        <source>Add a random symbol</source>
        <translation>Acrescentar um símbolo aleatório</translation>
    </message>
    <message>
        <source>Appends a random symbol (one of %1) to one random word, for sites that insist on a symbol</source>
        <translation>Acrescenta um símbolo aleatório (um de %1) a uma palavra aleatória, para sites que exigem um símbolo</translation>
    </message>
    <message>
        <source>case</source>
        <comment>bits for each word&apos;s random capital</comment>
        <translation>maiúsculas</translation>
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
        <translation>Qual palavra recebe a maiúscula: %1 bits (log2(%2) quando todas as palavras podem ter maiúscula).</translation>
    </message>
    <message>
        <source>Whether each word is capitalised: %1 bits (a bit for each word that has a capital).</source>
        <translation>Se cada palavra recebe maiúscula: %1 bits (um bit por palavra que pode ter maiúscula).</translation>
    </message>
    <message>
        <source>Each gap&apos;s separator, from %1: %2 bits.</source>
        <translation>Separador de cada intervalo, entre %1: %2 bits.</translation>
    </message>
    <message>
        <source>Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.</source>
        <translation>Qual palavra recebe o símbolo, e qual símbolo: log2(%1 × %2) = %3 bits.</translation>
    </message>
    <message>
        <source>Mixed separators need 2 to %1 different characters, none a lone accent or an invisible control character.</source>
        <translation>Separadores mistos precisam de 2 a %1 caracteres diferentes, nenhum deles um acento isolado ou um caractere de controle invisível.</translation>
    </message>
    <message>
        <source>Some words of this list contain symbols, so the added symbol may be read as part of a word: the entropy shown is an upper bound. Without the added symbol it is exact.</source>
        <translation>Algumas palavras desta lista contêm símbolos, então o símbolo acrescentado pode ser lido como parte de uma palavra: a entropia mostrada é um limite superior. Sem o símbolo acrescentado, ela é exata.</translation>
    </message>
    <message>
        <source>In this case two words of the list look the same (such as straße and strasse, both STRASSE), so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. Lowercase keeps it exact.</source>
        <translation>Com esta opção de maiúsculas, duas palavras da lista ficam iguais (como straße e strasse, ambas STRASSE), então uma frase secreta pode ser lida como mais de uma escolha de palavras: a entropia mostrada é um limite superior. Com minúsculas, ela é exata.</translation>
    </message>
</context>
<context>
    <name>PasswordCheckDialog</name>
    <message>
        <source>Check a Password</source>
        <translation>Verificar uma senha</translation>
    </message>
    <message>
        <source>A password you use or want to use</source>
        <translation>Uma senha que você usa ou quer usar</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Senha a verificar</translation>
    </message>
    <message>
        <source>zxcvbn estimates how many guesses an attacker who tries common passwords, words, names, dates and keyboard patterns first would need. What you type stays in this window and is never saved.</source>
        <translation>O zxcvbn estima quantas tentativas seriam necessárias para um atacante que tenta primeiro senhas comuns, palavras, nomes, datas e padrões de teclado. O que você digita fica nesta janela e nunca é salvo.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Pontuação:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Tentativas:</translation>
    </message>
    <message>
        <source>Online, 100 guesses an hour:</source>
        <translation>Online, 100 tentativas por hora:</translation>
    </message>
    <message>
        <source>Online, 10 guesses a second:</source>
        <translation>Online, 10 tentativas por segundo:</translation>
    </message>
    <message>
        <source>Offline, slow hash (10^4 a second):</source>
        <translation>Offline, hash lento (10^4 por segundo):</translation>
    </message>
    <message>
        <source>Offline, fast hash (10^10 a second):</source>
        <translation>Offline, hash rápido (10^10 por segundo):</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrado:</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar a senha</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar a senha</translation>
    </message>
    <message>
        <source>Type a password to see its estimate.</source>
        <translation>Digite uma senha para ver a estimativa.</translation>
    </message>
    <message>
        <source>%1 of 4: %2</source>
        <translation>%1 de 4: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>nothing zxcvbn knows</source>
        <translation>nada que o zxcvbn conheça</translation>
    </message>
    <message>
        <source>This password is longer than %1 bytes, the most zxcvbn checks.</source>
        <translation>Esta senha tem mais de %1 bytes, o máximo que o zxcvbn verifica.</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Generated password</source>
        <translation>Senha gerada</translation>
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
        <translation>Comprimento</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>Comprimento em caracteres</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Compri&amp;mento:</translation>
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
        <translation>Sím&amp;bolos</translation>
    </message>
    <message>
        <source>&amp;Minimum A–Z:</source>
        <translation>Mín&amp;imo A–Z:</translation>
    </message>
    <message>
        <source>M&amp;inimum a–z:</source>
        <translation>Mínim&amp;o a–z:</translation>
    </message>
    <message>
        <source>Minimum 0–&amp;9:</source>
        <translation>Mínimo 0–&amp;9:</translation>
    </message>
    <message>
        <source>Minimum s&amp;ymbols:</source>
        <translation>Mínimo símbo&amp;los:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Minimum number of %1</source>
        <translation>Quantidade mínima de %1</translation>
    </message>
    <message>
        <source>Extra characters, such as é ß € §</source>
        <translation>Caracteres extras, como é ß € §</translation>
    </message>
    <message>
        <source>Also use these characters</source>
        <translation>Usar também estes caracteres</translation>
    </message>
    <message>
        <source>Also &amp;use:</source>
        <translation>&amp;Usar também:</translation>
    </message>
    <message>
        <source>Characters never to use</source>
        <translation>Caracteres que nunca serão usados</translation>
    </message>
    <message>
        <source>Exclude these characters</source>
        <translation>Excluir estes caracteres</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters</source>
        <translation>Evitar caracteres &amp;parecidos</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>Deixa de fora %1</translation>
    </message>
    <message>
        <source>Avoid look-alike characters</source>
        <translation>Evitar caracteres parecidos</translation>
    </message>
    <message>
        <source>A&amp;dvanced: minimum per kind</source>
        <translation>Avança&amp;do: mínimo por tipo</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar opções avançadas</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Caracteres:</translation>
    </message>
    <message>
        <source>The length must be from %1 to %2.</source>
        <translation>O comprimento deve ser de %1 a %2.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character, or add characters under “Also use”.</source>
        <translation>Escolha pelo menos um tipo de caractere ou adicione caracteres em “Usar também”.</translation>
    </message>
    <message>
        <source>The excluded characters leave nothing to choose from. Exclude fewer, or add characters under “Also use”.</source>
        <translation>Os caracteres excluídos não deixam nada para escolher. Exclua menos ou adicione caracteres em “Usar também”.</translation>
    </message>
    <message>
        <source>Every character of %1 is excluded, but its minimum is %2.</source>
        <translation>Todos os caracteres de %1 estão excluídos, mas o mínimo deles é %2.</translation>
    </message>
    <message>
        <source>The minimums add up to %1, more than the length of %2. Lower a minimum or make the password longer.</source>
        <translation>Os mínimos somam %1, mais que o comprimento de %2. Diminua um mínimo ou aumente a senha.</translation>
    </message>
    <message>
        <source>“Also use” has a character that cannot stand alone, such as a lone accent or an invisible character.</source>
        <translation>“Usar também” tem um caractere que não pode ficar sozinho, como um acento isolado ou um caractere invisível.</translation>
    </message>
    <message>
        <source>“Also use” has %1 characters; at most %2 are allowed.</source>
        <translation>“Usar também” tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <source>At least one of each &amp;kind</source>
        <translation>Pelo menos um de cada tipo escol&amp;hido</translation>
    </message>
    <message>
        <source>Every password has at least one character of each kind chosen. Each such password is equally likely, and the entropy counts only those.</source>
        <translation>Toda senha tem pelo menos um caractere de cada tipo escolhido. Todas essas senhas são igualmente prováveis, e a entropia conta só essas.</translation>
    </message>
    <message>
        <source>At least one of each kind</source>
        <translation>Pelo menos um de cada tipo escolhido</translation>
    </message>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>Uma senha de %Ln caractere não comporta um de cada um dos %1 tipos escolhidos. Aumente-a ou desative “Pelo menos um de cada tipo escolhido”.</numerusform>
            <numerusform>Uma senha de %Ln caracteres não comporta um de cada um dos %1 tipos escolhidos. Aumente-a ou desative “Pelo menos um de cada tipo escolhido”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site (d&amp;omain):</source>
        <translation>&amp;Website (domínio):</translation>
    </message>
    <message>
        <source>A website whose password rules are known, such as apple.com</source>
        <translation>Um site cujas regras de senha são conhecidas, como apple.com</translation>
    </message>
    <message>
        <source>Follow the password rules of this website</source>
        <translation>Seguir as regras de senha deste site</translation>
    </message>
    <message>
        <source>Or a site&apos;s rules, such as: minlength: 8; required: digit; max-consecutive: 2</source>
        <translation>Ou as regras de um site, como: minlength: 8; required: digit; max-consecutive: 2</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Regras de senha</translation>
    </message>
    <message>
        <source>Apple&apos;s password-rules language: required, allowed, max-consecutive, minlength and maxlength, with the classes upper, lower, digit, special, ascii-printable and [characters]. Rules replace the kinds of character above; the space is never used.</source>
        <translation>Linguagem password-rules da Apple: required, allowed, max-consecutive, minlength e maxlength, com as classes upper, lower, digit, special, ascii-printable e [caracteres]. As regras substituem os tipos de caractere acima; o espaço nunca é usado.</translation>
    </message>
    <message>
        <source>The rules have an error: %1.</source>
        <translation>As regras têm um erro: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The rules of a website in words: &quot;apple.com: 8–63 characters, at least one digit&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These rules take %1 to %2 characters.</source>
        <translation>Estas regras exigem de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>These rules admit no length: at least %1 and at most %2 characters.</source>
        <translation>Estas regras não admitem nenhum comprimento: no mínimo %1 e no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The rules require one of “%1”, and none of them can be used: the space never is, and “Exclude” or “Avoid look-alike characters” remove the rest.</source>
        <translation>As regras exigem um de “%1”, e nenhum deles pode ser usado: o espaço nunca é, e “Excluir” ou “Evitar caracteres parecidos” removem o resto.</translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>Nenhuma senha de %Ln caractere atende a estas regras.</numerusform>
            <numerusform>Nenhuma senha de %Ln caracteres atende a estas regras.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rules have more than %1 different “required” sets.</source>
        <translation>Estas regras têm mais de %1 conjuntos “required” diferentes.</translation>
    </message>
    <message>
        <source>Rule strin&amp;g:</source>
        <translation>String de re&amp;gras:</translation>
    </message>
    <message>
        <source>No password rules are known for “%1”. Type them under “Rule string”, or clear “Site”.</source>
        <translation>Não há regras de senha conhecidas para “%1”. Digite-as em “String de regras” ou limpe “Website”.</translation>
    </message>
    <message>
        <source>With no kind of character chosen, passforge-cli would use all four, so these options cannot be a preset: choose at least one kind.</source>
        <translation>Sem nenhum tipo de caractere escolhido, o passforge-cli usaria os quatro, então estas opções não podem ser uma predefinição: escolha pelo menos um tipo.</translation>
    </message>
    <message>
        <source>no password rules are known for the site “%1”</source>
        <translation>não há regras de senha conhecidas para o site “%1”</translation>
    </message>
    <message>
        <source>the rules have an error: %1</source>
        <translation>as regras têm um erro: %1</translation>
    </message>
    <message>
        <source>the length must be from %1 to %2 for these rules, not %3</source>
        <translation>o comprimento deve ser de %1 a %2 para estas regras, não %3</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Estilo da senha</translation>
    </message>
    <message>
        <source>Random characters</source>
        <translation>Caracteres aleatórios</translation>
    </message>
    <message>
        <source>Easy to say (syllables)</source>
        <translation>Fácil de pronunciar (sílabas)</translation>
    </message>
    <message>
        <source>Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), drawn so that every password of this length is equally likely: easier to read out and type, with fewer bits a character</source>
        <translation>Sílabas de uma consoante (%1), uma vogal (%2) e às vezes uma consoante final (%3), sorteadas de modo que toda senha deste comprimento seja igualmente provável: senhas mais fáceis de ler em voz alta e digitar, com menos bits por caractere</translation>
    </message>
    <message>
        <source>Add a c&amp;apital</source>
        <translation>Incluir uma ma&amp;iúscula</translation>
    </message>
    <message>
        <source>Make one letter a capital</source>
        <translation>Deixar uma letra maiúscula</translation>
    </message>
    <message>
        <source>One letter, at random, in upper case</source>
        <translation>Uma letra, ao acaso, em maiúscula</translation>
    </message>
    <message>
        <source>Add a &amp;digit</source>
        <translation>Incluir um &amp;dígito</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>Incluir um dígito</translation>
    </message>
    <message>
        <source>One digit, at random, anywhere in the password</source>
        <translation>Um dígito, ao acaso, em qualquer posição da senha</translation>
    </message>
    <message>
        <source>Easy-to-say passwords take %1 to %2 characters.</source>
        <translation>Senhas fáceis de pronunciar devem ter de %1 a %2 caracteres.</translation>
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
        <translation>Remover d&amp;uplicatas: um bilhete por nome</translation>
    </message>
    <message>
        <source>Sh&amp;uffle list</source>
        <translation>Em&amp;baralhar lista</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>&amp;Copiar resultado</translation>
    </message>
    <message>
        <source>Copy draw re&amp;cord</source>
        <translation>Copiar re&amp;gistro do sorteio</translation>
    </message>
    <message>
        <source>One entry per line. Paste or type the list, or drop a text file here.</source>
        <translation>Uma entrada por linha. Cole ou digite a lista, ou solte aqui um arquivo de texto.</translation>
    </message>
    <message>
        <source>List of entries, one per line</source>
        <translation>Lista de entradas, uma por linha</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Open a list from a text file</source>
        <translation>Abrir uma lista de um arquivo de texto</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Remover duplicatas</translation>
    </message>
    <message>
        <source>Otherwise a name on several lines has one ticket per line, and so a better chance</source>
        <translation>Caso contrário, um nome em várias linhas tem um bilhete por linha e, portanto, mais chance</translation>
    </message>
    <message>
        <source>Number of winners</source>
        <translation>Número de vencedores</translation>
    </message>
    <message>
        <source>Winne&amp;rs:</source>
        <translation>Vence&amp;dores:</translation>
    </message>
    <message>
        <source>Draw winners</source>
        <translation>Sortear vencedores</translation>
    </message>
    <message>
        <source>Shuffle the whole list</source>
        <translation>Embaralhar a lista inteira</translation>
    </message>
    <message>
        <source>Result, in draw order</source>
        <translation>Resultado, na ordem do sorteio</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>Copiar o resultado</translation>
    </message>
    <message>
        <source>Copy a record of the draw</source>
        <translation>Copiar um registro do sorteio</translation>
    </message>
    <message>
        <source>That text is larger than %1 MB, the most a list can hold.</source>
        <translation>Esse texto tem mais de %1 MB, o máximo que uma lista comporta.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The list is larger than %1 MB, the most it can hold.</source>
        <translation>A lista tem mais de %1 MB, o máximo que comporta.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Nenhuma entrada ainda.</translation>
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
        <translation>nenhuma duplicata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>%Ln duplicata (removida)</numerusform>
            <numerusform>%Ln duplicatas (removidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>%Ln duplicata (conta como um bilhete a mais)</numerusform>
            <numerusform>%Ln duplicatas (cada uma conta como um bilhete a mais)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list summary: entries, duplicates</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Shorten the list to draw from it.</source>
        <translation>Encurte a lista para poder sortear.</translation>
    </message>
    <message>
        <source>Paste or type a list on the left, one entry per line, or open a text file.</source>
        <translation>Cole ou digite uma lista à esquerda, uma entrada por linha, ou abra um arquivo de texto.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>Só %Ln entrada para %1 vencedores. Peça menos vencedores ou adicione entradas.</numerusform>
            <numerusform>Só %Ln entradas para %1 vencedores. Peça menos vencedores ou adicione entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>Clique em “Sortear” para escolher %Ln vencedor, ou em “Embaralhar lista” para colocar a lista inteira em ordem aleatória.</numerusform>
            <numerusform>Clique em “Sortear” para escolher %Ln vencedores, ou em “Embaralhar lista” para colocar a lista inteira em ordem aleatória.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>A fonte aleatória do sistema falhou: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>Abrir uma lista</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Arquivos de texto (*.txt *.csv *.list);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a list can hold.</source>
        <translation>“%1” tem mais de %2 MB, o máximo que uma lista comporta.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1” não é texto UTF-8.</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <comment>pick winners by lot</comment>
        <translation>So&amp;rtear</translation>
    </message>
    <message>
        <source>“%1” and “%2” look alike (lines %3 and %4)</source>
        <translation>“%1” e “%2” são parecidos (linhas %3 e %4)</translation>
    </message>
    <message>
        <source>Line %1 contains a control character (%2). Remove it to draw.</source>
        <translation>A linha %1 contém um caractere de controle (%2). Remova-o para sortear.</translation>
    </message>
    <message>
        <source>Line %1 contains a bidirectional control character (%2). Remove it to draw.</source>
        <translation>A linha %1 contém um caractere de controle bidirecional (%2). Remova-o para sortear.</translation>
    </message>
    <message>
        <source>Line %1 contains an invisible character (%2). Remove it to draw.</source>
        <translation>A linha %1 contém um caractere invisível (%2). Remova-o para sortear.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name, in quotes</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The pasted list</source>
        <translation>A lista colada</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 não é texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 has no entries.</source>
        <translation>%1 não tem entradas.</translation>
    </message>
    <message>
        <source>%1 is too long to edit here, so the box shows its first %2 lines. Clear the list to type or paste a new one.</source>
        <translation>%1: longo demais para editar aqui, então a caixa mostra só as primeiras %2 linhas. Limpe a lista para digitar ou colar uma nova.</translation>
    </message>
    <message>
        <source>Draw the winners from the list</source>
        <translation>Sortear os vencedores da lista</translation>
    </message>
    <message>
        <source>Replace a w&amp;inner…</source>
        <translation>Subst&amp;ituir um vencedor…</translation>
    </message>
    <message>
        <source>Draws of this session</source>
        <translation>Sorteios desta sessão</translation>
    </message>
    <message>
        <source>Replace the selected winner</source>
        <translation>Substituir o vencedor selecionado</translation>
    </message>
    <message>
        <source>Draw lo&amp;g:</source>
        <translation>&amp;Histórico de sorteios:</translation>
    </message>
    <message>
        <source>Copy shuffle re&amp;cord</source>
        <translation>Copiar re&amp;gistro do embaralhamento</translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>Embaralhamento %1 · %2 · %Ln entrada</numerusform>
            <numerusform>Embaralhamento %1 · %2 · %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>Sorteio %1 · %2 · %Ln vencedor</numerusform>
            <numerusform>Sorteio %1 · %2 · %Ln vencedores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · for an earlier list</source>
        <comment>a draw, then why it no longer applies</comment>
        <translation>%1 · para uma lista anterior</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3 replaces a winner of draw %4</source>
        <comment>number, time, name, draw number</comment>
        <translation>Sorteio %1 · %2 · %3 substitui um vencedor do sorteio %4</translation>
    </message>
    <message>
        <source>Draw from %1 to %2 winners at a time.</source>
        <translation>Sorteie de %1 a %2 vencedores por vez.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Sorteando…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… e mais %Ln, no resultado e no registro copiados</numerusform>
            <numerusform>… e mais %Ln, no resultado e no registro copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw from a pu&amp;blic random value:</source>
        <translation>Sortear a partir de um valor aleatório &amp;público:</translation>
    </message>
    <message>
        <source>Announce the list&apos;s SHA-256 and a random value that does not exist yet (such as a drand round, or a lottery&apos;s numbers); once it is public, draw from it. Anyone can then check that these are the winners, and nobody could have chosen them.</source>
        <translation>Anuncie o SHA-256 da lista e um valor aleatório que ainda não existe (como uma rodada do drand ou os números de uma loteria); quando ele for público, sorteie a partir dele. Assim qualquer pessoa pode conferir que estes são os vencedores, e ninguém poderia tê-los escolhido.</translation>
    </message>
    <message>
        <source>Public random value</source>
        <translation>Valor aleatório público</translation>
    </message>
    <message>
        <source>e.g. drand round 4211337</source>
        <translation>p. ex., rodada 4211337 do drand</translation>
    </message>
    <message>
        <source>Exactly as published: the seed is the SHA-256 of this text.</source>
        <translation>Exatamente como publicado: a semente é o SHA-256 deste texto.</translation>
    </message>
    <message>
        <source>&amp;Announce…</source>
        <translation>&amp;Montar anúncio…</translation>
    </message>
    <message>
        <source>Announce the draw</source>
        <translation>Anunciar o sorteio</translation>
    </message>
    <message>
        <source>The text to publish before the public random value exists</source>
        <translation>O texto a publicar antes de o valor aleatório público existir</translation>
    </message>
    <message>
        <source>Sa&amp;ve record…</source>
        <translation>Salvar registr&amp;o…</translation>
    </message>
    <message>
        <source>Save the record of the draw</source>
        <translation>Salvar o registro do sorteio</translation>
    </message>
    <message>
        <source>Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py</source>
        <translation>Salvar o registro como JSON, para passforge-cli pick --verify ou docs/verify-draw.py</translation>
    </message>
    <message>
        <source>When a winner does not answer: select them, then draw a runner-up from the tickets left (the next winner of the same seed). The draw is kept, and the replacement is recorded as a new draw.</source>
        <translation>Quando um vencedor não responde: selecione-o e sorteie um suplente entre os bilhetes restantes (o próximo vencedor da mesma semente). O sorteio é mantido, e a substituição fica registrada como um novo sorteio.</translation>
    </message>
    <message>
        <source>Date and time, entry count, SHA-256 of the list, the seed and the result, with the record to check it, to keep or share</source>
        <translation>Data e hora, número de entradas, SHA-256 da lista, a semente e o resultado, com o registro para conferi-lo, para guardar ou compartilhar</translation>
    </message>
    <message>
        <source>Type the public random value to draw from, or turn off “Draw from a public random value”.</source>
        <translation>Digite o valor aleatório público a partir do qual sortear, ou desative “Sortear a partir de um valor aleatório público”.</translation>
    </message>
    <message>
        <source>Cannot save the record to “%1”: %2</source>
        <translation>Não foi possível salvar o registro em “%1”: %2</translation>
    </message>
    <message>
        <source>Save the Draw Record</source>
        <translation>Salvar o registro do sorteio</translation>
    </message>
    <message>
        <source>passforge-draw-%1.json</source>
        <comment>a file name; %1 is the draw&apos;s number</comment>
        <translation>passforge-draw-%1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Registros de sorteio (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Passforge draw announcement</source>
        <translation>Anúncio de sorteio do Passforge</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>SHA-256 da lista: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Tickets: one per entry (duplicates removed)</source>
        <translation>Bilhetes: um por entrada (duplicatas removidas)</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Bilhetes: %1</translation>
    </message>
    <message>
        <source>Winners to draw: %1</source>
        <translation>Vencedores a sortear: %1</translation>
    </message>
    <message>
        <source>Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from SHA-256 of: %2</source>
        <translation>Anunciado em %1: os vencedores serão sorteados com o Passforge (passforge-draw-v1) a partir do SHA-256 de: %2</translation>
    </message>
    <message>
        <source>Once that value is public, anyone can draw again with passforge-cli pick --beacon, or check the record with pick --verify or docs/verify-draw.py.</source>
        <translation>Quando esse valor for público, qualquer pessoa poderá sortear de novo com passforge-cli pick --beacon, ou conferir o registro com pick --verify ou docs/verify-draw.py.</translation>
    </message>
    <message>
        <source>Announce the Draw</source>
        <translation>Anunciar o sorteio</translation>
    </message>
    <message>
        <source>Publish this before the public random value exists, with the list itself. Then the winners cannot be chosen by anyone, you included.</source>
        <translation>Publique isto antes de o valor aleatório público existir, junto com a própria lista. Assim os vencedores não podem ser escolhidos por ninguém, nem por você.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anúncio</translation>
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
        <translation>Limpar a área de transferência &amp;após</translation>
    </message>
    <message>
        <source>Clear the clipboard when Passforge &amp;quits</source>
        <translation>Limpar a área de transferência ao &amp;sair do Passforge</translation>
    </message>
    <message>
        <source>&amp;Restore the last options on start</source>
        <translation>&amp;Restaurar as últimas opções ao iniciar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>Limpar a área de transferência automaticamente</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Segundos até a área de transferência ser limpa</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>after N seconds</comment>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Only a value Passforge copied is cleared; text you copied since is left alone.</source>
        <translation>Só é limpo um valor que o Passforge copiou; o texto que você copiou depois fica intacto.</translation>
    </message>
    <message>
        <source>Generator options only. Generated values, lists and draw results are never saved.</source>
        <translation>Só as opções dos geradores. Valores gerados, listas e resultados de sorteios nunca são salvos.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Passforge never saves a generated value, a list or a draw result. The options are kept in %1.</source>
        <translation>O Passforge nunca salva um valor gerado, uma lista ou um resultado de sorteio. As opções ficam em %1.</translation>
    </message>
    <message>
        <source>&amp;Keep a history of this session&apos;s values</source>
        <translation>&amp;Manter um histórico dos valores desta sessão</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ History). Turning it off clears it.</source>
        <translation>As últimas %1 senhas, frases secretas e tokens, só na memória, até você sair (Editar ▸ Histórico). Desativar a opção limpa o histórico.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>The built-in presets are shown again.</source>
        <translation>As predefinições embutidas voltaram a ser exibidas.</translation>
    </message>
    <message>
        <source>The presets file cannot be read, so only the built-in presets are offered: %1</source>
        <translation>Não é possível ler o arquivo de predefinições, então só as predefinições embutidas estão disponíveis: %1</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Named sets of options, shared with passforge-cli --preset</source>
        <translation>Conjuntos nomeados de opções, compartilhados com passforge-cli --preset</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Ações de predefinições</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export presets</source>
        <translation>Salvar, renomear, excluir, importar ou exportar predefinições</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Salvar como predefinição…</translation>
    </message>
    <message>
        <source>&amp;Rename preset…</source>
        <translation>&amp;Renomear predefinição…</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden built-in presets</source>
        <translation>&amp;Mostrar predefinições embutidas ocultas</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importar predefinições…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>&amp;Exportar predefinições…</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Nenhuma predefinição</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>A preset whose options were changed after it was chosen: &quot;Bank PIN (modified)&quot;</extracomment>
        <translation>%1 (modificada)</translation>
    </message>
    <message>
        <source>&amp;Hide built-in preset</source>
        <translation>&amp;Ocultar predefinição embutida</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>E&amp;xcluir predefinição</translation>
    </message>
    <message>
        <source>There is no preset named “%1” for this tab.</source>
        <translation>Não há nenhuma predefinição chamada “%1” para esta aba.</translation>
    </message>
    <message>
        <source>“%1” cannot be used here: %2</source>
        <extracomment>A preset from the file that the window cannot use: &quot;“api”: the option &apos;bytes&apos; …&quot;</extracomment>
        <translation>“%1” não pode ser usada aqui: %2</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Predefinição “%1” salva.</translation>
    </message>
    <message>
        <source>Choose a preset to rename first.</source>
        <translation>Escolha primeiro uma predefinição para renomear.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” renomeada para “%2”.</translation>
    </message>
    <message>
        <source>Choose a preset to delete first.</source>
        <translation>Escolha primeiro uma predefinição para excluir.</translation>
    </message>
    <message>
        <source>Hid the built-in preset “%1”; Show hidden built-in presets brings it back.</source>
        <translation>Predefinição embutida “%1” ocultada; “Mostrar predefinições embutidas ocultas” a traz de volta.</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Predefinição “%1” excluída.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>%n predefinição importada de %1.</numerusform>
            <numerusform>%n predefinições importadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>%n predefinição exportada para %1.</numerusform>
            <numerusform>%n predefinições exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Salvar como predefinição</translation>
    </message>
    <message>
        <source>A name for these options (passforge-cli %1 --preset NAME uses it too):</source>
        <translation>Um nome para estas opções (passforge-cli %1 --preset NAME também o usa):</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Renomear predefinição</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importar predefinições</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Predefinições (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Exportar predefinições</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <extracomment>Saving refused: &quot;… as a preset: the length must be from 8 to 63 for these rules …&quot;</extracomment>
        <translation>Estas opções não podem ser salvas como predefinição: %1</translation>
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
        <translation>Wi-Fi (WPA2, 24 caracteres fáceis de digitar)</translation>
    </message>
    <message>
        <source>Maximum (64, all kinds)</source>
        <translation>Máximo (64, todos os tipos)</translation>
    </message>
    <message>
        <source>A preset&apos;s name must not be empty, longer than %1 characters, start or end with a space, or hold control characters.</source>
        <translation>O nome de uma predefinição não pode ser vazio, ter mais de %1 caracteres, começar ou terminar com espaço nem conter caracteres de controle.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Já existe uma predefinição chamada “%1”.</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>Não existe nenhuma predefinição chamada “%1”.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed; save a copy under a new name instead.</source>
        <translation>Predefinições embutidas não podem ser renomeadas; em vez disso, salve uma cópia com um novo nome.</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset.</source>
        <translation>Estas opções não podem ser salvas como predefinição.</translation>
    </message>
    <message>
        <source>The presets file has a problem, so it is left as it is: %1</source>
        <translation>O arquivo de predefinições tem um problema, então ele é mantido como está: %1</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>Não foi possível salvar as predefinições em %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>Could not import presets: %1</source>
        <translation>Não foi possível importar as predefinições: %1</translation>
    </message>
    <message>
        <source>Could not export the presets to %1: %2</source>
        <translation>Não foi possível exportar as predefinições para %1: %2</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <translation>Estas opções não podem ser salvas como predefinição: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the option &apos;%1&apos; is not one the window knows for this command</source>
        <translation>a opção “%1” não é uma das que a janela conhece para este comando</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is a flag: its value must be true</source>
        <translation>a opção “%1” é uma flag: seu valor deve ser true</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be text</source>
        <translation>a opção “%1” deve ser texto</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>a opção “%1” deve ser um número inteiro de %2 a %3, não %4</translation>
    </message>
    <message>
        <source>the options &apos;rules&apos; and &apos;site&apos; cannot be combined</source>
        <translation>as opções “rules” e “site” não podem ser combinadas</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; cannot be combined with &apos;%2&apos;, which replaces the class options</source>
        <translation>a opção “%1” não pode ser combinada com “%2”, que substitui as opções de classe</translation>
    </message>
    <message>
        <source>the window has no token format &apos;%1&apos;; use hex, urlsafe, base64, base32 or uuid</source>
        <translation>a janela não tem o formato de token “%1”; use hex, urlsafe, base64, base32 ou uuid</translation>
    </message>
    <message>
        <source>a number preset needs both &apos;min&apos; and &apos;max&apos;</source>
        <translation>uma predefinição de número precisa de “min” e “max”</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is empty, too long (over %2 characters), has spaces at an end or control characters</source>
        <translation>o nome “%1” está vazio, é longo demais (mais de %2 caracteres), tem espaços em uma ponta ou caracteres de controle</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for &apos;%2&apos;; presets are for %3</source>
        <translation>a predefinição “%1” é para “%2”; as predefinições são para %3</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has an option named &apos;%2&apos;; write option names without the dashes</source>
        <translation>a predefinição “%1” tem uma opção chamada “%2”; escreva os nomes das opções sem os traços</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: option &apos;%2&apos; must be a number, a string or true</source>
        <translation>predefinição “%1”: a opção “%2” deve ser um número, uma string ou true</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON inválido na linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>&quot;version&quot; deve ser %1</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be an array</source>
        <translation>&quot;presets&quot; deve ser um array</translation>
    </message>
    <message>
        <source>preset %1 needs a string &quot;name&quot;, a string &quot;command&quot; and an &quot;options&quot; object</source>
        <translation>a predefinição %1 precisa de uma string &quot;name&quot;, uma string &quot;command&quot; e um objeto &quot;options&quot;</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has the name of a built-in preset, which cannot be overwritten</source>
        <translation>a predefinição “%1” tem o nome de uma predefinição embutida, que não pode ser substituída</translation>
    </message>
    <message>
        <source>two presets are named &apos;%1&apos;</source>
        <translation>duas predefinições se chamam “%1”</translation>
    </message>
    <message>
        <source>&quot;hidden&quot; must be an array of names</source>
        <translation>&quot;hidden&quot; deve ser um array de nomes</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: the option &apos;wordlist&apos; must be an absolute path, not &apos;%2&apos;</source>
        <translation>predefinição “%1”: a opção “wordlist” deve ser um caminho absoluto, não “%2”</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is %2 characters long; the window takes at most %3</source>
        <translation>a opção “%1” tem %2 caracteres; a janela aceita no máximo %3</translation>
    </message>
    <message>
        <source>the option &apos;bytes&apos; does not apply to the uuid format, which is always 122 random bits</source>
        <translation>a opção “bytes” não se aplica ao formato uuid, que tem sempre 122 bits aleatórios</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;; use %2</source>
        <translation>lista desconhecida “%1”; use %2</translation>
    </message>
    <message>
        <source>the options &apos;list&apos; and &apos;wordlist&apos; exclude each other: a wordlist file replaces the built-in list</source>
        <translation>as opções “list” e “wordlist” se excluem mutuamente: um arquivo de lista de palavras substitui a lista embutida</translation>
    </message>
    <message>
        <source>unknown case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>valor desconhecido “%1” para case; use lower, upper, each, one ou random</translation>
    </message>
    <message>
        <source>the options &apos;separator&apos; and &apos;separator-from&apos; exclude each other</source>
        <translation>as opções “separator” e “separator-from” se excluem mutuamente</translation>
    </message>
    <message>
        <source>the option &apos;separator-from&apos; must hold 2 to %1 distinct characters, none a lone combining mark or a control character</source>
        <translation>a opção “separator-from” deve ter de 2 a %1 caracteres distintos, nenhum deles uma marca combinante isolada ou um caractere de controle</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; does not apply to &apos;pronounceable&apos;, whose letters the grammar fixes</source>
        <translation>a opção “%1” não se aplica a “pronounceable”, cujas letras são fixadas pelas regras das sílabas</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code of the value</source>
        <translation>Código QR do valor</translation>
    </message>
    <message>
        <source>This value is too long for a QR code (at most %1 bytes).</source>
        <translation>Este valor é longo demais para um código QR (no máximo %1 bytes).</translation>
    </message>
    <message>
        <source>Anyone who can see your screen can read this code.</source>
        <translation>Qualquer pessoa que veja sua tela pode ler este código.</translation>
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
        <translation>regra desconhecida “%1” na posição %2 (as regras são required, allowed, max-consecutive, minlength e maxlength)</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; at position %2</source>
        <translation>classe desconhecida “%1” na posição %2</translation>
    </message>
    <message>
        <source>not a number &apos;%1&apos; at position %2</source>
        <translation>“%1” na posição %2 não é um número</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>“[” sem fechamento na posição %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; at position %1: in a [...] set it may only come first</source>
        <translation>“-” na posição %1: em um conjunto [...] ele só pode vir primeiro</translation>
    </message>
    <message>
        <source>&apos;]&apos; at position %1: in a [...] set it may only come first or last (write &apos;]]&apos; at the end for a literal &apos;]&apos;)</source>
        <translation>“]” na posição %1: em um conjunto [...] ele só pode vir primeiro ou por último (escreva “]]” no final para um “]” literal)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 must be followed by &apos;:&apos;</source>
        <translation>“%1” na posição %2 deve ser seguido de “:”</translation>
    </message>
    <message>
        <source>a class is missing at position %1</source>
        <translation>falta uma classe na posição %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a class</source>
        <translation>“%1” na posição %2 não é uma classe</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>“%1” inesperado na posição %2</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>uma letra</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>letras maiúsculas</translation>
    </message>
    <message>
        <source>uppercase letter</source>
        <translation>uma letra maiúscula</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>letras minúsculas</translation>
    </message>
    <message>
        <source>lowercase letter</source>
        <translation>uma letra minúscula</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>um dígito</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>símbolos</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>um símbolo</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>um de %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
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
        <translation>%1 ou %2</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n characters</source>
        <translation>
            <numerusform>exatamente %n caractere</numerusform>
            <numerusform>exatamente %n caracteres</numerusform>
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
            <numerusform>pelo menos %n caractere</numerusform>
            <numerusform>pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>no máximo %n caractere</numerusform>
            <numerusform>no máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>pelo menos um de %1</translation>
    </message>
    <message>
        <source>at least one %1</source>
        <translation>pelo menos %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>apenas %1</translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>no máximo %n caractere igual em sequência</numerusform>
            <numerusform>no máximo %n caracteres iguais em sequência</numerusform>
        </translation>
    </message>
    <message>
        <source>any printable characters</source>
        <translation>quaisquer caracteres imprimíveis</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>weak</source>
        <comment>password strength</comment>
        <translation>fraca</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password strength</comment>
        <translation>razoável</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password strength</comment>
        <translation>forte</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password strength</comment>
        <translation>muito forte</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Força</translation>
    </message>
    <message>
        <source>%1 bits — %2</source>
        <comment>entropy in bits, then the strength</comment>
        <translation>%1 bits — %2</translation>
    </message>
    <message>
        <source>Entropy: log2 of the number of values these options allow. Every value is equally likely, so this is exact.</source>
        <translation>Entropia: log2 do número de valores que estas opções permitem. Todos os valores são igualmente prováveis, então ela é exata.</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Nenhum valor</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Generated token</source>
        <translation>Token gerado</translation>
    </message>
    <message>
        <source>Random bytes per token</source>
        <translation>Bytes aleatórios por token</translation>
    </message>
    <message>
        <source>How many random bytes the token encodes: 8 bits of entropy each</source>
        <translation>Quantos bytes aleatórios o token codifica: 8 bits de entropia cada</translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation>&amp;Bytes:</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Formato do token</translation>
    </message>
    <message>
        <source>Hex (0–9, a–f)</source>
        <translation>Hexadecimal (0–9, a–f)</translation>
    </message>
    <message>
        <source>URL-safe Base64</source>
        <translation>Base64 seguro para URL</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base32 (for authenticator apps)</source>
        <translation>Base32 (para aplicativos autenticadores)</translation>
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
            <numerusform>%Ln caractere de comprimento.</numerusform>
            <numerusform>%Ln caracteres de comprimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>A UUID v4 always holds 122 random bits.</source>
        <translation>Um UUID v4 sempre contém 122 bits aleatórios.</translation>
    </message>
    <message>
        <source>A token needs from %1 to %2 bytes.</source>
        <translation>Um token precisa de %1 a %2 bytes.</translation>
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
        <translation>Verificar um registro de sorteio</translation>
    </message>
    <message>
        <source>Record file</source>
        <translation>Arquivo do registro</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>Arquivo da lista</translation>
    </message>
    <message>
        <source>A record names its list by SHA-256 and holds the seed and the winners. Passforge draws again from the list and the seed, with passforge-draw-v1, and compares.</source>
        <translation>Um registro identifica sua lista pelo SHA-256 e contém a semente e os vencedores. O Passforge sorteia de novo a partir da lista e da semente, com passforge-draw-v1, e compara.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the record file</source>
        <translation>Escolher o arquivo do registro</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>Escolher o arquivo da lista</translation>
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
        <translation>Abrir um registro de sorteio</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>Registros de sorteio (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open the List</source>
        <translation>Abrir a lista</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Arquivos de texto (*.txt *.csv *.list);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the record “%1”: %2</source>
        <translation>Não foi possível abrir o registro “%1”: %2</translation>
    </message>
    <message>
        <source>it is for the algorithm “%1”, not passforge-draw-v1.</source>
        <translation>ele é para o algoritmo “%1”, não passforge-draw-v1.</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>ele não tem “%1”.</translation>
    </message>
    <message>
        <source>its “%1” is not what a record holds.</source>
        <translation>seu “%1” não é o que um registro contém.</translation>
    </message>
    <message>
        <source>it is not a draw record (JSON).</source>
        <translation>não é um registro de sorteio (JSON).</translation>
    </message>
    <message>
        <source>Cannot read the record “%1”: %2</source>
        <translation>Não foi possível ler o registro “%1”: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>não é texto UTF-8.</translation>
    </message>
    <message>
        <source>it has no entries.</source>
        <translation>não tem entradas.</translation>
    </message>
    <message>
        <source>a name holds a character that no list drawn from can hold.</source>
        <translation>um nome contém um caractere que nenhuma lista usada em um sorteio pode conter.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>tem mais de %1 MB.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>não pode ser lido.</translation>
    </message>
    <message>
        <source>Cannot use the list “%1”: %2</source>
        <translation>Não foi possível usar a lista “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>O registro confere: passforge-draw-v1 põe %Ln entrada desta lista nesta ordem com esta semente.</numerusform>
            <numerusform>O registro confere: passforge-draw-v1 põe as %Ln entradas desta lista nesta ordem com esta semente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>O registro confere: passforge-draw-v1 sorteia este %Ln vencedor desta lista com esta semente.</numerusform>
            <numerusform>O registro confere: passforge-draw-v1 sorteia estes %Ln vencedores desta lista com esta semente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed is the SHA-256 of the public random value “%1”.</source>
        <translation>A semente é o SHA-256 do valor aleatório público “%1”.</translation>
    </message>
    <message>
        <source>The list differs from the one drawn from: its SHA-256 is %1, the record says %2.</source>
        <translation>A lista é diferente daquela usada no sorteio: o SHA-256 dela é %1, o registro diz %2.</translation>
    </message>
    <message>
        <source>The record&apos;s counts of entries, tickets or duplicates do not match the list (the list has %1, the record says %2).</source>
        <translation>As contagens de entradas, bilhetes ou duplicatas do registro não conferem com a lista (a lista tem %1, o registro diz %2).</translation>
    </message>
    <message>
        <source>The seed is not the SHA-256 of the public random value the record names.</source>
        <translation>A semente não é o SHA-256 do valor aleatório público que o registro indica.</translation>
    </message>
    <message>
        <source>The record&apos;s count (%1) does not fit its winners or the list.</source>
        <translation>A contagem do registro (%1) não condiz com seus vencedores nem com a lista.</translation>
    </message>
    <message>
        <source>Place %1 of the order differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>A posição %1 da ordem é diferente: o sorteio dá “%2”, o registro diz “%3”.</translation>
    </message>
    <message>
        <source>Winner %1 differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>O vencedor %1 é diferente: o sorteio dá “%2”, o registro diz “%3”.</translation>
    </message>
</context>
<context>
    <name>WifiQrDialog</name>
    <message>
        <source>&amp;Hidden network</source>
        <translation>Rede &amp;oculta</translation>
    </message>
    <message>
        <source>Wi-Fi QR Code</source>
        <translation>Código QR de Wi-Fi</translation>
    </message>
    <message>
        <source>The name phones list the network by</source>
        <translation>O nome com que os celulares listam a rede</translation>
    </message>
    <message>
        <source>WPA or WPA2 (personal)</source>
        <translation>WPA ou WPA2 (pessoal)</translation>
    </message>
    <message>
        <source>WPA3 (personal) only</source>
        <translation>Só WPA3 (pessoal)</translation>
    </message>
    <message>
        <source>None (an open network, no password)</source>
        <translation>Nenhuma (uma rede aberta, sem senha)</translation>
    </message>
    <message>
        <source>The network does not announce its name</source>
        <translation>A rede não anuncia seu nome</translation>
    </message>
    <message>
        <source>QR code of the network</source>
        <translation>Código QR da rede</translation>
    </message>
    <message>
        <source>&amp;Network name (SSID):</source>
        <translation>&amp;Nome da rede (SSID):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Segurança:</translation>
    </message>
    <message>
        <source>Type the network&apos;s name to make its code.</source>
        <translation>Digite o nome da rede para gerar o código dela.</translation>
    </message>
    <message>
        <source>A network name has at most %1 bytes; this one has %2.</source>
        <translation>Um nome de rede tem no máximo %1 bytes; este tem %2.</translation>
    </message>
    <message>
        <source>The password and name are too long for a QR code.</source>
        <translation>A senha e o nome são longos demais para um código QR.</translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message>
        <source>Wordlist</source>
        <translation>Lista de palavras</translation>
    </message>
    <message>
        <source>Open wordlist…</source>
        <translation>Abrir lista de palavras…</translation>
    </message>
    <message>
        <source>A UTF-8 text file with one word per line and at least %1 distinct words; a leading dice number such as 11111 is ignored</source>
        <translation>Um arquivo de texto UTF-8 com uma palavra por linha e pelo menos %1 palavras distintas; um número de dados no início, como 11111, é ignorado</translation>
    </message>
    <message>
        <source>Open a Wordlist</source>
        <translation>Abrir uma lista de palavras</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>Arquivos de texto (*.txt *.list);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Still using “%1”.</source>
        <translation>Continua em uso “%1”.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Não foi possível ler “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text with one word per line.</source>
        <translation>“%1” é um arquivo binário, não um texto com uma palavra por linha.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1” não é texto UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>“%1” tem só %Ln palavra distinta; uma lista de palavras precisa de pelo menos %2.</numerusform>
            <numerusform>“%1” tem só %Ln palavras distintas; uma lista de palavras precisa de pelo menos %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln palavra)</numerusform>
            <numerusform>%1 (%Ln palavras)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>“%1”: %Ln palavra distinta.</numerusform>
            <numerusform>“%1”: %Ln palavras distintas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>%Ln linha em branco</numerusform>
            <numerusform>%Ln linhas em branco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln duplicata</numerusform>
            <numerusform>%Ln duplicatas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped %1 and %2.</source>
        <translation>Descartados: %1 e %2.</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>Descartados: %1.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a wordlist can hold.</source>
        <translation>“%1” tem mais de %2 MB, o máximo que uma lista de palavras comporta.</translation>
    </message>
    <message>
        <source>the German list by dys2p</source>
        <translation>lista em alemão de dys2p</translation>
    </message>
    <message>
        <source>the French list made for Tails</source>
        <translation>lista em francês feita para o Tails</translation>
    </message>
    <message>
        <source>the Spanish list by victordargallo</source>
        <translation>lista em espanhol de victordargallo</translation>
    </message>
    <message>
        <source>the Italian list by victordargallo</source>
        <translation>lista em italiano de victordargallo</translation>
    </message>
    <message>
        <source>the Brazilian Portuguese list by drebs</source>
        <translation>lista em português brasileiro de drebs</translation>
    </message>
    <message>
        <source>EFF&apos;s large wordlist</source>
        <translation>lista grande da EFF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%Ln palavra da %1, revisada para excluir palavras ofensivas e livre de prefixos</numerusform>
            <numerusform>%Ln palavras da %1, revisada para excluir palavras ofensivas e livre de prefixos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no curated list in your language yet, so the English list is the default.</source>
        <translation>Ainda não há uma lista com curadoria no seu idioma, então a lista em inglês é a padrão.</translation>
    </message>
    <message>
        <source>Still using the built-in list “%1”.</source>
        <translation>Continua em uso a lista embutida “%1”.</translation>
    </message>
    <message>
        <source>Your wordlist could not be loaded again: %1 Using the built-in list “%2” instead.</source>
        <translation>Não foi possível carregar novamente sua lista de palavras: %1 Usando a lista embutida “%2” em vez dela.</translation>
    </message>
</context>
</TS>
