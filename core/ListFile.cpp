// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListFile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace passforge {

ListFile ListFile::read(const QString &path, qint64 limit)
{
    ListFile result;
    if (QFileInfo(path).isDir()) {
        result.status = Status::IsDirectory;
        return result;
    }
    QFile file(path);
    if (file.size() > limit) {
        result.status = Status::TooLarge;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::CannotOpen;
        result.errorString = file.errorString();
        return result;
    }
    return read(file, limit);
}

ListFile ListFile::read(QIODevice &device, qint64 limit)
{
    ListFile result;
    if (device.size() > 0)
        result.data.reserve(std::min<qint64>(device.size(), limit + 1));
    for (;;) {
        const QByteArray block =
            device.read(std::min<qint64>(1 << 20, limit + 1 - result.data.size()));
        if (block.isEmpty())
            break;
        result.data += block;
        if (result.data.size() > limit) {
            result.status = Status::TooLarge;
            result.data.clear();
            return result;
        }
    }
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    if (file && file->error() != QFileDevice::NoError) {
        result.status = Status::ReadError;
        result.errorString = device.errorString();
        result.data.clear();
    }
    return result;
}

} // namespace passforge
