#pragma once
// Writes that survive a killed process or a power cut: a file is written to a temporary name,
// flushed to the disk, renamed into place and its folder flushed; an appended line is flushed
// before the call returns. "Acknowledged" in KiemPhieu means one of these returned.
#include <expected>
#include <string>
#include <string_view>

namespace kp {

// Replaces or creates `path` with `bytes`; the error names the file and the system's reason.
std::expected<void, std::string> writeFileDurably(const std::string& path, std::string_view bytes);

// An append-only text file (logs of scans and events). Not thread-safe.
class AppendFile {
public:
    static std::expected<AppendFile, std::string> open(const std::string& path);
    AppendFile(AppendFile&& other) noexcept : m_fd(other.m_fd), m_path(std::move(other.m_path)) { other.m_fd = -1; }
    AppendFile& operator=(AppendFile&& other) noexcept;
    AppendFile(const AppendFile&) = delete;
    AppendFile& operator=(const AppendFile&) = delete;
    ~AppendFile();

    // Appends `line` and a newline, then flushes them to the disk.
    std::expected<void, std::string> appendLine(std::string_view line);

private:
    AppendFile(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    std::string m_path;
};

}  // namespace kp
