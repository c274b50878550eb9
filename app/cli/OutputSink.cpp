// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputSink.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#if defined(_WIN32)
#include <io.h>
#define write _write
#define isatty _isatty
#else
#include <unistd.h>
#endif

namespace passforge::cli {

OutputSink::OutputSink(int fd)
    : m_fd(fd)
{
    m_buffer.reserve(BlockSize + 4096);
}

OutputSink::~OutputSink()
{
    discard();
}

void OutputSink::flush()
{
    std::size_t done = 0;
    while (done < m_buffer.size()) {
        const auto n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            discard();
            throw OutputError(std::strerror(error));
        }
        done += static_cast<std::size_t>(n);
    }
    secureZero(m_buffer.data(), m_buffer.size());
    m_buffer.clear();
}

void OutputSink::discard()
{
    secureZero(m_buffer.data(), m_buffer.size());
    m_buffer.clear();
}

bool OutputSink::isTerminal() const
{
    return ::isatty(m_fd) != 0;
}

} // namespace passforge::cli
