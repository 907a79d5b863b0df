#pragma once
// A zip of stored (uncompressed) members with correct CRCs, as ZipReader reads them: workbooks
// made in a test from a few lines of XML, for the candidate-import tests and the xlsx_sheet
// fuzz target.
#include <zlib.h>
#include <QByteArray>
#include <utility>
#include <vector>

namespace kp::test {

inline void le(QByteArray& out, quint32 value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
    }
}

// A zip of stored members, as ZipReader reads them (local headers, central directory, end).
inline QByteArray storedZip(const std::vector<std::pair<QByteArray, QByteArray>>& members) {
    QByteArray zip;
    QByteArray directory;
    for (const auto& [name, data] : members) {
        const auto crc =
            static_cast<quint32>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
        const auto size = static_cast<quint32>(data.size());
        const auto offset = static_cast<quint32>(zip.size());
        le(zip, 0x04034b50, 4);
        le(zip, 20, 2), le(zip, 0, 2), le(zip, 0, 2), le(zip, 0, 2), le(zip, 0, 2);
        le(zip, crc, 4), le(zip, size, 4), le(zip, size, 4);
        le(zip, static_cast<quint32>(name.size()), 2), le(zip, 0, 2);
        zip += name + data;
        le(directory, 0x02014b50, 4);
        le(directory, 20, 2), le(directory, 20, 2), le(directory, 0, 2), le(directory, 0, 2);
        le(directory, 0, 2), le(directory, 0, 2);
        le(directory, crc, 4), le(directory, size, 4), le(directory, size, 4);
        le(directory, static_cast<quint32>(name.size()), 2), le(directory, 0, 2), le(directory, 0, 2);
        le(directory, 0, 2), le(directory, 0, 2), le(directory, 0, 4), le(directory, offset, 4);
        directory += name;
    }
    const auto start = static_cast<quint32>(zip.size());
    zip += directory;
    le(zip, 0x06054b50, 4);
    le(zip, 0, 2), le(zip, 0, 2);
    le(zip, static_cast<quint32>(members.size()), 2), le(zip, static_cast<quint32>(members.size()), 2);
    le(zip, static_cast<quint32>(directory.size()), 4), le(zip, start, 4), le(zip, 0, 2);
    return zip;
}

}  // namespace kp::test
