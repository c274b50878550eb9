// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <qrcodegen/qrcodegen.h>

#include <cstdint>
#include <vector>

namespace passforge {

namespace {

using WipedBuffer = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

} // namespace

std::optional<QrCode> QrCode::encode(std::string_view utf8)
{
    // qrcodegen reads a NUL-terminated string and writes only into the two buffers it is given.
    SecureBytes text(utf8.begin(), utf8.end());
    text.push_back('\0');
    WipedBuffer code(qrcodegen_BUFFER_LEN_MAX);
    WipedBuffer scratch(qrcodegen_BUFFER_LEN_MAX);
    // The mask is chosen by the library's penalty rules; the level stays M (no boost), as
    // asked for: readable with a seventh of the code damaged, and no larger than needed.
    if (!qrcodegen_encodeText(text.data(), scratch.data(), code.data(), qrcodegen_Ecc_MEDIUM,
                              qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO,
                              false))
        return std::nullopt;
    QrCode result;
    result.m_size = qrcodegen_getSize(code.data());
    result.m_modules.resize(static_cast<std::size_t>(result.m_size) * result.m_size);
    for (int y = 0; y < result.m_size; ++y) {
        for (int x = 0; x < result.m_size; ++x)
            result.m_modules[static_cast<std::size_t>(y) * result.m_size + x] =
                qrcodegen_getModule(code.data(), x, y) ? 1 : 0;
    }
    return result;
}

std::optional<QrCode> QrCode::encode(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    std::optional<QrCode> code = encode(std::string_view(utf8.constData(), utf8.size()));
    secureWipe(utf8);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[static_cast<std::size_t>(y) * m_size + x] != 0;
}

void QrCode::appendText(SecureBytes &out) const
{
    // Lit halves are light modules: █ both, ▀ the upper, ▄ the lower.
    static constexpr std::string_view Full = "\u2588";
    static constexpr std::string_view Upper = "\u2580";
    static constexpr std::string_view Lower = "\u2584";
    const auto append = [&out](std::string_view s) {
        out.insert(out.end(), s.begin(), s.end());
    };
    const int first = -QuietZone;
    const int last = m_size + QuietZone; // one past the last module row and column
    for (int y = first; y < last; y += 2) {
        for (int x = first; x < last; ++x) {
            // With an odd number of rows, the last line's lower half is the border's too.
            const bool upperLight = !isDark(x, y);
            const bool lowerLight = !isDark(x, y + 1);
            if (upperLight && lowerLight)
                append(Full);
            else if (upperLight)
                append(Upper);
            else if (lowerLight)
                append(Lower);
            else
                append(" ");
        }
        out.push_back('\n');
    }
}

QString WifiNetwork::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',' || c == u'"' || c == u':')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString WifiNetwork::payload(const QString &password) const
{
    QString text = QStringLiteral("WIFI:T:");
    switch (security) {
    case Security::Wpa:
        text += QLatin1String("WPA");
        break;
    case Security::Wpa3:
        text += QLatin1String("SAE");
        break;
    case Security::None:
        text += QLatin1String("nopass");
        break;
    }
    text += QLatin1String(";S:") + escape(ssid) + u';';
    if (security != Security::None) {
        QString escaped = escape(password);
        text += QLatin1String("P:") + escaped + u';';
        secureWipe(escaped);
    }
    if (hidden)
        text += QLatin1String("H:true;");
    text += u';';
    return text;
}

} // namespace passforge
