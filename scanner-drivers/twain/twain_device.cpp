#include "scanner-drivers/twain/twain_device.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <tuple>

#include "scanner-drivers/quirks.h"
#include "scanner-drivers/twain/dib.h"

namespace kp::scan::twain {

namespace {

double itemValue(TW_UINT16 type, const std::uint8_t* p) {
    switch (type) {
        case TWTY_FIX32: {
            TW_FIX32 f{};
            std::memcpy(&f, p, sizeof f);
            return f.Whole + f.Frac / 65536.0;
        }
        case TWTY_INT16: {
            TW_INT16 v = 0;
            std::memcpy(&v, p, sizeof v);
            return v;
        }
        case TWTY_UINT16:
        case TWTY_BOOL: {
            TW_UINT16 v = 0;
            std::memcpy(&v, p, sizeof v);
            return v;
        }
        default: {
            TW_UINT32 v = 0;
            std::memcpy(&v, p, sizeof v);
            return v;
        }
    }
}

std::size_t itemSize(TW_UINT16 type) {
    return (type == TWTY_INT16 || type == TWTY_UINT16 || type == TWTY_BOOL) ? 2 : 4;
}

TW_UINT32 fix32(double value) {
    TW_FIX32 f{};
    const auto scaled = static_cast<std::int32_t>(std::lround(value * 65536.0));
    f.Whole = static_cast<TW_INT16>(scaled >> 16);
    f.Frac = static_cast<TW_UINT16>(scaled & 0xffff);
    TW_UINT32 out = 0;
    std::memcpy(&out, &f, sizeof f);
    return out;
}

}  // namespace

TwainDevice::~TwainDevice() {
    m_dsm->call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_CLOSEDS, &m_source);
}

std::vector<double> TwainDevice::values(TW_UINT16 cap) {
    std::vector<double> out;
    TW_CAPABILITY c{cap, 0, nullptr};
    if (m_dsm->call(&m_source, DG_CONTROL, DAT_CAPABILITY, MSG_GET, &c) != TWRC_SUCCESS || c.hContainer == nullptr) {
        return out;
    }
    const auto* base = static_cast<const std::uint8_t*>(GlobalLock(c.hContainer));
    if (base != nullptr) {
        if (c.ConType == TWON_ONEVALUE) {
            TW_ONEVALUE one{};
            std::memcpy(&one, base, sizeof one);
            out.push_back(itemValue(one.ItemType, base + offsetof(TW_ONEVALUE, Item)));
        } else if (c.ConType == TWON_ENUMERATION) {
            TW_ENUMERATION e{};
            std::memcpy(&e, base, offsetof(TW_ENUMERATION, ItemList));
            for (TW_UINT32 i = 0; i < e.NumItems; ++i) {
                out.push_back(itemValue(e.ItemType, base + offsetof(TW_ENUMERATION, ItemList) + i * itemSize(e.ItemType)));
            }
        } else if (c.ConType == TWON_RANGE) {
            TW_RANGE r{};
            std::memcpy(&r, base, sizeof r);
            const double lo = itemValue(r.ItemType, base + offsetof(TW_RANGE, MinValue));
            const double hi = itemValue(r.ItemType, base + offsetof(TW_RANGE, MaxValue));
            for (int dpi : {75, 100, 150, 200, 240, 300, 400, 600}) {  // a range: the usual stops in it
                if (dpi >= lo && dpi <= hi) {
                    out.push_back(dpi);
                }
            }
        }
        GlobalUnlock(c.hContainer);
    }
    GlobalFree(c.hContainer);
    return out;
}

std::expected<void, Error> TwainDevice::setOne(TW_UINT16 cap, TW_UINT16 type, TW_UINT32 value) {
    HGLOBAL h = GlobalAlloc(GHND, sizeof(TW_ONEVALUE));
    if (h == nullptr) {
        return std::unexpected(Error{ErrorCode::OutOfMemory, "GlobalAlloc"});
    }
    auto* one = static_cast<TW_ONEVALUE*>(GlobalLock(h));
    one->ItemType = type;
    one->Item = value;
    GlobalUnlock(h);
    TW_CAPABILITY c{cap, TWON_ONEVALUE, h};
    const TW_UINT16 rc = m_dsm->call(&m_source, DG_CONTROL, DAT_CAPABILITY, MSG_SET, &c);
    GlobalFree(h);
    if (rc != TWRC_SUCCESS && rc != TWRC_CHECKSTATUS) {  // CHECKSTATUS: set to the nearest value
        return std::unexpected(m_dsm->failure(&m_source, "setting capability " + std::to_string(cap)));
    }
    return {};
}

std::expected<Capabilities, Error> TwainDevice::capabilities() {
    Capabilities caps;
    caps.sources.push_back(Source::Flatbed);
    caps.rawSources.push_back("Flatbed");
    if (!values(CAP_FEEDERENABLED).empty()) {
        caps.sources.push_back(Source::Adf);
        caps.rawSources.push_back("Feeder (CAP_FEEDERENABLED)");
        const auto duplex = values(CAP_DUPLEX);  // 0 none, 1 one-pass, 2 two-pass
        if (!duplex.empty() && duplex.front() > 0) {
            caps.sources.push_back(Source::AdfDuplex);
            caps.rawSources.push_back("Duplex (CAP_DUPLEXENABLED)");
        }
    }
    for (double t : values(ICAP_PIXELTYPE)) {
        const auto type = static_cast<TW_UINT16>(t);
        const ColorMode mode = type == TWPT_BW ? ColorMode::Lineart : type == TWPT_GRAY ? ColorMode::Gray : ColorMode::Color;
        if (type <= TWPT_RGB && std::ranges::find(caps.modes, mode) == caps.modes.end()) {
            caps.modes.push_back(mode);
            caps.rawModes.push_back(type == TWPT_BW ? "TWPT_BW" : type == TWPT_GRAY ? "TWPT_GRAY" : "TWPT_RGB");
        }
    }
    for (double r : values(ICAP_XRESOLUTION)) {
        caps.resolutions.push_back(static_cast<int>(std::lround(r)));
    }
    std::ranges::sort(caps.resolutions);
    const auto w = values(ICAP_PHYSICALWIDTH);   // inches (ICAP_UNITS defaults to inches)
    const auto h = values(ICAP_PHYSICALHEIGHT);
    caps.maxWidthMm = w.empty() ? 0 : static_cast<int>(w.front() * 25.4);
    caps.maxHeightMm = h.empty() ? 0 : static_cast<int>(h.front() * 25.4);
    return caps;
}

std::expected<void, Error> TwainDevice::configure(const ScanRequest& request) {
    const bool feeder = request.source != Source::Flatbed;
    std::expected<void, Error> ok = setOne(CAP_FEEDERENABLED, TWTY_BOOL, feeder ? 1 : 0);
    if (!ok && feeder) {
        return ok;
    }
    if (feeder) {
        setOne(CAP_AUTOFEED, TWTY_BOOL, 1);  // optional: sources without it feed anyway
        const auto loaded = values(CAP_FEEDERLOADED);
        if (!loaded.empty() && loaded.front() == 0) {
            return std::unexpected(Error{ErrorCode::FeederEmpty, "CAP_FEEDERLOADED is false"});
        }
    }
    if (auto r = setOne(CAP_DUPLEXENABLED, TWTY_BOOL, request.source == Source::AdfDuplex ? 1 : 0);
        !r && request.source == Source::AdfDuplex) {
        return r;
    }
    const TW_UINT16 pixel = request.mode == ColorMode::Lineart ? TWPT_BW : request.mode == ColorMode::Gray ? TWPT_GRAY : TWPT_RGB;
    for (const auto& [cap, type, value] :
         {std::tuple{ICAP_XFERMECH, TWTY_UINT16, TW_UINT32{TWSX_NATIVE}}, {ICAP_PIXELTYPE, TWTY_UINT16, TW_UINT32{pixel}},
          {ICAP_UNITS, TWTY_UINT16, TW_UINT32{TWUN_INCHES}}, {ICAP_XRESOLUTION, TWTY_FIX32, fix32(request.dpi)},
          {ICAP_YRESOLUTION, TWTY_FIX32, fix32(request.dpi)},
          {CAP_XFERCOUNT, TWTY_INT16, static_cast<TW_UINT32>(request.maxPages > 0 ? request.maxPages : 0xffff)}}) {
        if (auto r = setOne(cap, type, value); !r) {
            return r;
        }
    }
    // TWAIN capabilities have numbers, not names: device options are "0x1234=value" (UINT16).
    for (const auto& [name, value] : request.deviceOptions) {
        try {
            const auto cap = static_cast<TW_UINT16>(std::stoul(name, nullptr, 16));
            if (auto r = setOne(cap, TWTY_UINT16, static_cast<TW_UINT32>(std::stoul(value))); !r) {
                return r;
            }
        } catch (const std::exception&) {
            return std::unexpected(Error{ErrorCode::Unsupported, "TWAIN device options are 0xCAP=number, not " + name});
        }
    }
    return {};
}

std::expected<bool, Error> TwainDevice::waitForTransfer(const CancelToken& cancel) {
    for (;;) {
        if (cancel.cancelled()) {
            return std::unexpected(Error{ErrorCode::Cancelled, "cancelled before the first page"});
        }
        // Wake at least every 100 ms to look at the cancel token.
        MsgWaitForMultipleObjects(0, nullptr, FALSE, 100, QS_ALLINPUT);
        MSG msg;
        while (PeekMessageW(&msg, nullptr, 0, 0, PM_REMOVE)) {
            TW_EVENT event{&msg, 0};
            const TW_UINT16 rc = m_dsm->call(&m_source, DG_CONTROL, DAT_EVENT, MSG_PROCESSEVENT, &event);
            if (event.TWMessage == MSG_XFERREADY) {
                return true;
            }
            if (event.TWMessage == MSG_CLOSEDSREQ) {
                return false;
            }
            if (rc == TWRC_NOTDSEVENT) {
                TranslateMessage(&msg);
                DispatchMessageW(&msg);
            }
        }
    }
}

std::expected<Image, Error> TwainDevice::transferPage() {
    TW_IMAGEINFO info{};
    m_dsm->call(&m_source, DG_IMAGE, DAT_IMAGEINFO, MSG_GET, &info);
    TW_HANDLE dib = nullptr;
    const TW_UINT16 rc = m_dsm->call(&m_source, DG_IMAGE, DAT_IMAGENATIVEXFER, MSG_GET, &dib);
    if (rc == TWRC_CANCEL) {
        return std::unexpected(Error{ErrorCode::Cancelled, "the source cancelled the transfer"});
    }
    if (rc != TWRC_XFERDONE || dib == nullptr) {
        return std::unexpected(m_dsm->failure(&m_source, "native transfer"));
    }
    const void* bits = GlobalLock(dib);
    const int dpi = static_cast<int>(std::lround(info.XResolution.Whole + info.XResolution.Frac / 65536.0));
    auto image = bits != nullptr ? imageFromDib(bits, GlobalSize(dib), dpi)
                                 : std::unexpected(Error{ErrorCode::OutOfMemory, "GlobalLock on the page"});
    GlobalUnlock(dib);
    GlobalFree(dib);
    return image;
}

ScanOutcome TwainDevice::scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) {
    ScanOutcome outcome;
    if (auto ok = configure(request); !ok) {
        outcome.error = ok.error();
        return outcome;
    }
    TW_USERINTERFACE ui{0, 0, m_dsm->window()};
    if (m_dsm->call(&m_source, DG_CONTROL, DAT_USERINTERFACE, MSG_ENABLEDS, &ui) != TWRC_SUCCESS) {
        outcome.error = m_dsm->failure(&m_source, "enabling the source");
        return outcome;
    }
    TW_PENDINGXFERS pending{};
    const auto stop = [&](std::optional<Error> error) {
        m_dsm->call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_RESET, &pending);
        m_dsm->call(&m_source, DG_CONTROL, DAT_USERINTERFACE, MSG_DISABLEDS, &ui);
        outcome.error = std::move(error);
        return outcome;
    };
    const auto ready = waitForTransfer(cancel);
    if (!ready) {
        return stop(ready.error());
    }
    if (!*ready) {
        return stop(std::nullopt);
    }
    for (int index = 0;; ++index) {
        if (cancel.cancelled()) {
            return stop(Error{ErrorCode::Cancelled, "cancelled after " + std::to_string(index) + " pages"});
        }
        auto image = transferPage();
        if (!image) {
            m_dsm->call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_ENDXFER, &pending);
            return stop(image.error());
        }
        Page page{index, request.source == Source::AdfDuplex && index % 2 == 1 ? Side::Back : Side::Front,
                  std::move(*image), {}, 0, false};
        if (page.side == Side::Back && request.flipBackPages) {
            rotate180(page.image);
        }
        // Stored before MSG_ENDXFER: that message lets the source feed the next sheet.
        if (!sink.pageScanned(std::move(page))) {
            outcome.stoppedBySink = true;
            return stop(std::nullopt);
        }
        ++outcome.pages;
        if (m_dsm->call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_ENDXFER, &pending) != TWRC_SUCCESS) {
            return stop(m_dsm->failure(&m_source, "ending transfer " + std::to_string(index + 1)));
        }
        if (pending.Count == 0 || (request.maxPages > 0 && outcome.pages >= request.maxPages)) {
            return stop(std::nullopt);  // the feeder is empty: the normal end of a batch
        }
    }
}

}  // namespace kp::scan::twain
