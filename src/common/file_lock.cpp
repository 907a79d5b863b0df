#include "src/common/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <string_view>

namespace kp {

namespace {

// The id the holder wrote, or "" when it cannot be read (the holder may not have written it yet).
std::string holderOf(int fd) {
    char buf[32] = {};
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    std::string_view id(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!id.empty() && (id.back() == '\n' || id.back() == ' ')) {
        id.remove_suffix(1);
    }
    return std::string(id);
}

}  // namespace

std::expected<FileLock, LockRefused> FileLock::acquire(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return std::unexpected(LockRefused{false, {}, "cannot open " + path + ": " + std::strerror(errno)});
    }
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR) {
            continue;
        }
        const int error = errno;
        LockRefused refused{error == EWOULDBLOCK, error == EWOULDBLOCK ? holderOf(fd) : "",
                            "cannot lock " + path + ": " + std::strerror(error)};
        ::close(fd);
        return std::unexpected(std::move(refused));
    }
    // Ours: say who holds it. A failure here only loses the id in another process's message.
    const std::string id = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(fd, id.data(), id.size(), 0);
    }
    return FileLock(fd);
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

FileLock::~FileLock() {
    if (m_fd >= 0) {
        ::close(m_fd);  // releases the lock
    }
}

}  // namespace kp
