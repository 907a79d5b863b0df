// What the scanner driver adds per page over reading SANE directly, and what the batch session
// (PNG, SHA-256, refeed check, durable write and log) costs per page. Uses SANE's `test` device
// (a private SANE_CONFIG_DIR made here), 200 dpi grey, 200 × 200 mm pages (its largest).
// Usage: kp_bench_scan [pages-per-run] [runs]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sane/sane.h>
#include <string>
#include <vector>

#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/sane/sane_backend.h"
#include "scanner-drivers/sane/sane_device.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int DPI = 200;

double ms(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

void setString(SANE_Handle h, const char* name, const char* value) {
    SANE_Int n = 0;
    sane_control_option(h, 0, SANE_ACTION_GET_VALUE, &n, nullptr);
    for (SANE_Int i = 1; i < n; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(h, i);
        if (d != nullptr && d->name != nullptr && std::string(d->name) == name) {
            std::vector<char> buf(static_cast<std::size_t>(d->size), '\0');
            std::snprintf(buf.data(), buf.size(), "%s", value);
            sane_control_option(h, i, SANE_ACTION_SET_VALUE, buf.data(), nullptr);
        }
    }
}

void setFixed(SANE_Handle h, const char* name, double value) {
    SANE_Int n = 0;
    sane_control_option(h, 0, SANE_ACTION_GET_VALUE, &n, nullptr);
    for (SANE_Int i = 1; i < n; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(h, i);
        if (d != nullptr && d->name != nullptr && std::string(d->name) == name) {
            SANE_Word w = d->type == SANE_TYPE_FIXED ? SANE_FIX(value) : static_cast<SANE_Word>(value);
            sane_control_option(h, i, SANE_ACTION_SET_VALUE, &w, nullptr);
        }
    }
}

// The raw loop a front end would write: start, read 64 KiB at a time into one buffer, repeat.
double rawPerPage(int pages) {
    SANE_Int version = 0;
    sane_init(&version, nullptr);
    SANE_Handle h = nullptr;
    sane_open("test:0", &h);
    setString(h, "source", "Automatic Document Feeder");
    setFixed(h, "resolution", DPI);
    setFixed(h, "br-x", 200);
    setFixed(h, "br-y", 200);
    std::vector<std::uint8_t> page;
    std::vector<std::uint8_t> chunk(64 * 1024);
    const auto start = Clock::now();
    int done = 0;
    for (; done < pages && sane_start(h) == SANE_STATUS_GOOD; ++done) {
        page.clear();
        SANE_Int n = 0;
        while (sane_read(h, chunk.data(), static_cast<SANE_Int>(chunk.size()), &n) == SANE_STATUS_GOOD) {
            page.insert(page.end(), chunk.begin(), chunk.begin() + n);
        }
    }
    const double total = ms(start, Clock::now());
    sane_cancel(h);
    sane_close(h);
    sane_exit();
    return total / done;
}

struct NullSink : kp::scan::PageSink {
    bool pageScanned(kp::scan::Page) override { return true; }
};

kp::scan::ScanRequest request(int pages) {
    kp::scan::ScanRequest r;
    r.source = kp::scan::Source::Adf;
    r.dpi = DPI;
    r.pageWidthMm = 200;
    r.pageHeightMm = 200;
    r.maxPages = pages;
    return r;
}

double driverPerPage(int pages) {
    kp::scan::SaneBackend backend;
    auto device = backend.open("test:0");
    NullSink sink;
    kp::scan::CancelToken cancel;
    const auto start = Clock::now();
    const auto outcome = (*device)->scan(request(pages), sink, cancel);
    return ms(start, Clock::now()) / outcome.pages;
}

double sessionPerPage(int pages, const fs::path& dir) {
    fs::remove_all(dir);
    kp::scan::SaneBackend backend;
    auto device = backend.open("test:0");
    auto* sane = static_cast<kp::scan::SaneDevice*>(device->get());
    auto session = kp::scan::BatchSession::open(dir.string());
    int seen = 0;
    // Distinct sheets (a different picture per page), so the refeed check does its full work.
    (*session)->onPage = [&](const kp::scan::PageRecord&) {
        sane->setOption("test-picture", ++seen % 2 == 0 ? "Grid" : "Color pattern");
    };
    kp::scan::CancelToken cancel;
    const auto start = Clock::now();
    const auto result = (*session)->run(**device, request(pages), cancel);
    return ms(start, Clock::now()) / result.pages;
}

}  // namespace

int main(int argc, char** argv) {
    const int pages = argc > 1 ? std::atoi(argv[1]) : 10;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const fs::path config = fs::temp_directory_path() / "kp-bench-sane";
    fs::create_directories(config);
    std::ofstream(config / "dll.conf") << "test\n";
    setenv("SANE_CONFIG_DIR", config.c_str(), 1);
    std::vector<double> raw, driver, session;
    for (int i = 0; i < runs; ++i) {
        raw.push_back(rawPerPage(pages));
        driver.push_back(driverPerPage(pages));
        session.push_back(sessionPerPage(pages, fs::temp_directory_path() / "kp-bench-scan"));
    }
    const auto median = [](std::vector<double> v) {
        std::ranges::sort(v);
        return v[v.size() / 2];
    };
    std::printf("%d pages of %d dpi, 200 x 200 mm grey (%d runs, medians per page)\n", pages, DPI, runs);
    std::printf("raw SANE read:       %.2f ms\n", median(raw));
    std::printf("driver (SaneDevice): %.2f ms  (adds %.2f ms)\n", median(driver), median(driver) - median(raw));
    std::printf("batch session:       %.2f ms  (PNG, SHA-256, refeed check, fsync'd write and log)\n", median(session));
    return 0;
}
