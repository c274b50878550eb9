// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataControlDevice.h"

#include <cstdint>
#include <memory>
#include <span>

namespace passforge::gui::wayland {

// A data-control protocol the client can bind: the global's interface, the highest version the
// client speaks, and how to make a device on a seat from the bound global.
struct DataControlProtocol
{
    const wl_interface *manager;
    std::uint32_t maxVersion;
    std::unique_ptr<DataControlDevice> (*makeDevice)(wl_registry *registry, std::uint32_t name,
                                                     std::uint32_t version, wl_seat *seat);
};

// The protocols known, most preferred first: the standard ext one once its XML is here, then
// wlr's. Each lives in a file of its own (WlrDataControl.cpp); adding one is that file, its XML
// and a line here.
std::span<const DataControlProtocol> dataControlProtocols();

const DataControlProtocol &wlrDataControl();

} // namespace passforge::gui::wayland
