#pragma once
// One open SANE device: capabilities from its options, batch scans with sane_start/sane_read.
#include <memory>
#include <sane/sane.h>

#include "scanner-drivers/sane/sane_options.h"
#include "scanner-drivers/scanner.h"

namespace kp::scan {

class SaneDevice final : public Device {
public:
    SaneDevice(std::shared_ptr<void> library, SANE_Handle handle, DeviceInfo info)
        : m_library(std::move(library)), m_handle(handle), m_info(std::move(info)), m_options(handle) {}
    ~SaneDevice() override;
    SaneDevice(const SaneDevice&) = delete;
    SaneDevice& operator=(const SaneDevice&) = delete;

    const DeviceInfo& info() const override { return m_info; }
    std::expected<Capabilities, Error> capabilities() override;
    ScanOutcome scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) override;
    // Sets one of the device's own options now, also between the pages of a batch (from the
    // sink): how the tests make SANE's `test` device jam at a chosen sheet.
    std::expected<void, Error> setOption(const std::string& name, const std::string& value) {
        return m_options.set(name, value);
    }

private:
    std::expected<void, Error> configure(const ScanRequest& request);
    // One page (all its frames); nullopt error on success.
    std::expected<Image, Error> readPage(int index, int dpi, PageSink& sink, const CancelToken& cancel);

    std::shared_ptr<void> m_library;  // keeps SANE initialised while the handle is open
    SANE_Handle m_handle;
    DeviceInfo m_info;
    SaneOptions m_options;
};

}  // namespace kp::scan
