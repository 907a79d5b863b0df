// kiemphieu-cli: the command line for operators, auditors, trainers and tests.
#include <iostream>
#include <map>
#include <unistd.h>
#include <string>
#include <vector>

#include "ballots_command.h"
#include "blank_command.h"
#include "committee_command.h"
#include "exit_codes.h"
#include "export_command.h"
#include "import_command.h"
#include "keygen_command.h"
#include "recognize_command.h"
#include "report_command.h"
#include "scan_command.h"
#include "simulate_command.h"
#include "src/common/freed_memory.h"
#include "kp_version.h"
#include "tally_command.h"

namespace {

constexpr const char* USAGE = R"(kiemphieu-cli — KiemPhieu, phần mềm kiểm phiếu đại hội Đảng

usage: kiemphieu-cli COMMAND [options]

commands:
  tally (--congress FILE --readings FILE | --db FILE) [--election ID] [--round N] [--summary]
        tally the readings of a congress by the party's election rules and print the
        canonical result (kiemphieu.tally/1 JSON; --summary: a text summary in Vietnamese)
  report (--db FILE | --congress FILE --readings FILE) --out DIR [--election ID]
         [--format pdf,odt,csv,json]
        the counting minutes (biên bản kiểm phiếu) of every election round, the results
        announcement, the summary, and from a record the ballot listing and the entry journal
        (PDF/ODT), the results as CSV and the canonical JSON; every page names the result's SHA-256
  ballots --congress FILE --election ID [--round N] [--readings FILE] --out FILE.pdf
        print-ready ballots (PDF, A5 two to a sheet or A4) and a PNG preview of each side;
        rounds after the first need the readings of the earlier rounds
  simulate --congress FILE --election ID --voters N --seed S --out DIR [--style kiemphieu|word]
           [--dpi N] [--mode gray|colour] [--threads N] [--same-choice SHARE [--same-struck ID,…]] [--rescans DIR]
        marked, scanned ballots for dry runs (images + truth.jsonl); deterministic for a seed
  recognize --congress FILE --election ID [--round N] [--blank SCAN] [--debug DIR] [--duplex]
            --out READINGS.jsonl IMAGE|DIR...
        read scanned ballots: one line per page, read / review / rejected with reasons;
        --duplex: the pages are front, back, front, back… (a ballot on both faces is one vote)
  blank --congress FILE --election ID [--round N] [--dpi N] BLANK-SCAN
        learn a ballot typed in a word processor from a scanned blank (Tesseract, Vietnamese):
        where each name of the list is printed, or why the blank is not the adopted list
  devices [--caps]
        list the scanners (SANE on Linux, TWAIN on Windows) and, with --caps, what each can do
  scan --device NAME|folder:DIR [--source adf|adf-duplex|flatbed] [--dpi N] [--mode gray|color|lineart]
       [--flip-back] [--max-pages N] [--device-options NAME=VALUE,...] --out DIR
        scan a batch into DIR: every sheet written and logged before the next is fed; a fault
        pauses the batch (exit 3: run again to resume, or scan --finish --out DIR to end it)
  import --db FILE --operator NAME [--congress FILE] [--scans DIR --election ID [--round N]]
         [--readings FILE]
        create a congress record (.kpdb, with --congress) and bring scan folders and the
        recogniser's readings into it; every action in its audit log
  export --db FILE --key congress.key --out DIR
        the signed audit bundle: images, sheets, readings, result, audit log, a manifest of
        SHA-256 hashes and its Ed25519 signature
  verify BUNDLE-DIR [--key PUBLIC-KEY] [--threads N]
        checks a bundle: signature, every hash, the audit chain, every image re-read and the
        tally recomputed; prints every difference; exit 0 verified, 1 not
  operator --db FILE --add NAME --role truong_ban|thanh_vien|ky_thuat_vien [--by CHAIR]
        add a member of the counting committee (passwords on standard input: the new one's,
        then the chair's; the first operator of a record needs no chair)
  rule --db FILE (--sheet N | --election ID [--round N] --ballot B)
       (--struck IDS | --marks ID=MARK,... | --invalid REASON) --reason TEXT --members A,B
        the committee's ruling on a ballot in review: two members, each password on standard input
  enter --db FILE --operator NAME --election ID [--round N]
        (--ballot B (--struck IDS | --marks ... | --invalid REASON) | --entries FILE.jsonl)
        manual entry without a scanner; a ballot counts when two operators' entries agree
  review --db FILE
        every ballot waiting for the committee, with the reason (manual entries side by side)
  keygen --out DIR
        the congress's Ed25519 key pair (congress.key, readable by its owner only, and
        congress.pub) for signing audit bundles; never replaces an existing key
  --version   print the version and the git commit
  --help      print this help

exit codes: 0 done, 1 bad input (one line on stderr naming the file and line), 2 wrong usage,
            3 scan paused at a scanner fault
formats: docs/formats.md
)";

}  // namespace

int main(int argc, char** argv) {
    kp::keepFreedMemory();  // page-sized images, ballot after ballot
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << USAGE;
        return kp::cli::EXIT_USAGE;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--version" || command == "version") {
        std::cout << "kiemphieu-cli " << kp::VERSION << " (commit " << kp::GIT_COMMIT << ")\n";
        return kp::cli::EXIT_OK;
    }
    if (command == "--help" || command == "help") {
        std::cout << USAGE;
        return kp::cli::EXIT_OK;
    }
    using Command = int (*)(const std::vector<std::string>&);
    static const std::map<std::string, Command> COMMANDS{
        {"tally", kp::cli::runTally},       {"ballots", kp::cli::runBallots},   {"recognize", kp::cli::runRecognize},
        {"import", kp::cli::runImport},     {"export", kp::cli::runExport},     {"verify", kp::cli::runVerify},
        {"keygen", kp::cli::runKeygen},     {"devices", kp::cli::runDevices},   {"scan", kp::cli::runScan},
        {"simulate", kp::cli::runSimulate}, {"operator", kp::cli::runOperator}, {"rule", kp::cli::runRule},
        {"enter", kp::cli::runEnter},       {"review", kp::cli::runReview},     {"report", kp::cli::runReport},
        {"blank", kp::cli::runBlank}};
    if (const auto found = COMMANDS.find(command); found != COMMANDS.end()) {
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
