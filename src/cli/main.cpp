// kiemphieu-cli: the command line for operators, auditors, trainers and tests.
#include <unistd.h>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "ballots_command.h"
#include "blank_command.h"
#include "committee_command.h"
#include "copy_command.h"
#include "exit_codes.h"
#include "export_command.h"
#include "import_command.h"
#include "keygen_command.h"
#include "kp_version.h"
#include "recognize_command.h"
#include "report_command.h"
#include "scan_command.h"
#include "simulate_command.h"
#include "src/common/freed_memory.h"
#include "tally_command.h"
#include "usage.h"

int main(int argc, char** argv) {
    kp::keepFreedMemory();  // page-sized images, ballot after ballot
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kp::cli::overallUsage();
        return kp::cli::EXIT_USAGE;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--version" || command == "version") {
        std::cout << "kiemphieu-cli " << kp::VERSION << " (commit " << kp::GIT_COMMIT << ")\n";
        return kp::cli::EXIT_OK;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kp::cli::overallUsage();
        return kp::cli::EXIT_OK;
    }
    using Command = int (*)(const std::vector<std::string>&);
    static const std::map<std::string, Command> COMMANDS{
        {"tally", kp::cli::runTally},       {"ballots", kp::cli::runBallots},   {"recognize", kp::cli::runRecognize},
        {"import", kp::cli::runImport},     {"export", kp::cli::runExport},     {"verify", kp::cli::runVerify},
        {"keygen", kp::cli::runKeygen},     {"devices", kp::cli::runDevices},   {"scan", kp::cli::runScan},
        {"simulate", kp::cli::runSimulate}, {"operator", kp::cli::runOperator}, {"rule", kp::cli::runRule},
        {"enter", kp::cli::runEnter},       {"review", kp::cli::runReview},     {"report", kp::cli::runReport},
        {"blank", kp::cli::runBlank},       {"copy", kp::cli::runCopy}};
    if (const auto found = COMMANDS.find(command); found != COMMANDS.end()) {
        if (kp::cli::asksForHelp(args)) {
            std::cout << kp::cli::commandUsage(command).value_or(kp::cli::overallUsage());
            return kp::cli::EXIT_OK;
        }
        const int code = found->second(args);
        if (command == "scan" || command == "devices") {
            // libsane's back ends stop their reader threads with asynchronous cancellation; one
            // killed inside malloc or setlocale leaves a libc lock taken and exit handlers would
            // hang. Every page is already on disk (fsync'd): flush and leave without them.
            std::cout.flush();
            std::cerr.flush();
            std::fflush(nullptr);
            _exit(code);
        }
        return code;
    }
    return kp::cli::usageError("unknown command \"" + command + "\" (try --help)");
}
