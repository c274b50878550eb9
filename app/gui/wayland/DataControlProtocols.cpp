// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataControlProtocols.h"

#include <array>

namespace passforge::gui::wayland {

std::span<const DataControlProtocol> dataControlProtocols()
{
    static const std::array protocols{wlrDataControl()};
    return protocols;
}

} // namespace passforge::gui::wayland
