#pragma once
// An exclusive advisory lock on a file (flock): held while the object lives and released by the
// system when the process ends in any way, kill -9 included, so a crash never leaves it held.
// The holder's process id is written into the file, so that a refusal can say who holds it.
#include <expected>
#include <string>

namespace kp {

struct LockRefused {
    bool heldByOther = false;  // otherwise the file could not be opened or locked (`detail` says why)
    std::string holder;        // the other process's id, when it could be read
    std::string detail;
};

class FileLock {
public:
    // Creates `path` if needed and locks it without waiting.
    static std::expected<FileLock, LockRefused> acquire(const std::string& path);
    FileLock(FileLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

}  // namespace kp
