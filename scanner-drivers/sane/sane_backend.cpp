#include "scanner-drivers/sane/sane_backend.h"

#include <memory>
#include <mutex>
#include <sane/sane.h>

#include "scanner-drivers/sane/sane_device.h"

namespace kp::scan {

namespace {

// SANE is one library-wide state: initialised while any back end or device object holds the
// guard, ended after the last one (sane_exit closes every handle still open).
struct LibraryGuard {
    LibraryGuard() {
        SANE_Int version = 0;
        sane_init(&version, nullptr);
    }
    ~LibraryGuard() { sane_exit(); }
    LibraryGuard(const LibraryGuard&) = delete;
    LibraryGuard& operator=(const LibraryGuard&) = delete;
};

std::shared_ptr<void> acquireLibrary() {
    static std::mutex mutex;
    static std::weak_ptr<LibraryGuard> current;
    const std::scoped_lock lock(mutex);
    std::shared_ptr<LibraryGuard> guard = current.lock();
    if (!guard) {
        guard = std::make_shared<LibraryGuard>();
        current = guard;
    }
    return guard;
}

}  // namespace

SaneBackend::SaneBackend() : m_library(acquireLibrary()) {}

std::expected<std::vector<DeviceInfo>, Error> SaneBackend::devices() {
    const SANE_Device** list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD) {
        return std::unexpected(saneError(status, "sane_get_devices"));
    }
    std::vector<DeviceInfo> out;
    for (const SANE_Device** d = list; d != nullptr && *d != nullptr; ++d) {
        out.push_back({(*d)->name, (*d)->vendor ? (*d)->vendor : "", (*d)->model ? (*d)->model : "",
                       (*d)->type ? (*d)->type : ""});
    }
    return out;
}

std::expected<std::unique_ptr<Device>, Error> SaneBackend::open(const std::string& name) {
    SANE_Handle handle = nullptr;
    const SANE_Status status = sane_open(name.c_str(), &handle);
    if (status != SANE_STATUS_GOOD) {
        Error error = saneError(status, "opening \"" + name + "\"");
        if (status == SANE_STATUS_INVAL || status == SANE_STATUS_IO_ERROR) {
            error.code = ErrorCode::DeviceOffline;  // SANE says INVAL for "no such device"
        }
        return std::unexpected(error);
    }
    DeviceInfo info{name, "", "", ""};
    if (const auto all = devices()) {
        for (const DeviceInfo& d : *all) {
            if (d.name == name) {
                info = d;
            }
        }
    }
    return std::make_unique<SaneDevice>(m_library, handle, info);
}

}  // namespace kp::scan
