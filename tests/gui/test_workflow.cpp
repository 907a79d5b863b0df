// The whole count through the desktop app's screens, offscreen, on the sample cơ sở congress:
// a record from the congress file → ballots saved as PDF → the committee → eight simulated
// ballots counted from a folder → the two hard cases ruled by two members as the truth says →
// results → the minutes, whose text (pdftotext) must show the count.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "sample_count.h"
#include "src/app/congress_key.h"
#include "src/app/inputs.h"
#include "src/gui/ballots_page.h"
#include "src/gui/committee_page.h"
#include "src/gui/congress_editor.h"
#include "src/gui/counting_page.h"
#include "src/gui/main_window.h"
#include "src/gui/manual_entry_page.h"
#include "src/gui/projection_window.h"
#include "src/gui/reports_page.h"
#include "src/gui/results_page.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"

using namespace kp::gui;

class Workflow : public QObject {
    Q_OBJECT
private slots:
    void wholeCount();
    void manualDoubleEntry();
    void runoffInOneClick();
    void rehearsal();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

std::vector<nlohmann::json> truth() {
    std::vector<nlohmann::json> out;
    std::ifstream in((SOURCE + "/samples/simulated/kiemphieu/truth.jsonl").toStdString());
    for (std::string line; std::getline(in, line);) {
        out.push_back(nlohmann::json::parse(line));
    }
    return out;
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A field of `pdfinfo`: "Pages", "Page size".
QString pdfInfo(const QString& pdf, const QString& field) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':'))) {
            return line.mid(field.size() + 1).trimmed();
        }
    }
    return {};
}

int pdfPages(const QString& pdf) {
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

}  // namespace

void Workflow::wholeCount() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Session session;
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();

    // 1. Congress: a record made from the congress file.
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("dai-hoi.kpdb")), QString());
    QVERIFY(session.isOpen());

    // 2. Ballots: the chi ủy ballot as a print-ready PDF.
    window.showStep(MainWindow::Ballots);
    QCOMPARE(window.ballotsPage()->electionBox()->count(), 3);
    QCOMPARE(window.ballotsPage()->savePdf(dir.filePath("phieu-bau.pdf")), QString());
    QVERIFY(pdfText(dir.filePath("phieu-bau.pdf")).contains(QStringLiteral("Trần Anh Dũng")));
    {  // Printed from the app: to a PDF printer here, one printed page per ballot page.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath("in-phieu.pdf"));
        QCOMPARE(window.ballotsPage()->print(printer), QString());
        QCOMPARE(pdfPages(dir.filePath("in-phieu.pdf")), pdfPages(dir.filePath("phieu-bau.pdf")));
        // Life size on paper turned like the page (registration marks are measured in mm).
        QCOMPARE(pdfInfo(dir.filePath("in-phieu.pdf"), QStringLiteral("Page size")),
                 pdfInfo(dir.filePath("phieu-bau.pdf"), QStringLiteral("Page size")));
    }

    // 3. The committee: the chair, then a member the chair confirms; the chair signs in.
    window.showStep(MainWindow::Committee);
    QCOMPARE(testing::makeCommittee(window), QString());
    // Once there is a committee, nobody joins it without the chair.
    QVERIFY(!window.committeePage()
                 ->addOperator(QStringLiteral("Y"), QStringLiteral("thanh_vien"), QStringLiteral("y-2026-y"))
                 .isEmpty());
    QVERIFY(!window.committeePage()->signIn(testing::CHAIR, QStringLiteral("wrong")).isEmpty());
    QCOMPARE(session.operatorName(), testing::CHAIR);

    // 4. Counting: the eight simulated ballots from a folder, off the GUI thread.
    window.showStep(MainWindow::Counting);
    const auto [sheets, review] = testing::countSampleFolder(window, SOURCE);
    QCOMPARE(sheets, 8);
    QVERIFY(review >= 2);  // the underline and the tick at least

    // 5. Review: each waiting ballot ruled as its truth says, by two members.
    window.showStep(MainWindow::Review);
    ReviewPage* queue = window.reviewPage();
    QCOMPARE(queue->waiting(), review);
    const auto expected = truth();
    queue->select(0);
    queue->setStruck({});
    queue->setInvalid({});  // valid
    QVERIFY(queue
                ->rule(QStringLiteral("x"), QStringLiteral("Trần Văn Bình"), QStringLiteral("binh-2026"),
                       QStringLiteral("Trần Văn Bình"), QStringLiteral("binh-2026"))
                .contains(QStringLiteral("two different members")));  // one member cannot rule alone
    QVERIFY(queue->zoom()->pixmap().isNull());
    queue->zoomAt(QPoint(120, 200));  // a click on the sheet: that part, larger
    QVERIFY(!queue->zoom()->pixmap().isNull());
    QVERIFY(queue->zoom()->pixmap().width() >= 290);
    while (queue->waiting() > 0) {
        queue->select(0);
        auto record = session.record();
        const auto counted = kp::store::Committee(*record).countedJsonl().value();
        // The first waiting line: its sheet number is the scan order, ballot-0000N.
        int sheet = 0;
        std::istringstream lines(counted);
        for (std::string line; std::getline(lines, line);) {
            const auto j = nlohmann::json::parse(line);
            if (j.value("status", "") == "review") {
                sheet = std::stoi(j.value("sheet", "0"));
                break;
            }
        }
        QVERIFY(sheet >= 1 && sheet <= 8);
        const auto& t = expected[static_cast<std::size_t>(sheet - 1)];
        QStringList struck;
        for (const auto& id : t["struck"]) {
            struck << QString::fromStdString(id.get<std::string>());
        }
        queue->setStruck(struck);
        queue->setInvalid({});  // valid: the names decide
        QCOMPARE(queue->rule(QStringLiteral("đối chiếu phiếu gốc"), QStringLiteral("Trần Văn Bình"),
                             QStringLiteral("binh-2026"), QStringLiteral("Lê Thị Mai"), QStringLiteral("mai-2026")),
                 QString());
    }

    // 6. Results: the votes are the truth's (a candidate's vote: a valid ballot not striking them).
    window.showStep(MainWindow::Results);
    const auto& results = window.resultsPage()->results();
    QVERIFY(!results.empty());
    const kp::RoundResult& cu = results.front();
    QCOMPARE(cu.spec.election.value, std::string("cu"));
    QCOMPARE(cu.ballots.collected, kp::Count{8});
    QCOMPARE(cu.ballots.invalid, kp::Count{1});  // ballot 6 strikes nobody: overvote
    for (const auto& c : cu.candidates) {
        kp::Count votes = 0;
        for (const auto& t : expected) {
            const auto& s = t["struck"];
            if (t["expected"] != "invalid" && std::find(s.begin(), s.end(), c.id.value) == s.end()) {
                ++votes;
            }
        }
        QCOMPARE(c.votes, votes);
    }
    ProjectionWindow* projection = window.resultsPage()->project(false);
    QVERIFY(projection);
    QVERIFY(projection->text().contains(QStringLiteral("Bầu Chi ủy khóa V")));
    // The count replayed ballot by ballot ends on the round's own votes.
    ProjectionWindow* replay = window.resultsPage()->replay(0, false);
    QVERIFY(replay);
    int steps = 0;
    while (replay->step()) {
        ++steps;
    }
    QCOMPARE(steps, 8);
    const QString replayed = replay->text();
    QVERIFY2(replayed.contains(QStringLiteral("Collected 8 · valid 7 · invalid 1")), qPrintable(replayed));
    QVERIFY(replayed.contains(QStringLiteral("(8 of 8)")));
    for (const auto& c : cu.candidates) {
        QVERIFY(replayed.contains(QString::fromStdString(c.name) +
                                  QStringLiteral("</td><td align='right'><b>%1</b>").arg(c.votes)));
    }

    // 7. Reports: the minutes say what was counted.
    window.showStep(MainWindow::Reports);
    QCOMPARE(window.reportsPage()->makeReports(), QString());
    const QString minutes = session.reportsDir() + "/bien-ban-kiem-phieu-cu-lan-1.pdf";
    QVERIFY(window.reportsPage()->files().contains(minutes));
    // The secretary's and the delegates' votes have nothing counted: no minutes "of nothing",
    // and the screen says so.
    QVERIFY(!window.reportsPage()->files().contains(session.reportsDir() + "/bien-ban-kiem-phieu-bt-lan-1.pdf"));
    QVERIFY(!window.reportsPage()->files().contains(session.reportsDir() + "/bien-ban-kiem-phieu-dh-lan-1.pdf"));
    bool said = false;
    for (const QLabel* label : window.reportsPage()->findChildren<QLabel*>()) {
        said = said || (label->text().contains(QStringLiteral("No minutes for")) &&
                        label->text().contains(QStringLiteral("Bầu Bí thư")));
    }
    QVERIFY(said);
    const QString text = pdfText(minutes);
    {  // The minutes printed from the reports screen: every page.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath("in-bien-ban.pdf"));
        QCOMPARE(window.reportsPage()->print(minutes, printer), QString());
        QCOMPARE(pdfPages(dir.filePath("in-bien-ban.pdf")), pdfPages(minutes));
        QVERIFY(pdfPages(minutes) >= 1);
        QPrinter nowhere(QPrinter::HighResolution);
        nowhere.setOutputFormat(QPrinter::PdfFormat);
        nowhere.setOutputFileName(dir.filePath("x.pdf"));
        QVERIFY(!window.reportsPage()->print(dir.filePath("congress.key-missing.pdf"), nowhere).isEmpty());
    }
    QVERIFY2(text.contains(QStringLiteral("Số phiếu thu vào: 8.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Số phiếu không hợp lệ: 1, trong đó để quá số lượng cần bầu: 1")));
    QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hằng – Trưởng ban")));
    // The signed audit bundle, with a congress key made for the test.
    QVERIFY(kp::app::makeCongressKey(dir.path().toStdString())
                .has_value());  // dir/congress.key, as the reports screen makes it
    QCOMPARE(window.reportsPage()->exportBundle(dir.filePath("congress.key"), dir.filePath("bundle")), QString());
    QVERIFY(QFile::exists(dir.filePath("bundle/manifest.sig")));
    QVERIFY(QFile::exists(dir.filePath("bundle/rulings.jsonl")));
    // Run again into the same folder (a second click, a retry after a power cut): the bundle there is this
    // record's, signed with this key, and the export completes; any other folder with files in it is refused.
    QCOMPARE(window.reportsPage()->exportBundle(dir.filePath("congress.key"), dir.filePath("bundle")), QString());
    QVERIFY(QDir().mkpath(dir.filePath("other")));
    QFile stray(dir.filePath("other/notes.txt"));
    QVERIFY(stray.open(QIODevice::WriteOnly) && stray.write("x") == 1);
    stray.close();
    QVERIFY(!window.reportsPage()->exportBundle(dir.filePath("congress.key"), dir.filePath("other")).isEmpty());
    QVERIFY(QFile::exists(dir.filePath("other/notes.txt")));
    const QString listing = pdfText(session.reportsDir() + "/danh-sach-phieu.pdf");
    QVERIFY2(listing.simplified().contains(QStringLiteral("đối chiếu phiếu gốc")), qPrintable(listing));
}

// A hall without a scanner: two operators key the same two ballots; the one they disagree on
// waits for the committee with both entries, and counts once two members rule.
void Workflow::manualDoubleEntry() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("tay.kpdb")), QString());
    window.showStep(MainWindow::ManualEntry);
    ManualEntryPage* entry = window.manualEntryPage();
    QVERIFY(!entry->enter(QStringLiteral("cu"), 1, QStringLiteral("1 2")).isEmpty());  // nobody signed in
    QCOMPARE(testing::makeCommittee(window), QString());                               // the chair signs in
    CommitteePage* committee = window.committeePage();
    QCOMPARE(entry->enter(QStringLiteral("cu"), 1, QStringLiteral("1 2")), QString());
    QCOMPARE(entry->enter(QStringLiteral("cu"), 2, QStringLiteral("3")), QString());
    QVERIFY(entry->enter(QStringLiteral("cu"), 3, QStringLiteral("9")).contains(QStringLiteral("1 to 6")));
    QCOMPARE(committee->signIn(QStringLiteral("Lê Thị Mai"), QStringLiteral("mai-2026")), QString());
    QCOMPARE(entry->enter(QStringLiteral("cu"), 1, QStringLiteral("2 1")), QString());
    QCOMPARE(entry->enter(QStringLiteral("cu"), 2, QStringLiteral("4")), QString());
    // The yes/no ballot: one letter per person.
    QVERIFY(entry->enter(QStringLiteral("bt"), 1, QStringLiteral("dk")).contains(QStringLiteral("one letter")));

    window.showStep(MainWindow::Review);
    ReviewPage* queue = window.reviewPage();
    QCOMPARE(queue->waiting(), 1);  // ballot 2: "3" against "4"
    queue->select(0);
    queue->setStruck({QStringLiteral("cu03")});
    queue->setInvalid({});
    QCOMPARE(queue->rule(QStringLiteral("đối chiếu phiếu gốc"), QStringLiteral("Trần Văn Bình"),
                         QStringLiteral("binh-2026"), QStringLiteral("Lê Thị Mai"), QStringLiteral("mai-2026")),
             QString());
    QCOMPARE(queue->waiting(), 0);
    const auto& results = window.resultsPage()->results();
    QVERIFY(!results.empty());
    QCOMPARE(results.front().ballots.collected, kp::Count{2});
    QCOMPARE(results.front().candidates[0].votes, kp::Count{1});  // cu01 struck on ballot 1, kept on 2
    QCOMPARE(results.front().candidates[2].votes, kp::Count{1});  // cu03 kept on 1, struck on 2 (ruled)
}

// A tie at the cut-off: the results screen sets up the runoff in one click — its ballots to
// print, its count chosen — and the runoff's ballots elect the rest.
void Workflow::runoffInOneClick() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    CongressEditor editor(session);
    QCOMPARE(editor.loadText(R"({"format": "kiemphieu.congress/1",
        "congress": {"name": "Đại hội Chi bộ thử", "organization": "Chi bộ thử", "level": "co_so", "kind": "members", "convened": 6},
        "elections": [{"id": "cu", "title": "Bầu Chi ủy", "body": "executive_committee", "seats": 2,
                       "candidates": [{"id": "a", "name": "Nguyễn Văn An"}, {"id": "b", "name": "Lê Thị Bích"},
                                      {"id": "c", "name": "Trần Văn Cường"}]}]})"),
             QString());
    QCOMPARE(editor.createRecord(dir.filePath("vong-2.kpdb")), QString());
    QCOMPARE(testing::makeCommittee(window), QString());
    ManualEntryPage* entry = window.manualEntryPage();
    // Round 1, six ballots, each name struck twice: 4 votes each, a three-way tie for 2 seats.
    const QStringList roundOne{"3", "3", "2", "2", "1", "1"};
    for (const auto& [who, password] :
         {std::pair{testing::CHAIR, testing::CHAIR_PASSWORD}, std::pair{testing::MEMBER, testing::MEMBER_PASSWORD}}) {
        QCOMPARE(window.committeePage()->signIn(who, password), QString());
        for (int b = 0; b < roundOne.size(); ++b) {
            QCOMPARE(entry->enter(QStringLiteral("cu"), b + 1, roundOne[b]), QString());
        }
    }
    window.showStep(MainWindow::Results);
    ResultsPage* results = window.resultsPage();
    QCOMPARE(results->results().size(), std::size_t{1});
    QVERIFY(results->results()[0].tie.has_value());
    QVERIFY(results->results()[0].elected.empty());
    QPushButton* next = results->nextRoundButton();
    QVERIFY(next->isVisible());
    // The names it lists, elided to a small window: all of them in its tooltip then.
    const QString whole = next->toolTip().isEmpty() ? next->text() : next->toolTip();
    QVERIFY2(whole.contains(QStringLiteral("Trần Văn Cường")), qPrintable(whole));

    next->click();
    QCOMPARE(window.currentStep(), int(MainWindow::Ballots));
    QVERIFY(window.ballotsPage()->electionBox()->currentText().contains(QStringLiteral("2")));
    QCOMPARE(window.ballotsPage()->savePdf(dir.filePath("vong-2.pdf")), QString());
    const QString ballot = pdfText(dir.filePath("vong-2.pdf"));
    QVERIFY(ballot.contains(QStringLiteral("Trần Văn Cường")));
    QCOMPARE(window.countingPage()->findChild<QSpinBox*>(QStringLiteral("round"))->value(), 2);

    // Round 2 by hand: name 3 struck on every ballot; An and Bích are elected.
    for (const auto& [who, password] :
         {std::pair{testing::CHAIR, testing::CHAIR_PASSWORD}, std::pair{testing::MEMBER, testing::MEMBER_PASSWORD}}) {
        QCOMPARE(window.committeePage()->signIn(who, password), QString());
        for (int b = 1; b <= 6; ++b) {
            QCOMPARE(entry->enter(QStringLiteral("cu"), b, QStringLiteral("3"), {}, 2), QString());
        }
    }
    results->refresh();
    QCOMPARE(results->results().size(), std::size_t{2});
    const kp::RoundResult& two = results->results()[1];
    QCOMPARE(two.spec.round, 2);
    QCOMPARE(two.elected.size(), std::size_t{2});
    results->findChild<QComboBox*>()->setCurrentIndex(1);  // round 2 filled the seats: no further round
    QVERIFY(!results->nextRoundButton()->isVisible());
    results->findChild<QComboBox*>()->setCurrentIndex(0);  // round 1's runoff is held already
    QVERIFY(!results->nextRoundButton()->isVisible());
    QVERIFY(!entry->enter(QStringLiteral("cu"), 7, QStringLiteral("1"), {}, 3).isEmpty());  // no round 3
}

// Training: rehearsal ballots simulated for a training congress are counted like a batch; a
// real congress refuses to simulate, and its count rejects the training congress's ballots.
void Workflow::rehearsal() {
    QTemporaryDir dir;
    const auto sample = kp::app::readFile((SOURCE + "/samples/co-so/congress.json").toStdString());
    QVERIFY(sample.has_value());
    QString folder;
    {
        Session session;
        MainWindow window(session);
        window.show();
        CongressEditor editor(session);
        QCOMPARE(editor.loadText(*sample), QString());
        editor.trainingBox()->setChecked(true);
        QCOMPARE(editor.createRecord(dir.filePath("dien-tap.kpdb")), QString());
        QVERIFY(session.training());
        QCOMPARE(testing::makeCommittee(window), QString());
        window.showStep(MainWindow::Counting);
        QSignalSpy ready(window.countingPage(), &CountingPage::rehearsalReady);
        window.countingPage()->makeRehearsal(12);
        QVERIFY(ready.wait(120000));
        folder = ready.first().at(0).toString();
        QCOMPARE(ready.first().at(1).toInt(), 12);
        const auto [sheets, review] = testing::countFolder(window, folder);
        QCOMPARE(sheets, 12);
        QVERIFY(review <= 12);
    }
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("that.kpdb")), QString());
    QCOMPARE(testing::makeCommittee(window), QString());
    QSignalSpy refused(window.countingPage(), &CountingPage::rehearsalFailed);
    window.countingPage()->makeRehearsal(5);
    QVERIFY(refused.wait(30000));
    QVERIFY(refused.first().at(0).toString().contains(QStringLiteral("training")));
    // The training ballots in a real count: every one another congress's, waiting for the
    // committee to set it aside (never silently dropped, never counted).
    testing::countFolder(window, folder);
    auto record = session.record();
    const auto counted = kp::store::Committee(*record).countedJsonl().value();
    int lines = 0, foreign = 0;
    std::istringstream in(counted);
    for (std::string line; std::getline(in, line);) {
        ++lines;
        const auto j = nlohmann::json::parse(line);
        foreign += j.value("status", "") == "review" && j.value("recognized", "") == "rejected" &&
                   j["reasons"].dump().find("wrong_congress") != std::string::npos;
    }
    QCOMPARE(lines, 12);
    QCOMPARE(foreign, lines);
    window.showStep(MainWindow::Results);
    QVERIFY(window.resultsPage()->results().empty());
}

QTEST_MAIN(Workflow)
#include "test_workflow.moc"
