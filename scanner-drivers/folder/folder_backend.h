#pragma once
// The folder back end: "scans" the image files of a directory in name order, as if they were a
// feeder's stack — for importing what another program scanned, and for a watched folder that a
// scanner's own software writes into while the committee feeds it.
//
// Device names are "folder:" followed by the directory. Device options (ScanRequest::deviceOptions):
//   watch=yes            after the files present, wait for new ones until cancelled or idle
//   settle-ms=N          a new file is taken once its size and time have not changed for N ms
//                        (default 1000: the scanner software may still be writing it)
//   idle-timeout-ms=N    stop watching after N ms without a new file (default 0: never)
// Files already delivered by this device are not delivered again when scan() is called anew
// (resume after a fault).
#include <set>
#include <utility>

#include "scanner-drivers/scanner.h"

namespace kp::scan {

inline constexpr std::string_view FOLDER_PREFIX = "folder:";

class FolderBackend final : public Backend {
public:
    // Lists the given folders as devices (there is nothing to discover on its own).
    explicit FolderBackend(std::vector<std::string> folders = {}) : m_folders(std::move(folders)) {}
    std::expected<std::vector<DeviceInfo>, Error> devices() override;
    std::expected<std::unique_ptr<Device>, Error> open(const std::string& name) override;

private:
    std::vector<std::string> m_folders;
};

class FolderDevice final : public Device {
public:
    explicit FolderDevice(DeviceInfo info, std::string dir) : m_info(std::move(info)), m_dir(std::move(dir)) {}
    const DeviceInfo& info() const override { return m_info; }
    std::expected<Capabilities, Error> capabilities() override;
    ScanOutcome scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) override;

private:
    DeviceInfo m_info;
    std::string m_dir;
    std::set<std::pair<std::string, int>> m_delivered;  // (file, page)
};

}  // namespace kp::scan
