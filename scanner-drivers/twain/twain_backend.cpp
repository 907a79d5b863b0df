#include "scanner-drivers/twain/twain_backend.h"

#include <cstring>

#include "scanner-drivers/twain/twain_device.h"
#include "scanner-drivers/twain/twain_dsm.h"

namespace kp::scan {

using namespace twain;

std::expected<void, Error> TwainBackend::ensureDsm() {
    if (!m_dsm) {
        auto dsm = Dsm::open();
        if (!dsm) {
            return std::unexpected(dsm.error());
        }
        m_dsm = *dsm;
    }
    return {};
}

std::expected<std::vector<DeviceInfo>, Error> TwainBackend::devices() {
    if (auto ok = ensureDsm(); !ok) {
        return std::unexpected(ok.error());
    }
    std::vector<DeviceInfo> out;
    TW_IDENTITY source{};
    for (TW_UINT16 rc = m_dsm->call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_GETFIRST, &source); rc == TWRC_SUCCESS;
         rc = m_dsm->call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_GETNEXT, &source)) {
        out.push_back({source.ProductName, source.Manufacturer, source.ProductFamily, "TWAIN source"});
    }
    return out;
}

std::expected<std::unique_ptr<Device>, Error> TwainBackend::open(const std::string& name) {
    if (auto ok = ensureDsm(); !ok) {
        return std::unexpected(ok.error());
    }
    TW_IDENTITY source{};
    std::strncpy(source.ProductName, name.c_str(), sizeof source.ProductName - 1);
    if (m_dsm->call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_OPENDS, &source) != TWRC_SUCCESS) {
        return std::unexpected(m_dsm->failure(nullptr, "opening TWAIN source \"" + name + "\""));
    }
    DeviceInfo info{source.ProductName, source.Manufacturer, source.ProductFamily, "TWAIN source"};
    return std::make_unique<TwainDevice>(m_dsm, source, info);
}

}  // namespace kp::scan
