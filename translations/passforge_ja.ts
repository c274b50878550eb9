<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CheckText</name>
    <message>
        <source>a common password</source>
        <translation>よく使われるパスワード</translation>
    </message>
    <message>
        <source>a dictionary word</source>
        <translation>辞書の単語</translation>
    </message>
    <message>
        <source>a dictionary word with substitutions</source>
        <translation>文字を置き換えた辞書の単語</translation>
    </message>
    <message>
        <source>a repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>連続した並び</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>キーボードのパターン</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of match found</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>very weak</source>
        <comment>password check score 0 of 4</comment>
        <translation>非常に弱い</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>password check score 1 of 4</comment>
        <translation>弱い</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password check score 2 of 4</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password check score 3 of 4</comment>
        <translation>強い</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password check score 4 of 4</comment>
        <translation>非常に強い</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>1 秒未満</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>数世紀</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>よく使われているパスワードです。</translation>
    </message>
    <message>
        <source>Words and names on their own are easy to guess.</source>
        <translation>単語や名前だけでは簡単に推測されます。</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” are easy to guess.</source>
        <translation>「a」を「@」にするような予想しやすい置き換えは、簡単に推測されます。</translation>
    </message>
    <message>
        <source>Repeats like “aaa” or “abcabc” are easy to guess.</source>
        <translation>「aaa」や「abcabc」のような繰り返しは簡単に推測されます。</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>「abc」や「6543」のような連続した並びは簡単に推測されます。</translation>
    </message>
    <message>
        <source>Keyboard patterns like “qwerty” are easy to guess.</source>
        <translation>「qwerty」のようなキーボードのパターンは簡単に推測されます。</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>日付は簡単に推測されます。</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>年は簡単に推測されます。</translation>
    </message>
    <message>
        <source>Substitutions like “0” for “o” don&apos;t help much.</source>
        <translation>「o」を「0」にするような置き換えはあまり効果がありません。</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>単語や文字の繰り返しは避けてください。</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>連続した並びは避けてください。</translation>
    </message>
    <message>
        <source>Avoid keys that are next to each other.</source>
        <translation>キーボードで隣り合うキーは避けてください。</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>自分に関係のある日付や年は避けてください。</translation>
    </message>
    <message>
        <source>Use a generated password or passphrase instead: a passphrase of five random words is easy to remember.</source>
        <translation>代わりに生成したパスワードかパスフレーズを使ってください。ランダムな 5 語のパスフレーズなら覚えやすくなります。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing command; try &apos;passforge-cli --help&apos;</source>
        <translation>コマンドがありません。「passforge-cli --help」を参照してください</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;passforge-cli --help&apos;</source>
        <translation>不明なコマンド「%1」です。「passforge-cli --help」を参照してください</translation>
    </message>
    <message>
        <source>the system random source failed: %1</source>
        <translation>システムの乱数源が失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>出力を書き込めません: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください (「%4」は使えません)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Uniform random integers from A to B inclusive, anywhere in the signed 64-bit range.</source>
        <translation>A から B まで (両端を含む) の一様な乱数の整数。符号付き 64 ビットの範囲ならどこでも使えます。</translation>
    </message>
    <message>
        <source>The smallest value (required).</source>
        <translation>最小値 (必須)。</translation>
    </message>
    <message>
        <source>A</source>
        <comment>value name in --help: the lower bound</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>The largest value (required).</source>
        <translation>最大値 (必須)。</translation>
    </message>
    <message>
        <source>B</source>
        <comment>value name in --help: the upper bound</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>How many numbers (default 1).</source>
        <translation>生成する数の個数 (既定値 1)。</translation>
    </message>
    <message>
        <source>N</source>
        <comment>value name in --help: a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No value twice (at most %1 values).</source>
        <translation>同じ値を繰り返さない (最大 %1 個)。</translation>
    </message>
    <message>
        <source>One JSON object per line, with value and entropy_bits.</source>
        <translation>1 行に 1 つの JSON オブジェクト (value と entropy_bits) を出力します。</translation>
    </message>
    <message>
        <source>number needs both --min and --max</source>
        <translation>number には --min と --max の両方が必要です</translation>
    </message>
    <message>
        <source>--min %1 is above --max %2</source>
        <translation>--min %1 が --max %2 より大きくなっています</translation>
    </message>
    <message>
        <source>--count must be at least 1, not %1</source>
        <translation>--count は 1 以上にしてください (%1 は使えません)</translation>
    </message>
    <message>
        <source>--distinct: the range from %1 to %2 has fewer than %3 values</source>
        <translation>--distinct: %1 から %2 までの範囲には %3 個より少ない値しかありません</translation>
    </message>
    <message>
        <source>--distinct supports at most %1 values, not %2</source>
        <translation>--distinct で扱えるのは最大 %1 個です (%2 個は扱えません)</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct word(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>異なる単語 %n 語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>空行 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <comment>wordlist note</comment>
        <translation>
            <numerusform>重複 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos;: %2 (dropped %3 and %4)</source>
        <comment>wordlist note</comment>
        <translation>単語リスト「%1」: %2 (%3と%4を除外)</translation>
    </message>
    <message>
        <source>Words per passphrase, %1 to %2 (default %3).</source>
        <translation>パスフレーズあたりの単語数。%1～%2 (既定値 %3)。</translation>
    </message>
    <message>
        <source>Between words (default &apos;-&apos;; may be empty).</source>
        <translation>単語の間に入れる文字 (既定値「-」。空でもかまいません)。</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name in --help: a separator text</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Append a random digit to one random word.</source>
        <translation>ランダムな 1 語の後ろにランダムな数字を 1 つ付けます。</translation>
    </message>
    <message>
        <source>Your own list: one word per line, UTF-8, at least %1 distinct words; a leading dice number is ignored.</source>
        <translation>独自のリスト: 1 行に 1 語、UTF-8、異なる単語が %1 語以上。行頭のダイス番号は無視されます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>value name in --help: a file path</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>How many passphrases (default 1).</source>
        <translation>生成するパスフレーズの数 (既定値 1)。</translation>
    </message>
    <message>
        <source>cannot read wordlist &apos;%1&apos;: %2</source>
        <translation>単語リスト「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is a binary file, not text</source>
        <translation>単語リスト「%1」はテキストではなくバイナリファイルです</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is not valid UTF-8</source>
        <translation>単語リスト「%1」は正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; has %2 distinct words; at least %3 are needed</source>
        <translation>単語リスト「%1」の異なる単語は %2 語です。%3 語以上必要です</translation>
    </message>
    <message>
        <source>--separator &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--separator「%1」に単独では使えない文字 (単独の結合文字または制御文字) が含まれています</translation>
    </message>
    <message>
        <source>Random passwords. With no class option all four classes are used; naming any selects only those named.</source>
        <translation>ランダムなパスワード。文字種のオプションがなければ 4 種類すべてを使い、指定すればその種類だけを使います。</translation>
    </message>
    <message>
        <source>Characters per password, %1 to %2 (default %3).</source>
        <translation>パスワードあたりの文字数。%1～%2 (既定値 %3)。</translation>
    </message>
    <message>
        <source>Use lowercase letters a-z.</source>
        <translation>小文字 a-z を使います。</translation>
    </message>
    <message>
        <source>Use uppercase letters A-Z.</source>
        <translation>大文字 A-Z を使います。</translation>
    </message>
    <message>
        <source>Use digits 0-9.</source>
        <translation>数字 0-9 を使います。</translation>
    </message>
    <message>
        <source>Use the 32 ASCII punctuation characters.</source>
        <translation>ASCII の記号 32 文字を使います。</translation>
    </message>
    <message>
        <source>Also use these characters (each user-perceived character counts once).</source>
        <translation>これらの文字も使います (見た目の 1 文字を 1 つと数えます)。</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>value name in --help: characters</comment>
        <translation>CHARS</translation>
    </message>
    <message>
        <source>Never use these characters.</source>
        <translation>これらの文字は使いません。</translation>
    </message>
    <message>
        <source>Avoid look-alike characters: %1</source>
        <translation>紛らわしい文字を避けます: %1</translation>
    </message>
    <message>
        <source>At least N lowercase letters.</source>
        <translation>小文字を N 文字以上。</translation>
    </message>
    <message>
        <source>At least N uppercase letters.</source>
        <translation>大文字を N 文字以上。</translation>
    </message>
    <message>
        <source>At least N digits.</source>
        <translation>数字を N 文字以上。</translation>
    </message>
    <message>
        <source>At least N symbols.</source>
        <translation>記号を N 文字以上。</translation>
    </message>
    <message>
        <source>How many passwords (default 1).</source>
        <translation>生成するパスワードの数 (既定値 1)。</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2, not %3</source>
        <translation>--length は %1～%2 にしてください (%3 は使えません)</translation>
    </message>
    <message>
        <source>no characters are left to choose from after --exclude &apos;%1&apos;</source>
        <translation>--exclude「%1」の後には選べる文字が残っていません</translation>
    </message>
    <message>
        <source>--min-%1 asks for %2, but --exclude removes every %1 character</source>
        <translation>--min-%1 は %2 文字を求めていますが、--exclude が %1 の文字をすべて除外しています</translation>
    </message>
    <message>
        <source>the minimums add up to %1, more than --length %2</source>
        <translation>最小文字数の合計 %1 が --length %2 を超えています</translation>
    </message>
    <message>
        <source>--custom &apos;%1&apos; has a character that cannot stand alone (a lone combining mark or a control character)</source>
        <translation>--custom「%1」に単独では使えない文字 (単独の結合文字または制御文字) が含まれています</translation>
    </message>
    <message>
        <source>How many distinct winners (default 1).</source>
        <translation>異なる当選者の数 (既定値 1)。</translation>
    </message>
    <message>
        <source>K</source>
        <comment>value name in --help: a number of winners</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>The list (default: standard input).</source>
        <translation>リスト (既定値: 標準入力)。</translation>
    </message>
    <message>
        <source>--shuffle prints the whole list and cannot be combined with --count</source>
        <translation>--shuffle はリスト全体を出力するため、--count と一緒には使えません</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>標準入力を読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: it is a directory</source>
        <translation>「%1」を読み込めません: ディレクトリです</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is not valid UTF-8</source>
        <translation>「%1」のリストは正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; has no entries (it is empty or blank)</source>
        <translation>「%1」のリストに項目がありません (空か空白のみです)</translation>
    </message>
    <message>
        <source>an entry in &apos;%1&apos; is longer than %2 characters</source>
        <translation>「%1」に %2 文字を超える項目があります</translation>
    </message>
    <message>
        <source>--count %1 is more than the %2 entries in the list</source>
        <translation>--count %1 がリストの項目数 %2 を超えています</translation>
    </message>
    <message>
        <source>Random tokens, like Python&apos;s secrets.token_hex and token_urlsafe.</source>
        <translation>Python の secrets.token_hex や token_urlsafe のようなランダムなトークン。</translation>
    </message>
    <message>
        <source>Random bytes per token, 1 to %1 (default %2).</source>
        <translation>トークンあたりのランダムなバイト数。1～%1 (既定値 %2)。</translation>
    </message>
    <message>
        <source>hex (default), urlsafe (base64url without padding), base64, base32 (RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a terminal).</source>
        <translation>hex (既定値)、urlsafe (パディングなしの base64url)、base64、base32 (RFC 4648、パディングなし)、uuid (バージョン 4)、または raw (バイト列。端末には出力しません)。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>value name in --help: a token format</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many tokens (default 1).</source>
        <translation>生成するトークンの数 (既定値 1)。</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; use hex, urlsafe, base64, base32, uuid or raw</source>
        <translation>不明な --format「%1」です。hex、urlsafe、base64、base32、uuid、raw のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--bytes does not apply to --format uuid, which is always 122 random bits</source>
        <translation>--bytes は --format uuid には使えません (uuid は常にランダムな 122 ビットです)</translation>
    </message>
    <message>
        <source>--json cannot be combined with --format raw</source>
        <translation>--json は --format raw と一緒には使えません</translation>
    </message>
    <message>
        <source>--format raw will not write binary data to a terminal; redirect it to a file or a pipe</source>
        <translation>--format raw は端末にバイナリデータを出力しません。ファイルかパイプにリダイレクトしてください</translation>
    </message>
    <message>
        <source>warning: with this wordlist (not prefix-free, or with digits in its words) and these options, different words can give the same passphrase, so entropy_bits is an upper bound</source>
        <translation>警告: この単語リスト (接頭辞符号でない、または数字を含む単語がある) とこれらのオプションでは、異なる単語から同じパスフレーズができることがあるため、entropy_bits は上限値です</translation>
    </message>
    <message>
        <source>--custom has %1 characters; at most %2 are allowed</source>
        <translation>--custom は %1 文字です。使用できるのは最大 %2 文字です</translation>
    </message>
    <message>
        <source>line %1 contains a control character (%2); remove it</source>
        <translation>%1 行目に制御文字 (%2) が含まれています。削除してください</translation>
    </message>
    <message>
        <source>line %1 contains a bidirectional control character (%2); remove it</source>
        <translation>%1 行目に双方向制御文字 (%2) が含まれています。削除してください</translation>
    </message>
    <message>
        <source>line %1 contains an invisible character (%2); remove it</source>
        <translation>%1 行目に見えない文字 (%2) が含まれています。削除してください</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; and &apos;%2&apos; look alike (lines %3 and %4)</source>
        <translation>警告: 「%1」と「%2」は見分けがつきにくい名前です (%3 行目と %4 行目)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部エラー: %1</translation>
    </message>
    <message>
        <source>wordlist &apos;%1&apos; is larger than %2 MB</source>
        <translation>単語リスト「%1」が %2 MB を超えています</translation>
    </message>
    <message>
        <source>the list in &apos;%1&apos; is larger than %2 MB</source>
        <translation>「%1」のリストが %2 MB を超えています</translation>
    </message>
    <message>
        <source>Draw winners from a list: one entry per line, from FILE or standard input. A name on several lines has several tickets; once it wins, all its tickets leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed and the list decide the winners, so anyone can check them.</source>
        <translation>リストから当選者を抽選します。1 行に 1 項目で、FILE または標準入力から読み込みます。複数の行にある名前は複数の抽選券を持ち、一度当選するとその名前の抽選券はすべて抽選から外れます。抽選はすべて passforge-draw-v1 (docs/draws.md) で行われます。シードとリストで当選者が決まるため、誰でも確認できます。</translation>
    </message>
    <message>
        <source>Print every entry once, in an order drawn by tickets.</source>
        <translation>すべての項目を 1 回ずつ、抽選券に基づいて抽選した順序で出力します。</translation>
    </message>
    <message>
        <source>One ticket per entry, however often a name appears.</source>
        <translation>名前が何回出てきても、1 つの項目に抽選券 1 枚とします。</translation>
    </message>
    <message>
        <source>Draw from these 32 bytes instead of a fresh seed from the system.</source>
        <translation>システムから得る新しいシードの代わりに、この 32 バイトから抽選します。</translation>
    </message>
    <message>
        <source>HEX</source>
        <comment>value name in --help: 64 hexadecimal digits</comment>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Draw from a public random value announced in advance: the seed is the SHA-256 of TEXT, exactly as given.</source>
        <translation>事前に予告された公開乱数値から抽選します。シードは、指定したとおりの TEXT の SHA-256 です。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>value name in --help: the text of a public random value</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One JSON object: the draw&apos;s record, which pick --verify checks.</source>
        <translation>1 つの JSON オブジェクトとして抽選の記録を出力します。pick --verify でこれを検証できます。</translation>
    </message>
    <message>
        <source>Check a record (from --json) against the list: exit 0 when it matches, 1 when it does not.</source>
        <translation>記録 (--json の出力) をリストと照合します。一致すれば 0、一致しなければ 1 で終了します。</translation>
    </message>
    <message>
        <source>RECORD</source>
        <comment>value name in --help: a record file</comment>
        <translation>RECORD</translation>
    </message>
    <message>
        <source>--verify takes the draw from the record and cannot be combined with --%1</source>
        <translation>--verify は抽選の内容を記録から取るため、--%1 と一緒には使えません</translation>
    </message>
    <message>
        <source>--seed and --beacon each give the seed; use one of them</source>
        <translation>--seed と --beacon はどちらもシードを指定します。どちらか一方を使ってください</translation>
    </message>
    <message>
        <source>--seed must be 64 hexadecimal digits (32 bytes), not &apos;%1&apos;</source>
        <translation>--seed には 16 進数 64 桁 (32 バイト) を指定してください (「%1」は使えません)</translation>
    </message>
    <message>
        <source>--beacon needs the text of the public random value</source>
        <translation>--beacon には公開乱数値のテキストが必要です</translation>
    </message>
    <message>
        <source>--beacon must be UTF-8 text, not &apos;%1&apos;</source>
        <translation>--beacon には UTF-8 のテキストを指定してください (「%1」は使えません)</translation>
    </message>
    <message>
        <source>drawn with %1 from seed %2</source>
        <translation>%1 でシード %2 から抽選しました</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is larger than %2 MB</source>
        <translation>記録「%1」が %2 MB を超えています</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not JSON: %2</source>
        <translation>記録「%1」は JSON ではありません: %2</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is not a JSON object</source>
        <translation>記録「%1」は JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has no &quot;%2&quot;</source>
        <translation>記録「%1」に &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is for the algorithm &apos;%2&apos;, not %3</source>
        <translation>記録「%1」はアルゴリズム「%2」用です (%3 用ではありません)</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; must be 64 hexadecimal digits, not &apos;%2&apos;</source>
        <translation>記録の &quot;%1&quot; は 16 進数 64 桁でなければなりません (「%2」になっています)</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; has both &quot;winners&quot; and &quot;order&quot;</source>
        <translation>記録「%1」に &quot;winners&quot; と &quot;order&quot; の両方があります</translation>
    </message>
    <message>
        <source>the record&apos;s &quot;%1&quot; has the wrong type or value</source>
        <translation>記録の &quot;%1&quot; の型または値が正しくありません</translation>
    </message>
    <message>
        <source>verified: the order of %1 entries, list %2, seed %3</source>
        <translation>検証済み: 項目 %1 件の順序、リスト %2、シード %3</translation>
    </message>
    <message>
        <source>verified: %1 of %2 entries, list %3, seed %4</source>
        <translation>検証済み: 項目 %2 件中 %1 件、リスト %3、シード %4</translation>
    </message>
    <message>
        <source>the list differs: its SHA-256 is %1, the record says %2</source>
        <translation>リストが違います: SHA-256 は %1 ですが、記録では %2 です</translation>
    </message>
    <message>
        <source>the entries differ: the list has %1, the record says %2</source>
        <translation>項目数が違います: リストは %1、記録では %2 です</translation>
    </message>
    <message>
        <source>the tickets differ: the list has %1, the record says %2</source>
        <translation>抽選券の数が違います: リストは %1、記録では %2 です</translation>
    </message>
    <message>
        <source>the duplicates differ: the list has %1, the record says %2</source>
        <translation>重複の数が違います: リストは %1、記録では %2 です</translation>
    </message>
    <message>
        <source>the seed differs: SHA-256 of the beacon is %1, the record says %2</source>
        <translation>シードが違います: 公開乱数値の SHA-256 は %1 ですが、記録では %2 です</translation>
    </message>
    <message>
        <source>the count differs: a shuffle of the list orders %1 entries, the record says %2</source>
        <translation>個数が違います: リストのシャッフルでは項目 %1 件を並べますが、記録では %2 です</translation>
    </message>
    <message>
        <source>the count differs: the list has %1 entries, the record&apos;s count is %2</source>
        <translation>個数が違います: リストの項目は %1 件ですが、記録の個数は %2 です</translation>
    </message>
    <message>
        <source>the order differs: it should name %1 entries, the record names %2</source>
        <translation>順序が違います: 項目 %1 件が並ぶはずですが、記録では %2 件です</translation>
    </message>
    <message>
        <source>the count differs: the record&apos;s count is %1, but it names %2 winners</source>
        <translation>個数が違います: 記録の個数は %1 ですが、当選者は %2 人挙げられています</translation>
    </message>
    <message>
        <source>place %1 of the order differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>順序の %1 番目が違います: 抽選では「%2」ですが、記録では「%3」です</translation>
    </message>
    <message>
        <source>winner %1 differs: the draw gives &apos;%2&apos;, the record says &apos;%3&apos;</source>
        <translation>%1 番目の当選者が違います: 抽選では「%2」ですが、記録では「%3」です</translation>
    </message>
    <message>
        <source>Start from the options of a preset (&apos;passforge-cli presets&apos; lists them); options given here override it.</source>
        <translation>プリセットのオプションから始めます (一覧は「passforge-cli presets」で表示)。ここで指定したオプションはプリセットより優先されます。</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>value name in --help: a name</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; &apos;passforge-cli presets&apos; lists them</source>
        <translation>不明なプリセット「%1」です。一覧は「passforge-cli presets」で表示できます</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for %2, not %3</source>
        <translation>プリセット「%1」は %2 用です (%3 用ではありません)</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: %2</source>
        <translation>プリセット「%1」: %2</translation>
    </message>
    <message>
        <source>--rules and --site cannot be combined</source>
        <translation>--rules と --site は一緒には使えません</translation>
    </message>
    <message>
        <source>%1 replaces the class options; leave out --%2</source>
        <translation>%1 は文字種のオプションの代わりになります。--%2 を外してください</translation>
    </message>
    <message>
        <source>no rules are known for the site &apos;%1&apos;; give them with --rules</source>
        <translation>サイト「%1」のルールは不明です。--rules で指定してください</translation>
    </message>
    <message>
        <source>Follow a site&apos;s password rules, in Apple&apos;s password-rules language (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;); replaces the class options.</source>
        <translation>サイトのパスワードのルールに従います。Apple の password-rules 言語で指定します (&quot;minlength: 8; required: digit; max-consecutive: 2&quot;)。文字種のオプションの代わりになります。</translation>
    </message>
    <message>
        <source>RULES</source>
        <comment>value name in --help: password rules</comment>
        <translation>RULES</translation>
    </message>
    <message>
        <source>Follow the known rules of a website (&apos;passforge-cli sites&apos; lists them); replaces the class options.</source>
        <translation>既知の Web サイトのルールに従います (一覧は「passforge-cli sites」で表示)。文字種のオプションの代わりになります。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>value name in --help: a website&apos;s domain</comment>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>--length must be from %1 to %2 for these rules, not %3</source>
        <translation>このルールでは --length は %1～%2 にしてください (%3 は使えません)</translation>
    </message>
    <message>
        <source>the rules admit no length: minlength %1, maxlength %2, and Passforge makes %3 to %4 characters</source>
        <translation>ルールに合う長さがありません: minlength %1、maxlength %2 ですが、Passforge が作るのは %3～%4 文字です</translation>
    </message>
    <message>
        <source>the rules require one of &apos;%1&apos;, and none of them can be drawn (the space never is; --exclude and --no-lookalikes remove the rest)</source>
        <translation>ルールは「%1」のいずれかを必須としていますが、どれも選べません (空白は常に使わず、残りは --exclude と --no-lookalikes で除外されています)</translation>
    </message>
    <message>
        <source>no password of %1 characters meets the rules: %2</source>
        <translation>%1 文字のパスワードではルールを満たせません: %2</translation>
    </message>
    <message>
        <source>the rules have more than %1 different required sets</source>
        <translation>ルールの異なる required のセットが %1 個を超えています</translation>
    </message>
    <message>
        <source>The websites whose password rules &apos;password --site&apos; knows, with their rules (Apple&apos;s password-manager-resources, %1): one per line, the domain, a tab, the rules.</source>
        <translation>「password --site」がパスワードのルールを知っている Web サイトとそのルール (Apple の password-manager-resources、%1): 1 行に 1 サイトで、ドメイン、タブ、ルールの順に出力します。</translation>
    </message>
    <message>
        <source>One JSON object per line, with domain and rules.</source>
        <translation>1 行に 1 つの JSON オブジェクト (domain と rules) を出力します。</translation>
    </message>
    <message>
        <source>The presets that --preset can name, built-in ones first: one per line, the name, a tab, the command, a tab, its options. Your own presets are in %1.</source>
        <translation>--preset で指定できるプリセット (組み込みのものが先)。1 行に 1 つで、名前、タブ、コマンド、タブ、オプションの順に出力します。独自のプリセットは %1 にあります。</translation>
    </message>
    <message>
        <source>Print the value as a QR code of text half blocks, for a terminal with light text on a dark background, and nothing else.</source>
        <translation>値をテキストの半ブロックによる QR コードとして出力し、ほかには何も出力しません (暗い背景に明るい文字の端末向け)。</translation>
    </message>
    <message>
        <source>Make the value the Wi-Fi text that phones scan to join the network NAME (WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.</source>
        <translation>値を、スマートフォンがネットワーク NAME に接続するために読み取る Wi-Fi テキスト (WIFI:T:WPA;S:NAME;P:password;;) にします。--qr を付けるとその QR コードを出力します。</translation>
    </message>
    <message>
        <source>With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.</source>
        <translation>--wifi-ssid と併用: wpa (WPA と WPA2、既定値)または wpa3。</translation>
    </message>
    <message>
        <source>With --wifi-ssid: the network is hidden.</source>
        <translation>--wifi-ssid と併用: ネットワークがステルス (非公開)です。</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <comment>value name in --help: a Wi-Fi security type</comment>
        <translation>SECURITY</translation>
    </message>
    <message>
        <source>--qr shows one value; it cannot be used with --count above 1</source>
        <translation>--qr は値を 1 つだけ表示するため、1 より大きい --count とは併用できません</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --json</source>
        <translation>--qr は --json と併用できません</translation>
    </message>
    <message>
        <source>--wifi-ssid needs a network name</source>
        <translation>--wifi-ssid にはネットワーク名が必要です</translation>
    </message>
    <message>
        <source>unknown --wifi-security &apos;%1&apos;; use wpa or wpa3</source>
        <translation>不明な --wifi-security「%1」です。wpa または wpa3 を指定してください</translation>
    </message>
    <message>
        <source>--%1 needs --wifi-ssid</source>
        <translation>--%1 には --wifi-ssid が必要です</translation>
    </message>
    <message>
        <source>the value is %1 bytes long, too long for a QR code (at most %2)</source>
        <translation>値は %1 バイトあり、QR コードには長すぎます (最大 %2)</translation>
    </message>
    <message>
        <source>--qr cannot be combined with --format raw, which is binary</source>
        <translation>--qr はバイナリである --format raw と併用できません</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess, by zxcvbn. The password is read from standard input, one line.</source>
        <translation>手持ちのパスワードがどれだけ推測されにくいかを zxcvbn で調べます。パスワードは標準入力から 1 行読み込みます。</translation>
    </message>
    <message>
        <source>One JSON object with guesses_log10, score, crack_seconds, warning and suggestions.</source>
        <translation>1 つの JSON オブジェクト (guesses_log10、score、crack_seconds、warning、suggestions) を出力します。</translation>
    </message>
    <message>
        <source>check takes no password argument: it reads the password from standard input, so that it stays out of the process list and shell history</source>
        <translation>check はパスワードを引数に取りません。プロセス一覧やシェルの履歴に残らないよう、パスワードは標準入力から読み込みます</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>チェックするパスワード: </translation>
    </message>
    <message>
        <source>standard input is empty; give check the password on it</source>
        <translation>標準入力が空です。check にはパスワードを標準入力から渡してください</translation>
    </message>
    <message>
        <source>standard input holds more than one line; check reads one password</source>
        <translation>標準入力に複数の行があります。check が読み込むパスワードは 1 つです</translation>
    </message>
    <message>
        <source>the password on standard input contains a NUL byte</source>
        <translation>標準入力のパスワードに NUL バイトが含まれています</translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>標準入力のパスワードが %1 バイトを超えています</translation>
    </message>
    <message>
        <source>Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an hour, %5 online at 10 a second, %6 offline against a slow hash, %7 offline against a fast hash.</source>
        <translation>スコア %1 / 4 (%2): 推測回数は約 %3 回。見破られるまでの時間は、オンラインで 1 時間に 100 回なら %4、オンラインで 1 秒に 10 回なら %5、オフラインで低速なハッシュなら %6、オフラインで高速なハッシュなら %7 です。</translation>
    </message>
    <message>
        <source>It contains %1.</source>
        <translation>%1が含まれています。</translation>
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
        <translation>使い方: passforge-cli コマンド [オプション]
オペレーティングシステムの乱数源から、パスワード、トークン、数値、公正な抽選を作ります。

コマンド:
  password   文字の種類を組み合わせたランダムなパスワード
  passphrase correct-horse-battery-staple のようなランダムな単語
  token      API トークン: hex、urlsafe、base64、base32、uuid または生のバイト列
  number     範囲内 (両端を含む) の一様な整数
  pick       リストから当選者を抽選 (1 行に 1 項目)
  sites      password --site がパスワードのルールを知っている Web サイト
  presets    --preset で適用する、名前付きのオプションのセット
  check      手持ちのパスワードがどれだけ推測されにくいか (標準入力から読み込み)

オプション:
  -h, --help     このヘルプを表示。コマンド --help でそのコマンドのオプションを表示
  -v, --version  バージョンを表示

終了ステータス: 成功時は 0、乱数源または出力の失敗時 (または pick --verify で違いが見つかった場合) は 1、不正な入力では 2。
</translation>
    </message>
    <message>
        <source>--wifi-ssid &apos;%1&apos; is %2 bytes long; a network name has at most %3</source>
        <translation>--wifi-ssid「%1」は %2 バイトあります。ネットワーク名は最大 %3 バイトです</translation>
    </message>
    <message>
        <source>%1 (%2 words)</source>
        <comment>a built-in list in --help: its code and size</comment>
        <translation>%1 (%2 語)</translation>
    </message>
    <message>
        <source>Passphrases of random words from a built-in list (English by default: %1 words, %2 bits each) or your own.</source>
        <translation>組み込みのリスト (既定では英語: %1 語、1 語あたり %2 ビット) または独自のリストから選んだランダムな単語によるパスフレーズ。</translation>
    </message>
    <message>
        <source>A built-in list, by language: %1. The default is en, whatever the locale, so that scripts stay the same.</source>
        <translation>言語ごとの組み込みのリスト: %1。スクリプトの結果が変わらないよう、ロケールにかかわらず既定値は en です。</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>value name in --help: a language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown --list &apos;%1&apos;; the built-in lists are %2</source>
        <translation>不明な --list「%1」です。組み込みのリストは %2 です</translation>
    </message>
    <message>
        <source>--list and --wordlist exclude each other: a wordlist file replaces the built-in list</source>
        <translation>--list と --wordlist は併用できません。単語リストのファイルは組み込みのリストの代わりに使われます</translation>
    </message>
    <message>
        <source>Give each gap its own separator, drawn from these characters (2 to %1 distinct; adds log2 of their number a gap).</source>
        <translation>単語の間ごとに、これらの文字から選んだ別々の区切り文字を入れます (異なる文字を 2～%1 個。単語の間 1 つごとに文字数の log2 が加わります)。</translation>
    </message>
    <message>
        <source>lower (default), upper, each (each word capitalised; also title), one (one random word capitalised) or random (each word capitalised or not, at random: a bit a word).</source>
        <translation>lower (既定値)、upper、each (すべての語の先頭を大文字。title も可)、one (ランダムな 1 語の先頭を大文字)、または random (各語の先頭を大文字にするかどうかをランダムに決定。1 語あたり 1 ビット)。</translation>
    </message>
    <message>
        <source>CASE</source>
        <comment>value name in --help: lower, upper, each, one or random</comment>
        <translation>CASE</translation>
    </message>
    <message>
        <source>Append a random symbol (one of %1) to one random word.</source>
        <translation>ランダムな 1 語の後ろにランダムな記号 (%1 のいずれか) を 1 つ付けます。</translation>
    </message>
    <message>
        <source>--separator and --separator-from exclude each other</source>
        <translation>--separator と --separator-from は一緒には使えません</translation>
    </message>
    <message>
        <source>--separator-from &apos;%1&apos; must hold 2 to %2 distinct characters, none a lone combining mark or a control character</source>
        <translation>--separator-from「%1」には異なる文字を 2～%2 個指定してください。単独の結合文字や制御文字は使えません</translation>
    </message>
    <message>
        <source>unknown --case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>不明な --case「%1」です。lower、upper、each、one、random のいずれかを指定してください</translation>
    </message>
    <message>
        <source>warning: in this case two words of the wordlist look the same (such as straße and strasse, both STRASSE), so entropy_bits is an upper bound</source>
        <translation>警告: この大文字・小文字の設定では単語リストの 2 つの単語が同じになる (straße と strasse がどちらも STRASSE になるなど) ため、entropy_bits は上限値です</translation>
    </message>
    <message>
        <source>Easy to say: syllables of the letters %1, %2 and %3 (see the manual), uniform among every string of the length; takes --length (%4 to %5), --min-upper 0 or 1 and --min-digits 0 or 1.</source>
        <translation>発音しやすいパスワード: %1、%2、%3 の文字からなる音節 (マニュアルを参照) で、その長さのすべての文字列から一様に選びます。--length (%4～%5)、--min-upper 0 または 1、--min-digits 0 または 1 を指定できます。</translation>
    </message>
    <message>
        <source>--%1 does not apply to --pronounceable, whose letters the grammar fixes</source>
        <translation>--%1 は --pronounceable には使えません (使う文字は音節の規則で決まっています)</translation>
    </message>
    <message>
        <source>unknown shell &apos;%1&apos; for --completions; use bash, zsh or fish</source>
        <translation>--completions のシェル「%1」は不明です。bash、zsh、fish のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message>
        <source>Time left before the clipboard is cleared</source>
        <translation>クリップボードが消去されるまでの残り時間</translation>
    </message>
    <message>
        <source>Copied; the clipboard keeps it until you clear it</source>
        <translation>コピーしました。消去するまでクリップボードに残ります</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>%n 秒後にクリップボードを消去</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard as plain text</source>
        <translation>プレーンテキストとしてクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>クリップボードを消去しました</translation>
    </message>
    <message>
        <source>This desktop lets Passforge clear the clipboard only while its window has focus, and not once another program has taken the value over: the value may stay after the countdown. Use Clear now before you switch away.</source>
        <translation>このデスクトップでは、Passforge がクリップボードを消去できるのはウィンドウにフォーカスがある間だけで、ほかのプログラムが値を引き継いだ後は消去できません。そのため、カウントダウンが終わっても値がクリップボードに残ることがあります。ほかのウィンドウに切り替える前に「今すぐ消去」を使ってください。</translation>
    </message>
</context>
<context>
    <name>DrawRecord</name>
    <message>
        <source>Passforge draw record</source>
        <translation>Passforge 抽選記録</translation>
    </message>
    <message>
        <source>Passforge shuffle record</source>
        <translation>Passforge シャッフル記録</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>項目数: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (a name on several lines has one ticket per line)</source>
        <translation>くじ: %1 枚 (複数の行にある名前は 1 行につき 1 枚)</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>リストの SHA-256: %1</translation>
    </message>
    <message>
        <source>Winners, in draw order:</source>
        <translation>当選者 (抽選順):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <comment>heading of the list in shuffled order</comment>
        <translation>順序:</translation>
    </message>
    <message>
        <source>Draw %1 of this session</source>
        <translation>このセッションの抽選 %1</translation>
    </message>
    <message>
        <source>Shuffle %1 of this session</source>
        <translation>このセッションのシャッフル %1</translation>
    </message>
    <message>
        <source>Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed</source>
        <translation>抽選 %1 の修正: %2 を %3 に差し替え (同じシードから抽選した次の当選者)</translation>
    </message>
    <message>
        <source>Duplicates: %1, removed: one ticket per entry</source>
        <translation>重複: %1 件、削除済み: 1 つの項目に抽選券 1 枚</translation>
    </message>
    <message>
        <source>Drawn with: %1</source>
        <comment>the name of the draw algorithm</comment>
        <translation>抽選方式: %1</translation>
    </message>
    <message>
        <source>Public random value: %1</source>
        <translation>公開乱数値: %1</translation>
    </message>
    <message>
        <source>Seed: %1 (SHA-256 of the public random value)</source>
        <translation>シード: %1 (公開乱数値の SHA-256)</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>シード: %1</translation>
    </message>
    <message>
        <source>To check it, save this line as a file and run passforge-cli pick --verify FILE LIST, or docs/verify-draw.py FILE LIST:</source>
        <translation>確認するには、この行をファイルに保存して passforge-cli pick --verify FILE LIST または docs/verify-draw.py FILE LIST を実行してください:</translation>
    </message>
</context>
<context>
    <name>GenerateManyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>すべてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Generate Many</source>
        <translation>まとめて生成</translation>
    </message>
    <message>
        <source>The tab&apos;s options, as passforge-cli takes them</source>
        <translation>このタブのオプション (passforge-cli に渡す形式)</translation>
    </message>
    <message>
        <source>A saved file holds these secrets as plain text: keep it safe, and delete it when it has served.</source>
        <translation>保存したファイルには、これらの秘密の値がプレーンテキストで入っています。安全に保管し、用が済んだら削除してください。</translation>
    </message>
    <message>
        <source>Copy every value, one per line, to the clipboard, which clears itself after a while</source>
        <translation>すべての値を 1 行に 1 つずつクリップボードにコピーします。しばらくすると自動で消去されます</translation>
    </message>
    <message>
        <source>Save every value, one per line, to a file only you can read</source>
        <translation>すべての値を 1 行に 1 つずつ、自分だけが読めるファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;How many (%1–%2):</source>
        <translation>個数(&amp;H) (%1～%2):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Cancelled; no values were kept.</source>
        <translation>キャンセルしました。値は残していません。</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>システムの乱数源が失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 values are ready to copy or save.</source>
        <translation>%1 個の値をコピーまたは保存できます。</translation>
    </message>
    <message>
        <source>%1 values copied; the clipboard clears itself after a while.</source>
        <translation>%1 個の値をコピーしました。しばらくするとクリップボードは自動で消去されます。</translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation>値を保存</translation>
    </message>
    <message>
        <source>%1 values saved to %2, readable only by you.</source>
        <translation>%1 個の値を %2 に保存しました。読み取れるのはあなただけです。</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>%1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>GeneratorPage</name>
    <message>
        <source>&amp;Regenerate</source>
        <translation>再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Make a new value with the same options (Ctrl+R, F5)</source>
        <translation>同じオプションで新しい値を作ります (Ctrl+R、F5)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>クリップボードにコピーします。しばらくすると自動で消去されます</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>値を隠す</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>値を表示</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>システムの乱数源が失敗しました: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard as plain text, which stays there</source>
        <translation>プレーンテキストとしてクリップボードにコピーします (自動では消去されません)</translation>
    </message>
    <message>
        <source>More: a QR code, many values at once</source>
        <translation>その他: QR コード、複数の値をまとめて生成</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>QR コード</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>表示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>すべて消去(&amp;A)</translation>
    </message>
    <message>
        <source>History of This Session</source>
        <translation>このセッションの履歴</translation>
    </message>
    <message>
        <source>Values of this session</source>
        <translation>このセッションの値</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens you make or copy are kept here until you quit, in memory only; nothing here is ever saved.</source>
        <translation>作成またはコピーした直近 %1 個のパスワード、パスフレーズ、トークンを、終了するまでメモリ上だけに保持します。ここにあるものが保存されることはありません。</translation>
    </message>
    <message>
        <source>No history is kept: turn on “Keep a history of this session&apos;s values” in Preferences.</source>
        <translation>履歴は保持されていません: 設定で「このセッションの値の履歴を残す」をオンにしてください。</translation>
    </message>
    <message>
        <source>Copy to the clipboard, which clears itself after a while</source>
        <translation>クリップボードにコピーします。しばらくすると自動で消去されます</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>非表示の値</translation>
    </message>
    <message>
        <source>%1, copied</source>
        <translation>%1、コピー済み</translation>
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
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>パスフレーズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>数値(&amp;N)</translation>
    </message>
    <message>
        <source>Pick a &amp;winner</source>
        <translation>抽選(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation>今すぐ消去(&amp;L)</translation>
    </message>
    <message>
        <source>Take the copied value off the clipboard now</source>
        <translation>コピーした値を今すぐクリップボードから消去します</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Passforge</source>
        <translation>Passforge について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About Passforge</source>
        <translation>Passforge について</translation>
    </message>
    <message>
        <source>Make a new value with the same options</source>
        <translation>同じオプションで新しい値を生成します</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>値をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Open list…</source>
        <translation>リストを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Verify a draw record…</source>
        <translation>抽選記録を検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a saved draw record against its list</source>
        <translation>保存した抽選記録をそのリストと照合します</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>This session&apos;s passwords, passphrases and tokens</source>
        <translation>このセッションのパスワード、パスフレーズ、トークン</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>QR コードで表示(&amp;Q)…</translation>
    </message>
    <message>
        <source>Show the value as a QR code for a phone to read</source>
        <translation>スマートフォンで読み取れるように値を QR コードで表示します</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi QR code…</source>
        <translation>Wi-Fi の QR コード(&amp;W)…</translation>
    </message>
    <message>
        <source>A QR code that joins phones to a network with this password</source>
        <translation>このパスワードでスマートフォンをネットワークに接続できる QR コード</translation>
    </message>
    <message>
        <source>Generate &amp;many…</source>
        <translation>まとめて生成(&amp;M)…</translation>
    </message>
    <message>
        <source>Many values of these options, to copy or save</source>
        <translation>これらのオプションで複数の値を生成し、コピーまたは保存します</translation>
    </message>
    <message>
        <source>Chec&amp;k a password…</source>
        <translation>パスワードをチェック(&amp;K)…</translation>
    </message>
    <message>
        <source>How hard a password you already have is to guess</source>
        <translation>手持ちのパスワードがどれだけ推測されにくいかを調べます</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;Passwords, passphrases, tokens, random numbers and fair draws from the operating system&apos;s random source, in five tabs: Password, Passphrase, Token, Number and Pick a winner. Nothing you generate is saved.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Credits: the built-in wordlists are made from EFF&apos;s large wordlist (English), dys2p&apos;s German list, the French list made for Tails, victordargallo&apos;s Spanish and Italian lists and drebs&apos;s Brazilian Portuguese list, screened with the LDNOOBW lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike names are found with ICU&apos;s confusable data; the window is built with Qt.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passforge %1&lt;/h3&gt;&lt;p&gt;オペレーティングシステムの乱数源から、パスワード、パスフレーズ、トークン、乱数、公正な抽選を作ります。タブは「パスワード」「パスフレーズ」「トークン」「数値」「抽選」の 5 つです。生成したものは保存されません。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;クレジット: 内蔵の単語リストは、EFF の大きな単語リスト (英語)、dys2p のドイツ語リスト、Tails のために作られたフランス語リスト、victordargallo のスペイン語とイタリア語のリスト、drebs のブラジル・ポルトガル語リストから作られ、LDNOOBW のリストで選別されています。強度の推定には zxcvbn-c を、QR コードには qrcodegen を使っています。紛らわしい名前の検出には ICU の confusable データを使っています。ウィンドウは Qt で作られています。&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書バージョン 3 以降のもとで提供されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberTab</name>
    <message>
        <source>&amp;Distinct: no value twice</source>
        <translation>重複なし: 同じ値を繰り返さない(&amp;D)</translation>
    </message>
    <message>
        <source>Generated numbers</source>
        <translation>生成された数値</translation>
    </message>
    <message>
        <source>Any whole number from %1 to %2</source>
        <translation>%1 から %2 までの任意の整数</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Minimum, included</source>
        <translation>最小値 (含む)</translation>
    </message>
    <message>
        <source>Maximum, included</source>
        <translation>最大値 (含む)</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>最小値(&amp;I):</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>最大値(&amp;A):</translation>
    </message>
    <message>
        <source>How many numbers</source>
        <translation>生成する数の個数</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>個数(&amp;O):</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>重複のない値</translation>
    </message>
    <message>
        <source>Enter a whole number as the minimum.</source>
        <translation>最小値には整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number as the maximum.</source>
        <translation>最大値には整数を入力してください。</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>最小値 %1 が最大値 %2 より大きくなっています。</translation>
    </message>
    <message>
        <source>From %1 to %2 there are fewer than %3 different values, so they cannot all be distinct.</source>
        <translation>%1 から %2 までには異なる値が %3 個もないため、すべてを重複なしにはできません。</translation>
    </message>
    <message>
        <source>Distinct draws are limited to %L1 values.</source>
        <translation>重複なしで生成できるのは %L1 個までです。</translation>
    </message>
    <message>
        <source>one of %1 values (%2 bits)</source>
        <comment>a number drawn from a range</comment>
        <translation>%1 個の値のうちの 1 つ (%2 ビット)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct values of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%1 個のうち互いに異なる %Ln 個の値 (合計 %2 ビット)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values, each one of %1 (%2 bits in all)</source>
        <translation>
            <numerusform>%Ln 個の値、それぞれ %1 個のうちの 1 つ (合計 %2 ビット)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the range is equally likely. A number is not treated as a secret: a copy is plain text and stays on the clipboard.</source>
        <translation>範囲内のどの値も等しい確率で選ばれます。数値は秘密として扱われません。コピーはプレーンテキストで、クリップボードに残ります。</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>The minimum must be %1.</source>
        <translation>最小値は %1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The maximum must be %1.</source>
        <translation>最大値は %1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The count must be from %1 to %2.</source>
        <translation>個数は %1 から %2 までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>Enter both bounds as whole numbers first.</source>
        <translation>先に最小値と最大値を整数で入力してください。</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <source>Add a random di&amp;git</source>
        <translation>ランダムな数字を追加(&amp;G)</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>生成されたパスフレーズ</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>単語数</translation>
    </message>
    <message>
        <source>Wor&amp;ds:</source>
        <translation>単語数(&amp;D):</translation>
    </message>
    <message>
        <source>None: the words run together</source>
        <translation>なし: 単語を続けて並べます</translation>
    </message>
    <message>
        <source>Separator between words</source>
        <translation>単語の区切り文字</translation>
    </message>
    <message>
        <source>Goes between the words; it may be empty, and it adds no entropy</source>
        <translation>単語の間に入ります。空でもかまいません。エントロピーは増えません</translation>
    </message>
    <message>
        <source>Separat&amp;or:</source>
        <translation>区切り文字(&amp;O):</translation>
    </message>
    <message>
        <source>Letter case</source>
        <translation>大文字と小文字</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>すべて小文字</translation>
    </message>
    <message>
        <source>UPPERCASE</source>
        <translation>すべて大文字</translation>
    </message>
    <message>
        <source>One random word capitalised</source>
        <translation>ランダムな 1 語の先頭を大文字</translation>
    </message>
    <message>
        <source>Which word is capitalised is random too, and counts as entropy</source>
        <translation>どの語を大文字にするかもランダムで、エントロピーに含まれます</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>大文字と小文字(&amp;A):</translation>
    </message>
    <message>
        <source>Add a random digit</source>
        <translation>ランダムな数字を追加</translation>
    </message>
    <message>
        <source>Appends a random digit 0–9 to one random word, for sites that insist on a digit</source>
        <translation>ランダムな 1 語の後ろにランダムな数字 (0–9) を付けます。数字を必須とするサイト向けです</translation>
    </message>
    <message>
        <source>Word&amp;list:</source>
        <translation>単語リスト(&amp;L):</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>an upper bound on the entropy, such as “77.5 bits — strong”</comment>
        <translation>最大 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln words × %2 bits (%3-word list)</source>
        <comment>the entropy, then how it arises: words times bits per word</comment>
        <translation>
            <numerusform>%1 · %Ln 語 × %2 ビット (%3 語のリスト)</numerusform>
        </translation>
    </message>
    <message>
        <source>capital</source>
        <comment>bits for which word is capitalised</comment>
        <translation>大文字</translation>
    </message>
    <message>
        <source>digit</source>
        <comment>bits for where the digit goes and which digit it is</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>%1 + %2 bits (%3)</source>
        <comment>the entropy line, then bits for the capital or digit</comment>
        <translation>%1 + %2 ビット (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.</source>
        <translation>
            <numerusform>%Ln 語 (それぞれ %1 語から選択): %Ln × log2(%1) = %2 ビット。</numerusform>
        </translation>
    </message>
    <message>
        <source>Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.</source>
        <translation>どの語に数字を付けるか、どの数字か: log2(10 × %1) = %2 ビット。</translation>
    </message>
    <message>
        <source>A passphrase needs from %1 to %2 words.</source>
        <translation>パスフレーズには %1～%2 語が必要です。</translation>
    </message>
    <message>
        <source>The separator has a character that cannot stand alone, such as a lone accent or an invisible control character.</source>
        <translation>区切り文字に単独では使えない文字 (単独のアクセント記号や見えない制御文字など) が含まれています。</translation>
    </message>
    <message>
        <source>The wordlist has fewer than %1 words.</source>
        <translation>単語リストの単語が %1 語未満です。</translation>
    </message>
    <message>
        <source>Some words of this list contain digits, so the added digit may be read as part of a word, and a passphrase as more than one choice of words: the entropy shown is an upper bound. Without the added digit it is exact.</source>
        <translation>このリストには数字を含む単語があるため、追加した数字が単語の一部として読まれ、1 つのパスフレーズを複数の単語の組み合わせとして読める場合があります。表示されるエントロピーは上限値です。数字を追加しなければ正確な値になります。</translation>
    </message>
    <message>
        <source>Some words of this list begin with other words, and the separator does not keep the words apart, so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. A one-character separator that appears in no word makes it exact.</source>
        <translation>このリストには別の単語で始まる単語があり、区切り文字でも単語を区別できないため、1 つのパスフレーズを複数の単語の組み合わせとして読める場合があります。表示されるエントロピーは上限値です。どの単語にも含まれない 1 文字の区切り文字を使うと正確な値になります。</translation>
    </message>
    <message>
        <source>Each Word Capitalised</source>
        <translation>各語の先頭を大文字</translation>
    </message>
    <message>
        <source>Random: each word capitalised or not</source>
        <translation>ランダム: 各語の先頭を大文字にするかどうか</translation>
    </message>
    <message>
        <source>A coin for each word decides its capital: one bit a word, for words that have a capital</source>
        <translation>語ごとにコインを投げて先頭を大文字にするかどうかを決めます。大文字にできる語では 1 語あたり 1 ビットです</translation>
    </message>
    <message>
        <source>Mi&amp;x separators:</source>
        <translation>区切り文字を混ぜる(&amp;X):</translation>
    </message>
    <message>
        <source>Off; or characters to draw each gap&apos;s from</source>
        <translation>オフ、または区切り文字の候補となる文字</translation>
    </message>
    <message>
        <source>Characters to draw each separator from</source>
        <translation>各区切り文字の候補となる文字</translation>
    </message>
    <message>
        <source>Each gap between words gets its own separator, drawn from these characters (2 to %1, all different), in place of the one above; each gap adds log2 of their number</source>
        <translation>単語の間ごとに、これらの文字 (2～%1 個、すべて異なる文字) から選んだ別々の区切り文字を、上の区切り文字の代わりに入れます。単語の間 1 つごとに文字数の log2 が加わります</translation>
    </message>
    <message>
        <source>Add a random s&amp;ymbol</source>
        <translation>ランダムな記号を追加(&amp;Y)</translation>
    </message>
    <message>
        <source>Add a random symbol</source>
        <translation>ランダムな記号を追加</translation>
    </message>
    <message>
        <source>Appends a random symbol (one of %1) to one random word, for sites that insist on a symbol</source>
        <translation>ランダムな 1 語の後ろにランダムな記号 (%1 のいずれか) を付けます。記号を必須とするサイト向けです</translation>
    </message>
    <message>
        <source>case</source>
        <comment>bits for each word&apos;s random capital</comment>
        <translation>大文字小文字</translation>
    </message>
    <message>
        <source>separators</source>
        <comment>bits for each gap&apos;s separator</comment>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>symbol</source>
        <comment>bits for where the symbol goes and which symbol it is</comment>
        <translation>記号</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the sources of extra bits</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Which word is capitalised: %1 bits (log2(%2) when every word has a capital).</source>
        <translation>どの語を大文字にするか: %1 ビット (すべての語を大文字にできる場合は log2(%2))。</translation>
    </message>
    <message>
        <source>Whether each word is capitalised: %1 bits (a bit for each word that has a capital).</source>
        <translation>各語を大文字にするかどうか: %1 ビット (大文字にできる語 1 つにつき 1 ビット)。</translation>
    </message>
    <message>
        <source>Each gap&apos;s separator, from %1: %2 bits.</source>
        <translation>単語の間ごとの区切り文字 (%1 個から選択): %2 ビット。</translation>
    </message>
    <message>
        <source>Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.</source>
        <translation>どの語に記号を付けるか、どの記号か: log2(%1 × %2) = %3 ビット。</translation>
    </message>
    <message>
        <source>Mixed separators need 2 to %1 different characters, none a lone accent or an invisible control character.</source>
        <translation>混ぜる区切り文字には異なる文字が 2～%1 個必要です。単独のアクセント記号や見えない制御文字は使えません。</translation>
    </message>
    <message>
        <source>Some words of this list contain symbols, so the added symbol may be read as part of a word: the entropy shown is an upper bound. Without the added symbol it is exact.</source>
        <translation>このリストには記号を含む単語があるため、追加した記号が単語の一部として読まれる場合があります。表示されるエントロピーは上限値です。記号を追加しなければ正確な値になります。</translation>
    </message>
    <message>
        <source>In this case two words of the list look the same (such as straße and strasse, both STRASSE), so a passphrase may be read as more than one choice of words: the entropy shown is an upper bound. Lowercase keeps it exact.</source>
        <translation>この大文字・小文字の設定ではリストの 2 つの単語が同じになる (straße と strasse がどちらも STRASSE になるなど) ため、1 つのパスフレーズを複数の単語の組み合わせとして読める場合があります。表示されるエントロピーは上限値です。すべて小文字にすると正確な値になります。</translation>
    </message>
</context>
<context>
    <name>PasswordCheckDialog</name>
    <message>
        <source>Check a Password</source>
        <translation>パスワードをチェック</translation>
    </message>
    <message>
        <source>A password you use or want to use</source>
        <translation>使っている、または使いたいパスワード</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>チェックするパスワード</translation>
    </message>
    <message>
        <source>zxcvbn estimates how many guesses an attacker who tries common passwords, words, names, dates and keyboard patterns first would need. What you type stays in this window and is never saved.</source>
        <translation>zxcvbn は、よく使われるパスワード、単語、名前、日付、キーボードのパターンから試していく攻撃者が、何回の推測を必要とするかを見積もります。入力した内容はこのウィンドウの中だけで使われ、保存されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>スコア:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>推測回数:</translation>
    </message>
    <message>
        <source>Online, 100 guesses an hour:</source>
        <translation>オンライン、1 時間に 100 回:</translation>
    </message>
    <message>
        <source>Online, 10 guesses a second:</source>
        <translation>オンライン、1 秒に 10 回:</translation>
    </message>
    <message>
        <source>Offline, slow hash (10^4 a second):</source>
        <translation>オフライン、低速なハッシュ (1 秒に 10^4 回):</translation>
    </message>
    <message>
        <source>Offline, fast hash (10^10 a second):</source>
        <translation>オフライン、高速なハッシュ (1 秒に 10^10 回):</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>検出されたパターン:</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Type a password to see its estimate.</source>
        <translation>パスワードを入力すると推定結果が表示されます。</translation>
    </message>
    <message>
        <source>%1 of 4: %2</source>
        <translation>%1 / 4: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1 回</translation>
    </message>
    <message>
        <source>nothing zxcvbn knows</source>
        <translation>zxcvbn の既知のパターンなし</translation>
    </message>
    <message>
        <source>This password is longer than %1 bytes, the most zxcvbn checks.</source>
        <translation>このパスワードは %1 バイトを超えています。zxcvbn が調べられるのは %1 バイトまでです。</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Generated password</source>
        <translation>生成されたパスワード</translation>
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
        <translation>記号</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>長さ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;A–Z</source>
        <translation>A–Z(&amp;A)</translation>
    </message>
    <message>
        <source>a–&amp;z</source>
        <translation>a–z(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;0–9</source>
        <translation>0–9(&amp;0)</translation>
    </message>
    <message>
        <source>Sym&amp;bols</source>
        <translation>記号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Minimum A–Z:</source>
        <translation>A–Z の最小数(&amp;M):</translation>
    </message>
    <message>
        <source>M&amp;inimum a–z:</source>
        <translation>a–z の最小数(&amp;I):</translation>
    </message>
    <message>
        <source>Minimum 0–&amp;9:</source>
        <translation>0–9 の最小数(&amp;9):</translation>
    </message>
    <message>
        <source>Minimum s&amp;ymbols:</source>
        <translation>記号の最小数(&amp;Y):</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使う</translation>
    </message>
    <message>
        <source>Minimum number of %1</source>
        <translation>%1 の最小数</translation>
    </message>
    <message>
        <source>Extra characters, such as é ß € §</source>
        <translation>追加の文字 (例: é ß € §)</translation>
    </message>
    <message>
        <source>Also use these characters</source>
        <translation>これらの文字も使う</translation>
    </message>
    <message>
        <source>Also &amp;use:</source>
        <translation>追加する文字(&amp;U):</translation>
    </message>
    <message>
        <source>Characters never to use</source>
        <translation>使わない文字</translation>
    </message>
    <message>
        <source>Exclude these characters</source>
        <translation>これらの文字を除外</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>除外(&amp;X):</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters</source>
        <translation>紛らわしい文字を避ける(&amp;V)</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>%1 を使いません</translation>
    </message>
    <message>
        <source>Avoid look-alike characters</source>
        <translation>紛らわしい文字を避ける</translation>
    </message>
    <message>
        <source>A&amp;dvanced: minimum per kind</source>
        <translation>詳細: 種類ごとの最小数(&amp;D)</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>詳細オプションを表示</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>文字:</translation>
    </message>
    <message>
        <source>The length must be from %1 to %2.</source>
        <translation>長さは %1～%2 にしてください。</translation>
    </message>
    <message>
        <source>Choose at least one kind of character, or add characters under “Also use”.</source>
        <translation>文字の種類を 1 つ以上選ぶか、「追加する文字」に文字を入力してください。</translation>
    </message>
    <message>
        <source>The excluded characters leave nothing to choose from. Exclude fewer, or add characters under “Also use”.</source>
        <translation>除外した文字のせいで選べる文字がありません。除外を減らすか、「追加する文字」に文字を入力してください。</translation>
    </message>
    <message>
        <source>Every character of %1 is excluded, but its minimum is %2.</source>
        <translation>%1 の文字はすべて除外されていますが、最小数が %2 になっています。</translation>
    </message>
    <message>
        <source>The minimums add up to %1, more than the length of %2. Lower a minimum or make the password longer.</source>
        <translation>最小数の合計 %1 が長さ %2 を超えています。最小数を減らすか、パスワードを長くしてください。</translation>
    </message>
    <message>
        <source>“Also use” has a character that cannot stand alone, such as a lone accent or an invisible character.</source>
        <translation>「追加する文字」に単独では使えない文字 (単独のアクセント記号や見えない文字など) が含まれています。</translation>
    </message>
    <message>
        <source>“Also use” has %1 characters; at most %2 are allowed.</source>
        <translation>「追加する文字」の文字数は %1 です。使えるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>At least one of each &amp;kind</source>
        <translation>各種類を少なくとも 1 文字含める(&amp;K)</translation>
    </message>
    <message>
        <source>Every password has at least one character of each kind chosen. Each such password is equally likely, and the entropy counts only those.</source>
        <translation>どのパスワードにも、選んだ種類の文字がそれぞれ 1 文字以上含まれます。そのようなパスワードはすべて等しい確率で選ばれ、エントロピーはそれらだけを数えます。</translation>
    </message>
    <message>
        <source>At least one of each kind</source>
        <translation>各種類を少なくとも 1 文字含める</translation>
    </message>
    <message numerus="yes">
        <source>A password of %Ln character(s) cannot hold one of each of the %1 kinds chosen. Make it longer, or turn off “At least one of each kind”.</source>
        <translation>
            <numerusform>%Ln 文字のパスワードには、選んだ %1 種類の文字をそれぞれ 1 文字ずつ入れられません。長くするか、「各種類を少なくとも 1 文字含める」をオフにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Site (d&amp;omain):</source>
        <translation>サイト(ドメイン)(&amp;O):</translation>
    </message>
    <message>
        <source>A website whose password rules are known, such as apple.com</source>
        <translation>パスワードのルールがわかっている Web サイト (例: apple.com)</translation>
    </message>
    <message>
        <source>Follow the password rules of this website</source>
        <translation>この Web サイトのパスワードのルールに従う</translation>
    </message>
    <message>
        <source>Or a site&apos;s rules, such as: minlength: 8; required: digit; max-consecutive: 2</source>
        <translation>またはサイトのルール (例: minlength: 8; required: digit; max-consecutive: 2)</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>パスワードのルール</translation>
    </message>
    <message>
        <source>Apple&apos;s password-rules language: required, allowed, max-consecutive, minlength and maxlength, with the classes upper, lower, digit, special, ascii-printable and [characters]. Rules replace the kinds of character above; the space is never used.</source>
        <translation>Apple の password-rules 言語: required、allowed、max-consecutive、minlength、maxlength と、クラス upper、lower、digit、special、ascii-printable、[文字] を使います。ルールは上の文字の種類の代わりになります。空白は使われません。</translation>
    </message>
    <message>
        <source>The rules have an error: %1.</source>
        <translation>ルールにエラーがあります: %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The rules of a website in words: &quot;apple.com: 8–63 characters, at least one digit&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These rules take %1 to %2 characters.</source>
        <translation>このルールで使える長さは %1～%2 文字です。</translation>
    </message>
    <message>
        <source>These rules admit no length: at least %1 and at most %2 characters.</source>
        <translation>このルールに合う長さはありません: %1 文字以上、%2 文字以下です。</translation>
    </message>
    <message>
        <source>The rules require one of “%1”, and none of them can be used: the space never is, and “Exclude” or “Avoid look-alike characters” remove the rest.</source>
        <translation>ルールは「%1」のいずれかを必須としていますが、どれも使えません。空白は常に使われず、残りは「除外」または「紛らわしい文字を避ける」で除外されています。</translation>
    </message>
    <message numerus="yes">
        <source>No password of %Ln character(s) meets these rules.</source>
        <translation>
            <numerusform>%Ln 文字のパスワードではこのルールを満たせません。</numerusform>
        </translation>
    </message>
    <message>
        <source>These rules have more than %1 different “required” sets.</source>
        <translation>このルールの異なる「required」のセットが %1 個を超えています。</translation>
    </message>
    <message>
        <source>Rule strin&amp;g:</source>
        <translation>ルール文字列(&amp;G):</translation>
    </message>
    <message>
        <source>No password rules are known for “%1”. Type them under “Rule string”, or clear “Site”.</source>
        <translation>「%1」のパスワードのルールはわかりません。「ルール文字列」に入力するか、「サイト」をクリアしてください。</translation>
    </message>
    <message>
        <source>With no kind of character chosen, passforge-cli would use all four, so these options cannot be a preset: choose at least one kind.</source>
        <translation>文字の種類を 1 つも選ばないと passforge-cli は 4 種類すべてを使うため、これらのオプションはプリセットにできません。種類を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>no password rules are known for the site “%1”</source>
        <translation>サイト「%1」のパスワードのルールはわかりません</translation>
    </message>
    <message>
        <source>the rules have an error: %1</source>
        <translation>ルールにエラーがあります: %1</translation>
    </message>
    <message>
        <source>the length must be from %1 to %2 for these rules, not %3</source>
        <translation>このルールでは長さは %1～%2 にしてください (%3 は使えません)</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>パスワードのスタイル</translation>
    </message>
    <message>
        <source>Random characters</source>
        <translation>ランダムな文字</translation>
    </message>
    <message>
        <source>Easy to say (syllables)</source>
        <translation>発音しやすい (音節)</translation>
    </message>
    <message>
        <source>Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), drawn so that every password of this length is equally likely: easier to read out and type, with fewer bits a character</source>
        <translation>子音 (%1)、母音 (%2)、ときには末尾の子音 (%3) からなる音節を、この長さのどのパスワードも等しい確率で選ばれるように組み合わせます。読み上げや入力がしやすい反面、1 文字あたりのビット数は少なくなります</translation>
    </message>
    <message>
        <source>Add a c&amp;apital</source>
        <translation>大文字を 1 つ含める(&amp;A)</translation>
    </message>
    <message>
        <source>Make one letter a capital</source>
        <translation>1 文字を大文字にする</translation>
    </message>
    <message>
        <source>One letter, at random, in upper case</source>
        <translation>ランダムな 1 文字を大文字にします</translation>
    </message>
    <message>
        <source>Add a &amp;digit</source>
        <translation>数字を 1 つ含める(&amp;D)</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>数字を 1 つ含める</translation>
    </message>
    <message>
        <source>One digit, at random, anywhere in the password</source>
        <translation>パスワードのランダムな位置にランダムな数字を 1 つ入れます</translation>
    </message>
    <message>
        <source>Easy-to-say passwords take %1 to %2 characters.</source>
        <translation>発音しやすいパスワードで使える長さは %1～%2 文字です。</translation>
    </message>
</context>
<context>
    <name>PickTab</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>リストを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;move duplicates: one ticket per name</source>
        <translation>重複を削除: 1 つの名前に抽選券 1 枚(&amp;U)</translation>
    </message>
    <message>
        <source>Sh&amp;uffle list</source>
        <translation>リストをシャッフル(&amp;I)</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>結果をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy draw re&amp;cord</source>
        <translation>抽選記録をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>One entry per line. Paste or type the list, or drop a text file here.</source>
        <translation>1 行に 1 項目。リストを貼り付けるか入力するか、テキストファイルをここにドロップしてください。</translation>
    </message>
    <message>
        <source>List of entries, one per line</source>
        <translation>項目のリスト (1 行に 1 項目)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>リスト(&amp;L):</translation>
    </message>
    <message>
        <source>Open a list from a text file</source>
        <translation>テキストファイルからリストを開く</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>重複を削除</translation>
    </message>
    <message>
        <source>Otherwise a name on several lines has one ticket per line, and so a better chance</source>
        <translation>削除しない場合、複数の行にある名前は 1 行につき 1 枚のくじを持ち、その分当たりやすくなります</translation>
    </message>
    <message>
        <source>Number of winners</source>
        <translation>当選者の数</translation>
    </message>
    <message>
        <source>Winne&amp;rs:</source>
        <translation>当選者数(&amp;K):</translation>
    </message>
    <message>
        <source>Draw winners</source>
        <translation>当選者を抽選</translation>
    </message>
    <message>
        <source>Shuffle the whole list</source>
        <translation>リスト全体をシャッフル</translation>
    </message>
    <message>
        <source>Result, in draw order</source>
        <translation>結果 (抽選順)</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>結果をコピー</translation>
    </message>
    <message>
        <source>Copy a record of the draw</source>
        <translation>抽選の記録をコピー</translation>
    </message>
    <message>
        <source>That text is larger than %1 MB, the most a list can hold.</source>
        <translation>そのテキストは %1 MB を超えています。リストの上限です。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>数えています…</translation>
    </message>
    <message>
        <source>The list is larger than %1 MB, the most it can hold.</source>
        <translation>リストが上限の %1 MB を超えています。</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>まだ項目がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>項目 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>重複なし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (removed)</source>
        <translation>
            <numerusform>重複 %Ln 件 (削除済み)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates (each counts as an extra ticket)</source>
        <translation>
            <numerusform>重複 %Ln 件 (それぞれ追加の抽選券 1 枚として数えます)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list summary: entries, duplicates</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Shorten the list to draw from it.</source>
        <translation>抽選するにはリストを短くしてください。</translation>
    </message>
    <message>
        <source>Paste or type a list on the left, one entry per line, or open a text file.</source>
        <translation>左側にリストを貼り付けるか入力するか (1 行に 1 項目)、テキストファイルを開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln entries for %1 winners. Ask for fewer winners or add entries.</source>
        <translation>
            <numerusform>当選者 %1 人に対して項目が %Ln 件しかありません。当選者を減らすか、項目を追加してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Draw to pick %Ln winner(s), or Shuffle list to put the whole list in random order.</source>
        <translation>
            <numerusform>「抽選する」で当選者を %Ln 人選ぶか、「リストをシャッフル」でリスト全体をランダムな順序に並べ替えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: %1</source>
        <translation>システムの乱数源が失敗しました: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, then the name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>リストを開く</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>テキストファイル (*.txt *.csv *.list);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a list can hold.</source>
        <translation>「%1」はリストの上限の %2 MB を超えています。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>「%1」は UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <comment>pick winners by lot</comment>
        <translation>抽選する(&amp;D)</translation>
    </message>
    <message>
        <source>“%1” and “%2” look alike (lines %3 and %4)</source>
        <translation>「%1」と「%2」は見分けがつきにくい名前です (%3 行目と %4 行目)</translation>
    </message>
    <message>
        <source>Line %1 contains a control character (%2). Remove it to draw.</source>
        <translation>%1 行目に制御文字 (%2) が含まれています。抽選するには削除してください。</translation>
    </message>
    <message>
        <source>Line %1 contains a bidirectional control character (%2). Remove it to draw.</source>
        <translation>%1 行目に双方向制御文字 (%2) が含まれています。抽選するには削除してください。</translation>
    </message>
    <message>
        <source>Line %1 contains an invisible character (%2). Remove it to draw.</source>
        <translation>%1 行目に見えない文字 (%2) が含まれています。抽選するには削除してください。</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>リストをクリア</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name, in quotes</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>The pasted list</source>
        <translation>貼り付けたリスト</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 は UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>%1 has no entries.</source>
        <translation>%1 には項目がありません。</translation>
    </message>
    <message>
        <source>%1 is too long to edit here, so the box shows its first %2 lines. Clear the list to type or paste a new one.</source>
        <translation>%1 は長すぎるためここでは編集できません。最初の %2 行だけを表示しています。新しいリストを入力または貼り付けるには、リストをクリアしてください。</translation>
    </message>
    <message>
        <source>Draw the winners from the list</source>
        <translation>リストから当選者を抽選します</translation>
    </message>
    <message>
        <source>Replace a w&amp;inner…</source>
        <translation>当選者を差し替え(&amp;B)…</translation>
    </message>
    <message>
        <source>Draws of this session</source>
        <translation>このセッションの抽選</translation>
    </message>
    <message>
        <source>Replace the selected winner</source>
        <translation>選択した当選者を差し替え</translation>
    </message>
    <message>
        <source>Draw lo&amp;g:</source>
        <translation>抽選の履歴(&amp;G):</translation>
    </message>
    <message>
        <source>Copy shuffle re&amp;cord</source>
        <translation>シャッフル記録をコピー(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Shuffle %1 · %2 · %Ln entries</source>
        <translation>
            <numerusform>シャッフル %1 · %2 · 項目 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 · %2 · %Ln winner(s)</source>
        <translation>
            <numerusform>抽選 %1 · %2 · 当選者 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · for an earlier list</source>
        <comment>a draw, then why it no longer applies</comment>
        <translation>%1 · 以前のリストのもの</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3 replaces a winner of draw %4</source>
        <comment>number, time, name, draw number</comment>
        <translation>抽選 %1 · %2 · %3 が抽選 %4 の当選者と交代</translation>
    </message>
    <message>
        <source>Draw from %1 to %2 winners at a time.</source>
        <translation>一度に抽選できる当選者は %1～%2 人です。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ほか %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>抽選中…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, in the copied result and record</source>
        <translation>
            <numerusform>… ほか %Ln 件 (コピーした結果と記録にすべて含まれます)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw from a pu&amp;blic random value:</source>
        <translation>公開乱数値から抽選(&amp;M):</translation>
    </message>
    <message>
        <source>Announce the list&apos;s SHA-256 and a random value that does not exist yet (such as a drand round, or a lottery&apos;s numbers); once it is public, draw from it. Anyone can then check that these are the winners, and nobody could have chosen them.</source>
        <translation>リストの SHA-256 と、まだ存在しない乱数値 (drand のラウンドや宝くじの当選番号など) を予告し、その値が公開されたらそこから抽選します。これにより、当選者が正しいことを誰でも確認でき、誰も当選者を選べなかったことがわかります。</translation>
    </message>
    <message>
        <source>Public random value</source>
        <translation>公開乱数値</translation>
    </message>
    <message>
        <source>e.g. drand round 4211337</source>
        <translation>例: drand ラウンド 4211337</translation>
    </message>
    <message>
        <source>Exactly as published: the seed is the SHA-256 of this text.</source>
        <translation>公開されたとおりに入力してください。シードはこのテキストの SHA-256 です。</translation>
    </message>
    <message>
        <source>&amp;Announce…</source>
        <translation>予告(&amp;A)…</translation>
    </message>
    <message>
        <source>Announce the draw</source>
        <translation>抽選を予告</translation>
    </message>
    <message>
        <source>The text to publish before the public random value exists</source>
        <translation>公開乱数値が存在する前に公開するテキスト</translation>
    </message>
    <message>
        <source>Sa&amp;ve record…</source>
        <translation>記録を保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the record of the draw</source>
        <translation>抽選の記録を保存</translation>
    </message>
    <message>
        <source>Save the record as JSON, for passforge-cli pick --verify or docs/verify-draw.py</source>
        <translation>記録を JSON として保存します (passforge-cli pick --verify や docs/verify-draw.py で使えます)</translation>
    </message>
    <message>
        <source>When a winner does not answer: select them, then draw a runner-up from the tickets left (the next winner of the same seed). The draw is kept, and the replacement is recorded as a new draw.</source>
        <translation>当選者から応答がないとき: その当選者を選択し、残りの抽選券から次点を抽選します (同じシードの次の当選者)。元の抽選は残り、差し替えは新しい抽選として記録されます。</translation>
    </message>
    <message>
        <source>Date and time, entry count, SHA-256 of the list, the seed and the result, with the record to check it, to keep or share</source>
        <translation>日時、項目数、リストの SHA-256、シード、結果と、それを確認するための記録。保管や共有に使えます</translation>
    </message>
    <message>
        <source>Type the public random value to draw from, or turn off “Draw from a public random value”.</source>
        <translation>抽選に使う公開乱数値を入力するか、「公開乱数値から抽選」をオフにしてください。</translation>
    </message>
    <message>
        <source>Cannot save the record to “%1”: %2</source>
        <translation>記録を「%1」に保存できません: %2</translation>
    </message>
    <message>
        <source>Save the Draw Record</source>
        <translation>抽選記録を保存</translation>
    </message>
    <message>
        <source>passforge-draw-%1.json</source>
        <comment>a file name; %1 is the draw&apos;s number</comment>
        <translation>passforge-draw-%1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>抽選記録 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Passforge draw announcement</source>
        <translation>Passforge 抽選の予告</translation>
    </message>
    <message>
        <source>List SHA-256: %1</source>
        <translation>リストの SHA-256: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>項目数: %1</translation>
    </message>
    <message>
        <source>Tickets: one per entry (duplicates removed)</source>
        <translation>抽選券: 1 項目につき 1 枚 (重複は削除)</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>抽選券: %1 枚</translation>
    </message>
    <message>
        <source>Winners to draw: %1</source>
        <translation>抽選する当選者数: %1</translation>
    </message>
    <message>
        <source>Announced %1: the winners will be drawn with Passforge (passforge-draw-v1) from SHA-256 of: %2</source>
        <translation>%1 に予告: 当選者は Passforge (passforge-draw-v1) により、次のテキストの SHA-256 から抽選されます: %2</translation>
    </message>
    <message>
        <source>Once that value is public, anyone can draw again with passforge-cli pick --beacon, or check the record with pick --verify or docs/verify-draw.py.</source>
        <translation>その値が公開されたら、誰でも passforge-cli pick --beacon で抽選をやり直したり、pick --verify または docs/verify-draw.py で記録を確認したりできます。</translation>
    </message>
    <message>
        <source>Announce the Draw</source>
        <translation>抽選を予告</translation>
    </message>
    <message>
        <source>Publish this before the public random value exists, with the list itself. Then the winners cannot be chosen by anyone, you included.</source>
        <translation>公開乱数値が存在する前に、リストそのものと一緒にこれを公開してください。そうすれば、あなたも含めて誰も当選者を選べません。</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>予告文</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Clear the clipboard &amp;after</source>
        <translation>自動でクリップボードを消去(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the clipboard when Passforge &amp;quits</source>
        <translation>Passforge の終了時にクリップボードを消去(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Restore the last options on start</source>
        <translation>起動時に前回のオプションを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>クリップボードを自動で消去</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>クリップボードを消去するまでの秒数</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>after N seconds</comment>
        <translation>秒後</translation>
    </message>
    <message>
        <source>Only a value Passforge copied is cleared; text you copied since is left alone.</source>
        <translation>消去するのは Passforge がコピーした値だけです。その後にコピーしたテキストはそのまま残ります。</translation>
    </message>
    <message>
        <source>Generator options only. Generated values, lists and draw results are never saved.</source>
        <translation>生成のオプションだけです。生成した値、リスト、抽選結果は保存されません。</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>ウィンドウの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Passforge never saves a generated value, a list or a draw result. The options are kept in %1.</source>
        <translation>Passforge は生成した値、リスト、抽選結果を保存しません。オプションは %1 に保存されます。</translation>
    </message>
    <message>
        <source>&amp;Keep a history of this session&apos;s values</source>
        <translation>このセッションの値の履歴を残す(&amp;K)</translation>
    </message>
    <message>
        <source>The last %1 passwords, passphrases and tokens, in memory only, until you quit (Edit ▸ History). Turning it off clears it.</source>
        <translation>直近 %1 個のパスワード、パスフレーズ、トークンを、終了するまでメモリ上だけに保持します (編集 ▸ 履歴)。オフにすると履歴は消去されます。</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>The built-in presets are shown again.</source>
        <translation>組み込みのプリセットを再び表示しました。</translation>
    </message>
    <message>
        <source>The presets file cannot be read, so only the built-in presets are offered: %1</source>
        <translation>プリセットファイルを読み込めないため、組み込みのプリセットだけを表示しています: %1</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Named sets of options, shared with passforge-cli --preset</source>
        <translation>名前付きのオプションのセット。passforge-cli --preset と共通です</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>プリセットの操作</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export presets</source>
        <translation>プリセットの保存、名前の変更、削除、インポート、エクスポート</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>プリセットとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename preset…</source>
        <translation>プリセットの名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden built-in presets</source>
        <translation>非表示にした組み込みのプリセットを表示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>プリセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>プリセットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>プリセットなし</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>A preset whose options were changed after it was chosen: &quot;Bank PIN (modified)&quot;</extracomment>
        <translation>%1 (変更あり)</translation>
    </message>
    <message>
        <source>&amp;Hide built-in preset</source>
        <translation>組み込みのプリセットを非表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>プリセットを削除(&amp;D)</translation>
    </message>
    <message>
        <source>There is no preset named “%1” for this tab.</source>
        <translation>このタブには「%1」という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be used here: %2</source>
        <extracomment>A preset from the file that the window cannot use: &quot;“api”: the option &apos;bytes&apos; …&quot;</extracomment>
        <translation>「%1」はここでは使えません: %2</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>プリセット「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Choose a preset to rename first.</source>
        <translation>先に名前を変更するプリセットを選んでください。</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>Choose a preset to delete first.</source>
        <translation>先に削除するプリセットを選んでください。</translation>
    </message>
    <message>
        <source>Hid the built-in preset “%1”; Show hidden built-in presets brings it back.</source>
        <translation>組み込みのプリセット「%1」を非表示にしました。「非表示にした組み込みのプリセットを表示」で元に戻せます。</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>プリセット「%1」を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) from %1.</source>
        <translation>
            <numerusform>%1 からプリセット %n 個をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to %1.</source>
        <translation>
            <numerusform>プリセット %n 個を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>A name for these options (passforge-cli %1 --preset NAME uses it too):</source>
        <translation>これらのオプションの名前 (passforge-cli %1 --preset NAME でも使います):</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>プリセットの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>プリセットをインポート</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>プリセット (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>プリセットをエクスポート</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <extracomment>Saving refused: &quot;… as a preset: the length must be from 8 to 63 for these rules …&quot;</extracomment>
        <translation>これらのオプションはプリセットとして保存できません: %1</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (数字 6 桁)</translation>
    </message>
    <message>
        <source>Wi-Fi (WPA2, 24 easy-to-type characters)</source>
        <translation>Wi-Fi (WPA2、入力しやすい 24 文字)</translation>
    </message>
    <message>
        <source>Maximum (64, all kinds)</source>
        <translation>最大 (64 文字、全種類)</translation>
    </message>
    <message>
        <source>A preset&apos;s name must not be empty, longer than %1 characters, start or end with a space, or hold control characters.</source>
        <translation>プリセットの名前は空にできません。また、%1 文字を超えたり、空白で始まったり終わったり、制御文字を含んだりしてはいけません。</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>「%1」という名前のプリセットはすでにあります。</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>「%1」という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed; save a copy under a new name instead.</source>
        <translation>組み込みのプリセットの名前は変更できません。代わりに新しい名前でコピーを保存してください。</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset.</source>
        <translation>これらのオプションはプリセットとして保存できません。</translation>
    </message>
    <message>
        <source>The presets file has a problem, so it is left as it is: %1</source>
        <translation>プリセットファイルに問題があるため、変更せずにそのままにしています: %1</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>プリセットを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Could not import presets: %1</source>
        <translation>プリセットをインポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not export the presets to %1: %2</source>
        <translation>プリセットを %1 にエクスポートできませんでした: %2</translation>
    </message>
    <message>
        <source>These options cannot be saved as a preset: %1</source>
        <translation>これらのオプションはプリセットとして保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the option &apos;%1&apos; is not one the window knows for this command</source>
        <translation>ウィンドウはこのコマンドのオプション「%1」に対応していません</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is a flag: its value must be true</source>
        <translation>オプション「%1」はフラグです。値は true でなければなりません</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be text</source>
        <translation>オプション「%1」はテキストでなければなりません</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>オプション「%1」は %2 から %3 までの整数でなければなりません (%4 は使えません)</translation>
    </message>
    <message>
        <source>the options &apos;rules&apos; and &apos;site&apos; cannot be combined</source>
        <translation>オプション「rules」と「site」は一緒には使えません</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; cannot be combined with &apos;%2&apos;, which replaces the class options</source>
        <translation>オプション「%1」は、文字種のオプションの代わりになる「%2」と一緒には使えません</translation>
    </message>
    <message>
        <source>the window has no token format &apos;%1&apos;; use hex, urlsafe, base64, base32 or uuid</source>
        <translation>ウィンドウにはトークンの形式「%1」がありません。hex、urlsafe、base64、base32、uuid のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a number preset needs both &apos;min&apos; and &apos;max&apos;</source>
        <translation>数値のプリセットには「min」と「max」の両方が必要です</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is empty, too long (over %2 characters), has spaces at an end or control characters</source>
        <translation>名前「%1」が空、長すぎる (%2 文字を超える)、両端に空白がある、または制御文字を含んでいます</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; is for &apos;%2&apos;; presets are for %3</source>
        <translation>プリセット「%1」は「%2」用ですが、プリセットは %3 用です</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has an option named &apos;%2&apos;; write option names without the dashes</source>
        <translation>プリセット「%1」に「%2」という名前のオプションがあります。オプション名はダッシュなしで書いてください</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: option &apos;%2&apos; must be a number, a string or true</source>
        <translation>プリセット「%1」: オプション「%2」は数値、文字列、または true でなければなりません</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目が正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>&quot;version&quot; は %1 でなければなりません</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be an array</source>
        <translation>&quot;presets&quot; は配列でなければなりません</translation>
    </message>
    <message>
        <source>preset %1 needs a string &quot;name&quot;, a string &quot;command&quot; and an &quot;options&quot; object</source>
        <translation>プリセット %1 には文字列の &quot;name&quot;、文字列の &quot;command&quot;、&quot;options&quot; オブジェクトが必要です</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; has the name of a built-in preset, which cannot be overwritten</source>
        <translation>プリセット「%1」は組み込みのプリセットと同じ名前です。組み込みのプリセットは上書きできません</translation>
    </message>
    <message>
        <source>two presets are named &apos;%1&apos;</source>
        <translation>「%1」という名前のプリセットが 2 つあります</translation>
    </message>
    <message>
        <source>&quot;hidden&quot; must be an array of names</source>
        <translation>&quot;hidden&quot; は名前の配列でなければなりません</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;: the option &apos;wordlist&apos; must be an absolute path, not &apos;%2&apos;</source>
        <translation>プリセット「%1」: オプション「wordlist」は絶対パスでなければなりません (「%2」は使えません)</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is %2 characters long; the window takes at most %3</source>
        <translation>オプション「%1」は %2 文字です。ウィンドウで使えるのは最大 %3 文字です</translation>
    </message>
    <message>
        <source>the option &apos;bytes&apos; does not apply to the uuid format, which is always 122 random bits</source>
        <translation>オプション「bytes」は uuid 形式には使えません (uuid は常にランダムな 122 ビットです)</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;; use %2</source>
        <translation>不明なリスト「%1」です。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the options &apos;list&apos; and &apos;wordlist&apos; exclude each other: a wordlist file replaces the built-in list</source>
        <translation>オプション「list」と「wordlist」は一緒には使えません。単語リストのファイルは組み込みのリストの代わりに使われます</translation>
    </message>
    <message>
        <source>unknown case &apos;%1&apos;; use lower, upper, each, one or random</source>
        <translation>不明な case「%1」です。lower、upper、each、one、random のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the options &apos;separator&apos; and &apos;separator-from&apos; exclude each other</source>
        <translation>オプション「separator」と「separator-from」は一緒には使えません</translation>
    </message>
    <message>
        <source>the option &apos;separator-from&apos; must hold 2 to %1 distinct characters, none a lone combining mark or a control character</source>
        <translation>オプション「separator-from」には異なる文字を 2～%1 個指定してください。単独の結合文字や制御文字は使えません</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; does not apply to &apos;pronounceable&apos;, whose letters the grammar fixes</source>
        <translation>オプション「%1」は「pronounceable」には使えません (使う文字は音節の規則で決まっています)</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code of the value</source>
        <translation>値の QR コード</translation>
    </message>
    <message>
        <source>This value is too long for a QR code (at most %1 bytes).</source>
        <translation>この値は QR コードにするには長すぎます (最大 %1 バイト)。</translation>
    </message>
    <message>
        <source>Anyone who can see your screen can read this code.</source>
        <translation>画面が見える人は誰でもこのコードを読み取れます。</translation>
    </message>
</context>
<context>
    <name>RangeCheck</name>
    <message>
        <source>%1–%2</source>
        <comment>a range of whole numbers</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Allowed range: %1</source>
        <translation>指定できる範囲: %1</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>unknown rule &apos;%1&apos; at position %2 (the rules are required, allowed, max-consecutive, minlength and maxlength)</source>
        <translation>位置 %2 に不明なルール「%1」があります (ルールは required、allowed、max-consecutive、minlength、maxlength です)</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; at position %2</source>
        <translation>位置 %2 に不明なクラス「%1」があります</translation>
    </message>
    <message>
        <source>not a number &apos;%1&apos; at position %2</source>
        <translation>位置 %2 の「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>位置 %1 の「[」が閉じられていません</translation>
    </message>
    <message>
        <source>&apos;-&apos; at position %1: in a [...] set it may only come first</source>
        <translation>位置 %1 の「-」: [...] のセットでは先頭にしか置けません</translation>
    </message>
    <message>
        <source>&apos;]&apos; at position %1: in a [...] set it may only come first or last (write &apos;]]&apos; at the end for a literal &apos;]&apos;)</source>
        <translation>位置 %1 の「]」: [...] のセットでは先頭か末尾にしか置けません (「]」そのものを表すには末尾に「]]」と書きます)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 must be followed by &apos;:&apos;</source>
        <translation>位置 %2 の「%1」の後には「:」が必要です</translation>
    </message>
    <message>
        <source>a class is missing at position %1</source>
        <translation>位置 %1 にクラスがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a class</source>
        <translation>位置 %2 の「%1」はクラスではありません</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>位置 %2 に予期しない「%1」があります</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>英字</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>英字</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>uppercase letter</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>lowercase letter</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list of kinds of characters: &quot;letters, digits and !#$&quot;</extracomment>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>&quot;at least one uppercase letter or digit&quot;</extracomment>
        <translation>%1または%2</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n characters</source>
        <translation>
            <numerusform>ちょうど %n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <extracomment>A range of lengths: &quot;8–16 characters&quot;</extracomment>
        <translation>%1～%2 文字</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>%n 文字以下</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>%1 のいずれかを 1 文字以上</translation>
    </message>
    <message>
        <source>at least one %1</source>
        <translation>%1を 1 文字以上</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>%1のみ</translation>
    </message>
    <message numerus="yes">
        <source>no more than %n identical in a row</source>
        <translation>
            <numerusform>同じ文字の連続は %n 文字まで</numerusform>
        </translation>
    </message>
    <message>
        <source>any printable characters</source>
        <translation>印刷可能な任意の文字</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>weak</source>
        <comment>password strength</comment>
        <translation>弱い</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>password strength</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>password strength</comment>
        <translation>強い</translation>
    </message>
    <message>
        <source>very strong</source>
        <comment>password strength</comment>
        <translation>非常に強い</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>%1 bits — %2</source>
        <comment>entropy in bits, then the strength</comment>
        <translation>%1 ビット — %2</translation>
    </message>
    <message>
        <source>Entropy: log2 of the number of values these options allow. Every value is equally likely, so this is exact.</source>
        <translation>エントロピー: これらのオプションで作れる値の数の log2。どの値も等しい確率で出るため、正確な値です。</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>値なし</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Generated token</source>
        <translation>生成されたトークン</translation>
    </message>
    <message>
        <source>Random bytes per token</source>
        <translation>トークンあたりのランダムなバイト数</translation>
    </message>
    <message>
        <source>How many random bytes the token encodes: 8 bits of entropy each</source>
        <translation>トークンに含めるランダムなバイト数 (1 バイトあたり 8 ビットのエントロピー)</translation>
    </message>
    <message>
        <source>&amp;Bytes:</source>
        <translation>バイト数(&amp;B):</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>トークンの形式</translation>
    </message>
    <message>
        <source>Hex (0–9, a–f)</source>
        <translation>16 進数 (0–9、a–f)</translation>
    </message>
    <message>
        <source>URL-safe Base64</source>
        <translation>URL セーフな Base64</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base32 (for authenticator apps)</source>
        <translation>Base32 (認証アプリ用)</translation>
    </message>
    <message>
        <source>UUID v4</source>
        <translation>UUID v4</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) long.</source>
        <translation>
            <numerusform>長さ %Ln 文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>A UUID v4 always holds 122 random bits.</source>
        <translation>UUID v4 のランダムな部分は常に 122 ビットです。</translation>
    </message>
    <message>
        <source>A token needs from %1 to %2 bytes.</source>
        <translation>トークンには %1～%2 バイトが必要です。</translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VerifyDrawDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>検証する(&amp;V)</translation>
    </message>
    <message>
        <source>Verify a Draw Record</source>
        <translation>抽選記録を検証</translation>
    </message>
    <message>
        <source>Record file</source>
        <translation>記録ファイル</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>リストファイル</translation>
    </message>
    <message>
        <source>A record names its list by SHA-256 and holds the seed and the winners. Passforge draws again from the list and the seed, with passforge-draw-v1, and compares.</source>
        <translation>記録は SHA-256 でリストを特定し、シードと当選者を保持しています。Passforge はリストとシードから passforge-draw-v1 で抽選をやり直し、結果を比較します。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the record file</source>
        <translation>記録ファイルを選択</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>リストファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>記録(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>リスト(&amp;L):</translation>
    </message>
    <message>
        <source>Open a Draw Record</source>
        <translation>抽選記録を開く</translation>
    </message>
    <message>
        <source>Draw records (*.json);;All files (*)</source>
        <translation>抽選記録 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open the List</source>
        <translation>リストを開く</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>テキストファイル (*.txt *.csv *.list);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the record “%1”: %2</source>
        <translation>記録「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>it is for the algorithm “%1”, not passforge-draw-v1.</source>
        <translation>アルゴリズム「%1」用で、passforge-draw-v1 用ではありません。</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>「%1」がありません。</translation>
    </message>
    <message>
        <source>its “%1” is not what a record holds.</source>
        <translation>「%1」が記録の内容として正しくありません。</translation>
    </message>
    <message>
        <source>it is not a draw record (JSON).</source>
        <translation>抽選記録 (JSON) ではありません。</translation>
    </message>
    <message>
        <source>Cannot read the record “%1”: %2</source>
        <translation>記録「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>it has no entries.</source>
        <translation>項目がありません。</translation>
    </message>
    <message>
        <source>a name holds a character that no list drawn from can hold.</source>
        <translation>抽選に使えるリストには含められない文字を含む名前があります。</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>%1 MB を超えています。</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>読み込めません。</translation>
    </message>
    <message>
        <source>Cannot use the list “%1”: %2</source>
        <translation>リスト「%1」を使えません: %2</translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 puts the %Ln entries of this list in this order with this seed.</source>
        <translation>
            <numerusform>記録は一致しています: passforge-draw-v1 はこのシードで、このリストの項目 %Ln 件をこの順序に並べます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record matches: passforge-draw-v1 draws these %Ln winner(s) from this list with this seed.</source>
        <translation>
            <numerusform>記録は一致しています: passforge-draw-v1 はこのシードで、このリストからこの当選者 %Ln 人を抽選します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed is the SHA-256 of the public random value “%1”.</source>
        <translation>シードは公開乱数値「%1」の SHA-256 です。</translation>
    </message>
    <message>
        <source>The list differs from the one drawn from: its SHA-256 is %1, the record says %2.</source>
        <translation>リストが抽選に使われたものと違います: SHA-256 は %1 ですが、記録では %2 です。</translation>
    </message>
    <message>
        <source>The record&apos;s counts of entries, tickets or duplicates do not match the list (the list has %1, the record says %2).</source>
        <translation>記録の項目数、抽選券の数、重複の数のいずれかがリストと一致しません (リストは %1、記録では %2 です)。</translation>
    </message>
    <message>
        <source>The seed is not the SHA-256 of the public random value the record names.</source>
        <translation>シードが、記録にある公開乱数値の SHA-256 ではありません。</translation>
    </message>
    <message>
        <source>The record&apos;s count (%1) does not fit its winners or the list.</source>
        <translation>記録の個数 (%1) が当選者またはリストと合いません。</translation>
    </message>
    <message>
        <source>Place %1 of the order differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>順序の %1 番目が違います: 抽選では「%2」ですが、記録では「%3」です。</translation>
    </message>
    <message>
        <source>Winner %1 differs: the draw gives “%2”, the record says “%3”.</source>
        <translation>%1 番目の当選者が違います: 抽選では「%2」ですが、記録では「%3」です。</translation>
    </message>
</context>
<context>
    <name>WifiQrDialog</name>
    <message>
        <source>&amp;Hidden network</source>
        <translation>ステルスネットワーク(&amp;H)</translation>
    </message>
    <message>
        <source>Wi-Fi QR Code</source>
        <translation>Wi-Fi の QR コード</translation>
    </message>
    <message>
        <source>The name phones list the network by</source>
        <translation>スマートフォンに表示されるネットワークの名前</translation>
    </message>
    <message>
        <source>WPA or WPA2 (personal)</source>
        <translation>WPA または WPA2 (パーソナル)</translation>
    </message>
    <message>
        <source>WPA3 (personal) only</source>
        <translation>WPA3 (パーソナル) のみ</translation>
    </message>
    <message>
        <source>None (an open network, no password)</source>
        <translation>なし (オープンネットワーク、パスワードなし)</translation>
    </message>
    <message>
        <source>The network does not announce its name</source>
        <translation>ネットワークが名前を公開していません</translation>
    </message>
    <message>
        <source>QR code of the network</source>
        <translation>ネットワークの QR コード</translation>
    </message>
    <message>
        <source>&amp;Network name (SSID):</source>
        <translation>ネットワーク名 (SSID)(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>セキュリティ(&amp;S):</translation>
    </message>
    <message>
        <source>Type the network&apos;s name to make its code.</source>
        <translation>ネットワーク名を入力するとコードが作られます。</translation>
    </message>
    <message>
        <source>A network name has at most %1 bytes; this one has %2.</source>
        <translation>ネットワーク名は最大 %1 バイトです (この名前は %2 バイトです)。</translation>
    </message>
    <message>
        <source>The password and name are too long for a QR code.</source>
        <translation>パスワードと名前が長すぎて QR コードにできません。</translation>
    </message>
</context>
<context>
    <name>WordlistChooser</name>
    <message>
        <source>Wordlist</source>
        <translation>単語リスト</translation>
    </message>
    <message>
        <source>Open wordlist…</source>
        <translation>単語リストを開く…</translation>
    </message>
    <message>
        <source>A UTF-8 text file with one word per line and at least %1 distinct words; a leading dice number such as 11111 is ignored</source>
        <translation>1 行に 1 語で、異なる単語が %1 語以上ある UTF-8 のテキストファイル。行頭の 11111 のようなダイス番号は無視されます</translation>
    </message>
    <message>
        <source>Open a Wordlist</source>
        <translation>単語リストを開く</translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation>テキストファイル (*.txt *.list);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Still using “%1”.</source>
        <translation>引き続き「%1」を使います。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text with one word per line.</source>
        <translation>「%1」は 1 行に 1 語のテキストではなく、バイナリファイルです。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>「%1」は UTF-8 のテキストではありません。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has only %Ln distinct words; a wordlist needs at least %2.</source>
        <translation>
            <numerusform>「%1」の異なる単語は %Ln 語だけです。単語リストには %2 語以上必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln words)</source>
        <comment>file name, then its word count</comment>
        <translation>
            <numerusform>%1 (%Ln 語)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln distinct words.</source>
        <translation>
            <numerusform>「%1」: 異なる単語 %Ln 語。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank lines</source>
        <translation>
            <numerusform>空行 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>重複 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped %1 and %2.</source>
        <translation>%1と%2を除外しました。</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>%1を除外しました。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, the most a wordlist can hold.</source>
        <translation>「%1」は単語リストの上限の %2 MB を超えています。</translation>
    </message>
    <message>
        <source>the German list by dys2p</source>
        <translation>dys2p によるドイツ語のリスト</translation>
    </message>
    <message>
        <source>the French list made for Tails</source>
        <translation>Tails 用に作られたフランス語のリスト</translation>
    </message>
    <message>
        <source>the Spanish list by victordargallo</source>
        <translation>victordargallo によるスペイン語のリスト</translation>
    </message>
    <message>
        <source>the Italian list by victordargallo</source>
        <translation>victordargallo によるイタリア語のリスト</translation>
    </message>
    <message>
        <source>the Brazilian Portuguese list by drebs</source>
        <translation>drebs によるブラジルポルトガル語のリスト</translation>
    </message>
    <message>
        <source>EFF&apos;s large wordlist</source>
        <translation>EFF の大規模単語リスト</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words from %1, screened for offensive words and prefix-free</source>
        <translation>
            <numerusform>%1の %Ln 語。不快な単語は取り除かれ、別の単語で始まる単語もありません</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no curated list in your language yet, so the English list is the default.</source>
        <translation>お使いの言語の精選されたリストはまだないため、英語のリストを既定にしています。</translation>
    </message>
    <message>
        <source>Still using the built-in list “%1”.</source>
        <translation>引き続き組み込みのリスト「%1」を使います。</translation>
    </message>
    <message>
        <source>Your wordlist could not be loaded again: %1 Using the built-in list “%2” instead.</source>
        <translation>単語リストを再度読み込めませんでした: %1 代わりに組み込みのリスト「%2」を使います。</translation>
    </message>
</context>
</TS>
