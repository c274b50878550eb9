// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrOutput.h"

#include "passforge/QrCode.h"

namespace passforge::cli::support {

namespace {

class QrText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString qrDescription()
    {
        return tr("Print the value as a QR code of text half blocks, for a terminal with light "
                  "text on a dark background, and nothing else.");
    }
    static QString ssidDescription()
    {
        return tr("Make the value the Wi-Fi text that phones scan to join the network NAME "
                  "(WIFI:T:WPA;S:NAME;P:password;;); with --qr, its QR code.");
    }
    static QString securityDescription()
    {
        return tr("With --wifi-ssid: wpa (WPA and WPA2, the default) or wpa3.");
    }
    static QString hiddenDescription() { return tr("With --wifi-ssid: the network is hidden."); }
    static QString ssidValueName() { return tr("NAME", "value name in --help: a name"); }
    static QString securityValueName()
    {
        return tr("SECURITY", "value name in --help: a Wi-Fi security type");
    }
    static QString qrWithCount()
    {
        return tr("--qr shows one value; it cannot be used with --count above 1");
    }
    static QString qrWithJson() { return tr("--qr cannot be combined with --json"); }
    static QString emptySsid() { return tr("--wifi-ssid needs a network name"); }
    static QString longSsid(const QString &name, qsizetype bytes)
    {
        return tr("--wifi-ssid '%1' is %2 bytes long; a network name has at most %3")
            .arg(name)
            .arg(bytes)
            .arg(WifiNetwork::MaxSsidBytes);
    }
    static QString unknownSecurity(const QString &name)
    {
        return tr("unknown --wifi-security '%1'; use wpa or wpa3").arg(name);
    }
    static QString withoutSsid(const QString &option)
    {
        return tr("--%1 needs --wifi-ssid").arg(option);
    }
    static QString tooLong(qsizetype bytes)
    {
        return tr("the value is %1 bytes long, too long for a QR code (at most %2)")
            .arg(bytes)
            .arg(QrCode::MaxBytes);
    }
};

} // namespace

void addQrOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("qr"), QrText::qrDescription()});
}

void addWifiOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("wifi-ssid"), QrText::ssidDescription(), QrText::ssidValueName()});
    parser.addOption({QStringLiteral("wifi-security"), QrText::securityDescription(),
                      QrText::securityValueName()});
    parser.addOption({QStringLiteral("wifi-hidden"), QrText::hiddenDescription()});
}

bool qrRequested(const QCommandLineParser &parser, std::int64_t count, bool json)
{
    if (!parser.isSet(QStringLiteral("qr")))
        return false;
    if (count > 1)
        throw UsageError(QrText::qrWithCount());
    if (json)
        throw UsageError(QrText::qrWithJson());
    return true;
}

std::optional<WifiNetwork> wifiNetwork(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("wifi-ssid"))) {
        for (const char *option : {"wifi-security", "wifi-hidden"}) {
            if (parser.isSet(QLatin1String(option)))
                throw UsageError(QrText::withoutSsid(QLatin1String(option)));
        }
        return std::nullopt;
    }
    WifiNetwork network;
    network.ssid = parser.value(QStringLiteral("wifi-ssid"));
    if (network.ssid.isEmpty())
        throw UsageError(QrText::emptySsid());
    if (const qsizetype bytes = network.ssid.toUtf8().size(); bytes > WifiNetwork::MaxSsidBytes)
        throw UsageError(QrText::longSsid(network.ssid, bytes));
    if (parser.isSet(QStringLiteral("wifi-security"))) {
        const QString name = parser.value(QStringLiteral("wifi-security"));
        if (name == QLatin1String("wpa"))
            network.security = WifiNetwork::Security::Wpa;
        else if (name == QLatin1String("wpa3"))
            network.security = WifiNetwork::Security::Wpa3;
        else
            throw UsageError(QrText::unknownSecurity(name));
    }
    network.hidden = parser.isSet(QStringLiteral("wifi-hidden"));
    return network;
}

void toWifiPayload(const WifiNetwork &network, SecureBytes &value)
{
    QString password = QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    QString payload = network.payload(password);
    QByteArray utf8 = payload.toUtf8();
    secureZero(value.data(), value.size());
    value.assign(utf8.begin(), utf8.end());
    secureWipe(password);
    secureWipe(payload);
    secureWipe(utf8);
}

void writeQr(OutputSink &out, const SecureBytes &value)
{
    const std::optional<QrCode> code = QrCode::encode(std::string_view(value.data(), value.size()));
    if (!code)
        throw UsageError(QrText::tooLong(static_cast<qsizetype>(value.size())));
    code->appendText(out.buffer());
}

} // namespace passforge::cli::support
