// Ballots printed in a word processor, through the app: the committee scans a blank, the
// recogniser learns the names' places, the committee confirms on the ballots screen, the
// simulated marked ballots are counted against it (no read ballot differs from what its voter
// marked), and the exported bundle verifies with the blank in it (kiemphieu-cli verify).
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "ocr/word/word_reader.h"
#include "sample_count.h"
#include "src/app/inputs.h"
#include "src/gui/ballots_page.h"
#include "src/gui/session.h"
#include "src/simulator/simulate.h"
#include "src/store/committee.h"
#include "tally/round_spec.h"

using namespace kp::gui;

class WordBallots : public QObject {
    Q_OBJECT
private slots:
    void learnConfirmCountVerify();
};

namespace {
const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);
}

void WordBallots::learnConfirmCountVerify() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("word.kpdb")), QString());
    QCOMPARE(testing::makeCommittee(window), QString());

    // Twelve voters' ballots as a word processor prints them, and the committee's scan of a blank.
    const kp::Congress& congress = session.congress();
    const auto spec = kp::roundSpec(congress, congress.elections[0], 1, {});
    QVERIFY(spec.has_value());
    kp::sim::Options options;
    options.voters = 12;
    options.seed = 5;
    options.wordStyle = true;
    options.threads = 2;
    options.outDir = dir.filePath("ballots").toStdString();
    options.blankPath = dir.filePath("blank.png").toStdString();
    QVERIFY(kp::sim::simulate(congress, congress.elections[0], *spec, options).has_value());

    window.showStep(MainWindow::Ballots);
    BallotsPage* ballots = window.ballotsPage();
    QCOMPARE(ballots->confirmBlank(), QStringLiteral("No blank has been learned."));
    QSignalSpy learned(ballots, &BallotsPage::blankLearned);
    ballots->learnBlank(dir.filePath("ballots/truth.jsonl"));  // not an image
    QVERIFY(learned.wait(60000));
    QVERIFY(!learned.takeFirst().at(0).toString().isEmpty());
    ballots->learnBlank(dir.filePath("blank.png"));
    QVERIFY(learned.wait(60000));
    QCOMPARE(learned.takeFirst().at(0).toString(), QString());
    QCOMPARE(ballots->learned()->names.size(), std::size_t{6});
    QCOMPARE(ballots->confirmBlank(), QString());

    window.showStep(MainWindow::Counting);
    const auto [sheets, review] = testing::countFolder(window, dir.filePath("ballots"));
    QCOMPARE(sheets, 12);
    // Every ballot read is read as its voter marked it; the rest wait for the committee.
    // The folder is fed in file-name order: the record's sheet N is the truth's line N.
    std::vector<nlohmann::json> truth;
    std::ifstream in(dir.filePath("ballots/truth.jsonl").toStdString());
    for (std::string line; std::getline(in, line);) {
        truth.push_back(nlohmann::json::parse(line));
    }
    auto record = session.record();
    const auto readings = kp::store::Committee(*record).countedJsonl().value();
    std::istringstream lines(readings);
    int read = 0;
    for (std::string line; std::getline(lines, line);) {
        const auto r = nlohmann::json::parse(line);
        QCOMPARE(r["recognizer"]["version"].get<std::string>(), kp::ocr::WordSettings{}.version);
        if (r["status"] != "read") {
            continue;
        }
        ++read;
        const std::string image = r["image"].get<std::string>();
        const auto sheet = static_cast<std::size_t>(std::stoi(r["sheet"].get<std::string>()));
        QVERIFY(sheet >= 1 && sheet <= truth.size());
        auto struck = r["struck"].get<std::vector<std::string>>();
        auto expected = truth[sheet - 1]["struck"].get<std::vector<std::string>>();
        std::ranges::sort(struck);
        std::ranges::sort(expected);
        QVERIFY2(struck == expected, image.c_str());
    }
    QCOMPARE(read + review, 12);
    qInfo("word ballots: %d read, %d to the committee", read, review);

    // The bundle carries the blank; verify learns from it and re-reads every ballot alike.
    QCOMPARE(testing::exportAndVerify(window, dir.path(), QStringLiteral(KP_CLI)), QString());
    QVERIFY(QFile::exists(dir.filePath("bundle/word-blanks.jsonl")));
}

QTEST_MAIN(WordBallots)
#include "test_word_ballots.moc"
