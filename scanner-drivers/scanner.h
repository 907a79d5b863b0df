#pragma once
// The scanner interface (docs/architecture §Scanners): list devices, read capabilities, scan a
// batch delivering each page as it arrives, cooperative cancel, typed errors. Qt-free, so the
// desktop app, the CLI and the tests drive SANE, TWAIN and folder import the same way, and a
// back end could later run in a helper process (32-bit TWAIN drivers need that).
//
// Threads: a Device is used from one thread at a time; the sink is called on that thread.
// CancelToken::cancel() may be called from any thread.
#include <atomic>
#include <cstdint>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scanner-drivers/scan_error.h"

namespace kp::scan {

enum class Source { Flatbed, Adf, AdfDuplex };
enum class ColorMode { Lineart, Gray, Color };
enum class Side { Front, Back };

struct DeviceInfo {
    std::string name;  // what open() takes: "test:0", "folder:/srv/scans", a TWAIN product name
    std::string vendor;
    std::string model;
    std::string type;  // "flatbed scanner", "sheetfed scanner", "folder", …
};

struct Capabilities {
    std::vector<Source> sources;   // normalised (quirks.h); empty if the device has no choice
    std::vector<int> resolutions;  // dpi the device accepts, ascending
    std::vector<ColorMode> modes;
    int maxWidthMm = 0;  // largest scan area; 0 when the device does not say
    int maxHeightMm = 0;
    std::vector<std::string> rawSources;  // the device's own names, for diagnostics
    std::vector<std::string> rawModes;
};

struct ScanRequest {
    Source source = Source::Adf;
    int dpi = 200;
    ColorMode mode = ColorMode::Gray;
    int pageWidthMm = 0;  // 0: the device's whole area
    int pageHeightMm = 0;
    bool flipBackPages = false;  // duplex feeders that deliver back pages upside down (quirks.h)
    int maxPages = 0;            // 0: until the feeder is empty
    // Device-specific options set after the standard ones, by the device's own option names
    // (operators' profiles, vendor quirks, and the tests' fault injection on SANE's `test`).
    std::vector<std::pair<std::string, std::string>> deviceOptions;
    // A sink that keeps a whole file as it is (a folder's JPEG, byte for byte) looks at its
    // pixels only: such a page may come at 1/N of the file's size (Page::reduced; the image's
    // dpi says so), which the back end can decode for less. 1: as scanned.
    int wholeFileReduce = 1;
};

// 8-bit pixels, rows packed: 1 channel (grey) or 3 (R, G, B). Lineart and 16-bit scans are
// converted to this, so every consumer sees one format.
struct Image {
    int width = 0;
    int height = 0;
    int channels = 1;
    int dpi = 0;
    std::vector<std::uint8_t> pixels;
};

struct Page {
    int index = 0;  // 0-based within this scan call
    Side side = Side::Front;
    Image image;
    std::string originalFile;  // folder back end: the file the page came from (kept as is)
    int originalPage = 0;      // 0-based page within a multi-page original
    bool wholeFile = false;    // the original holds this page only: it can be kept as it is
    int reduced = 1;           // the image is the original's pixels at 1/reduced of their size
};

// Receives pages in order. pageScanned() must store the page durably before it returns true:
// the back end requests the next sheet only after that, so an acknowledged page is never lost.
// Returning false means "not stored": the batch stops and the sink keeps its own reason.
// A folder page whose file cannot be decoded arrives with an empty image and its file name, so
// that no sheet is dropped.
class PageSink {
public:
    virtual ~PageSink() = default;
    virtual bool pageScanned(Page page) = 0;
    virtual void pageProgress(int /*index*/, std::int64_t /*bytesRead*/, std::int64_t /*bytesTotal*/) {}
};

class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// How a scan call ended. No error: the feeder ran empty after at least one page, the flatbed
// page was taken, maxPages was reached, or the sink stopped the batch. A fault leaves the device
// ready for another scan() call with the rest of the stack (resume).
struct ScanOutcome {
    int pages = 0;  // acknowledged by the sink
    bool stoppedBySink = false;
    std::optional<Error> error;
};

class Device {
public:
    virtual ~Device() = default;
    virtual const DeviceInfo& info() const = 0;
    virtual std::expected<Capabilities, Error> capabilities() = 0;
    virtual ScanOutcome scan(const ScanRequest& request, PageSink& sink, const CancelToken& cancel) = 0;
};

class Backend {
public:
    virtual ~Backend() = default;
    virtual std::expected<std::vector<DeviceInfo>, Error> devices() = 0;
    virtual std::expected<std::unique_ptr<Device>, Error> open(const std::string& name) = 0;
};

std::string_view sourceCode(Source source);  // "flatbed" | "adf" | "adf-duplex"
std::optional<Source> parseSource(std::string_view code);
std::string_view modeCode(ColorMode mode);  // "lineart" | "gray" | "color"
std::optional<ColorMode> parseMode(std::string_view code);

}  // namespace kp::scan
