// The congress rehearsal (issue 25's bar): a tỉnh congress counted end to end as a committee
// and an auditor would, through the command line — five elections (a 62-name executive
// committee on both faces of A4 sheets scanned duplex, official delegates with a junk image and
// a broken file in the folder, alternate delegates keyed by hand by two operators with a tie
// for the last seat and its runoff partly scanned through SANE's pnm back end, a yes/no
// inspection committee and the secretary), 306 delegates, every waiting ballot ruled by two
// members from the voter's intent, the minutes printed, the bundle exported and verified with
// the congress key. The count must equal the voters' intent, ballot for ballot.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <QImage>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "ballot_faces.h"
#include "src/app/inputs.h"
#include "src/app/review_queue.h"
#include "src/common/sha256.h"
#include "src/simulator/paper.h"
#include "src/store/record.h"

using namespace kp;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

const fs::path WORK = fs::path(KP_TEST_OUT) / "rehearsal";
const std::string CONGRESS = KP_FIXTURES "/rehearsal-congress.json";
const std::string CHAIR = "Nguyễn Thị Hằng";
const std::string BINH = "Trần Văn Bình";
const std::string CHAU = "Lê Minh Châu";
const std::map<std::string, std::string> PASSWORD{{CHAIR, "hang-2026"}, {BINH, "binh-2026"}, {CHAU, "chau-2026"}};
constexpr int DELEGATES = 306;     // present at every vote of the congress
constexpr int NEW_COMMITTEE = 51;  // the new executive committee elects the inspection committee and the secretary

struct Run {
    int rc = -1;
    std::string out, err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (const char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

Run cli(const std::vector<std::string>& args, const std::string& input = "") {
    std::ofstream(WORK / "stdin.txt") << input;
    std::string command = quoted(KP_CLI);
    for (const std::string& a : args) {
        command += " " + quoted(a);
    }
    command += " <" + quoted((WORK / "stdin.txt").string()) + " >" + quoted((WORK / "stdout.txt").string()) + " 2>" +
               quoted((WORK / "stderr.txt").string());
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(WORK / "stdout.txt"), slurp(WORK / "stderr.txt")};
}

// A command that must succeed; its output.
std::string ok(const std::vector<std::string>& args, const std::string& input = "") {
    const Run run = cli(args, input);
    INFO("kiemphieu-cli " << args.front() << " exit " << run.rc << "\n" << run.out << run.err);
    REQUIRE(run.rc == 0);
    return run.out;
}

std::string passwords(const std::string& first, const std::string& second) {
    return PASSWORD.at(first) + "\n" + PASSWORD.at(second) + "\n";
}

// The image files of a folder, by name (the order a folder is scanned in).
std::vector<fs::path> imagesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string ext = e.path().extension().string();
        if (ext == ".jpg" || ext == ".png" || ext == ".pgm") {
            out.push_back(e.path());
        }
    }
    std::ranges::sort(out);
    return out;
}

// The SHA-256 of each page a scan folder's log names, by the file it was fed from.
std::map<std::string, std::string> loggedImages(const fs::path& scans) {
    std::map<std::string, std::string> shaOf;
    std::ifstream log(scans / "scan-log.jsonl");
    for (std::string line; std::getline(log, line);) {
        const Json event = Json::parse(line);
        if (event.value("event", "") == "page") {
            shaOf[fs::path(event.value("original", "")).filename().string()] = event.value("sha256", "");
        }
    }
    return shaOf;
}

// What each voter meant, by the SHA-256 of the scanned page that carries the ballot (its first
// face), and every voter's readings line for the count the congress must get.
struct Truth {
    std::map<std::string, Json> bySheet;
    std::vector<Json> lines;

    // The page's intent as a readings line: election, round, sheet, struck/marks, invalid.
    static Json reading(const Json& t) {
        Json line{{"election", t["election"]}, {"round", t["round"]}, {"sheet", t["sheet"]}};
        for (const char* key : {"struck", "marks", "invalid"}) {
            if (t.contains(key)) {
                line[key] = t[key];
            }
        }
        return line;
    }
    void add(const Json& t, const std::string& scannedSha) {
        lines.push_back(reading(t));
        if (!scannedSha.empty()) {
            bySheet[scannedSha] = lines.back();
        }
    }
    // The pages of a scan folder matched, through its scan log, with the intents of the files
    // they were fed from (`file`: an intent's file name; a ballot's first face carries it).
    void addScans(const fs::path& scans, const std::vector<Json>& intents,
                  const std::function<std::string(const Json&)>& file) {
        const auto shaOf = loggedImages(scans);
        for (const Json& intent : intents) {
            const auto it = shaOf.find(file(intent));
            REQUIRE_MESSAGE(it != shaOf.end(), file(intent) << " was not scanned into " << scans);
            add(intent, it->second);
        }
    }
    // A flatbed's pages, one a run, in the order they were laid on the glass.
    void addScansInOrder(const fs::path& scans, const std::vector<Json>& intents) {
        std::vector<std::string> shas;
        std::ifstream log(scans / "scan-log.jsonl");
        for (std::string line; std::getline(log, line);) {
            if (const Json event = Json::parse(line); event.value("event", "") == "page") {
                shas.push_back(event.value("sha256", ""));
            }
        }
        REQUIRE(shas.size() == intents.size());
        for (std::size_t i = 0; i < intents.size(); ++i) {
            add(intents[i], shas[i]);
        }
    }
    void addScans(const fs::path& scans, const std::vector<Json>& simulated) {
        addScans(scans, simulated, [](const Json& t) { return t["image"].get<std::string>(); });
    }
};

std::vector<Json> truthOf(const fs::path& simulated) {
    std::vector<Json> out;
    std::ifstream in(simulated / "truth.jsonl");
    for (std::string line; std::getline(in, line);) {
        out.push_back(Json::parse(line));
    }
    return out;
}

// The executive committee: 62 names for 51 seats, on both faces of an A4 sheet (56 names on the
// front), 150 dpi. A few voters strike too few names (kept more than 51: invalid) or everyone;
// two strike only a family name (the committee rules it struck). Front and back alternate in
// `inbox`, as a duplex feeder delivers them.
std::vector<Json> drawExecutiveCommittee(const Congress& congress, const fs::path& inbox) {
    const Election& bch = congress.elections.at(0);
    const auto spec = app::roundOf(congress, "bch", 1, {});
    REQUIRE(spec);
    const auto sides = sim::kiemphieuSides(congress, bch, *spec);
    REQUIRE(sides);
    REQUIRE(sides->size() == 2);
    const std::size_t front = (*sides)[0].names.size();
    constexpr int DPI = 150;
    const QImage blanks[2] = {(*sides)[0].render(DPI, false), (*sides)[1].render(DPI, false)};
    std::vector<Json> intents(DELEGATES);
    std::vector<std::vector<std::size_t>> struckOf(DELEGATES);
    std::vector<std::optional<std::size_t>> partialOf(DELEGATES);
    std::mt19937 rng(2026);
    std::vector<double> weight(bch.candidates.size(), 1.0);
    std::fill(weight.begin() + 48, weight.end(), 9.0);  // the last names are contested
    for (int v = 0; v < DELEGATES; ++v) {
        std::size_t strikes = std::uniform_int_distribution<std::size_t>(11, 17)(rng);
        strikes = v % 50 == 7 ? 9 : v == 200 ? bch.candidates.size() : strikes;  // overvotes, all struck
        std::vector<double> w = weight;
        std::vector<std::size_t>& struck = struckOf[static_cast<std::size_t>(v)];
        while (struck.size() < strikes) {
            const std::size_t i = std::discrete_distribution<std::size_t>(w.begin(), w.end())(rng);
            w[i] = 0;
            struck.push_back(i);
        }
        std::ranges::sort(struck);
        Json ids = Json::array();
        for (const std::size_t i : struck) {
            ids.push_back(bch.candidates[i].id.value);
        }
        if (v == 5 || v == 150) {  // a family name struck alone: on the front, then on the back
            const std::size_t target = v == 5 ? 2 : front + 1;
            partialOf[static_cast<std::size_t>(v)] = target;
            struck.erase(std::ranges::remove(struck, target).begin(), struck.end());
            ids = Json::array();
            for (const std::size_t i : struck) ids.push_back(bch.candidates[i].id.value);
            ids.push_back(bch.candidates[target].id.value);  // the committee reads it as struck
        }
        char sheet[8];
        std::snprintf(sheet, sizeof sheet, "%04d", v + 1);
        intents[static_cast<std::size_t>(v)] = {{"election", "bch"}, {"round", 1}, {"sheet", sheet}, {"struck", ids}};
    }
    const auto draw = [&](int from, int step) {
        for (int v = from; v < DELEGATES; v += step) {
            const auto& struck = struckOf[static_cast<std::size_t>(v)];
            for (std::size_t side = 0; side < 2; ++side) {
                std::vector<std::size_t> here;
                std::ranges::copy_if(struck, std::back_inserter(here),
                                     [&](std::size_t i) { return (i < front) == (side == 0); });
                std::optional<std::size_t> partial = partialOf[static_cast<std::size_t>(v)];
                if (partial && (*partial < front) != (side == 0)) {
                    partial.reset();
                }
                const cv::Mat face =
                    test::markedFace(*sides, side, blanks[side], DPI, here, static_cast<std::uint64_t>(v) * 2 + side,
                                     partial, side == 0 ? 0.6 : -0.9);
                char name[32];
                std::snprintf(name, sizeof name, "v%04d-%zu.jpg", v + 1, side + 1);
                REQUIRE(cv::imwrite((inbox / name).string(), face, {cv::IMWRITE_JPEG_QUALITY, 90}));
            }
        }
    };
    std::thread other(draw, 1, 2);
    draw(0, 2);
    other.join();
    return intents;
}

// Alternate delegates, round 1, keyed by hand by two operators (no scanner): 10 voters reject
// dk02, 148 dk03 and 148 dk04 — dk03 and dk04 tie for the third seat, both over half the base
// of 310. Châu keys ballot 77 differently.
std::vector<Json> keyAlternates() {
    std::vector<Json> intents;
    std::ofstream binh(WORK / "binh.jsonl"), chau(WORK / "chau.jsonl");
    for (int b = 1; b <= DELEGATES; ++b) {
        const std::string rejected = b <= 10 ? "dk02" : b <= 158 ? "dk03" : "dk04";
        intents.push_back({{"election", "dbdk"},
                           {"round", 1},
                           {"sheet", "m" + std::to_string(b)},
                           {"struck", Json::array({rejected})}});
        binh << Json{{"ballot", std::to_string(b)}, {"struck", Json::array({rejected})}}.dump() << "\n";
        chau << Json{{"ballot", std::to_string(b)}, {"struck", Json::array({b == 77 ? "dk02" : rejected})}}.dump()
             << "\n";
    }
    return intents;
}

std::string idsOf(const Json& array) {
    std::string out;
    for (const auto& id : array) {
        out += (out.empty() ? "" : ",") + id.get<std::string>();
    }
    return out;
}

// The committee's ruling on a waiting ballot, from what its voter meant (an image that is no
// ballot at all is set aside).
std::vector<std::string> rulingArgs(const app::ReviewItem& item, const Json* intent) {
    std::vector<std::string> args{"rule", "--db", (WORK / "dai-hoi.kpdb").string()};
    if (item.manual()) {
        args.insert(args.end(),
                    {"--election", item.election, "--round", std::to_string(item.round), "--ballot", item.ballot()});
    } else {
        args.insert(args.end(), {"--sheet", item.sheet});
    }
    if (intent == nullptr) {
        args.insert(args.end(), {"--set-aside", "not_a_ballot", "--reason", "không phải lá phiếu"});
    } else if (intent->contains("invalid")) {
        args.insert(args.end(),
                    {"--invalid", (*intent)["invalid"].get<std::string>(), "--reason", "đối chiếu phiếu gốc"});
    } else if (intent->contains("marks")) {
        std::string marks;
        for (const auto& [id, mark] : (*intent)["marks"].items()) {
            marks += (marks.empty() ? "" : ",") + id + "=" + mark.get<std::string>();
        }
        args.insert(args.end(), {"--marks", marks, "--reason", "đối chiếu phiếu gốc"});
    } else {
        args.insert(args.end(), {"--struck", idsOf((*intent)["struck"]), "--reason", "đối chiếu phiếu gốc"});
    }
    return args;
}

Json resultsOf(const std::string& tallyJson) {
    return Json::parse(tallyJson).at("results");
}

}  // namespace

TEST_CASE(
    "a tỉnh congress counted end to end: 5 elections, 306 delegates, a runoff, rulings, minutes, verified bundle") {
    fs::remove_all(WORK);
    fs::create_directories(WORK);
    const auto congress = app::loadCongress(CONGRESS);
    REQUIRE(congress);
    const std::string db = (WORK / "dai-hoi.kpdb").string();
    Truth truth;

    // The record and the Ban kiểm phiếu: the chair first, then two members.
    ok({"import", "--db", db, "--operator", CHAIR, "--congress", CONGRESS});
    ok({"operator", "--db", db, "--add", CHAIR, "--role", "truong_ban"}, PASSWORD.at(CHAIR) + "\n");
    for (const std::string& member : {BINH, CHAU}) {
        ok({"operator", "--db", db, "--add", member, "--role", "thanh_vien", "--by", CHAIR}, passwords(member, CHAIR));
    }
    ok({"keygen", "--out", (WORK / "khoa").string(), "--db", db, "--operator", CHAIR});

    const auto countFolder = [&](const std::string& election, int round, const fs::path& inbox, const std::string& tag,
                                 const std::vector<std::string>& scanOptions,
                                 const std::vector<std::string>& readOptions) {
        const std::string scans = (WORK / ("scans-" + tag)).string();
        std::vector<std::string> scan{"scan", "--device", "folder:" + inbox.string(), "--out", scans};
        scan.insert(scan.end(), scanOptions.begin(), scanOptions.end());
        ok(scan);
        const std::string readings = (WORK / ("readings-" + tag + ".jsonl")).string();
        std::vector<std::string> recognize{"recognize", "--congress",          CONGRESS,    "--election", election,
                                           "--round",   std::to_string(round), "--threads", "2",          "--out",
                                           readings};
        recognize.insert(recognize.end(), readOptions.begin(), readOptions.end());
        recognize.push_back(scans);
        ok(recognize);
        ok({"import", "--db", db, "--operator", BINH, "--scans", scans, "--election", election, "--round",
            std::to_string(round), "--readings", readings});
        return fs::path(scans);
    };
    const auto simulate = [&](const std::string& election, int round, int voters, int seed, const std::string& tag,
                              const std::vector<std::string>& more = {}) {
        const fs::path out = WORK / ("sim-" + tag);
        std::vector<std::string> args{"simulate",
                                      "--congress",
                                      CONGRESS,
                                      "--election",
                                      election,
                                      "--round",
                                      std::to_string(round),
                                      "--voters",
                                      std::to_string(voters),
                                      "--seed",
                                      std::to_string(seed),
                                      "--dpi",
                                      "150",
                                      "--threads",
                                      "2",
                                      "--out",
                                      out.string()};
        args.insert(args.end(), more.begin(), more.end());
        ok(args);
        return out;
    };

    // 1. Ban Chấp hành: two-faced sheets through a duplex feeder.
    const fs::path inbox = WORK / "inbox-bch";
    fs::create_directories(inbox);
    const std::vector<Json> bch = drawExecutiveCommittee(*congress, inbox);
    const fs::path scans = countFolder("bch", 1, inbox, "bch", {"--source", "adf-duplex"}, {});
    truth.addScans(scans, bch, [](const Json& t) { return "v" + t["sheet"].get<std::string>() + "-1.jpg"; });

    // 2. Official delegates, with an ordinary photo and a broken file among the ballots.
    const fs::path dbct = simulate("dbct", 1, DELEGATES, 5, "dbct");
    const std::vector<Json> dbctTruth = truthOf(dbct);
    cv::Mat photo(1400, 1000, CV_8UC3);
    cv::randu(photo, cv::Scalar::all(0), cv::Scalar::all(255));
    REQUIRE(cv::imwrite((dbct / "zz-anh-chup.png").string(), photo));
    const std::string jpeg = slurp(imagesIn(dbct).front());
    std::ofstream(dbct / "zz-hong.jpg", std::ios::binary) << jpeg.substr(0, jpeg.size() / 3);
    const fs::path dbctScans = countFolder("dbct", 1, dbct, "dbct", {}, {});
    truth.addScans(dbctScans, dbctTruth);
    // The photo and the broken file are sheets too, kept and shown: the committee sets them aside.
    const auto dbctLog = loggedImages(dbctScans);
    REQUIRE(dbctLog.contains("zz-anh-chup.png"));
    REQUIRE(dbctLog.contains("zz-hong.jpg"));
    const std::set<std::string> junk{dbctLog.at("zz-anh-chup.png"), dbctLog.at("zz-hong.jpg")};

    // 3. Alternate delegates: round 1 keyed by hand, two operators; the runoff scanned, its
    //    first sheets one at a time on a flatbed through SANE's pnm back end.
    for (const Json& t : keyAlternates()) {
        truth.add(t, "");
    }
    ok({"enter", "--db", db, "--operator", BINH, "--election", "dbdk", "--entries", (WORK / "binh.jsonl").string()},
       PASSWORD.at(BINH) + "\n");
    ok({"enter", "--db", db, "--operator", CHAU, "--election", "dbdk", "--entries", (WORK / "chau.jsonl").string()},
       PASSWORD.at(CHAU) + "\n");
    {
        std::ofstream round1(WORK / "dbdk-round1.jsonl");
        for (const Json& line : truth.lines) {
            if (line["election"] == "dbdk")
                round1 << line.dump() << "\n";
        }
    }
    const std::string round1 = (WORK / "dbdk-round1.jsonl").string();
    const fs::path runoff = simulate("dbdk", 2, DELEGATES, 9, "dbdk2", {"--readings", round1});
    const std::vector<Json> runoffTruth = truthOf(runoff);
    const std::string pnmScans = (WORK / "scans-dbdk2-pnm").string();
    const auto runoffImages = imagesIn(runoff);
    for (std::size_t i = 0; i < 3; ++i) {
        const fs::path pgm = WORK / ("flatbed-" + std::to_string(i) + ".pgm");
        REQUIRE(cv::imwrite(pgm.string(), cv::imread(runoffImages[i].string(), cv::IMREAD_GRAYSCALE)));
        ok({"scan", "--device", "pnm:0", "--source", "flatbed", "--dpi", "150", "--device-options",
            "filename=" + pgm.string(), "--out", pnmScans});
        fs::remove(runoffImages[i]);
    }
    ok({"recognize", "--congress", CONGRESS, "--election", "dbdk", "--round", "2", "--readings", round1, "--out",
        (WORK / "readings-dbdk2-pnm.jsonl").string(), pnmScans});
    ok({"import", "--db", db, "--operator", BINH, "--scans", pnmScans, "--election", "dbdk", "--round", "2",
        "--readings", (WORK / "readings-dbdk2-pnm.jsonl").string()});
    truth.addScansInOrder(pnmScans, {runoffTruth.begin(), runoffTruth.begin() + 3});
    const fs::path runoffScans = countFolder("dbdk", 2, runoff, "dbdk2", {}, {"--readings", round1});
    truth.addScans(runoffScans, {runoffTruth.begin() + 3, runoffTruth.end()});

    // 4. The inspection committee (7 for 7: yes/no) and the secretary, by the new committee.
    for (const auto& [election, seed] : {std::pair{"ubkt", 11}, std::pair{"bt", 13}}) {
        const fs::path sim = simulate(election, 1, NEW_COMMITTEE, seed, election);
        truth.addScans(countFolder(election, 1, sim, election, {}, {}), truthOf(sim));
    }

    // 5. The committee rules on every waiting ballot, in no particular order, from the paper.
    std::map<std::int64_t, std::string> shaOf;
    std::vector<app::ReviewItem> queue;
    {  // read as the review screen does, then closed before the rulings write
        auto record = store::Record::open(db, store::Record::Access::ReadOnly);
        REQUIRE(record);
        const auto rows = record->rows();
        REQUIRE(rows);
        for (const auto& s : rows->sheets) shaOf[s.id] = s.sha256;
        auto waiting = app::reviewQueue(*record);
        REQUIRE(waiting);
        queue = std::move(*waiting);
    }
    CHECK(queue.size() >= 5);  // the photo, the broken file, the manual disagreement, the family names struck alone
    std::ranges::shuffle(queue, std::mt19937(7));
    int setAside = 0;
    const std::array<std::pair<std::string, std::string>, 3> pairs{{{CHAIR, BINH}, {BINH, CHAU}, {CHAU, CHAIR}}};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const app::ReviewItem& item = queue[i];
        const Json* intent = nullptr;
        std::optional<Json> manual;
        if (item.manual()) {
            const auto it = std::ranges::find_if(truth.lines, [&](const Json& l) {
                return l["election"] == item.election && l["sheet"] == "m" + item.ballot();
            });
            REQUIRE(it != truth.lines.end());
            intent = &*it;
        } else if (const auto it = truth.bySheet.find(shaOf.at(std::stoll(item.sheet))); it != truth.bySheet.end()) {
            intent = &it->second;
        }
        if (intent == nullptr) {
            CHECK(junk.contains(shaOf.at(std::stoll(item.sheet))));
            ++setAside;
        }
        std::vector<std::string> args = rulingArgs(item, intent);
        const auto& [first, second] = pairs[i % pairs.size()];
        args.insert(args.end(), {"--members", first + "," + second});
        ok(args, passwords(first, second));
    }
    CHECK(setAside == 2);  // the photo and the broken file, and only they
    const std::string review = ok({"review", "--db", db});
    CHECK(review.find("waiting for the committee: 0") != std::string::npos);
    CHECK(review.find("not read yet") == std::string::npos);

    // 6. The count equals the voters' intent, round for round, name for name.
    {
        std::ofstream lines(WORK / "intent.jsonl");
        for (const Json& line : truth.lines) lines << line.dump() << "\n";
    }
    const Json counted = resultsOf(ok({"tally", "--db", db}));
    const Json intended =
        resultsOf(ok({"tally", "--congress", CONGRESS, "--readings", (WORK / "intent.jsonl").string()}));
    REQUIRE(counted.size() == 6);  // five elections, and the alternates' runoff
    CHECK(counted == intended);
    for (const Json& r : counted) {
        const int voters = r["election"] == "ubkt" || r["election"] == "bt" ? NEW_COMMITTEE : DELEGATES;
        CHECK(r["ballots"]["collected"] == voters);
    }

    // 7. The minutes of every round, and the bundle an auditor verifies with the congress key.
    ok({"report", "--db", db, "--out", (WORK / "bao-cao").string(), "--format", "pdf"});
    for (const char* minutes : {"bch-lan-1", "dbct-lan-1", "dbdk-lan-1", "dbdk-lan-2", "ubkt-lan-1", "bt-lan-1"}) {
        CHECK(fs::exists(WORK / "bao-cao" / (std::string("bien-ban-kiem-phieu-") + minutes + ".pdf")));
    }
    const std::string text = WORK / "bien-ban-bch.txt";
    REQUIRE(std::system(("pdftotext -layout " +
                         quoted((WORK / "bao-cao" / "bien-ban-kiem-phieu-bch-lan-1.pdf").string()) + " " + quoted(text))
                            .c_str()) == 0);
    const std::string minutes = slurp(text);
    CHECK(minutes.find("Số phiếu thu vào: 306") != std::string::npos);
    ok({"export", "--db", db, "--key", (WORK / "khoa" / "congress.key").string(), "--out", (WORK / "bundle").string()});
    std::string key = slurp(WORK / "khoa" / "congress.pub");
    key.erase(key.find_last_not_of(" \n") + 1);
    const std::string verified = ok({"verify", (WORK / "bundle").string(), "--key", key, "--threads", "2"});
    CHECK(verified.find("VERIFIED") != std::string::npos);
}
