// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrDecoder.h"

#include <QPainter>

#include <zbar.h>

#include <memory>

using namespace zbar;

namespace passforge::test {

QList<QByteArray> decodeQr(const QImage &image)
{
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    // zbar wants rows without padding.
    QByteArray pixels;
    pixels.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());

    std::unique_ptr<zbar_image_scanner_t, decltype(&zbar_image_scanner_destroy)> scanner(
        zbar_image_scanner_create(), zbar_image_scanner_destroy);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
    std::unique_ptr<zbar_image_t, decltype(&zbar_image_destroy)> frame(zbar_image_create(),
                                                                       zbar_image_destroy);
    zbar_image_set_format(frame.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(frame.get(), unsigned(grey.width()), unsigned(grey.height()));
    zbar_image_set_data(frame.get(), pixels.constData(), unsigned(pixels.size()), nullptr);
    QList<QByteArray> found;
    if (zbar_scan_image(scanner.get(), frame.get()) <= 0)
        return found;
    for (const zbar_symbol_t *symbol = zbar_image_first_symbol(frame.get()); symbol;
         symbol = zbar_symbol_next(symbol)) {
        if (zbar_symbol_get_type(symbol) == ZBAR_QRCODE)
            found.append(QByteArray(zbar_symbol_get_data(symbol),
                                    qsizetype(zbar_symbol_get_data_length(symbol))));
    }
    return found;
}

QImage halfBlocksToImage(const QByteArray &text, int scale)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    qsizetype width = 0;
    for (const QString &line : lines)
        width = std::max(width, line.size());
    if (lines.isEmpty() || width == 0)
        return {};
    // A dark terminal around the code, as a person would hold the phone up to it.
    const int margin = 8 * scale;
    QImage image(int(width) * scale + 2 * margin, int(lines.size()) * 2 * scale + 2 * margin,
                 QImage::Format_Grayscale8);
    image.fill(0);
    QPainter painter(&image);
    for (qsizetype row = 0; row < lines.size(); ++row) {
        for (qsizetype column = 0; column < lines[row].size(); ++column) {
            const QChar c = lines[row].at(column);
            bool upper = false;
            bool lower = false;
            if (c == u'\u2588')
                upper = lower = true;
            else if (c == u'\u2580')
                upper = true;
            else if (c == u'\u2584')
                lower = true;
            else if (c != u' ')
                return {};
            const int x = margin + int(column) * scale;
            const int y = margin + int(row) * 2 * scale;
            if (upper)
                painter.fillRect(x, y, scale, scale, Qt::white);
            if (lower)
                painter.fillRect(x, y + scale, scale, scale, Qt::white);
        }
    }
    return image;
}

} // namespace passforge::test
