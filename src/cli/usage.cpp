#include "usage.h"

#include <algorithm>
#include <array>

namespace kp::cli {

namespace {

struct CommandHelp {
    std::string_view name;
    std::string_view synopsis;  // the arguments, as the command's ArgSpec takes them; lines indented where printed
    std::string_view what;      // what it does, one or more lines
};

constexpr std::array<CommandHelp, 17> COMMANDS{{
    {"tally", "(--congress FILE --readings FILE | --db FILE) [--election ID] [--round N] [--summary]",
     R"(tally the readings of a congress by the party's election rules and print the
canonical result (kiemphieu.tally/1 JSON; --summary: a text summary in Vietnamese))"},
    {"report",
     "(--db FILE | --congress FILE --readings FILE) --out DIR [--election ID]\n"
     "[--format pdf,odt,csv,json]",
     R"(the counting minutes (biên bản kiểm phiếu) of every election round, the results
announcement, the summary, and from a record the ballot listing and the entry journal
(PDF/ODT), the results as CSV and the canonical JSON; every page names the result's SHA-256)"},
    {"ballots", "--congress FILE --election ID [--round N] [--readings FILE] --out FILE.pdf",
     R"(print-ready ballots (PDF, A5 two to a sheet or A4) and a PNG preview of each side;
rounds after the first need the readings of the earlier rounds)"},
    {"simulate",
     "--congress FILE --election ID --voters N --seed S --out DIR\n"
     "[--style kiemphieu|word [--blank BLANK.png [--blank-stamped]]] [--dpi N] [--mode gray|colour]\n"
     "[--threads N] [--first K] [--catalogue] [--photocopy] [--round N --readings FILE]\n"
     "[--same-choice SHARE [--same-struck ID,...]] [--rescans DIR]",
     R"(marked, scanned ballots for dry runs (images + truth.jsonl); deterministic for a seed)"},
    {"recognize",
     "--congress FILE --election ID [--round N] [--readings FILE] [--blank SCAN] [--debug DIR]\n"
     "[--threads N] [--duplex] --out READINGS.jsonl IMAGE|DIR...",
     R"(read scanned ballots: one line per page, read / review / rejected with reasons;
--duplex: the pages are front, back, front, back… (a ballot on both faces is one vote))"},
    {"blank", "--congress FILE --election ID [--round N] [--readings FILE] [--dpi N] BLANK-SCAN",
     R"(learn a ballot typed in a word processor from a scanned blank (Tesseract, Vietnamese):
where each name of the list is printed, or why the blank is not the adopted list)"},
    {"devices", "[--caps]",
     R"(list the scanners (SANE on Linux, TWAIN on Windows) and, with --caps, what each can do)"},
    {"scan",
     "--device NAME|folder:DIR [--source adf|adf-duplex|flatbed] [--dpi N]\n"
     "[--mode gray|color|lineart] [--flip-back] [--max-pages N] [--device-options NAME=VALUE,...]\n"
     "--out DIR\n"
     "or: kiemphieu-cli scan --finish --out DIR",
     R"(scan a batch into DIR: every sheet written and logged before the next is fed; a fault
pauses the batch (exit 3: run again to resume, or scan --finish --out DIR to end it
without the rest of the stack))"},
    {"import",
     "--db FILE --operator NAME [--congress FILE] [--scans DIR --election ID [--round N]]\n"
     "[--readings FILE]",
     R"(create a congress record (.kpdb, with --congress) and bring scan folders and the
recogniser's readings into it; every action in its audit log)"},
    {"export", "--db FILE --key congress.key --out DIR",
     R"(the signed audit bundle: images, sheets, readings, result, audit log, a manifest of
SHA-256 hashes and its Ed25519 signature)"},
    {"verify", "BUNDLE-DIR [--key PUBLIC-KEY|congress.pub] [--head AUDIT-HEAD] [--threads N]",
     R"(checks a bundle: signature, every hash, the audit chain, every image re-read and the
tally recomputed; prints every difference; exit 0 verified, 1 not)"},
    {"operator",
     "--db FILE (--add NAME --role truong_ban|thanh_vien|ky_thuat_vien | --deactivate NAME |\n"
     "--reactivate NAME) [--by CHAIR]",
     R"(add a member of the counting committee (passwords on standard input: the new one's,
then the chair's; the first operator of a record needs no chair))"},
    {"rule",
     "--db FILE (--sheet N | --election ID [--round N] --ballot B)\n"
     "(--struck IDS | --marks ID=MARK,... | --invalid REASON | --set-aside not_a_ballot|refeed|other_round)\n"
     "--reason TEXT --members A,B\n"
     "| --db FILE --election ID [--round N] --issued N --reason TEXT --members A,B",
     R"(the committee's ruling on a ballot in review: two members, each password on standard input)"},
    {"enter",
     "--db FILE --operator NAME --election ID [--round N]\n"
     "(--ballot B (--struck IDS | --marks ID=MARK,... | --invalid REASON) | --entries FILE.jsonl)",
     R"(manual entry without a scanner; a ballot counts when two operators' entries agree
(the operator's password on standard input))"},
    {"review", "--db FILE", R"(every ballot waiting for the committee, with the reason (manual entries side by side))"},
    {"copy", "--from RECORD --to RECORD",
     R"(a record moved between a file (.kpdb) and a server (postgresql://USER@HOST/DATABASE, an
empty database): every row, event and image; the same chain head, checked before it is kept)"},
    {"keygen", "--out DIR [--db FILE --operator NAME]",
     R"(the congress's Ed25519 key pair (congress.key, readable by its owner only, and
congress.pub) for signing audit bundles; never replaces an existing key)"},
}};

constexpr std::string_view EXIT_CODES =
    R"(exit codes: 0 done, 1 bad input (one line on stderr naming the file and line), 2 wrong usage,
            3 scan paused at a scanner fault
formats: docs/formats.md
)";

// Every line of text after the first starts with indent.
std::string continued(std::string_view text, std::string_view indent) {
    std::string out;
    for (const char c : text) {
        out += c;
        if (c == '\n') {
            out += indent;
        }
    }
    return out;
}

const CommandHelp* find(std::string_view command) {
    const auto it = std::ranges::find(COMMANDS, command, &CommandHelp::name);
    return it == COMMANDS.end() ? nullptr : &*it;
}

}  // namespace

std::vector<std::string_view> commandNames() {
    std::vector<std::string_view> out;
    for (const CommandHelp& c : COMMANDS) {
        out.push_back(c.name);
    }
    return out;
}

std::optional<std::string> commandUsage(std::string_view command) {
    const CommandHelp* c = find(command);
    if (c == nullptr) {
        return std::nullopt;
    }
    return "usage: kiemphieu-cli " + std::string(c->name) + " " + continued(c->synopsis, "       ") + "\n\n  " +
           continued(c->what, "  ") + "\n\n" + std::string(EXIT_CODES);
}

std::string overallUsage() {
    std::string out =
        "kiemphieu-cli — KiemPhieu, phần mềm kiểm phiếu đại hội Đảng\n\n"
        "usage: kiemphieu-cli COMMAND [options]\n"
        "       kiemphieu-cli COMMAND --help   (the command's own usage)\n\ncommands:\n";
    for (const CommandHelp& c : COMMANDS) {
        out += "  " + std::string(c.name) + " " + continued(c.synopsis, "        ") + "\n        " +
               continued(c.what, "        ") + "\n";
    }
    out +=
        "  --version   print the version and the git commit\n"
        "  --help      print this help\n\n";
    return out + std::string(EXIT_CODES);
}

bool asksForHelp(const std::vector<std::string>& args) {
    return std::ranges::any_of(args, [](const std::string& a) { return a == "--help" || a == "-h"; });
}

}  // namespace kp::cli
