#include "scan_command.h"

#include <csignal>
#include <iostream>
#include <unistd.h>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "scan_messages.h"
#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/devices.h"

namespace kp::cli {

namespace {

scan::CancelToken g_cancel;

extern "C" void onInterrupt(int) { g_cancel.cancel(); }  // only an atomic store: signal-safe

std::string joined(const auto& items, auto code) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + std::string(code(item));
    }
    return out.empty() ? "-" : out;
}

std::expected<scan::ScanRequest, std::string> requestFrom(const Args& args) {
    scan::ScanRequest request;
    if (const auto s = args.value("--source")) {
        const auto source = scan::parseSource(*s);
        if (!source) {
            return std::unexpected("--source must be adf, adf-duplex or flatbed, not \"" + *s + "\"");
        }
        request.source = *source;
    }
    if (const auto m = args.value("--mode")) {
        const auto mode = scan::parseMode(*m);
        if (!mode) {
            return std::unexpected("--mode must be gray, color or lineart, not \"" + *m + "\"");
        }
        request.mode = *mode;
    }
    for (const auto& [name, field] : {std::pair{"--dpi", &request.dpi}, {"--max-pages", &request.maxPages}}) {
        if (const auto v = args.value(name)) {
            const auto n = positiveNumber(name, *v);
            if (!n) {
                return std::unexpected(n.error());
            }
            *field = *n;
        }
    }
    request.flipBackPages = args.flag("--flip-back");
    if (const auto o = args.value("--device-options")) {
        std::size_t start = 0;
        while (start <= o->size()) {
            const std::size_t end = std::min(o->find(',', start), o->size());
            const std::string item = o->substr(start, end - start);
            const std::size_t eq = item.find('=');
            if (eq == std::string::npos || eq == 0) {
                return std::unexpected("--device-options takes NAME=VALUE[,NAME=VALUE…], not \"" + item + "\"");
            }
            request.deviceOptions.emplace_back(item.substr(0, eq), item.substr(eq + 1));
            start = end + 1;
        }
    }
    return request;
}

void printCounts(const scan::BatchSession& session) {
    for (const scan::BatchCounts& b : session.batches()) {
        std::cout << "batch " << b.batch << ": " << b.sheets << " sheets, " << b.pages << " pages, " << b.refeeds
                  << " re-fed" << (b.ended ? " (" + b.endReason + ")" : " (paused)") << "\n";
    }
}

}  // namespace

int runDevices(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{}, {"--caps"}});
    if (!args) {
        return usageError("devices: " + args.error());
    }
    const auto devices = scan::listDevices();
    if (!devices) {
        return inputError("devices: " + devices.error().detail);
    }
    for (const scan::DeviceInfo& d : *devices) {
        std::cout << d.name << "\t" << d.vendor << " " << d.model << " (" << d.type << ")\n";
        if (!args->flag("--caps")) {
            continue;
        }
        auto device = scan::openDevice(d.name);
        auto caps = device ? (*device)->capabilities() : std::unexpected(device.error());
        if (!caps) {
            std::cout << "  (cannot open: " << caps.error().detail << ")\n";
            continue;
        }
        std::cout << "  sources: " << joined(caps->sources, scan::sourceCode) << "  [" << joined(caps->rawSources, [](const std::string& s) { return s; })
                  << "]\n  modes: " << joined(caps->modes, scan::modeCode) << "\n  dpi: "
                  << joined(caps->resolutions, [](int r) { return std::to_string(r); }) << "\n  area: " << caps->maxWidthMm
                  << " × " << caps->maxHeightMm << " mm\n";
    }
    if (devices->empty()) {
        std::cout << "Không tìm thấy máy quét nào. / No scanner found. (folder import: --device folder:DIR)\n";
    }
    return EXIT_OK;
}

int runScan(const std::vector<std::string>& argv) {
    const ArgSpec spec{{"--device", "--source", "--dpi", "--mode", "--max-pages", "--device-options", "--out"},
                       {"--flip-back", "--finish"}};
    const char* usage =
        "usage: kiemphieu-cli scan --device NAME [--source adf|adf-duplex|flatbed] [--dpi N] [--mode gray|color|lineart] "
        "[--flip-back] [--max-pages N] [--device-options NAME=VALUE,...] --out DIR\n"
        "       kiemphieu-cli scan --finish --out DIR   (end a paused batch without the rest of the stack)";
    auto args = Args::parse(argv, spec);
    if (!args) {
        return usageError("scan: " + args.error());
    }
    const auto out = args->value("--out");
    if (!out || (!args->value("--device") && !args->flag("--finish"))) {
        return usageError(usage);
    }
    auto request = requestFrom(*args);
    if (!request) {
        return usageError("scan: " + request.error());
    }
    // The scanner first: a wrong name must not leave an empty scan folder behind.
    std::unique_ptr<scan::Device> device;
    if (!args->flag("--finish")) {
        auto opened = scan::openDevice(*args->value("--device"));
        if (!opened) {
            return inputError("scan: không mở được máy quét / cannot open the scanner \"" + *args->value("--device") +
                              "\": " + std::string(scan::errorCode(opened.error().code)) + " (" + opened.error().detail + ")");
        }
        device = std::move(*opened);
    }
    auto session = scan::BatchSession::open(*out);
    if (!session) {
        return inputError("scan: " + session.error());
    }
    for (const std::string& w : (*session)->warnings()) {
        std::cerr << "kiemphieu-cli: warning: " << w << "\n";
    }
    if (args->flag("--finish")) {
        if (auto f = (*session)->finish(); !f) {
            return inputError("scan: " + f.error() + " in " + *out);
        }
        printCounts(**session);
        return EXIT_OK;
    }
    (*session)->onPage = [](const scan::PageRecord& r) {
        std::cout << r.file << (r.sheet > 0 ? "  sheet " + std::to_string(r.sheet) : std::string()) << "\n";
        if (!r.refeedOf.empty()) {
            std::cout << "  ⚠ Tờ này đã được quét (" << r.refeedOf << "): không đếm lần hai, chờ Ban kiểm phiếu xem.\n"
                      << "    This sheet was scanned before (" << r.refeedOf << "): not counted twice; for the committee.\n";
        }
        std::cout.flush();
    };
    std::signal(SIGINT, onInterrupt);
    const bool interactive = ::isatty(STDIN_FILENO) != 0;
    for (;;) {
        const scan::RunResult result = (*session)->run(*device, *request, g_cancel);
        if (result.state != scan::SessionState::Paused) {
            printCounts(**session);
            if (result.fault) {  // a cancel ends the batch with what was kept
                std::cerr << operatorMessage(*result.fault, (*session)->batches().back().sheets) << "\n";
            }
            return EXIT_OK;
        }
        std::cerr << operatorMessage(*result.fault, (*session)->batches().back().sheets) << "\n";
        if (!interactive) {
            std::cerr << "Chạy lại lệnh này để quét tiếp, hoặc thêm --finish để kết thúc đợt. / "
                         "Run this command again to resume, or with --finish to end the batch.\n";
            printCounts(**session);
            return EXIT_PAUSED;
        }
        std::cerr << "Nhấn Enter để quét tiếp, gõ q để dừng. / Press Enter to resume, q to stop: ";
        std::string answer;
        if (!std::getline(std::cin, answer) || answer == "q") {
            printCounts(**session);
            return EXIT_PAUSED;
        }
    }
}

}  // namespace kp::cli
