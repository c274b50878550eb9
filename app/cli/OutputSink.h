// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/SecureMemory.h"

#include <stdexcept>
#include <string_view>

namespace passforge::cli {

// Writing the output failed (a closed pipe, a full disk): the one error the CLI reports as
// "cannot write the output".
class OutputError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Buffered output to a file descriptor. Values are appended into one wiped buffer and written in
// large blocks, so bulk runs make few system calls and hold no more than one block in memory.
class OutputSink
{
public:
    explicit OutputSink(int fd);
    ~OutputSink();
    OutputSink(const OutputSink &) = delete;
    OutputSink &operator=(const OutputSink &) = delete;

    SecureBytes &buffer() { return m_buffer; }
    void append(std::string_view text)
    {
        m_buffer.insert(m_buffer.end(), text.begin(), text.end());
    }
    void append(char c) { m_buffer.push_back(c); }
    // Writes the buffer out once it holds a block or more.
    void maybeFlush()
    {
        if (m_buffer.size() >= BlockSize)
            flush();
    }
    // Writes everything buffered. Throws OutputError when the write fails.
    void flush();
    // Wipes what is buffered without writing it: used when a run fails part way.
    void discard();
    bool isTerminal() const;

    static constexpr std::size_t BlockSize = 1 << 20;

private:
    int m_fd;
    SecureBytes m_buffer;
};

} // namespace passforge::cli
