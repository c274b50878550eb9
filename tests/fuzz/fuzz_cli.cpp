// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes passforge-cli's argument handling in-process, through Cli::run.
//
// Input: the arguments after the program name, separated by NUL bytes (lenient UTF-8). An
// argument, or an option's value after '=', that starts with "@/" names a file in a fixture
// directory this target writes at start-up: list.txt, blank.txt, binary.bin, words.txt,
// prefix-words.txt and the directory dir. Other arguments with a '/' are skipped, so a run never
// reads whatever file or device a mutation happens to name (/dev/tty would block). A bare name
// is relative to the working directory: ./build.sh fuzz runs the target in a scratch directory.
//
// Values go to /dev/null (not a terminal, so --format raw is allowed) and standard input is
// /dev/null. Random bytes come from a deterministic source with a budget; past it the source
// fails, which bounds long runs and exercises the exit-1 path.
#include "Cli.h"
#include "FuzzByteSource.h"
#include "FuzzCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Enough for every command's ordinary use, small enough that each run stays fast.
constexpr std::size_t RandomBudget = 256 * 1024;
// Counts and sizes above this could run long legitimately; values above the largest count any
// option accepts cannot, so --min and --max keep the full 64-bit range.
constexpr qlonglong MaxWorkValue = 10000;
constexpr qlonglong MaxCountValue = 1'000'000'000'000;

// Never destroyed: a QCoreApplication torn down among Qt's own static destructors at exit
// crashes. The fixture directory is removed by an atexit handler, which runs before those.
QCoreApplication *app = nullptr;
QTemporaryDir *fixtures = nullptr;
int nullOut = -1;
int nullIn = -1;
bool verbose = false;

void writeFixture(const QString &name, const QByteArray &content)
{
    QFile file(fixtures->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("fuzz_cli: cannot write a fixture");
}

// Distinct words of two letters from a 32-letter alphabet, at least the loader's minimum.
QByteArray twoLetterWords(bool withPrefixes)
{
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzäöüéñç");
    QByteArray text;
    for (QChar a : letters) {
        if (withPrefixes)
            text += QString(a).toUtf8() + '\n';
        for (QChar b : letters)
            text += (QString(a) + b).toUtf8() + '\n';
    }
    return text;
}

bool tooMuchWork(const QString &arg)
{
    const qsizetype eq = arg.indexOf(u'=');
    for (const QString &text : {arg, eq >= 0 ? arg.mid(eq + 1) : QString()}) {
        bool ok = false;
        const qlonglong value = text.trimmed().toLongLong(&ok);
        if (ok && value > MaxWorkValue && value <= MaxCountValue)
            return true;
    }
    return false;
}

// The argument with a leading "@/" (whole, or after '=') pointed at the fixtures; an empty
// string when it names some other path.
QString resolved(const QString &arg)
{
    const qsizetype eq = arg.indexOf(u'=');
    const qsizetype at = arg.startsWith(u"@/") ? 0 : eq >= 0 ? eq + 1 : -1;
    if (at >= 0 && QStringView(arg).mid(at).startsWith(u"@/")) {
        const QString name = arg.mid(at + 2);
        // One name inside the directory: no way out of it but "..", which is a directory.
        if (name.contains(u'/'))
            return {};
        return arg.left(at) + fixtures->filePath(name);
    }
    return arg.contains(u'/') ? QString() : arg;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Cli reads QCoreApplication::arguments() for --help, as the real program does.
    app = new QCoreApplication(*argc, *argv);
    fixtures = new QTemporaryDir;
    if (!fixtures->isValid())
        qFatal("fuzz_cli: cannot create the fixture directory");
    std::atexit([] { fixtures->remove(); });
    writeFixture(QStringLiteral("list.txt"),
                 QByteArrayLiteral("\xEF\xBB\xBF"
                                   "alice\nbob\r\ncarol\rbob\n  dave \t\n\nÉmile\n"));
    writeFixture(QStringLiteral("blank.txt"), QByteArrayLiteral("\n  \r\n\t\n"));
    writeFixture(QStringLiteral("binary.bin"), QByteArrayLiteral("a\xFF\xFE\0b\n"));
    writeFixture(QStringLiteral("words.txt"), twoLetterWords(false));
    writeFixture(QStringLiteral("prefix-words.txt"), twoLetterWords(true));
    QDir(fixtures->path()).mkdir(QStringLiteral("dir"));
    verbose = qEnvironmentVariableIsSet("PASSFORGE_FUZZ_VERBOSE");
    nullOut = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    nullIn = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (nullOut < 0 || nullIn < 0)
        qFatal("fuzz_cli: cannot open /dev/null");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList args{QStringLiteral("passforge-cli")};
    std::size_t start = 0;
    for (std::size_t i = 0; i <= size; ++i) {
        if (i < size && data[i] != 0)
            continue;
        const QString arg = QString::fromUtf8(reinterpret_cast<const char *>(data + start),
                                              static_cast<qsizetype>(i - start));
        start = i + 1;
        if (tooMuchWork(arg))
            return -1; // libFuzzer keeps rejected inputs out of the corpus
        const QString path = resolved(arg);
        if (path.isEmpty() && !arg.isEmpty())
            return -1;
        args.append(path);
    }

    passforge::fuzz::FuzzByteSource source(size, RandomBudget);
    QStringList messages;
    const int code = passforge::cli::Cli::run(args, source, nullOut, nullIn, &messages);

    if (verbose) {
        // For triage: PASSFORGE_FUZZ_VERBOSE=1 fuzz_cli crash-file shows what ran.
        std::fprintf(stderr, "args: %s\nexit %d\n", qPrintable(args.join(u'|')), code);
        for (const QString &line : std::as_const(messages))
            std::fprintf(stderr, "  %s\n", qPrintable(line));
    }
    FUZZ_CHECK(code == 0 || code == 1 || code == 2);
    // A failure says why in exactly one line (warnings are dropped when a run fails).
    if (code != 0)
        FUZZ_CHECK(messages.size() == 1);
    for (const QString &line : std::as_const(messages)) {
        FUZZ_CHECK(line.startsWith(QLatin1String("passforge-cli: ")));
        // Each message is one line, with no control character that could rewrite the terminal.
        for (QChar c : line)
            FUZZ_CHECK(c.category() != QChar::Other_Control);
    }
    return 0;
}
