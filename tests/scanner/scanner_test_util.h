#pragma once
// Helpers for the scanner tests: a sink that keeps what it is given, SANE's test device opened
// through the real libsane, and scratch folders.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "scanner-drivers/sane/sane_backend.h"
#include "scanner-drivers/sane/sane_device.h"
#include "scanner-drivers/scanner.h"

namespace kp::test {

struct CollectSink : scan::PageSink {
    std::vector<scan::Page> pages;
    std::function<void(const scan::Page&)> after;            // called after keeping a page
    std::function<void(int, std::int64_t)> progress;
    bool pageScanned(scan::Page page) override {
        pages.push_back(std::move(page));
        if (after) {
            after(pages.back());
        }
        return true;
    }
    void pageProgress(int index, std::int64_t bytes, std::int64_t) override {
        if (progress) {
            progress(index, bytes);
        }
    }
};

// The ctest harness points SANE_CONFIG_DIR at a private dll.conf naming only `test` and `pnm`.
inline void requirePrivateSane() {
    const char* dir = std::getenv("SANE_CONFIG_DIR");
    REQUIRE_MESSAGE(dir != nullptr, "run through ctest: it sets SANE_CONFIG_DIR to the tests' own SANE config");
}

inline std::unique_ptr<scan::SaneDevice> openSaneTest(const std::string& name = "test:0") {
    requirePrivateSane();
    scan::SaneBackend backend;
    auto device = backend.open(name);
    REQUIRE_MESSAGE(device.has_value(), (device ? "" : device.error().detail));
    return std::unique_ptr<scan::SaneDevice>(static_cast<scan::SaneDevice*>(device->release()));
}

inline std::filesystem::path scratch(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(KP_TEST_OUT) / "scratch" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// SANE's test device gives every sheet the same picture; a different scan width per sheet
// makes each one a distinct sheet for the refeed check (widths differ by more than 5 %).
inline void distinctSheets(scan::SaneDevice& device, int pagesSoFar) {
    REQUIRE(device.setOption("br-x", std::to_string(60 + 8 * pagesSoFar)).has_value());
}

}  // namespace kp::test
