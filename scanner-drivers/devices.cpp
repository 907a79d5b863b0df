#include "scanner-drivers/devices.h"

#include "scanner-drivers/folder/folder_backend.h"
#ifdef _WIN32
#include "scanner-drivers/twain/twain_backend.h"
#else
#include "scanner-drivers/sane/sane_backend.h"
#endif

namespace kp::scan {

namespace {

std::unique_ptr<Backend> platformBackend() {
#ifdef _WIN32
    return std::make_unique<TwainBackend>();
#else
    return std::make_unique<SaneBackend>();
#endif
}

}  // namespace

std::expected<std::vector<DeviceInfo>, Error> listDevices() { return platformBackend()->devices(); }

std::expected<std::unique_ptr<Device>, Error> openDevice(const std::string& name) {
    if (name.starts_with(FOLDER_PREFIX)) {
        return FolderBackend().open(name);
    }
    return platformBackend()->open(name);
}

}  // namespace kp::scan
