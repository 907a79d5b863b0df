#pragma once
// The platform's back ends behind one pair of calls: SANE on Linux and macOS, TWAIN on Windows,
// and the folder back end everywhere ("folder:DIR").
#include "scanner-drivers/scanner.h"

namespace kp::scan {

// Devices of the platform's scanner back end (not folders: they are named, not discovered).
std::expected<std::vector<DeviceInfo>, Error> listDevices();
// "folder:DIR" opens a folder; any other name a scanner of the platform's back end.
std::expected<std::unique_ptr<Device>, Error> openDevice(const std::string& name);

}  // namespace kp::scan
