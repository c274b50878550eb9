// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

class QByteArray;
class QString;

namespace passforge {

// Overwrites memory in a way the optimiser may not remove.
void secureZero(void *data, std::size_t size);

// Best-effort wipe of a Qt string that held a secret. Copies that share its data are detached
// from it first by Qt, so only this instance's buffer is guaranteed to be wiped.
void secureWipe(QString &s);
void secureWipe(QByteArray &b);

// An allocator that wipes every block before handing it back, so that containers holding random
// bytes or secrets leave nothing behind when they grow or are destroyed. Base does the actual
// allocation; tests put a recording allocator there to see the bytes at release.
template <typename T, typename Base = std::allocator<T>> struct WipingAllocator
{
    using value_type = T;
    template <typename U> struct rebind
    {
        using other =
            WipingAllocator<U, typename std::allocator_traits<Base>::template rebind_alloc<U>>;
    };

    WipingAllocator() noexcept = default;
    template <typename U, typename B> WipingAllocator(const WipingAllocator<U, B> &) noexcept {}
    T *allocate(std::size_t n) { return Base().allocate(n); }
    void deallocate(T *p, std::size_t n) noexcept
    {
        secureZero(p, n * sizeof(T));
        Base().deallocate(p, n);
    }
    template <typename U, typename B> bool operator==(const WipingAllocator<U, B> &) const noexcept
    {
        return true;
    }
};

// Bytes that held secrets. Deliberately a vector, not a std::string: the small-string buffer of
// a string never passes through the allocator and would escape the wipe.
using SecureBytes = std::vector<char, WipingAllocator<char>>;

} // namespace passforge
