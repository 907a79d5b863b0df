#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "args.h"
#include "exit_codes.h"
#include "export_command.h"
#include "inputs.h"
#include "src/app/verify_bundle.h"

namespace kp::cli {

int runVerify(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{"--key", "--head", "--threads"}, {}});
    if (!args) {
        return usageError("verify: " + args.error());
    }
    if (args->positional().size() != 1) {
        return usageError(
            "usage: kiemphieu-cli verify BUNDLE-DIR [--key PUBLIC-KEY|congress.pub] [--head AUDIT-HEAD] [--threads N]");
    }
    int threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (const auto t = args->value("--threads")) {
        const auto n = positiveNumber("--threads", *t);
        if (!n) {
            return usageError("verify: " + n.error());
        }
        threads = *n;
    }
    // --key is the key printed on the minutes, or the congress.pub file keygen wrote.
    std::optional<std::string> key = args->value("--key");
    if (key && std::filesystem::is_regular_file(*key)) {
        const auto text = readFile(*key);
        if (!text) {
            return inputError("verify: " + text.error());
        }
        key = text->substr(0, text->find_last_not_of(" \t\r\n") + 1);
    }
    const auto report = app::verifyBundle(args->positional().front(), {key, args->value("--head")}, threads);
    if (!report) {
        return inputError("verify: " + report.error());
    }
    if (!report->problems.empty()) {
        std::cout << "KIỂM TRA: KHÔNG ĐẠT / FAILED: " << report->problems.size() << " problem(s)\n";
        for (const std::string& p : report->problems) {
            std::cout << "  - " << p << "\n";
        }
        return EXIT_BAD_INPUT;
    }
    const std::string checked =
        "signature, every file, the audit chain held against every sheet, reading, ruling and "
        "entry, the congress, every reading re-read and the tally re-computed agree";
    const std::string head = "đầu nhật ký / audit head: " + report->auditHead +
                             (report->headConfirmed ? " (the head printed on the minutes)"
                                                    : " (compare with the head printed on the signed minutes, or give "
                                                      "--head)");
    if (report->signerConfirmed) {
        std::cout << "KIỂM TRA: ĐẠT / VERIFIED: " << checked << ", and the bundle is signed with the congress key "
                  << report->publicKey << ".\n"
                  << head << "\n";
        return EXIT_OK;
    }
    // Anyone can re-sign an edited bundle with a key of their own: without the congress's key
    // the bundle is only consistent with itself.
    std::cout
        << "KIỂM TRA: NHẤT QUÁN, CHƯA XÁC NHẬN NGƯỜI KÝ / SELF-CONSISTENT, SIGNER NOT CONFIRMED: " << checked
        << ".\nĐã ký bằng khóa / signed with the key: " << report->publicKey
        << "\nAnyone can sign a bundle with a key of their own. So sánh khóa này với khóa công khai in trên biên bản "
           "đã ký / compare this key with the public key printed on the signed minutes, then run:\n"
           "  kiemphieu-cli verify "
        << args->positional().front() << " --key " << report->publicKey << "\n"
        << head << "\n";
    return EXIT_UNCONFIRMED;
}

}  // namespace kp::cli
