// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/SecureMemory.h"

#include <QString>

#include <optional>
#include <string_view>

namespace passforge {

// A QR code of a secret, at error correction level M, made by the qrcodegen library (its C
// form, which works only in buffers it is given: every buffer that held the value or its
// modules is ours, and wiped). The modules spell the value, so they are wiped too.
class QrCode
{
public:
    // The light border every reader needs, in modules.
    static constexpr int QuietZone = 4;
    // The most bytes a QR code holds at level M (version 40, byte mode).
    static constexpr int MaxBytes = 2331;

    // Empty when the text is too long for any QR code at level M (over MaxBytes of UTF-8 that is
    // not all digits or capitals).
    static std::optional<QrCode> encode(std::string_view utf8);
    static std::optional<QrCode> encode(const QString &text);

    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    // Whether the module at x, y is dark; anything outside the code is the light quiet zone.
    bool isDark(int x, int y) const;

    // The code as UTF-8 half blocks, two module rows per line with the quiet zone, as
    // `qrencode -t UTF8` draws it for a terminal of light text on a dark background: a light
    // module is lit (█ ▀ ▄), a dark one is a space.
    void appendText(SecureBytes &out) const;

private:
    int m_size = 0;
    SecureBytes m_modules; // m_size * m_size, 1 for dark
};

// A network that phones join from a QR code: the de-facto format ZXing set,
// WIFI:T:WPA;S:<ssid>;P:<password>;H:true;; with \ ; , " : escaped by a backslash.
struct WifiNetwork
{
    // WPA and WPA2 share the type WPA; a WPA3-only network is SAE, as Android reads it; an open
    // network has no password.
    enum class Security { Wpa, Wpa3, None };
    // IEEE 802.11 allows a network name (SSID) of 1 to 32 bytes.
    static constexpr int MaxSsidBytes = 32;

    QString ssid;
    Security security = Security::Wpa;
    bool hidden = false;

    static QString escape(const QString &text);
    // The text to encode; it holds the password, so the caller wipes it (secureWipe).
    QString payload(const QString &password) const;
};

} // namespace passforge
