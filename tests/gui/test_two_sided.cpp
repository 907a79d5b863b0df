// A list too long for one side, through the app: 80 names print on both faces of the sheet;
// three such ballots, saved by a duplex scanner to a folder (one fed upside down, its back
// first), are counted with the feeder's "both sides" source: each sheet is one ballot, read as
// its voter marked both faces; the one with a hard case on its back waits for the committee,
// who see both faces side by side; and the exported bundle verifies (the faces joined again
// from the sheets' record).
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "ballot_faces.h"
#include "sample_count.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"
#include "src/simulator/paper.h"
#include "src/store/committee.h"
#include "tally/round_spec.h"

using namespace kp::gui;
using Json = nlohmann::ordered_json;

class TwoSided : public QObject {
    Q_OBJECT
private slots:
    void countDuplexFolder();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

// The tỉnh sample's Ban chấp hành with 80 names for 70 seats (its 18 names, then numbered).
QString longListCongress(const QTemporaryDir& dir) {
    std::ifstream in((SOURCE + "/samples/tinh/congress.json").toStdString());
    Json c = Json::parse(in);
    for (Json& e : c["elections"]) {
        if (e["id"] != "bch") {
            continue;
        }
        const Json names = e["candidates"];
        e["candidates"] = Json::array();
        for (std::size_t i = 0; i < 80; ++i) {
            std::string name = names[i % names.size()]["name"];
            if (i >= names.size()) {
                name += " " + std::to_string(i / names.size() + 1);
            }
            char id[8];
            std::snprintf(id, sizeof id, "bch%02zu", i + 1);
            e["candidates"].push_back({{"id", id}, {"name", name}});
        }
        e["seats"] = 70;
    }
    const QString path = dir.filePath("congress-80.json");
    std::ofstream(path.toStdString()) << c.dump(2);
    return path;
}

// One face, marked and scanned (tests/ballot_faces.h), saved where the scanner would.
void face(const std::vector<kp::sim::Paper>& sides, std::size_t side, const std::vector<std::size_t>& struck,
          const QString& path, std::uint64_t seed, std::optional<std::size_t> partial = {}) {
    QVERIFY(cv::imwrite(path.toStdString(), kp::test::markedFace(sides, side, struck, seed, partial)));
}

std::vector<std::string> ids(const std::vector<std::size_t>& positions) {
    std::vector<std::string> out;
    for (const std::size_t i : positions) {
        char id[8];
        std::snprintf(id, sizeof id, "bch%02zu", i + 1);
        out.emplace_back(id);
    }
    std::ranges::sort(out);
    return out;
}

}  // namespace

void TwoSided::countDuplexFolder() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QCOMPARE(session.create(longListCongress(dir), dir.filePath("hai-mat.kpdb")), QString());
    QCOMPARE(testing::makeCommittee(window), QString());

    const kp::Congress& congress = session.congress();
    const auto election = std::ranges::find(congress.elections, kp::ElectionId{"bch"}, &kp::Election::id);
    const auto spec = kp::roundSpec(congress, *election, 1, {});
    QVERIFY(spec.has_value());
    const auto sides = kp::sim::kiemphieuSides(congress, *election, *spec);
    QVERIFY(sides.has_value());
    QCOMPARE(sides->size(), std::size_t{2});
    QCOMPARE(sides->front().names.size(), std::size_t{56});

    // Three sheets as the scanner saved them: front, back; back, front (fed upside down); front, back.
    QVERIFY(QDir().mkpath(dir.filePath("scans")));
    const std::vector<std::size_t> first{2, 9, 30, 55}, firstBack{56, 60, 70, 79, 62, 64};
    const std::vector<std::size_t> second{0, 1, 3, 4, 5, 6, 7, 8, 10, 11}, secondBack{};
    face(*sides, 0, first, dir.filePath("scans/s1.png"), 1);
    face(*sides, 1, firstBack, dir.filePath("scans/s2.png"), 2);
    face(*sides, 1, secondBack, dir.filePath("scans/s3.png"), 3);
    face(*sides, 0, second, dir.filePath("scans/s4.png"), 4);
    face(*sides, 0, first, dir.filePath("scans/s5.png"), 5);
    face(*sides, 1, {56}, dir.filePath("scans/s6.png"), 6, 66);  // the family name only: the committee's

    window.showStep(MainWindow::Counting);
    for (QComboBox* box : window.countingPage()->findChildren<QComboBox*>()) {
        if (const int both = box->findData(static_cast<int>(kp::scan::Source::AdfDuplex)); both >= 0) {
            box->setCurrentIndex(both);
        }
    }
    const auto [pages, review] = testing::countFolder(window, dir.filePath("scans"), QStringLiteral("bch"));
    QCOMPARE(pages, 6);
    QCOMPARE(review, 1);

    // Read as marked on both faces; each back counts with its front, never alone.
    std::vector<Json> lines;
    auto record = session.record();
    std::istringstream text(kp::store::Committee(*record).countedJsonl().value());
    for (std::string line; std::getline(text, line);) {
        lines.push_back(Json::parse(line));
    }
    QCOMPARE(lines.size(), std::size_t{6});
    const auto struck = [](const Json& line) {
        auto out = line["struck"].get<std::vector<std::string>>();
        std::ranges::sort(out);
        return out;
    };
    std::vector<std::size_t> all = first;
    all.insert(all.end(), firstBack.begin(), firstBack.end());
    QCOMPARE(lines[0]["status"], Json("read"));
    QVERIFY(struck(lines[0]) == ids(all));
    QCOMPARE(lines[3]["status"], Json("read"));  // the upside-down sheet: its front came second
    QVERIFY(struck(lines[3]) == ids(second));
    QCOMPARE(lines[4]["status"], Json("review"));
    QCOMPARE(lines[4]["reasons"], Json::array({"partial_strike"}));
    for (const std::size_t back : {std::size_t{1}, std::size_t{2}, std::size_t{5}}) {
        QCOMPARE(lines[back]["status"], Json("rejected"));
        QCOMPARE(lines[back]["reasons"], Json::array({"later_side"}));
    }

    // The committee sees the ballot's two faces side by side.
    window.showStep(MainWindow::Review);
    ReviewPage* queue = window.reviewPage();
    queue->refresh();
    QCOMPARE(queue->waiting(), 1);
    QTest::qWait(100);
    QLabel* shown = nullptr;
    for (QLabel* label : queue->findChildren<QLabel*>()) {
        if (!label->pixmap().isNull()) {
            shown = label;
        }
    }
    QVERIFY(shown != nullptr);
    QVERIFY2(shown->pixmap().width() > shown->pixmap().height(),
             "two portrait A4 faces side by side are wider than tall");
    if (const QByteArray out = qgetenv("KP_SCREENSHOT"); !out.isEmpty()) {
        window.grab().save(QString::fromLocal8Bit(out));
    }

    // The bundle verifies: the faces are joined again from the sheets' record.
    QCOMPARE(testing::exportAndVerify(window, dir.path(), QStringLiteral(KP_CLI)), QString());
}

QTEST_MAIN(TwoSided)
#include "test_two_sided.moc"
