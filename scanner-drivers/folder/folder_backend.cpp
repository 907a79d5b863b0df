#include "scanner-drivers/folder/folder_backend.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "scanner-drivers/folder/image_files.h"

namespace kp::scan {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct WatchOptions {
    bool watch = false;
    std::chrono::milliseconds settle{1000};
    std::chrono::milliseconds idleTimeout{0};
};

std::expected<WatchOptions, Error> watchOptions(const ScanRequest& request) {
    WatchOptions o;
    for (const auto& [name, value] : request.deviceOptions) {
        try {
            if (name == "watch") {
                o.watch = value == "yes" || value == "true" || value == "1";
            } else if (name == "settle-ms") {
                o.settle = std::chrono::milliseconds(std::stoi(value));
            } else if (name == "idle-timeout-ms") {
                o.idleTimeout = std::chrono::milliseconds(std::stoi(value));
            } else {
                return std::unexpected(Error{ErrorCode::Unsupported, "a folder has no option \"" + name + "\""});
            }
        } catch (const std::exception&) {
            return std::unexpected(
                Error{ErrorCode::Unsupported, "option \"" + name + "\" needs a number, not \"" + value + "\""});
        }
    }
    return o;
}

// A file is ready when its size and modification time have stayed the same for `settle`.
class Settler {
public:
    bool ready(const std::string& path, std::chrono::milliseconds settle) {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        const auto time = fs::last_write_time(path, ec);
        if (ec) {
            return false;
        }
        auto [it, inserted] = m_seen.try_emplace(path, State{size, time, Clock::now()});
        if (!inserted && (it->second.size != size || it->second.time != time)) {
            it->second = State{size, time, Clock::now()};
        }
        return size > 0 && Clock::now() - it->second.since >= settle;
    }

private:
    struct State {
        std::uintmax_t size;
        fs::file_time_type time;
        Clock::time_point since;
    };
    std::map<std::string, State> m_seen;
};

Image toImage(const cv::Mat& gray, int dpi) {
    Image image;
    if (gray.empty()) {
        return image;
    }
    const cv::Mat packed = gray.isContinuous() ? gray : gray.clone();
    image.width = packed.cols;
    image.height = packed.rows;
    image.channels = 1;
    image.dpi = dpi;
    image.pixels.assign(packed.datastart, packed.dataend);
    return image;
}

}  // namespace

std::expected<std::vector<DeviceInfo>, Error> FolderBackend::devices() {
    std::vector<DeviceInfo> out;
    for (const std::string& dir : m_folders) {
        out.push_back({std::string(FOLDER_PREFIX) + dir, "KiemPhieu", "image folder", "folder"});
    }
    return out;
}

std::expected<std::unique_ptr<Device>, Error> FolderBackend::open(const std::string& name) {
    if (!name.starts_with(FOLDER_PREFIX)) {
        return std::unexpected(Error{ErrorCode::DeviceOffline, "not a folder device: \"" + name + "\""});
    }
    const std::string dir = name.substr(FOLDER_PREFIX.size());
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return std::unexpected(Error{ErrorCode::DeviceOffline, "no such folder: " + dir});
    }
    return std::make_unique<FolderDevice>(DeviceInfo{name, "KiemPhieu", "image folder", "folder"}, dir);
}

std::expected<Capabilities, Error> FolderDevice::capabilities() {
    Capabilities caps;
    caps.sources = {Source::Adf, Source::AdfDuplex};  // duplex: the files alternate front and back
    caps.modes = {ColorMode::Gray};
    caps.rawSources = {"Folder"};
    caps.rawModes = {"Gray"};
    return caps;
}

ScanOutcome FolderDevice::scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) {
    ScanOutcome outcome;
    const auto options = watchOptions(request);
    if (!options) {
        outcome.error = options.error();
        return outcome;
    }
    Settler settler;
    auto lastNew = Clock::now();
    for (;;) {
        std::error_code ec;
        if (!fs::is_directory(m_dir, ec)) {
            outcome.error = Error{ErrorCode::DeviceOffline, "the folder is gone: " + m_dir};
            return outcome;
        }
        const auto files = imageFilesIn(m_dir);
        if (!files) {  // a broken link or a FIFO among the scans: the operator repairs it, then resumes
            outcome.error = Error{ErrorCode::IoError, files.error()};
            return outcome;
        }
        bool delivered = false;
        for (const std::string& file : *files) {
            if (options->watch && !settler.ready(file, options->settle)) {
                continue;
            }
            const std::vector<PageRef> refs = pagesOf(file);
            for (const PageRef& ref : refs) {
                if (m_delivered.contains({ref.path, ref.page})) {
                    continue;
                }
                if (cancel.cancelled()) {
                    outcome.error =
                        Error{ErrorCode::Cancelled, "cancelled after " + std::to_string(outcome.pages) + " files"};
                    return outcome;
                }
                const bool wholeFile = refs.size() == 1;
                const LoadedPage loaded = loadPage(ref, wholeFile ? request.wholeFileReduce : 1);
                // A scanner that saved a duplex batch to a folder: front, back, front, back… in name order.
                const Side side =
                    request.source == Source::AdfDuplex && m_delivered.size() % 2 == 1 ? Side::Back : Side::Front;
                Page page{outcome.pages,
                          side,
                          toImage(loaded.gray, (loaded.dpi > 0 ? loaded.dpi : request.dpi) / loaded.reduced),
                          ref.path,
                          ref.page,
                          wholeFile,
                          loaded.reduced};
                if (!sink.pageScanned(std::move(page))) {
                    outcome.stoppedBySink = true;
                    return outcome;
                }
                m_delivered.insert({ref.path, ref.page});
                ++outcome.pages;
                delivered = true;
                if (request.maxPages > 0 && outcome.pages >= request.maxPages) {
                    return outcome;
                }
            }
        }
        if (!options->watch) {
            if (outcome.pages == 0) {
                outcome.error = Error{ErrorCode::FeederEmpty, "no new image file in " + m_dir};
            }
            return outcome;
        }
        if (delivered) {
            lastNew = Clock::now();
        } else if (options->idleTimeout.count() > 0 && Clock::now() - lastNew >= options->idleTimeout) {
            return outcome;
        }
        if (cancel.cancelled()) {
            outcome.error = Error{ErrorCode::Cancelled, "stopped watching " + m_dir};
            return outcome;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

}  // namespace kp::scan
