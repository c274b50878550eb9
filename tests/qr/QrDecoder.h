// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace passforge::test {

// What a real reader finds in a picture: the zbar library's QR decoder, given the picture as
// grey levels. Each code's bytes come back as they were encoded (zbar's binary mode), so a test
// compares them with the UTF-8 it meant, byte for byte.
QList<QByteArray> decodeQr(const QImage &image);

// The picture that UTF-8 half-block text draws (passforge-cli --qr, qrencode -t UTF8) on a dark
// terminal: █ ▀ ▄ light their halves, a space is dark; each character is scale pixels wide and
// each half scale pixels tall. Null when the text holds anything else.
QImage halfBlocksToImage(const QByteArray &text, int scale = 4);

} // namespace passforge::test
