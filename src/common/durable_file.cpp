#include "src/common/durable_file.h"

#include <fcntl.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kp {

namespace {

std::string systemError(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// The rename itself is only durable once the folder's entry is on the disk.
void syncFolder(const std::string& path) {
    const std::string dir = std::filesystem::path(path).parent_path().string();
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::expected<void, std::string> writeFileDurably(const std::string& path, std::string_view bytes) {
    // A temporary name of this writer's own: two writers of the same file (two stations storing
    // the same image) each write theirs whole, and the rename puts one whole file in place.
    static std::atomic<unsigned> writers{0};
    const std::filesystem::path target(path);
    const std::string temp =
        (target.parent_path() / ("." + target.filename().string() + "." + std::to_string(::getpid()) + "-" +
                                 std::to_string(++writers) + ".part"))
            .string();
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return std::unexpected(systemError("cannot create", temp));
    }
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const std::string error = systemError("cannot write", temp);
        ::close(fd);
        ::unlink(temp.c_str());
        return std::unexpected(error);
    }
    ::close(fd);
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string error = systemError("cannot rename into", path);
        ::unlink(temp.c_str());
        return std::unexpected(error);
    }
    syncFolder(path);
    return {};
}

std::expected<AppendFile, std::string> AppendFile::open(const std::string& path) {
    const bool existed = std::filesystem::exists(path);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        return std::unexpected(systemError("cannot open", path));
    }
    if (!existed) {
        syncFolder(path);
    }
    return AppendFile(fd, path);
}

AppendFile& AppendFile::operator=(AppendFile&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

AppendFile::~AppendFile() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

std::expected<void, std::string> AppendFile::appendLine(std::string_view line) {
    std::string buffer(line);
    buffer.push_back('\n');
    // One write() of the whole line: a crash leaves at most one torn last line, never a
    // mixture, and readers drop a last line without its newline.
    if (!writeAll(m_fd, buffer) || ::fdatasync(m_fd) != 0) {
        return std::unexpected(systemError("cannot append to", m_path));
    }
    return {};
}

}  // namespace kp
