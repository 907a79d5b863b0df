#pragma once
// Reading input files without ever hanging on one: a FIFO blocks its reader until a writer
// comes (forever, if none does), a device can be endless, a folder is not a file, and a link
// to nothing or a loop of links is a damaged folder the operator must hear about rather than a
// file silently skipped. POSIX.
#include <cstdint>
#include <expected>
#include <optional>
#include <string>

namespace kp {

// Why `path` is not a regular file that can be read, or nullopt when it is. Follows links.
// Never opens the file. The reason is a phrase to put after the path: "is a link to nothing
// (→ scans/x.png)", "is a loop of links", "is a folder, not a file", "is a FIFO, not a file",
// "is a device, not a file", "is a socket, not a file", "does not exist", or the system's reason.
std::optional<std::string> notARegularFile(const std::string& path);

// Reads a whole regular file. Anything else is refused without blocking: the file is opened
// O_NONBLOCK and checked with fstat on the open descriptor, so nothing can be swapped in
// between. Errors name the file: "PATH is a FIFO, not a file", "cannot open PATH: reason",
// "PATH is larger than N bytes".
std::expected<std::string, std::string> readRegularFile(const std::string& path,
                                                        std::uint64_t maxBytes = std::uint64_t{1} << 32);

}  // namespace kp
