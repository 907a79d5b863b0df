// The reconciliation of the figures on the results screen (issue 26 item 4): per election
// round the ballots issued, collected, sheets scanned, counted, waiting, set aside, not yet
// read and keyed by hand, each gap with what to do; where more ballots are collected than
// issued, two members record the number issued as recounted, and the gap closes.
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "sample_count.h"
#include "src/app/json_lines.h"
#include "src/common/utc_time.h"
#include "src/gui/decision_panel.h"
#include "src/gui/results_page.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"

using namespace kp::gui;
using kp::gui::testing::child;
using kp::gui::testing::chooseMember;
using kp::gui::testing::click;

class Reconciliation : public QObject {
    Q_OBJECT
private slots:
    void moreCollectedThanIssued();
    void readableAt1024x600();
    void resultsTakeTheCommitteesIssued();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

// The text of the row of the first round ("cu", round 1) in column `header`.
QString cell(QTableWidget* table, const QString& header) {
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == header && table->item(0, c)) {
            return table->item(0, c)->text();
        }
    }
    return {};
}

// Two members record the ballots issued in round 1 of "cu", as the committee does after a recount.
bool ruleIssued(Session& session, int issued, const char* why) {
    auto record = session.record();
    kp::store::Committee committee(*record);
    auto two =
        signInEach(committee, {testing::CHAIR, testing::MEMBER}, {testing::CHAIR_PASSWORD, testing::MEMBER_PASSWORD});
    return two && committee.ruleRound("cu", 1, nlohmann::json{{"issued", issued}}.dump(), why, (*two)[0], (*two)[1],
                                      kp::utcNow());
}

// Every waiting ballot ruled as it was read, valid, by two members.
void ruleAllAsRead(MainWindow& window) {
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();
    while (review->waiting() > 0) {
        review->select(0);
        review->decisionPanel()->decideDoubtful(kp::app::NameDecision::Kept, kp::Mark::None);
        review->setInvalid({});
        QCOMPARE(review->rule(QStringLiteral("checked against the paper"), testing::CHAIR, testing::CHAIR_PASSWORD,
                              testing::MEMBER, testing::MEMBER_PASSWORD),
                 QString());
    }
}

}  // namespace

// The committee had recorded 2 ballots issued (a miscount); the eight sample ballots are
// counted: the view says more were collected than issued and what to do; two members record
// 8, and the gap is gone.
void Reconciliation::moreCollectedThanIssued() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.resize(1024, 600);
    window.show();
    QVERIFY(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("r.kpdb")).isEmpty());
    QVERIFY(testing::makeCommittee(window).isEmpty());
    QVERIFY(ruleIssued(session, 2, "first count"));
    const auto [sheets, waiting] = testing::countSampleFolder(window, SOURCE);
    QCOMPARE(sheets, 8);
    window.showStep(MainWindow::Results);
    auto* table = child<QTableWidget>(window.resultsPage(), QStringLiteral("reconciliation"));
    QVERIFY(table);
    auto* tabs = window.resultsPage()->findChild<QTabWidget*>();
    tabs->setCurrentIndex(tabs->indexOf(table->parentWidget()));
    QVERIFY(table->isVisible());
    QCOMPARE(cell(table, QStringLiteral("Sheets scanned")), QStringLiteral("8"));
    QCOMPARE(cell(table, QStringLiteral("Waiting")), QString::number(waiting));
    QCOMPARE(cell(table, QStringLiteral("Collected")), QString::number(8 - waiting));
    QCOMPARE(cell(table, QStringLiteral("Not yet read")), QStringLiteral("0"));
    QVERIFY(cell(table, QStringLiteral("Issued")).startsWith(QStringLiteral("2 (the committee's; congress: 38)")));
    const QString todo = cell(table, QStringLiteral("What to do"));
    QVERIFY2(todo.contains(QStringLiteral("More ballots collected (%1) than issued (2)").arg(8 - waiting)),
             qPrintable(todo));
    QVERIFY2(waiting == 0 || todo.contains(QStringLiteral("rule on them at step 6")), qPrintable(todo));

    // Two members record the recounted figure.
    auto* issued = child<QSpinBox>(window.resultsPage(), QStringLiteral("issued"));
    QVERIFY(issued && issued->isVisible());
    issued->selectAll();
    QTest::keyClicks(issued, QStringLiteral("8"));
    QTest::keyClicks(child<QLineEdit>(window.resultsPage(), QStringLiteral("issuedWhy")),
                     QStringLiteral("counterfoils recounted"));
    chooseMember(child<QComboBox>(window.resultsPage(), QStringLiteral("member1")), testing::CHAIR);
    QTest::keyClicks(child<QLineEdit>(window.resultsPage(), QStringLiteral("password1")), testing::CHAIR_PASSWORD);
    chooseMember(child<QComboBox>(window.resultsPage(), QStringLiteral("member2")), testing::MEMBER);
    QTest::keyClicks(child<QLineEdit>(window.resultsPage(), QStringLiteral("password2")), testing::MEMBER_PASSWORD);
    click(child<QPushButton>(window.resultsPage(), QStringLiteral("recordIssued")));

    auto record = session.record();
    auto rows = record->rows();
    QVERIFY(rows.has_value());
    QCOMPARE(rows->roundRulings.size(), std::size_t{2});
    QCOMPARE(rows->roundRulings.back().decision, std::string(R"({"issued":8})"));
    QCOMPARE(rows->roundRulings.back().reason, std::string("counterfoils recounted"));
    QVERIFY(cell(table, QStringLiteral("Issued")).startsWith(QStringLiteral("8 (the committee's")));
    QVERIFY2(!cell(table, QStringLiteral("What to do")).contains(QStringLiteral("More ballots collected")),
             qPrintable(cell(table, QStringLiteral("What to do"))));
}

namespace {

// Whether a screen shows all of `table` with no sideways scrolling: neither the table nor the
// page around it scrolls sideways, the columns fit the table, and every cell's text, wrapped to
// its column, fits its row. Empty, or what does not fit.
QString fitsWhole(QTableWidget* table) {
    QApplication::processEvents();
    QTest::qWait(50);
    if (table->horizontalScrollBar()->isVisible()) {
        return QStringLiteral("the table scrolls sideways");
    }
    for (QWidget* w = table->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w); area && area->horizontalScrollBar()->isVisible()) {
            return QStringLiteral("the page scrolls sideways");
        }
    }
    const QHeaderView* header = table->horizontalHeader();
    if (header->length() > table->viewport()->width()) {
        return QStringLiteral("columns %1 px wide in %2 px").arg(header->length()).arg(table->viewport()->width());
    }
    const QFontMetrics fm(table->font());
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString text = table->item(r, c) ? table->item(r, c)->text() : QString();
            // The item's text margins, as the style draws them (PM_FocusFrameHMargin + 1 each side).
            const QRect room = table->visualRect(table->model()->index(r, c)).adjusted(3, 0, -3, 0);
            const QRect needs = fm.boundingRect(QRect(0, 0, room.width(), 10000), Qt::TextWordWrap, text);
            if (needs.width() > room.width() || needs.height() > room.height()) {
                return QStringLiteral("\"%1\" cut off: needs %2x%3, has %4x%5")
                    .arg(text)
                    .arg(needs.width())
                    .arg(needs.height())
                    .arg(room.width())
                    .arg(room.height());
            }
        }
    }
    return {};
}

}  // namespace

// At 1024×600 in Vietnamese the whole table is read without scrolling sideways: while ballots
// wait and more are collected than issued (the longest actions), and once the count is done
// (the next round's button below it, with its list of names).
void Reconciliation::readableAt1024x600() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.setLanguage(QStringLiteral("vi"));
    window.resize(1024, 600);
    window.show();
    QVERIFY(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("s.kpdb")).isEmpty());
    QVERIFY(testing::makeCommittee(window).isEmpty());
    QVERIFY(ruleIssued(session, 2, "first count"));
    QVERIFY(testing::countSampleFolder(window, SOURCE).second > 0);
    window.showStep(MainWindow::Results);
    auto* table = child<QTableWidget>(window.resultsPage(), QStringLiteral("reconciliation"));
    QVERIFY(table);
    auto* tabs = window.resultsPage()->findChild<QTabWidget*>();
    tabs->setCurrentIndex(tabs->indexOf(table->parentWidget()));
    QVERIFY(table->isVisible());
    QString cut = fitsWhole(table);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));

    // Every waiting ballot ruled as read; the result calls for another round.
    ruleAllAsRead(window);
    QVERIFY(ruleIssued(session, 8, "recount"));
    window.showStep(MainWindow::Results);
    window.resultsPage()->refresh();  // the ruling was written beside the screen, not through it
    QVERIFY(window.resultsPage()->nextRoundButton()->isVisible());
    tabs->setCurrentIndex(tabs->indexOf(table->parentWidget()));
    cut = fitsWhole(table);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
}

// The results follow the ballots issued as the committee recorded them, not the congress file's
// figure: 2 recorded (a miscount) with 8 collected blocks the result; 8 recorded after the
// recount gives it, with 8 issued.
void Reconciliation::resultsTakeTheCommitteesIssued() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QVERIFY(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("i.kpdb")).isEmpty());
    QVERIFY(testing::makeCommittee(window).isEmpty());
    QVERIFY(ruleIssued(session, 2, "first count"));
    QCOMPARE(testing::countSampleFolder(window, SOURCE).first, 8);
    ruleAllAsRead(window);
    window.showStep(MainWindow::Results);
    QVERIFY2(window.resultsPage()->results().empty(), "a result with 8 collected and 2 issued");
    QVERIFY(ruleIssued(session, 8, "counterfoils recounted"));
    window.resultsPage()->refresh();
    QVERIFY(!window.resultsPage()->results().empty());
    QCOMPARE(window.resultsPage()->results()[0].spec.election.value, std::string("cu"));
    QCOMPARE(window.resultsPage()->results()[0].spec.issued.value_or(0), kp::Count{8});
}

QTEST_MAIN(Reconciliation)
#include "test_reconciliation.moc"
