#include "zip_reader.h"

#include <zlib.h>

namespace kp::app {

namespace {

// A candidate list is a few kilobytes; 64 MB inflated is far past any real sheet and stops a
// "zip bomb" from taking the station's memory.
constexpr quint64 MAX_MEMBER = 64ull << 20;

constexpr quint32 END_OF_DIRECTORY = 0x06054b50;
constexpr quint32 DIRECTORY_ENTRY = 0x02014b50;
constexpr quint32 LOCAL_HEADER = 0x04034b50;

quint32 le(const QByteArray& b, qsizetype at, int bytes) {
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        v = (v << 8) | static_cast<quint8>(b[at + i]);
    }
    return v;
}

std::expected<QByteArray, QString> inflateRaw(const char* data, quint64 packed, quint64 size) {
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        return std::unexpected(QStringLiteral("zlib could not start"));
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = static_cast<uInt>(packed);
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(size);
    const int status = inflate(&z, Z_FINISH);
    const quint64 produced = z.total_out;
    inflateEnd(&z);
    if (status != Z_STREAM_END || produced != size) {
        return std::unexpected(QStringLiteral("the compressed data is damaged"));
    }
    return out;
}

}  // namespace

std::expected<ZipReader, QString> ZipReader::open(QByteArray archive) {
    const qsizetype n = archive.size();
    qsizetype end = -1;
    for (qsizetype at = n - 22; at >= 0 && at >= n - 22 - 65535; --at) {  // the comment is at most 64 KB
        if (le(archive, at, 4) == END_OF_DIRECTORY) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        return std::unexpected(QStringLiteral("not a zip file (no central directory)"));
    }
    ZipReader zip;
    const quint32 count = le(archive, end + 10, 2);
    qsizetype at = le(archive, end + 16, 4);
    for (quint32 i = 0; i < count; ++i) {
        if (at + 46 > n || le(archive, at, 4) != DIRECTORY_ENTRY) {
            return std::unexpected(QStringLiteral("the zip directory is damaged at entry %1").arg(i + 1));
        }
        const quint32 nameLength = le(archive, at + 28, 2);
        const quint32 extra = le(archive, at + 30, 2);
        const quint32 comment = le(archive, at + 32, 2);
        if (at + 46 + nameLength > n) {
            return std::unexpected(QStringLiteral("the zip directory is damaged at entry %1").arg(i + 1));
        }
        Entry e{static_cast<quint16>(le(archive, at + 10, 2)), le(archive, at + 16, 4), le(archive, at + 20, 4),
                le(archive, at + 24, 4), le(archive, at + 42, 4)};
        zip.m_entries[QString::fromUtf8(archive.mid(at + 46, nameLength))] = e;
        at += 46 + nameLength + extra + comment;
    }
    zip.m_archive = std::move(archive);
    return zip;
}

std::expected<QByteArray, QString> ZipReader::read(const QString& name) const {
    const auto found = m_entries.find(name);
    if (found == m_entries.end()) {
        return std::unexpected(QStringLiteral("%1 is missing").arg(name));
    }
    const Entry& e = found->second;
    const auto at = static_cast<qsizetype>(e.localOffset);
    if (at + 30 > m_archive.size() || le(m_archive, at, 4) != LOCAL_HEADER) {
        return std::unexpected(QStringLiteral("%1: damaged header").arg(name));
    }
    const qsizetype data = at + 30 + le(m_archive, at + 26, 2) + le(m_archive, at + 28, 2);
    if (e.size > MAX_MEMBER || data + static_cast<qsizetype>(e.packedSize) > m_archive.size()) {
        return std::unexpected(QStringLiteral("%1: too large or cut short").arg(name));
    }
    std::expected<QByteArray, QString> out;
    if (e.method == 0) {
        out = m_archive.mid(data, static_cast<qsizetype>(e.size));
    } else if (e.method == Z_DEFLATED) {
        out = inflateRaw(m_archive.constData() + data, e.packedSize, e.size);
    } else {
        return std::unexpected(QStringLiteral("%1: compression method %2 is not supported").arg(name).arg(e.method));
    }
    if (!out) {
        return std::unexpected(name + QStringLiteral(": ") + out.error());
    }
    const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(out->constData()), static_cast<uInt>(out->size()));
    if (crc != e.crc) {
        return std::unexpected(QStringLiteral("%1: checksum does not match (the file is damaged)").arg(name));
    }
    return out;
}

}  // namespace kp::app
