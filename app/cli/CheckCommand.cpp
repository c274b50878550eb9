// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckText.h"
#include "Cli.h"
#include "CliSupport.h"
#include "passforge/PasswordCheck.h"

#include <QByteArray>

#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace passforge::cli {

namespace {

// While a password is typed at a terminal, the terminal does not echo it; restored on every exit.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (tcgetattr(fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

// Up to limit bytes of fd, read straight into a buffer that is wiped (no stdio or QFile buffer
// keeps a copy). Returns empty with errno set on a read error.
std::optional<SecureBytes> readInput(int fd, std::size_t limit)
{
    SecureBytes data(limit);
    std::size_t used = 0;
    while (used < limit) {
        const ssize_t got = ::read(fd, data.data() + used, limit - used);
        if (got == 0)
            break;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return std::nullopt;
        }
        used += static_cast<std::size_t>(got);
        // At a terminal, one line is one password: stop at its end instead of waiting for EOF.
        if (isatty(fd) && data[used - 1] == '\n')
            break;
    }
    data.resize(used); // shrinking keeps the buffer, which the allocator wipes at the end
    return data;
}

void appendSeconds(OutputSink &out, double seconds)
{
    out.append(QByteArray::number(seconds, 'g', 6).toStdString());
}

} // namespace

int Cli::runCheck(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(parser, tr("How hard a password you already have is to guess, by "
                                      "zxcvbn. The password is read from standard input, one "
                                      "line."));
    parser.addOption({QStringLiteral("json"),
                      tr("One JSON object with guesses_log10, score, crack_seconds, warning and "
                         "suggestions.")});
    // Any number of arguments parses, so that a password given as one is refused without being
    // quoted back.
    if (support::parse(parser, args, context, std::numeric_limits<qsizetype>::max()))
        return ExitOk;
    if (!parser.positionalArguments().isEmpty())
        throw UsageError(tr("check takes no password argument: it reads the password from "
                            "standard input, so that it stays out of the process list and shell "
                            "history"));

    std::optional<SecureBytes> input;
    if (isatty(context.inputFd)) {
        const EchoOff echoOff(context.inputFd);
        const QByteArray prompt = tr("Password to check: ").toUtf8();
        (void)!::write(STDERR_FILENO, prompt.constData(), prompt.size());
        input = readInput(context.inputFd, PasswordCheck::MaxBytes + 2);
        (void)!::write(STDERR_FILENO, "\n", 1);
    } else {
        input = readInput(context.inputFd, PasswordCheck::MaxBytes + 2);
    }
    if (!input)
        throw UsageError(
            tr("cannot read standard input: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    SecureBytes &text = *input;
    // One line: its end of line is not part of the password.
    if (!text.empty() && text.back() == '\n')
        text.pop_back();
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    if (text.empty())
        throw UsageError(tr("standard input is empty; give check the password on it"));
    const std::string_view password(text.data(), text.size());
    if (password.find('\n') != std::string_view::npos)
        throw UsageError(tr("standard input holds more than one line; check reads one password"));
    if (password.find('\0') != std::string_view::npos)
        throw UsageError(tr("the password on standard input contains a NUL byte"));
    if (password.size() > static_cast<std::size_t>(PasswordCheck::MaxBytes))
        throw UsageError(tr("the password on standard input is longer than %1 bytes")
                             .arg(PasswordCheck::MaxBytes));

    const PasswordCheck check = PasswordCheck::check(password);
    const PasswordCheck::CrackSeconds times = check.crackSeconds();
    const QString warning = i18n::warningText(check);
    const QStringList suggestions = i18n::suggestionTexts(check);
    OutputSink &out = context.out;
    if (parser.isSet(QStringLiteral("json"))) {
        out.append("{\"guesses_log10\":");
        out.append(QByteArray::number(check.guessesLog10(), 'f', 3).toStdString());
        out.append(",\"score\":");
        support::appendInt(out, check.score());
        out.append(",\"crack_seconds\":{\"online_throttled\":");
        appendSeconds(out, times.onlineThrottled);
        out.append(",\"online\":");
        appendSeconds(out, times.online);
        out.append(",\"offline_slow\":");
        appendSeconds(out, times.offlineSlow);
        out.append(",\"offline_fast\":");
        appendSeconds(out, times.offlineFast);
        out.append("},\"warning\":");
        support::appendJsonString(out, warning);
        out.append(",\"suggestions\":[");
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (i > 0)
                out.append(',');
            support::appendJsonString(out, suggestions.at(i));
        }
        out.append("]}\n");
        return ExitOk;
    }

    QString line = tr("Score %1 of 4 (%2): about %3 guesses. Found in %4 online at 100 guesses an "
                      "hour, %5 online at 10 a second, %6 offline against a slow hash, %7 "
                      "offline against a fast hash.")
                       .arg(check.score())
                       .arg(i18n::scoreText(check.score()), i18n::guessesText(check.guessesLog10()),
                            i18n::durationText(times.onlineThrottled),
                            i18n::durationText(times.online),
                            i18n::durationText(times.offlineSlow),
                            i18n::durationText(times.offlineFast));
    if (const QString found = i18n::patternsText(check); !found.isEmpty())
        line += QLatin1Char(' ') + tr("It contains %1.").arg(found);
    if (!warning.isEmpty())
        line += QLatin1Char(' ') + warning;
    for (const QString &suggestion : suggestions)
        line += QLatin1Char(' ') + suggestion;
    out.append(line.toStdString());
    out.append('\n');
    return ExitOk;
}

} // namespace passforge::cli
