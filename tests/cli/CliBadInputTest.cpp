// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input table of issues 2 and 7: every row must exit with status 2, write exactly one
// line to stderr that starts with "passforge-cli: " and names the problem and the value, and
// write nothing at all to stdout.
#include "TstCli.h"

#include "CliRunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

enum class Setup {
    Plain,
    StdoutTerminal, // the child's stdout is a pty
    Unprivileged,   // the child must not be root, or a file of mode 000 is readable to it
};

// A pseudo-terminal whose slave becomes the child's stdout, so isatty(1) holds in the child.
class Pty
{
public:
    Pty()
        : m_master(::posix_openpt(O_RDWR | O_NOCTTY))
    {
        if (m_master >= 0 && (::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)) {
            ::close(m_master);
            m_master = -1;
        }
        if (m_master >= 0)
            ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~Pty()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    bool isOpen() const { return m_master >= 0; }
    QString slavePath() const
    {
        const char *name = ::ptsname(m_master);
        return name ? QFile::decodeName(name) : QString();
    }
    // Everything written to the terminal so far, waiting until it holds a newline or the
    // timeout passes: the kernel moves slave output to the master asynchronously.
    QByteArray readUntilNewline(int timeoutMs) const
    {
        QByteArray data;
        const QDeadlineTimer deadline(timeoutMs);
        while (!data.contains('\n') && !deadline.hasExpired()) {
            pollfd p{m_master, POLLIN, 0};
            if (::poll(&p, 1, int(deadline.remainingTime())) <= 0)
                break;
            char buffer[4096];
            const auto n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break; // EIO once no slave is open and nothing is left
            data.append(buffer, n);
        }
        return data;
    }

private:
    int m_master;
};

void row(const char *tag, const QStringList &args, const QStringList &mentions,
         const QByteArray &input = {}, Setup setup = Setup::Plain)
{
    QTest::addRow("%s", tag) << args << input << mentions << int(setup);
}

void topLevelRows()
{
    row("no command", {}, {u"missing command"_s});
    row("unknown command", words("frobnicate"), {u"'frobnicate'"_s});
    row("completions for an unknown shell", words("--completions tcsh"),
        {u"unknown shell 'tcsh' for --completions; use bash, zsh or fish"_s});
    row("unknown top-level option", words("--bogus"), {u"'--bogus'"_s});
}

void passwordRows()
{
    row("password unknown option", words("password --bogus"), {u"'bogus'"_s});
    row("password pronounceable with symbols", words("password --pronounceable --symbols"),
        {u"--symbols does not apply to --pronounceable"_s});
    row("password pronounceable with a site", words("password --pronounceable --site apple.com"),
        {u"--site does not apply to --pronounceable"_s});
    row("password pronounceable with two digits", words("password --pronounceable --min-digits 2"),
        {u"--min-digits"_s, u"0 to 1"_s, u"'2'"_s});
    row("password pronounceable too short", words("password --pronounceable --length 3"),
        {u"--length"_s, u"4 to 1024"_s, u"'3'"_s});
    row("password unknown short option", words("password -x"), {u"'x'"_s});
    row("password option of another command", words("password --format hex"), {u"'format'"_s});
    row("password length not a number", words("password --length abc"),
        {u"--length"_s, u"'abc'"_s});
    row("password length with trailing text", words("password --length 12abc"),
        {u"--length"_s, u"'12abc'"_s});
    row("password length fractional", words("password --length 1.5"), {u"--length"_s, u"'1.5'"_s});
    row("password length empty", {u"password"_s, u"--length"_s, QString()},
        {u"--length"_s, u"''"_s});
    row("password length missing value", words("password --length"), {u"'--length'"_s});
    row("password length zero", words("password --length 0"), {u"--length"_s, u"'0'"_s});
    row("password length negative", words("password --length -5"), {u"--length"_s, u"'-5'"_s});
    row("password length above 1024", words("password --length 1025"),
        {u"--length"_s, u"'1025'"_s});
    row("password length overflows int64", words("password --length 99999999999999999999"),
        {u"--length"_s, u"'99999999999999999999'"_s});
    row("password count -1", words("password --count -1"), {u"--count"_s, u"'-1'"_s});
    row("password count zero", words("password --count 0"), {u"--count"_s, u"'0'"_s});
    row("password count overflows int64", words("password --count 99999999999999999999"),
        {u"--count"_s, u"'99999999999999999999'"_s});
    row("password min-upper negative", words("password --min-upper -1"),
        {u"--min-upper"_s, u"'-1'"_s});
    row("password min-lower just over int64", words("password --min-lower 9223372036854775808"),
        {u"--min-lower"_s, u"'9223372036854775808'"_s});
    row("password min-digits not a number", words("password --min-digits two"),
        {u"--min-digits"_s, u"'two'"_s});
    // 3 + 2 = 5 > 4; 21 > the default 20; one minimum alone above the length.
    row("password minimums sum above length",
        words("password --length 4 --min-lower 3 --min-digits 2"), {u"5"_s, u"--length 4"_s});
    row("password minimum above default length", words("password --min-symbols 21"),
        {u"21"_s, u"--length 20"_s});
    row("password one minimum above length", words("password --length 8 --min-upper 9"),
        {u"9"_s, u"--length 8"_s});
    row("password digits all excluded", words("password --digits --exclude 0123456789"),
        {u"no characters"_s, u"'0123456789'"_s});
    const QString all94 = u"!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          "[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"_s;
    row("password all 94 excluded", {u"password"_s, u"--exclude"_s, all94},
        {u"no characters"_s, u"'!\"#$%&"_s});
    // The documented look-alikes take 0 1 2 5 6 8; the exclusions take the other digits.
    row("password digits emptied by look-alikes and exclude",
        words("password --digits --no-lookalikes --exclude 3479"),
        {u"no characters"_s, u"'3479'"_s});
    row("password minimum class emptied by exclude",
        words("password --lower --min-digits 2 --exclude 0123456789"),
        {u"--min-digits"_s, u"2"_s, u"--exclude"_s});
    row("password minimum class emptied with look-alikes",
        words("password --min-digits 1 --no-lookalikes --exclude 3479"),
        {u"--min-digits"_s, u"--exclude"_s});
    row("password custom lone combining mark", {u"password"_s, u"--custom"_s, u"\u0301"_s},
        {u"--custom"_s, u"combining"_s});
    row("password custom combining marks only",
        {u"password"_s, u"--lower"_s, u"--custom"_s, u"\u0301\u0308\u0327"_s},
        {u"--custom"_s, u"combining"_s});
    row("password custom with a control character", {u"password"_s, u"--custom"_s, u"ab\r\x07"_s},
        {u"--custom"_s, u"control"_s});
    row("password custom with a newline", {u"password"_s, u"--custom"_s, u"a\nb"_s},
        {u"--custom 'a b'"_s, u"control"_s});
    {
        // 257 distinct CJK characters: one more than the extra set may hold.
        QString cjk;
        for (char16_t c = 0x4E00; c < 0x4E00 + 257; ++c)
            cjk += QChar(c);
        row("password custom of 257 characters", {u"password"_s, u"--custom"_s, cjk},
            {u"--custom has 257 characters"_s, u"at most 256"_s});
    }
    row("password extra positional", words("password extra"), {u"'extra'"_s});
    // Issue 13: rules and sites.
    row("password rules unknown class", {u"password"_s, u"--rules"_s, u"required: purple"_s},
        {u"--rules: unknown class 'purple' at position 10"_s});
    row("password rules unknown rule", {u"password"_s, u"--rules"_s, u"minlen: 8"_s},
        {u"--rules: unknown rule 'minlen' at position 0"_s});
    row("password rules not a number", {u"password"_s, u"--rules"_s, u"minlength: ten"_s},
        {u"--rules: not a number 'ten' at position 11"_s});
    row("password rules unclosed class", {u"password"_s, u"--rules"_s, u"allowed: [abc"_s},
        {u"--rules: unclosed '[' at position 9"_s});
    row("password rules dash not first", {u"password"_s, u"--rules"_s, u"allowed: [a-z]"_s},
        {u"--rules:"_s, u"'-' at position 11"_s});
    row("password rules with a class option",
        {u"password"_s, u"--rules"_s, u"required: digit"_s, u"--min-digits"_s, u"2"_s},
        {u"--rules replaces the class options"_s, u"--min-digits"_s});
    row("password site with a class option", words("password --site apple.com --lower"),
        {u"--site replaces the class options"_s, u"--lower"_s});
    row("password rules and site",
        {u"password"_s, u"--rules"_s, u"minlength: 8"_s, u"--site"_s, u"apple.com"_s},
        {u"--rules and --site"_s});
    row("password unknown site", words("password --site example.invalid"),
        {u"'example.invalid'"_s, u"--rules"_s});
    row("password length below the rules' range", words("password --site apple.com --length 7"),
        {u"--length must be from 8 to 63"_s, u"not 7"_s});
    row("password length above the rules' range",
        {u"password"_s, u"--rules"_s, u"minlength: 8; maxlength: 16"_s, u"--length"_s, u"20"_s},
        {u"from 8 to 16"_s, u"not 20"_s});
    row("password rules admit no length",
        {u"password"_s, u"--rules"_s, u"minlength: 30; maxlength: 10"_s},
        {u"no length"_s, u"minlength 30"_s, u"maxlength 10"_s});
    row("password rules admit no password",
        {u"password"_s, u"--rules"_s, u"allowed: [a]; max-consecutive: 1; maxlength: 4"_s},
        {u"no password of 4 characters"_s});
    row("password rules require only a space", {u"password"_s, u"--rules"_s, u"required: [ ]"_s},
        {u"' '"_s, u"space"_s});
    row("password rules required set excluded",
        {u"password"_s, u"--rules"_s, u"required: [xy]"_s, u"--exclude"_s, u"xy"_s},
        {u"'xy'"_s, u"--exclude"_s});
    row("password qr with a count", words("password --qr --count 2"), {u"--qr"_s, u"--count"_s});
    row("password qr with json", words("password --qr --json"), {u"--qr"_s, u"--json"_s});
    row("password wifi security without a network", words("password --wifi-security wpa3"),
        {u"--wifi-security"_s, u"--wifi-ssid"_s});
    row("password wifi name of 33 bytes",
        {u"password"_s, u"--wifi-ssid"_s, u"caf\u00e9-0123456789-0123456789-vwxyz"_s},
        {u"'caf\u00e9-0123456789-0123456789-vwxyz'"_s, u"33 bytes"_s, u"at most 32"_s});
    row("password wifi hidden without a network", words("password --wifi-hidden --qr"),
        {u"--wifi-hidden"_s, u"--wifi-ssid"_s});
    row("password wifi empty network", {u"password"_s, u"--wifi-ssid"_s, QString()},
        {u"--wifi-ssid"_s});
    row("password wifi unknown security", words("password --wifi-ssid home --wifi-security wep"),
        {u"--wifi-security"_s, u"'wep'"_s});
}

void tokenRows()
{
    row("token qr with raw", words("token --format raw --qr"), {u"--qr"_s, u"raw"_s});
    row("token qr with a count", words("token --qr --count 3"), {u"--qr"_s, u"--count"_s});
    row("token qr too long", words("token --bytes 2000 --qr"),
        {u"4000 bytes"_s, u"QR code"_s, u"2331"_s});
    row("token wifi is for passwords", words("token --wifi-ssid home"), {u"'wifi-ssid'"_s});
    row("token unknown option", words("token --bogus"), {u"'bogus'"_s});
    row("token unknown format", words("token --format nope"), {u"--format"_s, u"'nope'"_s});
    row("token format wrong case", words("token --format HEX"), {u"--format"_s, u"'HEX'"_s});
    row("token format empty", {u"token"_s, u"--format"_s, QString()}, {u"--format"_s, u"''"_s});
    row("token bytes with uuid", words("token --format uuid --bytes 16"),
        {u"--bytes"_s, u"uuid"_s});
    row("token json with raw", words("token --format raw --json"), {u"--json"_s, u"raw"_s});
    row("token raw to a terminal", words("token --format raw --bytes 16"),
        {u"--format raw"_s, u"terminal"_s}, {}, Setup::StdoutTerminal);
    row("token bytes zero", words("token --bytes 0"), {u"--bytes"_s, u"'0'"_s});
    row("token bytes negative", words("token --bytes -1"), {u"--bytes"_s, u"'-1'"_s});
    row("token bytes above 16 MiB", words("token --bytes 16777217"),
        {u"--bytes"_s, u"'16777217'"_s});
    row("token bytes overflows int64", words("token --bytes 99999999999999999999"),
        {u"--bytes"_s, u"'99999999999999999999'"_s});
    row("token count -1", words("token --count -1"), {u"--count"_s, u"'-1'"_s});
    row("token count not a number", words("token --count x"), {u"--count"_s, u"'x'"_s});
    row("token extra positional", words("token hex"), {u"'hex'"_s});
}

void numberRows()
{
    row("number min above max", words("number --min 5 --max 1"), {u"--min 5"_s, u"--max 1"_s});
    row("number int64 limits reversed",
        words("number --min 9223372036854775807 --max -9223372036854775808"),
        {u"--min 9223372036854775807"_s, u"--max -9223372036854775808"_s});
    row("number min just over int64 max", words("number --min 9223372036854775808 --max 1"),
        {u"--min"_s, u"'9223372036854775808'"_s});
    row("number min just under int64 min", words("number --min -9223372036854775809 --max 1"),
        {u"--min"_s, u"'-9223372036854775809'"_s});
    row("number max just over int64 max", words("number --min 0 --max 9223372036854775808"),
        {u"--max"_s, u"'9223372036854775808'"_s});
    row("number max just under int64 min", words("number --min 0 --max -9223372036854775809"),
        {u"--max"_s, u"'-9223372036854775809'"_s});
    row("number max at uint64 max", words("number --min 0 --max 18446744073709551615"),
        {u"--max"_s, u"'18446744073709551615'"_s});
    row("number min not a number", words("number --min abc --max 5"), {u"--min"_s, u"'abc'"_s});
    row("number min in hex", words("number --min 0x10 --max 100"), {u"--min"_s, u"'0x10'"_s});
    row("number max in exponent form", words("number --min 1 --max 1e3"), {u"--max"_s, u"'1e3'"_s});
    row("number without min", words("number --max 5"), {u"--min"_s});
    row("number without max", words("number --min 5"), {u"--max"_s});
    row("number without options", words("number"), {u"--min"_s, u"--max"_s});
    row("number count zero", words("number --min 1 --max 6 --count 0"), {u"--count"_s, u"'0'"_s});
    row("number count -1", words("number --min 1 --max 6 --count -1"), {u"--count"_s, u"'-1'"_s});
    row("number distinct count above range", words("number --min 1 --max 3 --count 4 --distinct"),
        {u"--distinct"_s, u"4"_s});
    row("number distinct at int64 max",
        words("number --min 9223372036854775806 --max 9223372036854775807 --count 3 --distinct"),
        {u"--distinct"_s, u"9223372036854775807"_s, u"3"_s});
    row("number extra positional", words("number --min 1 --max 2 3"), {u"'3'"_s});
}

void pickRows()
{
    row("pick empty stdin", words("pick"), {u"standard input"_s, u"no entries"_s});
    row("pick empty file", words("pick @DIR@/empty.txt"), {u"@DIR@/empty.txt"_s, u"no entries"_s});
    row("pick blank-only stdin", words("pick"), {u"standard input"_s, u"no entries"_s},
        " \n\t\t\n\r\n  \r\n");
    row("pick blank-only file", words("pick @DIR@/blank.txt"),
        {u"@DIR@/blank.txt"_s, u"no entries"_s});
    row("pick count above entries", words("pick --count 3"), {u"--count 3"_s, u"2"_s},
        "ann\nben\nann\n");
    row("pick count above entries of one name", words("pick --count 2"), {u"--count 2"_s, u"1"_s},
        "x\nx\nx\n");
    row("pick count above entries of a file", words("pick --count 4 @DIR@/list.txt"),
        {u"--count 4"_s, u"3"_s});
    row("pick invalid UTF-8 stdin", words("pick"), {u"standard input"_s, u"UTF-8"_s},
        "alice\nJos\xe9\n");
    // Names that would deceive: refused with the line and the code point (issue 10).
    row("pick name with backspaces", words("pick"),
        {u"passforge-cli: line 1 contains a control character (U+0008); remove it"_s},
        "alice\b\b\b\b\bmallory\n");
    row("pick name with a zero-width space", words("pick"),
        {u"passforge-cli: line 3 contains an invisible character (U+200B); remove it"_s},
        "Ada\r\nbob\r\nAd\xe2\x80\x8b"
        "a\r\n");
    row("pick name with a right-to-left override", words("pick --json"),
        {u"passforge-cli: line 2 contains a bidirectional control character (U+202E); remove it"_s},
        "ann\n\xe2\x80\xaegnp.exe\n");
    row("pick name with an escape sequence", words("pick --count 2"), {u"line 4"_s, u"(U+001B)"_s},
        "a\nb\n\nc\x1b[2J\n");
    row("pick invalid UTF-8 latin1 file", words("pick @DIR@/invalid-latin1.txt"),
        {u"@DIR@/invalid-latin1.txt"_s, u"UTF-8"_s});
    row("pick invalid UTF-8 surrogate", words("pick @DIR@/invalid-surrogate.txt"),
        {u"@DIR@/invalid-surrogate.txt"_s, u"UTF-8"_s});
    row("pick invalid UTF-8 truncated", words("pick @DIR@/invalid-truncated.txt"),
        {u"@DIR@/invalid-truncated.txt"_s, u"UTF-8"_s});
    row("pick missing file", words("pick @DIR@/missing.txt"),
        {u"@DIR@/missing.txt"_s, u"No such file"_s});
    // The name is quoted back with its escape character shown, not sent to the terminal.
    row("pick missing file named with an escape", {u"pick"_s, u"@DIR@/missing\x1b[2J.txt"_s},
        {u"@DIR@/missing\\x1b[2J.txt"_s, u"No such file"_s});
    row("pick a directory", words("pick @DIR@/a-directory"),
        {u"@DIR@/a-directory"_s, u"directory"_s});
    row("pick unreadable file", words("pick @DIR@/unreadable.txt"),
        {u"@DIR@/unreadable.txt"_s, u"Permission denied"_s}, {}, Setup::Unprivileged);
    row("pick list over 32 MB", words("pick @DIR@/list-over-limit.txt"),
        {u"@DIR@/list-over-limit.txt"_s, u"larger than 32 MB"_s});
    row("pick list of 200 MB", words("pick @DIR@/list-200mb.txt"),
        {u"@DIR@/list-200mb.txt"_s, u"larger than 32 MB"_s});
    row("pick entry of 1001 characters", words("pick @DIR@/entry-1001.txt"),
        {u"@DIR@/entry-1001.txt"_s, u"1000 characters"_s});
    row("pick entry of 1001 accented characters", words("pick @DIR@/entry-1001-accented.txt"),
        {u"@DIR@/entry-1001-accented.txt"_s, u"1000 characters"_s});
    row("pick line of 10 MiB", words("pick @DIR@/line-10mb.txt"),
        {u"@DIR@/line-10mb.txt"_s, u"1000 characters"_s});
    row("pick shuffle with count", words("pick --shuffle --count 2"),
        {u"--shuffle"_s, u"--count"_s}, "a\nb\nc\n");
    row("pick count with shuffle", words("pick --count 1 --shuffle"),
        {u"--shuffle"_s, u"--count"_s}, "a\nb\nc\n");
    row("pick two files", words("pick @DIR@/list.txt @DIR@/list.txt"),
        {u"unexpected"_s, u"@DIR@/list.txt"_s});
    row("pick count zero", words("pick --count 0"), {u"--count"_s, u"'0'"_s}, "a\nb\n");
    row("pick count -1", words("pick --count -1"), {u"--count"_s, u"'-1'"_s}, "a\nb\n");
    row("pick count not a number", words("pick --count abc"), {u"--count"_s, u"'abc'"_s}, "a\nb\n");
    row("pick count overflows int64", words("pick --count 99999999999999999999"),
        {u"--count"_s, u"'99999999999999999999'"_s}, "a\nb\n");
    row("pick unknown option", words("pick --bogus"), {u"'bogus'"_s}, "a\nb\n");
    // Issue 12: the seed, the beacon and --verify.
    const QString seed63 = QString(63, u'a');
    row("pick seed of 63 digits", {u"pick"_s, u"--seed"_s, seed63},
        {u"--seed"_s, u"64 hexadecimal"_s, u"'%1'"_s.arg(seed63)}, "a\nb\n");
    row("pick seed not hex", {u"pick"_s, u"--seed"_s, QString(63, u'a') + u'g'},
        {u"--seed"_s, u"64 hexadecimal"_s, u"g'"_s}, "a\nb\n");
    row("pick seed with beacon",
        {u"pick"_s, u"--seed"_s, QString(64, u'a'), u"--beacon"_s, u"drand 1"_s},
        {u"--seed"_s, u"--beacon"_s}, "a\nb\n");
    row("pick empty beacon", {u"pick"_s, u"--beacon"_s, QString()}, {u"--beacon"_s}, "a\nb\n");
    row("pick count above entries with a seed",
        {u"pick"_s, u"--count"_s, u"3"_s, u"--seed"_s, QString(64, u'a')}, {u"--count 3"_s, u"2"_s},
        "a\nb\n");
    row("pick verify with count", words("pick --verify @DIR@/record-array.json --count 2"),
        {u"--verify"_s, u"--count"_s}, "a\nb\n");
    row("pick verify missing record", words("pick --verify @DIR@/missing.json"),
        {u"@DIR@/missing.json"_s, u"No such file"_s}, "a\nb\n");
    row("pick verify directory", words("pick --verify @DIR@/a-directory"),
        {u"@DIR@/a-directory"_s, u"directory"_s}, "a\nb\n");
    row("pick verify not JSON", words("pick --verify @DIR@/record-not-json.json"),
        {u"@DIR@/record-not-json.json"_s, u"not JSON"_s}, "a\nb\n");
    row("pick verify array", words("pick --verify @DIR@/record-array.json"),
        {u"@DIR@/record-array.json"_s, u"not a JSON object"_s}, "a\nb\n");
    row("pick verify no seed", words("pick --verify @DIR@/record-no-seed.json"), {u"\"seed\""_s},
        "a\nb\n");
    row("pick verify short seed", words("pick --verify @DIR@/record-short-seed.json"),
        {u"\"seed\""_s, u"64 hexadecimal"_s, u"'abc'"_s}, "a\nb\n");
    row("pick verify other algorithm", words("pick --verify @DIR@/record-other-algorithm.json"),
        {u"'rfc3797'"_s, u"passforge-draw-v1"_s}, "a\nb\n");
    row("pick verify count zero", words("pick --verify @DIR@/record-count-zero.json"),
        {u"\"count\""_s}, "a\nb\n");
    row("pick verify count string", words("pick --verify @DIR@/record-count-string.json"),
        {u"\"count\""_s}, "a\nb\n");
    row("pick verify winners string", words("pick --verify @DIR@/record-winners-string.json"),
        {u"\"winners\""_s}, "a\nb\n");
    row("pick verify no winners", words("pick --verify @DIR@/record-no-winners.json"),
        {u"\"winners\""_s}, "a\nb\n");
    row("pick verify both results", words("pick --verify @DIR@/record-both-results.json"),
        {u"\"winners\""_s, u"\"order\""_s}, "a\nb\n");
    row("pick verify unique string", words("pick --verify @DIR@/record-unique-string.json"),
        {u"\"unique\""_s}, "a\nb\n");
    // A well-formed record, but a list that no draw could have used: bad input too.
    row("pick verify a refused list", words("pick --verify @DIR@/record-valid.json"),
        {u"line 2"_s, u"U+0001"_s}, "a\nb\x01\n");
}

void checkRows()
{
    // A password on the command line is refused, and not quoted back.
    row("check password argument", words("check hunter2"),
        {u"standard input"_s, u"process list"_s});
    row("check empty stdin", words("check"), {u"standard input is empty"_s});
    row("check only a newline", words("check"), {u"standard input is empty"_s}, "\n");
    row("check two lines", words("check"), {u"more than one line"_s}, "hunter2\nhunter3\n");
    row("check NUL byte", words("check"), {u"NUL"_s}, QByteArray("ab\0cd", 5));
    row("check too long", words("check"), {u"longer than 4096 bytes"_s}, QByteArray(4097, 'a'));
    row("check unknown option", words("check --length 4"), {u"'length'"_s}, "hunter2");
}

void passphraseRows()
{
    row("passphrase qr with json", words("passphrase --qr --json"), {u"--qr"_s, u"--json"_s});
    row("passphrase qr too long",
        {u"passphrase"_s, u"--qr"_s, u"--words"_s, u"40"_s, u"--separator"_s, QString(60, u'-')},
        {u"QR code"_s, u"at most 2331"_s});
    row("passphrase wordlist of 1023 words", words("passphrase --wordlist @DIR@/wordlist-1023.txt"),
        {u"@DIR@/wordlist-1023.txt"_s, u"1023"_s, u"1024"_s});
    row("passphrase wordlist not UTF-8", words("passphrase --wordlist @DIR@/wordlist-latin1.txt"),
        {u"@DIR@/wordlist-latin1.txt"_s, u"UTF-8"_s});
    row("passphrase wordlist missing", words("passphrase --wordlist @DIR@/missing.txt"),
        {u"@DIR@/missing.txt"_s, u"No such file"_s});
    row("passphrase separator lone combining mark",
        {u"passphrase"_s, u"--separator"_s, u"\u0301\u0308"_s}, {u"--separator"_s, u"combining"_s});
    row("passphrase unknown case", words("passphrase --case weird"), {u"--case"_s, u"'weird'"_s});
    row("passphrase separator-from of one", words("passphrase --separator-from +"),
        {u"--separator-from '+' must hold 2 to 64 distinct characters"_s});
    row("passphrase separator-from twice the same", words("passphrase --separator-from +-+"),
        {u"'+-+'"_s, u"distinct"_s});
    row("passphrase separator and separator-from",
        words("passphrase --separator - --separator-from +="),
        {u"--separator and --separator-from exclude each other"_s});
    row("passphrase unknown list", words("passphrase --list ja"),
        {u"unknown --list 'ja'; the built-in lists are en, de, fr, es, it, pt_BR"_s});
    row("passphrase list in another case", words("passphrase --list DE"), {u"'DE'"_s});
    row("passphrase list and wordlist",
        words("passphrase --list de --wordlist @DIR@/wordlist-1023.txt"),
        {u"--list and --wordlist exclude each other"_s});
    row("passphrase words zero", words("passphrase --words 0"), {u"--words"_s, u"'0'"_s});
    row("passphrase words above 40", words("passphrase --words 41"), {u"--words"_s, u"'41'"_s});
}

} // namespace

void TstCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    // Each must appear in the stderr line; @DIR@ stands for the fixture directory.
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<int>("setup");

    topLevelRows();
    passwordRows();
    tokenRows();
    numberRows();
    pickRows();
    passphraseRows();
    checkRows();
}

void TstCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, mentions);
    QFETCH(int, setup);
    for (QString &arg : args)
        arg.replace(u"@DIR@"_s, m_dir.path());
    for (QString &mention : mentions)
        mention.replace(u"@DIR@"_s, m_dir.path());

    CliOptions options;
    options.input = input;
    Pty pty;
    if (Setup(setup) == Setup::StdoutTerminal) {
        QVERIFY2(pty.isOpen(), "cannot open a pseudo-terminal");
        options.stdoutPath = pty.slavePath();
    }
    if (Setup(setup) == Setup::Unprivileged) {
        if (::geteuid() == 0) {
            options.unprivileged = true;
        } else if (QFile file(args.constLast()); file.open(QIODevice::ReadOnly)) {
            QSKIP("this user can read a file of mode 000 (CAP_DAC_OVERRIDE?), so no file is "
                  "unreadable to the CLI it starts");
        }
    }

    // Most rows run in this process through Cli::run; a few, and every row that needs a
    // terminal, another user or a wrapper (Valgrind), run the built CLI as a process, so that
    // main() and the process boundary are checked too.
    static const QStringList processRows{
        u"no command"_s,        u"password length above 1024"_s, u"token unknown format"_s,
        u"pick missing file"_s, u"pick name with backspaces"_s,  u"passphrase unknown case"_s};
    const bool inProcess = Setup(setup) == Setup::Plain &&
                           qEnvironmentVariableIsEmpty("PASSFORGE_CLI_WRAPPER") &&
                           !processRows.contains(QString::fromUtf8(QTest::currentDataTag()));
    const CliResult run = inProcess ? runCliInProcess(args, input) : runCli(args, options);
    if (options.unprivileged && couldNotStart(run)) {
        // The CLI itself was copied where "nobody" can run it, so this means the system refuses:
        // no such user, setuid refused, or the wrapper could not start the copy.
        QSKIP(qPrintable(u"running as root, and the CLI cannot run as 'nobody' here (%1), so no "
                         "user is left to whom a file is unreadable"_s.arg(run.describe())));
    }
    QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));

    // Exactly one line: one "\n", at the end, valid UTF-8, and no other control character
    // (a value echoed back must not break the line or move the cursor).
    QVERIFY2(run.err.endsWith('\n'), qPrintable(run.describe()));
    QVERIFY2(run.err.count('\n') == 1, qPrintable(run.describe()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString line = decoder.decode(run.err.chopped(1));
    QVERIFY2(!decoder.hasError(), "stderr is not valid UTF-8");
    for (const QChar c : line)
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(line));
    QVERIFY2(line.startsWith(u"passforge-cli: "_s), qPrintable(line));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(line.contains(mention), qPrintable(u"'%1' not in: %2"_s.arg(mention, line)));

    if (Setup(setup) == Setup::StdoutTerminal) {
        // Nothing reached the terminal. A control run with the same set-up then writes a hex
        // token to it, which proves the child's stdout really was this terminal: a refusal that
        // came from anything else would leave the raw bytes somewhere this test cannot see.
        const CliResult control = runCli(words("token --bytes 4"), options);
        QVERIFY2(control.succeeded(), qPrintable(control.describe()));
        const QByteArray seen = pty.readUntilNewline(10'000);
        // The terminal's output processing turns "\n" into "\r\n".
        static const QRegularExpression hexLine(u"^[0-9a-f]{8}\\r?\\n$"_s);
        QVERIFY2(hexLine.match(QString::fromLatin1(seen)).hasMatch(),
                 qPrintable(QString::fromLatin1(seen.toHex())));
    }
}
