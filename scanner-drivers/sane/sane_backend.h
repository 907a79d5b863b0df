#pragma once
// SANE (libsane) back end: every scanner SANE knows on Linux and macOS, and SANE's own `test`
// and `pnm` virtual devices that the tests use. sane_init() is called once per process and
// sane_exit() when the last back end object is gone.
#include "scanner-drivers/scanner.h"

namespace kp::scan {

class SaneBackend final : public Backend {
public:
    SaneBackend();

    std::expected<std::vector<DeviceInfo>, Error> devices() override;
    std::expected<std::unique_ptr<Device>, Error> open(const std::string& name) override;

private:
    std::shared_ptr<void> m_library;
};

}  // namespace kp::scan
