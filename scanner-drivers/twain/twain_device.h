#pragma once
// One TWAIN data source, opened. The scan runs the specification's states 4 → 7 → 4: set the
// capabilities, enable the source without its dialog, pump the window messages until it says
// MSG_XFERREADY, then transfer pages natively (a DIB each) until no transfer is pending.
#include <memory>

#include "scanner-drivers/scanner.h"
#include "scanner-drivers/twain/twain_dsm.h"

namespace kp::scan::twain {

class TwainDevice final : public Device {
public:
    TwainDevice(std::shared_ptr<Dsm> dsm, TW_IDENTITY source, DeviceInfo info)
        : m_dsm(std::move(dsm)), m_source(source), m_info(std::move(info)) {}
    ~TwainDevice() override;
    TwainDevice(const TwainDevice&) = delete;
    TwainDevice& operator=(const TwainDevice&) = delete;

    const DeviceInfo& info() const override { return m_info; }
    std::expected<Capabilities, Error> capabilities() override;
    ScanOutcome scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) override;

private:
    std::expected<void, Error> configure(const ScanRequest& request);
    std::expected<void, Error> setOne(TW_UINT16 cap, TW_UINT16 type, TW_UINT32 value);
    std::vector<double> values(TW_UINT16 cap);  // every value the source offers (enumeration, range or one)
    std::expected<bool, Error> waitForTransfer(const CancelToken& cancel);
    std::expected<Image, Error> transferPage();

    std::shared_ptr<Dsm> m_dsm;
    TW_IDENTITY m_source;
    DeviceInfo m_info;
};

}  // namespace kp::scan::twain
