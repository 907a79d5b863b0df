#pragma once
// A minimal ZIP writer for ODT files: entries stored (not compressed) in the order given,
// UTF-8 names, a fixed time stamp (1980-01-01), so the same files give the same bytes. ODF
// needs "mimetype" first and uncompressed; storing everything keeps the writer tiny and a
// minutes file is a few tens of kilobytes.
#include <string>
#include <utility>
#include <vector>

namespace kp::render {

std::string zipStored(const std::vector<std::pair<std::string, std::string>>& entries);

// CRC-32 (IEEE 802.3, as ZIP uses).
std::uint32_t crc32(const std::string& bytes);

}  // namespace kp::render
