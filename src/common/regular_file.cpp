#include "src/common/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace kp {

namespace {

// Null for a regular file; else what it is.
const char* kindOf(mode_t mode) {
    if (S_ISREG(mode)) {
        return nullptr;
    }
    if (S_ISDIR(mode)) {
        return "is a folder, not a file";
    }
    if (S_ISFIFO(mode)) {
        return "is a FIFO, not a file";
    }
    if (S_ISSOCK(mode)) {
        return "is a socket, not a file";
    }
    return S_ISCHR(mode) || S_ISBLK(mode) ? "is a device, not a file" : "is not a regular file";
}

// After stat or open failed with `error`: a link to nothing or a loop of links says so.
std::optional<std::string> brokenLink(const std::string& path, int error) {
    if (error == ELOOP) {
        return "is a loop of links";
    }
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        std::string target(4096, '\0');
        const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
        target.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        return "is a link to nothing (→ " + target + ")";
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> notARegularFile(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        const char* kind = kindOf(st.st_mode);
        return kind ? std::optional<std::string>(kind) : std::nullopt;
    }
    const int error = errno;
    if (auto broken = brokenLink(path, error)) {
        return broken;
    }
    return error == ENOENT ? "does not exist" : std::string(std::strerror(error));
}

std::expected<std::string, std::string> readRegularFile(const std::string& path, std::uint64_t maxBytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        const auto broken = brokenLink(path, error);
        return std::unexpected(broken ? path + " " + *broken : "cannot open " + path + ": " + std::strerror(error));
    }
    struct stat st {};
    std::string out;
    std::string error;
    if (::fstat(fd, &st) != 0) {
        error = "cannot read " + path + ": " + std::strerror(errno);
    } else if (const char* kind = kindOf(st.st_mode)) {
        error = path + " " + kind;
    } else if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        error = path + " is larger than " + std::to_string(maxBytes) + " bytes";
    } else {
        out.resize(static_cast<std::size_t>(st.st_size));
        std::size_t done = 0;
        // A regular file never blocks; read until the end even if it grew or shrank meanwhile.
        for (;;) {
            if (done == out.size()) {
                char more = 0;
                if (out.size() >= maxBytes && ::read(fd, &more, 1) > 0) {
                    error = path + " is larger than " + std::to_string(maxBytes) + " bytes";
                    break;
                }
                if (out.size() >= maxBytes) {
                    break;
                }
                out.resize(std::min<std::uint64_t>(out.size() * 2 + 4096, maxBytes));
            }
            const ssize_t n = ::read(fd, out.data() + done, out.size() - done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                error = "cannot read " + path + ": " + std::strerror(errno);
                break;
            }
            if (n == 0) {
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        out.resize(done);
    }
    ::close(fd);
    if (!error.empty()) {
        return std::unexpected(error);
    }
    return out;
}

}  // namespace kp
