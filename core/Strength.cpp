// SPDX-License-Identifier: GPL-3.0-or-later
#include "Strength.h"

namespace passforge {

Strength strengthFor(double bits)
{
    if (bits < 40)
        return Strength::Weak;
    if (bits < 64)
        return Strength::Fair;
    if (bits < 100)
        return Strength::Strong;
    return Strength::VeryStrong;
}

QString strengthKey(Strength strength)
{
    switch (strength) {
    case Strength::Weak:
        return QStringLiteral("weak");
    case Strength::Fair:
        return QStringLiteral("fair");
    case Strength::Strong:
        return QStringLiteral("strong");
    case Strength::VeryStrong:
        return QStringLiteral("very strong");
    }
    return {};
}

} // namespace passforge
