// SPDX-License-Identifier: GPL-3.0-or-later
#include "XClipboard.h"

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

namespace xclipboard {

namespace {

const QString Xclip = QStringLiteral("xclip");

bool ownedByUs(QClipboard::Mode mode)
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return mode == QClipboard::Clipboard ? clipboard->ownsClipboard() : clipboard->ownsSelection();
}

Result run(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(Xclip, arguments);
    // QSignalSpy::wait runs an event loop, so this process keeps answering selection requests
    // (xclip's among them) while it waits.
    Result result;
    result.finished = finished.wait(ProcessTimeoutMs) || !finished.isEmpty();
    if (!result.finished) {
        result.err = process.errorString().toUtf8();
        process.kill();
        process.waitForFinished(ProcessTimeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray describe(const QStringList &arguments, const Result &result)
{
    return QStringLiteral("xclip %1: finished=%2 exit=%3 stdout=\"%4\" stderr=\"%5\"")
        .arg(arguments.join(u' '))
        .arg(result.finished ? QStringLiteral("yes") : QStringLiteral("no (timed out)"))
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err).trimmed())
        .toUtf8();
}

QStringList readArguments(QClipboard::Mode mode, const QString &target)
{
    QStringList arguments{QStringLiteral("-o"), QStringLiteral("-selection"), selectionName(mode)};
    if (!target.isEmpty())
        arguments << QStringLiteral("-t") << target;
    return arguments;
}

} // namespace

QString selectionName(QClipboard::Mode mode)
{
    return mode == QClipboard::Clipboard ? QStringLiteral("clipboard") : QStringLiteral("primary");
}

Result read(QClipboard::Mode mode, const QString &target)
{
    return run(readArguments(mode, target));
}

QStringList targets(QClipboard::Mode mode)
{
    const Result result = read(mode, QStringLiteral("TARGETS"));
    if (!result.finished || result.exitCode != 0)
        return {};
    return QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
}

void verifyHolds(QClipboard::Mode mode, const QString &expected, const char *file, int line)
{
    const QStringList arguments = readArguments(mode, {});
    const Result result = run(arguments);
    const QByteArray what = describe(arguments, result);
    if (!QTest::qVerify(result.finished && result.exitCode == 0, "xclip -o succeeds",
                        what.constData(), file, line))
        return;
    // Secret test values are made up for the test, so printing them on failure is harmless.
    QTest::qCompare(QString::fromUtf8(result.out), expected, "what another process reads",
                    "expected", file, line);
}

void verifyEmpty(QClipboard::Mode mode, const char *file, int line)
{
    const QStringList arguments = readArguments(mode, {});
    const Result result = run(arguments);
    const QByteArray what = describe(arguments, result);
    QTest::qVerify(result.finished && result.exitCode == 1 && result.out.isEmpty() &&
                       result.err.contains("not available"),
                   "the selection is empty (xclip exits 1, prints nothing, \"not available\")",
                   what.constData(), file, line);
}

ForeignOwner::ForeignOwner(QClipboard::Mode mode, const QString &text)
    : m_mode(mode)
    , m_text(text.toUtf8())
{}

ForeignOwner::~ForeignOwner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        // xclip needs nothing from us to die, so a blocking wait is safe here.
        m_process->waitForFinished(ProcessTimeoutMs);
    }
}

bool ForeignOwner::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->start(Xclip, {QStringLiteral("-i"), QStringLiteral("-quiet"),
                             QStringLiteral("-selection"), selectionName(m_mode)});
    if (!m_process->waitForStarted(ProcessTimeoutMs)) {
        m_error = QStringLiteral("xclip -i did not start: %1").arg(m_process->errorString());
        return false;
    }
    m_process->write(m_text);
    m_process->closeWriteChannel();

    // xclip owns the selection once another process can read the text from it...
    const QString expected = QString::fromUtf8(m_text);
    QDeadlineTimer deadline(ProcessTimeoutMs);
    Result last;
    for (;;) {
        last = read(m_mode);
        if (last.finished && last.exitCode == 0 && QString::fromUtf8(last.out) == expected)
            break;
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("xclip -i never took the %1 selection: %2")
                          .arg(selectionName(m_mode),
                               QString::fromUtf8(describe({QStringLiteral("-o")}, last)));
            return false;
        }
        QTest::qWait(20);
    }
    // ...and our QClipboard must have noticed too, or a check made next would still see our
    // own data in this process.
    if (!QTest::qWaitFor([this] { return !ownedByUs(m_mode); }, ProcessTimeoutMs)) {
        m_error = QStringLiteral("this process still believes it owns the %1 selection")
                      .arg(selectionName(m_mode));
        return false;
    }
    return true;
}

} // namespace xclipboard
