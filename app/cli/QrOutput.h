// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include "passforge/QrCode.h"
#include "passforge/SecureMemory.h"

#include <optional>

namespace passforge::cli::support {

// --qr (password, passphrase and token) and --wifi-ssid (password): one value as a QR code of
// UTF-8 half blocks, like `qrencode -t UTF8`, and the Wi-Fi format phones join a network from.
void addQrOption(QCommandLineParser &parser);
void addWifiOptions(QCommandLineParser &parser);

// Whether --qr was given; with --count above 1 or --json it is bad input.
bool qrRequested(const QCommandLineParser &parser, std::int64_t count, bool json);
// The network --wifi-ssid names, or nothing.
std::optional<WifiNetwork> wifiNetwork(const QCommandLineParser &parser);

// Turns a value into the Wi-Fi text that holds it, in place.
void toWifiPayload(const WifiNetwork &network, SecureBytes &value);
// Writes one value as a QR code; one too long for a QR code is bad input.
void writeQr(OutputSink &out, const SecureBytes &value);

} // namespace passforge::cli::support
