// A stressed committee cannot lose a ballot or record a wrong ruling (issue 26, "Done when"):
// simulated voters of the chi ủy election counted through the desktop app in three folders —
// the second one interrupted (the window closed mid-count, the record reopened, the folder
// counted again), a sheet fed again (its image scanned once more, under another page), many
// voters with the same choice, an ordinary photo and a JPEG cut short among the ballots, and
// more ballots collected than the congress says were issued. Every waiting ballot is ruled in
// the review screen by clicks and keys, in random order with a half-made decision left on
// another ballot each time (it must never carry over), from what each voter meant (the
// simulator's truth); the photo, the broken file and the re-feed are set aside; the issued
// count is recorded in the reconciliation tab. Then the results, the minutes (pdftotext) and
// the exported bundle (`kiemphieu-cli verify`: ĐẠT) must equal the voters' intent.
//
// The re-feed check may take a second voter with the same choice for the same paper fed again
// (a known weakness): such a sheet waits beside its twin and is ruled as the ballot it is.
#include <QDir>
#include <QImage>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "reports/readings_jsonl.h"
#include "sample_count.h"
#include "src/app/congress_key.h"
#include "src/app/inputs.h"
#include "src/app/json_lines.h"
#include "src/app/review_queue.h"
#include "src/gui/decision_panel.h"
#include "src/gui/results_page.h"
#include "src/gui/session.h"
#include "tally/tally.h"

using namespace kp::gui;
using kp::gui::testing::child;
using kp::gui::testing::chooseMember;
using kp::gui::testing::click;
using kp::gui::testing::sheetsStored;
using kp::gui::testing::unreadStored;
using Json = nlohmann::ordered_json;

class StressedCommittee : public QObject {
    Q_OBJECT
private slots:
    void countReviewReconcileReport();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);
constexpr int VOTERS = 24;
constexpr int ISSUED_BY_CONGRESS = 20;  // miscounted when typed in: 24 were issued
const QString PHOTO = QStringLiteral("anh-chup.png");
const QString BROKEN = QStringLiteral("hong.jpg");
const QString REFEED = QStringLiteral("zz-quet-lai.png");

// The sample congress with the election's issued ballots as given.
QString congressWith(const QString& dir, const QString& name, int issued) {
    std::ifstream in((SOURCE + "/samples/co-so/congress.json").toStdString());
    Json congress = Json::parse(in);
    congress["elections"][0]["issued"] = issued;
    const QString path = dir + "/" + name;
    std::ofstream(path.toStdString()) << congress.dump(2);
    return path;
}

// kiemphieu-cli with `args`: its exit code and output.
std::pair<int, QString> cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(KP_CLI), args);
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The scan folder's pages by the name of the file they were fed from: the image's SHA-256.
std::map<QString, std::string> loggedImages(const QString& scanDir) {
    std::map<QString, std::string> shaOf;
    std::ifstream log((scanDir + "/scan-log.jsonl").toStdString());
    for (std::string line; std::getline(log, line);) {
        const Json event = Json::parse(line);
        if (event.value("event", "") == "page" && event.contains("original")) {
            shaOf[QFileInfo(QString::fromStdString(event["original"].get<std::string>())).fileName()] =
                event.value("sha256", "");
        }
    }
    return shaOf;
}

int rulingsMade(Session& session) {
    auto record = session.record();
    return static_cast<int>(kp::app::jsonLinesOf(kp::store::Committee(*record).rulingsJsonl().value_or("")).size());
}

// The round's figures in the reconciliation table, by column title.
QString figure(QTableWidget* table, const QString& header) {
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == header && table->item(0, c)) {
            return table->item(0, c)->text();
        }
    }
    return {};
}

// A ballot copied into a folder, or a file written there.
bool put(const QString& from, const QString& folder, const QString& name = {}) {
    return QFile::copy(from, folder + "/" + (name.isEmpty() ? QFileInfo(from).fileName() : name));
}
bool write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

void StressedCommittee::countReviewReconcileReport() {
    QTemporaryDir dir;
    const QString congress = congressWith(dir.path(), QStringLiteral("dai-hoi.json"), ISSUED_BY_CONGRESS);
    const QString sim = dir.filePath("sim");
    const auto [simulated, simOut] =
        cli({QStringLiteral("simulate"), QStringLiteral("--congress"), congress, QStringLiteral("--election"),
             QStringLiteral("cu"), QStringLiteral("--voters"), QString::number(VOTERS), QStringLiteral("--seed"),
             QStringLiteral("6"), QStringLiteral("--dpi"), QStringLiteral("150"), QStringLiteral("--threads"),
             QStringLiteral("2"), QStringLiteral("--out"), sim});
    QVERIFY2(simulated == 0, qPrintable(simOut));
    std::map<QString, Json> intentOf;  // by image file
    std::string intents;               // the voters' readings lines, for the tally they must give
    std::map<Json, int> choices;
    {
        std::ifstream in((sim + "/truth.jsonl").toStdString());
        for (std::string line; std::getline(in, line);) {
            const Json t = Json::parse(line);
            Json reading{{"election", t["election"]}, {"round", t["round"]}, {"sheet", t["sheet"]}};
            for (const char* key : {"struck", "invalid"}) {
                if (t.contains(key)) {
                    reading[key] = t[key];
                }
            }
            intentOf[QString::fromStdString(t["image"].get<std::string>())] = reading;
            intents += reading.dump() + "\n";
            ++choices[t["struck"]];
        }
    }
    QCOMPARE(static_cast<int>(intentOf.size()), VOTERS);
    QVERIFY2(std::ranges::any_of(choices, [](const auto& c) { return c.second >= 2; }),
             "the scenario needs two voters with the same choice");

    // Three folders. A: eight ballots, an ordinary photo and a JPEG cut short; B: eight; C: eight
    // and the first of them scanned again (another file of the same paper).
    QStringList folders;
    for (const char* name : {"A", "B", "C"}) {
        folders << dir.filePath(QString::fromLatin1(name));
        QVERIFY(QDir().mkpath(folders.back()));
    }
    const QStringList images = QDir(sim).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(images.size(), VOTERS);
    for (int i = 0; i < VOTERS; ++i) {
        QVERIFY(put(sim + "/" + images[i], folders[i / 8]));
    }
    QImage photo(1200, 900, QImage::Format_RGB32);
    QRandomGenerator noise(26);
    for (int y = 0; y < photo.height(); ++y) {
        for (int x = 0; x < photo.width(); ++x) {
            photo.setPixel(x, y, qRgb(x * 255 / 1200, y * 255 / 900, static_cast<int>(noise.bounded(90)) + 80));
        }
    }
    QVERIFY(photo.save(folders[0] + "/" + PHOTO));
    QFile jpeg(SOURCE + "/samples/simulated/kiemphieu/ballot-00004.jpg");
    QVERIFY(jpeg.open(QIODevice::ReadOnly));
    const QByteArray bytes = jpeg.readAll();
    QVERIFY(write(folders[0] + "/" + BROKEN, bytes.left(bytes.size() / 4)));
    QVERIFY(QImage(folders[2] + "/" + images[16]).save(folders[2] + "/" + REFEED));

    // Folder A counted; folder B interrupted: the window closed mid-count, "Có".
    const QString path = dir.filePath("dai-hoi.kpdb");
    {
        Session session;
        MainWindow window(session);
        window.resize(1024, 600);
        window.show();
        QVERIFY(session.create(congress, path).isEmpty());
        QVERIFY(testing::makeCommittee(window).isEmpty());
        QCOMPARE(testing::countFolder(window, folders[0]).first, 10);
        window.showStep(MainWindow::Counting);
        CountingPage* counting = window.countingPage();
        child<QComboBox>(counting, QStringLiteral("device"))->setCurrentText(QStringLiteral("folder:") + folders[1]);
        click(child<QPushButton>(counting, QStringLiteral("start")));
        QVERIFY(counting->busy());
        QTRY_VERIFY_WITH_TIMEOUT(sheetsStored(session) >= 11, 60000);
        testing::Answer yes;
        testing::answerWhenAsked(yes, QMessageBox::Yes);
        QVERIFY(!window.close() || !counting->busy());
        QVERIFY2(yes.asked || !counting->busy(), "quitting during a count did not ask");
        QTRY_VERIFY_WITH_TIMEOUT(!counting->busy(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
    }

    // Reopened: what waits unread is read first, then B is counted again and C after it.
    Session session;
    MainWindow window(session);
    window.resize(1024, 600);
    window.show();
    QVERIFY(session.open(path).isEmpty());
    const int unread = unreadStored(session);
    QVERIFY2(unread > 0, "the count of folder B was not interrupted: nothing to resume");
    QVERIFY(window.committeePage()->signIn(testing::CHAIR, testing::CHAIR_PASSWORD).isEmpty());
    QVERIFY(testing::countFolder(window, folders[1]).first >= unread);
    QVERIFY(testing::countFolder(window, folders[2]).first >= 9);
    QCOMPARE(sheetsStored(session), VOTERS + 3);  // every ballot, the photo, the broken file, the re-feed
    QCOMPARE(unreadStored(session), 0);

    // Which file each stored sheet is, through the scan log.
    std::map<std::string, QString> fileOf;  // SHA-256 → the file it was fed from
    for (const auto& [file, sha] : loggedImages(session.scanDir(QStringLiteral("cu"), 1))) {
        fileOf[sha] = file;
    }
    std::map<std::string, std::string> shaOfSheet;
    {
        auto record = session.record();
        for (const kp::store::SheetRow& s : record->sheets().value_or(std::vector<kp::store::SheetRow>{})) {
            shaOfSheet[std::to_string(s.id)] = s.sha256;
        }
    }

    // Every waiting ballot ruled in the review screen, in random order; before each, another
    // ballot is opened and a verdict and reason half-made there.
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();
    DecisionPanel* panel = review->decisionPanel();
    std::mt19937 order(26);
    int setAside = 0, twinsOfOtherVoters = 0;
    for (int turn = 0; review->waiting() > 0 && turn < 100; ++turn) {
        auto record = session.record();
        const auto queue = kp::app::reviewQueue(*record);
        QVERIFY(queue && static_cast<int>(queue->size()) == review->waiting());
        const int n = review->waiting();
        const int chosen = static_cast<int>(order() % static_cast<unsigned>(n));
        if (n > 1) {
            testing::openItem(review, (chosen + 1 + static_cast<int>(order() % static_cast<unsigned>(n - 1))) % n);
            click(child<QRadioButton>(panel, QStringLiteral("invalid-write_in")));
            QTest::keyClicks(child<QLineEdit>(panel, QStringLiteral("why")), QStringLiteral("half made"));
        }
        testing::openItem(review, chosen);
        for (QRadioButton* verdict : panel->findChildren<QRadioButton*>()) {
            QVERIFY2(!verdict->isChecked(), qPrintable(verdict->objectName() + " carried over"));
        }
        QVERIFY(child<QLineEdit>(panel, QStringLiteral("why"))->text().isEmpty());
        QVERIFY(!child<QPushButton>(panel, QStringLiteral("toConfirm"))->isEnabled());

        const kp::app::ReviewItem& item = (*queue)[static_cast<std::size_t>(chosen)];
        const QString file = fileOf[shaOfSheet[item.sheet]];
        QString words;
        if (file == PHOTO || file == BROKEN) {
            click(child<QRadioButton>(panel, QStringLiteral("aside-not_a_ballot")));
            words = QStringLiteral("NOT A BALLOT");
            ++setAside;
        } else if (file == REFEED) {
            QVERIFY2(item.twin != 0, "the re-fed sheet waits without the sheet it repeats");
            click(child<QRadioButton>(panel, QStringLiteral("aside-refeed")));
            words = QStringLiteral("fed again");
            ++setAside;
        } else {
            QVERIFY2(intentOf.contains(file), qPrintable("sheet " + QString::fromStdString(item.sheet) + ": " + file));
            const Json& intent = intentOf[file];
            twinsOfOtherVoters += item.twin != 0 ? 1 : 0;
            if (intent.contains("invalid")) {
                click(child<QRadioButton>(
                    panel, QStringLiteral("invalid-") + QString::fromStdString(intent["invalid"].get<std::string>())));
                words = QStringLiteral("INVALID");
            } else {
                auto* names = panel->findChild<QTableWidget*>();
                for (std::size_t i = 0; i < panel->decision()->size(); ++i) {
                    // A person scrolls the list of names to the name, then clicks.
                    names->scrollTo(names->model()->index(static_cast<int>(i), 2));
                    const std::string& id = panel->decision()->candidate(i).id.value;
                    const bool struck = std::ranges::find(intent["struck"], Json(id)) != intent["struck"].end();
                    // The row's own buttons (those of a ballot opened before may not be deleted yet).
                    QWidget* cell = names->cellWidget(static_cast<int>(i), 2);
                    auto* button = cell ? cell->findChild<QPushButton*>(QLatin1String(struck ? "struck-" : "kept-") +
                                                                        QString::fromStdString(id))
                                        : nullptr;
                    QTRY_VERIFY_WITH_TIMEOUT(button && button->isVisible(), 5000);  // laid out in the list
                    click(button);
                }
                click(child<QRadioButton>(panel, QStringLiteral("valid")));
                words = QStringLiteral("VALID");
            }
        }
        if (QTest::currentTestFailed()) {
            return;
        }
        const int before = rulingsMade(session);
        testing::confirmRuling(review, QStringLiteral("checked against the paper"), words);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(rulingsMade(session), before + 1);
    }
    QCOMPARE(review->waiting(), 0);
    QCOMPARE(setAside, 3);
    qInfo(
        "%d sheet(s) left unread by the interruption; %d ruling(s) by clicks; %d sheet(s) of another voter with the "
        "same choice waited as suspected re-feeds, ruled as the ballots they are",
        unread, rulingsMade(session), twinsOfOtherVoters);

    // The reconciliation: more collected than issued; two members record the recounted figure.
    window.showStep(MainWindow::Results);
    ResultsPage* results = window.resultsPage();
    auto* table = child<QTableWidget>(results, QStringLiteral("reconciliation"));
    QVERIFY(table);
    auto* tabs = results->findChild<QTabWidget*>();
    tabs->setCurrentIndex(tabs->indexOf(table->parentWidget()));
    QCOMPARE(figure(table, QStringLiteral("Collected")), QString::number(VOTERS));
    QVERIFY2(
        figure(table, QStringLiteral("What to do"))
            .contains(
                QStringLiteral("More ballots collected (%1) than issued (%2)").arg(VOTERS).arg(ISSUED_BY_CONGRESS)),
        qPrintable(figure(table, QStringLiteral("What to do"))));
    QVERIFY(figure(table, QStringLiteral("Set aside")).contains(QStringLiteral("1 fed again")));
    QVERIFY(figure(table, QStringLiteral("Set aside")).contains(QStringLiteral("2 not a ballot")));
    auto* issued = child<QSpinBox>(results, QStringLiteral("issued"));
    QVERIFY(issued && issued->isVisible());
    issued->selectAll();
    QTest::keyClicks(issued, QString::number(VOTERS));
    QTest::keyClicks(child<QLineEdit>(results, QStringLiteral("issuedWhy")), QStringLiteral("counterfoils recounted"));
    chooseMember(child<QComboBox>(results, QStringLiteral("member1")), testing::CHAIR);
    QTest::keyClicks(child<QLineEdit>(results, QStringLiteral("password1")), testing::CHAIR_PASSWORD);
    chooseMember(child<QComboBox>(results, QStringLiteral("member2")), testing::MEMBER);
    QTest::keyClicks(child<QLineEdit>(results, QStringLiteral("password2")), testing::MEMBER_PASSWORD);
    click(child<QPushButton>(results, QStringLiteral("recordIssued")));
    QCOMPARE(figure(table, QStringLiteral("What to do")), QStringLiteral("Nothing to do."));

    // The result equals the voters' intent (the tally of the truth, with the ballots issued).
    const auto truthCongress =
        kp::app::loadCongress(congressWith(dir.path(), QStringLiteral("su-that.json"), VOTERS).toStdString());
    QVERIFY(truthCongress.has_value());
    const auto readings = kp::parseReadings(intents);
    QVERIFY(readings.has_value());
    const auto intended = kp::tally(*truthCongress, *readings);
    QVERIFY(intended.has_value());
    QVERIFY(!results->results().empty());
    const kp::RoundResult& counted = results->results().front();
    const kp::RoundResult& meant = intended->front();
    QCOMPARE(counted.spec.election.value, std::string("cu"));
    QCOMPARE(counted.ballots.collected, meant.ballots.collected);
    QCOMPARE(counted.ballots.valid, meant.ballots.valid);
    QCOMPARE(counted.ballots.invalid, meant.ballots.invalid);
    QCOMPARE(counted.candidates.size(), meant.candidates.size());
    for (std::size_t i = 0; i < meant.candidates.size(); ++i) {
        QCOMPARE(counted.candidates[i].votes, meant.candidates[i].votes);
        QCOMPARE(counted.candidates[i].status, meant.candidates[i].status);
    }
    QCOMPARE(counted.elected, meant.elected);

    // The minutes say the same.
    window.showStep(MainWindow::Reports);
    QCOMPARE(window.reportsPage()->makeReports(), QString());
    const QString minutes = pdfText(session.reportsDir() + "/bien-ban-kiem-phieu-cu-lan-1.pdf");
    for (const QString& line :
         {QStringLiteral("Số phiếu phát ra: %1").arg(VOTERS), QStringLiteral("Số phiếu thu vào: %1.").arg(VOTERS),
          QStringLiteral("Số phiếu hợp lệ: %1.").arg(meant.ballots.valid),
          QStringLiteral("Số phiếu không hợp lệ: %1").arg(meant.ballots.invalid)}) {
        QVERIFY2(minutes.contains(line), qPrintable(line + "\n" + minutes));
    }
    for (const kp::CandidateResult& c : meant.candidates) {  // its row: name, votes, percent of the base
        const QRegularExpression row(QRegularExpression::escape(QString::fromStdString(c.name)) +
                                     QStringLiteral("\\s+(\\d+)\\s+\\d+,\\d\\d"));
        const QRegularExpressionMatch found = row.match(minutes);
        QVERIFY2(found.hasMatch() && found.captured(1) == QString::number(c.votes),
                 qPrintable(QString::fromStdString(c.name) + ": " + found.captured(0)));
    }

    // The bundle an auditor re-checks from the scans: ĐẠT.
    const auto key = kp::app::makeCongressKey(dir.path().toStdString());
    QVERIFY(key.has_value());
    QCOMPARE(window.reportsPage()->exportBundle(dir.filePath("congress.key"), dir.filePath("bundle")), QString());
    const auto [verified, verifyOut] =
        cli({QStringLiteral("verify"), dir.filePath("bundle"), QStringLiteral("--key"), QString::fromStdString(*key),
             QStringLiteral("--threads"), QStringLiteral("2")});
    QVERIFY2(verified == 0 && verifyOut.contains(QStringLiteral("ĐẠT / VERIFIED")), qPrintable(verifyOut));
}

QTEST_MAIN(StressedCommittee)
#include "test_stressed_committee.moc"
