#include "scanner-drivers/sane/sane_device.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include "scanner-drivers/quirks.h"
#include "scanner-drivers/sane/sane_frame.h"

namespace kp::scan {

namespace {

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
    return std::ranges::find(v, x) != v.end();  // std::ranges::contains is C++23 but not in GCC 12
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) {
        out += (out.empty() ? "" : ", ") + n;
    }
    return out.empty() ? "(none)" : out;
}

}  // namespace

SaneDevice::~SaneDevice() {
    sane_cancel(m_handle);
    sane_close(m_handle);
}

std::expected<Capabilities, Error> SaneDevice::capabilities() {
    m_options.reload();
    Capabilities caps;
    caps.rawSources = m_options.strings("source");
    caps.rawModes = m_options.strings("mode");
    for (const std::string& raw : caps.rawSources) {
        if (const auto s = normaliseSource(raw); s && !contains(caps.sources, *s)) {
            caps.sources.push_back(*s);
        }
    }
    // Some drivers offer duplex as a separate switch beside an "ADF" source.
    if (contains(caps.sources, Source::Adf) && !contains(caps.sources, Source::AdfDuplex) &&
        m_options.has("duplex")) {
        caps.sources.push_back(Source::AdfDuplex);
    }
    for (const std::string& raw : caps.rawModes) {
        if (const auto m = normaliseMode(raw); m && !contains(caps.modes, *m)) {
            caps.modes.push_back(*m);
        }
    }
    caps.resolutions = m_options.numbers("resolution");
    caps.maxWidthMm = static_cast<int>(std::floor(m_options.maximum("br-x").value_or(0)));
    caps.maxHeightMm = static_cast<int>(std::floor(m_options.maximum("br-y").value_or(0)));
    return caps;
}

std::expected<void, Error> SaneDevice::configure(const ScanRequest& request) {
    const auto caps = capabilities();
    if (!caps->rawSources.empty()) {
        auto raw = pickRaw(caps->rawSources, request.source);
        bool duplexSwitch = false;
        if (!raw && request.source == Source::AdfDuplex && m_options.has("duplex")) {
            raw = pickRaw(caps->rawSources, Source::Adf);
            duplexSwitch = true;
        }
        if (!raw) {
            return std::unexpected(Error{ErrorCode::Unsupported, "the device cannot scan from " +
                                                                     std::string(sourceCode(request.source)) +
                                                                     "; its sources: " + joined(caps->rawSources)});
        }
        if (auto r = m_options.set("source", *raw); !r) {
            return r;
        }
        if (m_options.has("duplex")) {
            if (auto r = m_options.set("duplex", duplexSwitch ? "yes" : "no"); !r) {
                return r;
            }
        }
    }
    if (!caps->rawModes.empty()) {
        const auto raw = pickRaw(caps->rawModes, request.mode);
        if (!raw) {
            return std::unexpected(Error{ErrorCode::Unsupported, "the device cannot scan in " +
                                                                     std::string(modeCode(request.mode)) +
                                                                     "; its modes: " + joined(caps->rawModes)});
        }
        if (auto r = m_options.set("mode", *raw); !r) {
            return r;
        }
    }
    if (m_options.has("resolution")) {
        if (auto r = m_options.setNumber("resolution", request.dpi); !r) {
            return r;
        }
    }
    if (request.pageWidthMm > 0 && request.pageHeightMm > 0) {
        // Sheet-fed drivers size the paper with page-width/-height; the scan area follows.
        for (const auto& [name, value] : {std::pair{"page-width", request.pageWidthMm}, {"page-height", request.pageHeightMm},
                                          {"tl-x", 0}, {"tl-y", 0}, {"br-x", request.pageWidthMm},
                                          {"br-y", request.pageHeightMm}}) {
            if (m_options.has(name)) {
                if (auto r = m_options.setNumber(name, value); !r) {
                    return r;
                }
            }
        }
    }
    for (const auto& [name, value] : request.deviceOptions) {
        if (auto r = m_options.set(name, value); !r) {
            return r;
        }
    }
    return {};
}

std::expected<Image, Error> SaneDevice::readPage(int index, int dpi, PageSink& sink, const CancelToken& cancel) {
    Image image;
    image.dpi = dpi;
    std::vector<std::uint8_t> frame;
    std::vector<std::uint8_t> chunk(64 * 1024);
    for (bool first = true;; first = false) {
        if (!first) {
            // Three-pass scanners deliver each colour after its own sane_start.
            if (const SANE_Status s = sane_start(m_handle); s != SANE_STATUS_GOOD) {
                return std::unexpected(saneError(s, "sane_start (next frame)"));
            }
        }
        SANE_Parameters p{};
        if (const SANE_Status s = sane_get_parameters(m_handle, &p); s != SANE_STATUS_GOOD) {
            return std::unexpected(saneError(s, "sane_get_parameters"));
        }
        const std::int64_t expected = p.lines > 0 ? static_cast<std::int64_t>(p.lines) * p.bytes_per_line : -1;
        frame.clear();
        if (expected > 0) {
            frame.reserve(static_cast<std::size_t>(expected));
        }
        for (;;) {
            if (cancel.cancelled()) {
                sane_cancel(m_handle);
                // Drain until the back end confirms, as the SANE standard asks of a front end.
                for (SANE_Int n = 0; sane_read(m_handle, chunk.data(), static_cast<SANE_Int>(chunk.size()), &n) ==
                                     SANE_STATUS_GOOD;) {
                }
                return std::unexpected(Error{ErrorCode::Cancelled, "cancelled during page " + std::to_string(index + 1)});
            }
            SANE_Int n = 0;
            const SANE_Status s = sane_read(m_handle, chunk.data(), static_cast<SANE_Int>(chunk.size()), &n);
            if (s == SANE_STATUS_EOF) {
                break;
            }
            if (s != SANE_STATUS_GOOD) {
                return std::unexpected(saneError(s, "sane_read (page " + std::to_string(index + 1) + ")"));
            }
            frame.insert(frame.end(), chunk.begin(), chunk.begin() + n);
            sink.pageProgress(index, static_cast<std::int64_t>(frame.size()), expected);
        }
        if (p.bytes_per_line <= 0) {
            return std::unexpected(Error{ErrorCode::IoError, "the device reported a page of no width"});
        }
        const int lines = static_cast<int>(frame.size() / static_cast<std::size_t>(p.bytes_per_line));
        addFrame(p, lines, frame, image);
        if (p.last_frame == SANE_TRUE) {
            return image;
        }
    }
}

ScanOutcome SaneDevice::scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) {
    ScanOutcome outcome;
    if (auto configured = configure(request); !configured) {
        outcome.error = configured.error();
        return outcome;
    }
    const int dpi = static_cast<int>(std::lround(m_options.number("resolution").value_or(request.dpi)));
    // A device without a source option (SANE's pnm) takes one page per scan, like a flatbed.
    const bool feeder = request.source != Source::Flatbed && m_options.has("source");
    const bool duplex = request.source == Source::AdfDuplex;
    const auto stop = [&](std::optional<Error> error) {
        sane_cancel(m_handle);
        outcome.error = std::move(error);
        return outcome;
    };
    for (int index = 0; request.maxPages == 0 || index < request.maxPages; ++index) {
        if (cancel.cancelled()) {
            return stop(Error{ErrorCode::Cancelled, "cancelled after " + std::to_string(index) + " pages"});
        }
        const SANE_Status started = sane_start(m_handle);
        if (started == SANE_STATUS_NO_DOCS && index > 0) {
            return stop(std::nullopt);  // the normal end of a feeder batch
        }
        if (started != SANE_STATUS_GOOD) {
            return stop(saneError(started, "sane_start (page " + std::to_string(index + 1) + ")"));
        }
        auto image = readPage(index, dpi, sink, cancel);
        if (!image) {
            // Back ends built on sanei_thread read the device in a thread that sane_cancel kills
            // with *asynchronous* pthread cancellation; killed inside malloc (which it calls
            // as it starts) it leaves the heap locked and sane_cancel waits for it forever —
            // seen with SANE's test back end at an injected jam straight after sane_start.
            // On a fault (never on the normal path) give that thread time to reach its
            // blocking read or write, where cancelling it is safe.
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            return stop(image.error());
        }
        Page page{index, duplex && index % 2 == 1 ? Side::Back : Side::Front, std::move(*image), {}, 0, false};
        if (page.side == Side::Back && request.flipBackPages) {
            rotate180(page.image);
        }
        if (!sink.pageScanned(std::move(page))) {
            outcome.stoppedBySink = true;  // not acknowledged: the sink says why
            return stop(std::nullopt);
        }
        ++outcome.pages;
        if (!feeder) {
            break;
        }
    }
    return stop(std::nullopt);
}

}  // namespace kp::scan
