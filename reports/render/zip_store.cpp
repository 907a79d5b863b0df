#include "zip_store.h"

#include <array>
#include <cstdint>

namespace kp::render {

namespace {

void u16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void u32(std::string& out, std::uint32_t v) {
    u16(out, v & 0xFFFF);
    u16(out, v >> 16);
}

constexpr std::uint32_t DOS_DATE_1980_01_01 = (0U << 9) | (1U << 5) | 1U;
constexpr std::uint32_t UTF8_NAMES = 0x0800;

}  // namespace

std::uint32_t crc32(const std::string& bytes) {
    static const std::array<std::uint32_t, 256> TABLE = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFU;
    for (const char ch : bytes) {
        c = TABLE[(c ^ static_cast<unsigned char>(ch)) & 0xFFU] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFU;
}

std::string zipStored(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out;
    std::string directory;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = crc32(data);
        const auto size = static_cast<std::uint32_t>(data.size());
        const auto nameLength = static_cast<std::uint32_t>(name.size());
        u32(out, 0x04034b50);  // local file header
        u16(out, 10);          // version needed: 1.0 (stored)
        u16(out, UTF8_NAMES);
        u16(out, 0);  // stored
        u16(out, 0);  // time 00:00
        u16(out, DOS_DATE_1980_01_01);
        u32(out, crc);
        u32(out, size);
        u32(out, size);
        u16(out, nameLength);
        u16(out, 0);
        out += name;
        out += data;

        u32(directory, 0x02014b50);  // central directory header
        u16(directory, 20);
        u16(directory, 10);
        u16(directory, UTF8_NAMES);
        u16(directory, 0);
        u16(directory, 0);
        u16(directory, DOS_DATE_1980_01_01);
        u32(directory, crc);
        u32(directory, size);
        u32(directory, size);
        u16(directory, nameLength);
        u16(directory, 0);  // extra
        u16(directory, 0);  // comment
        u16(directory, 0);  // disk
        u16(directory, 0);  // internal attributes
        u32(directory, 0);  // external attributes
        u32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(out.size());
    out += directory;
    u32(out, 0x06054b50);  // end of central directory
    u16(out, 0);
    u16(out, 0);
    u16(out, static_cast<std::uint32_t>(entries.size()));
    u16(out, static_cast<std::uint32_t>(entries.size()));
    u32(out, static_cast<std::uint32_t>(directory.size()));
    u32(out, directoryOffset);
    u16(out, 0);
    return out;
}

}  // namespace kp::render
