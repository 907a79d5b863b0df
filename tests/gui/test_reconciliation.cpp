// The reconciliation of the figures on the results screen (issue 26 item 4): per election
// round the ballots issued, collected, sheets scanned, counted, waiting, set aside, not yet
// read and keyed by hand, each gap with what to do; where more ballots are collected than
// issued, two members record the number issued as recounted, and the gap closes.
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "sample_count.h"
#include "src/app/json_lines.h"
#include "src/common/utc_time.h"
#include "src/gui/results_page.h"
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
    {
        auto record = session.record();
        kp::store::Committee committee(*record);
        auto two = signInEach(committee, {testing::CHAIR, testing::MEMBER},
                              {testing::CHAIR_PASSWORD, testing::MEMBER_PASSWORD});
        QVERIFY(two.has_value());
        QVERIFY(committee.ruleRound("cu", 1, R"({"issued":2})", "first count", (*two)[0], (*two)[1], kp::utcNow()));
    }
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

QTEST_MAIN(Reconciliation)
#include "test_reconciliation.moc"
