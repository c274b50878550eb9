// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QProcess>
#include <QStringList>

#include <memory>

// Looks at the X11 selections from OUTSIDE this process, through xclip, the way another
// application (or a clipboard manager) sees them. Every call keeps this process's event loop
// running while xclip works, because when we own a selection it is this process that has to
// answer xclip's request: a blocking wait would deadlock until xclip gave up.
namespace xclipboard {

// How long any one xclip run may take before the test calls it hung. Generous, because the
// suite runs two tests at a time on two shared cores; a healthy run takes a few milliseconds.
inline constexpr int ProcessTimeoutMs = 15000;

struct Result
{
    bool finished = false; // exited on its own within ProcessTimeoutMs
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// "clipboard" or "primary", as xclip names the selection of a QClipboard mode.
QString selectionName(QClipboard::Mode mode);

// `xclip -o -selection NAME [-t TARGET]`: what another process reads from the selection.
Result read(QClipboard::Mode mode, const QString &target = {});

// The targets (formats) another process is offered, from `xclip -o -t TARGETS`.
QStringList targets(QClipboard::Mode mode);

// Test assertions on what another process reads. Each reports through QTest; callers check
// QTest::currentTestFailed() afterwards, or use the macros below.
//   holds: xclip exits 0 and prints exactly `expected` (as UTF-8).
//   empty: nobody owns the selection. xclip 0.13 then finds no owner to convert from: it
//          prints nothing on stdout, "Error: target STRING not available" on stderr, and
//          exits 1 (checked by hand against Xvfb before writing this).
void verifyHolds(QClipboard::Mode mode, const QString &expected, const char *file, int line);
void verifyEmpty(QClipboard::Mode mode, const char *file, int line);

// Another application owning a selection: `xclip -i -quiet` run in the foreground (-quiet keeps
// it from forking, so it can be stopped), fed the text on stdin so that the text never appears
// on a command line. It serves the selection until it loses it or is destroyed.
class ForeignOwner
{
public:
    ForeignOwner(QClipboard::Mode mode, const QString &text);
    ~ForeignOwner();
    ForeignOwner(const ForeignOwner &) = delete;
    ForeignOwner &operator=(const ForeignOwner &) = delete;

    // Starts xclip and waits until this process's QClipboard has seen it take the selection
    // over (the X server told us through a SelectionClear or XFixes event). False on failure,
    // with the reason in errorString().
    bool start();
    QString errorString() const { return m_error; }

private:
    QClipboard::Mode m_mode;
    QByteArray m_text;
    QString m_error;
    std::unique_ptr<QProcess> m_process;
};

} // namespace xclipboard

// Fail the calling test function, at the caller's line, unless another process reads `expected`
// from the selection (or finds it empty).
#define VERIFY_SELECTION_HOLDS(mode, expected)                                                     \
    do {                                                                                           \
        xclipboard::verifyHolds((mode), (expected), __FILE__, __LINE__);                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

#define VERIFY_SELECTION_EMPTY(mode)                                                               \
    do {                                                                                           \
        xclipboard::verifyEmpty((mode), __FILE__, __LINE__);                                       \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
