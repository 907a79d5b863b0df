#pragma once
// Reading members of a zip file (stored or deflated, as every office suite writes them): what
// the spreadsheet import needs, no more. Checks each member's CRC-32 and refuses members that
// would inflate past a cap, so a damaged or hostile file gives an error, not a crash.
#include <QByteArray>
#include <QString>
#include <expected>
#include <map>

namespace kp::app {

class ZipReader {
public:
    // Reads the archive's central directory; the error says what is wrong with the file.
    static std::expected<ZipReader, QString> open(QByteArray archive);

    bool contains(const QString& name) const { return m_entries.contains(name); }
    // One member's contents, inflated and checked.
    std::expected<QByteArray, QString> read(const QString& name) const;

private:
    struct Entry {
        quint16 method = 0;
        quint32 crc = 0;
        quint64 packedSize = 0;
        quint64 size = 0;
        quint64 localOffset = 0;
    };
    QByteArray m_archive;
    std::map<QString, Entry> m_entries;
};

}  // namespace kp::app
