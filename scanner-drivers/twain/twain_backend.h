#pragma once
// TWAIN back end (Windows): scanners through the TWAIN 2.x Data Source Manager, driven without
// the vendor's dialog (ShowUI off), native image transfer, one page at a time.
#include <memory>

#include "scanner-drivers/scanner.h"

namespace kp::scan {

namespace twain {
class Dsm;
}

class TwainBackend final : public Backend {
public:
    std::expected<std::vector<DeviceInfo>, Error> devices() override;
    std::expected<std::unique_ptr<Device>, Error> open(const std::string& name) override;

private:
    std::expected<void, Error> ensureDsm();
    std::shared_ptr<twain::Dsm> m_dsm;
};

}  // namespace kp::scan
