// The review screen as the committee uses it: a ruling on one ballot never carries over to the
// next (nor to another record); nothing is recorded while the verdict or a doubtful name is
// undecided; the decision is shown in words, with the reason, before the two passwords, and
// the image stays in view.
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "sample_count.h"
#include "src/app/json_lines.h"
#include "src/app/rounds.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"

using namespace kp::gui;
using kp::gui::testing::child;
using Json = nlohmann::ordered_json;

class Review : public QObject {
    Q_OBJECT
private slots:
    void verdictNeverCarriesOver();
    void rulingByClicks();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

// A record of the sample congress with its eight simulated ballots counted; the committee
// made and the chair signed in. The number of ballots waiting for review.
int countedRecord(MainWindow& window, Session& session, const QString& path) {
    if (!session.create(SOURCE + "/samples/co-so/congress.json", path).isEmpty() ||
        !testing::makeCommittee(window).isEmpty()) {
        return -1;
    }
    return testing::countSampleFolder(window, SOURCE).second;
}

// The record's rulings, in the order made.
std::vector<Json> rulings(Session& session) {
    auto record = session.record();
    return kp::app::jsonLinesOf(kp::store::Committee(*record).rulingsJsonl().value_or(""));
}

// The first waiting reading's line in the record (what the screen shows first).
Json firstWaiting(Session& session) {
    auto record = session.record();
    for (const Json& line : kp::app::jsonLinesOf(kp::store::Committee(*record).countedJsonl().value_or(""))) {
        if (line.value("status", "") == "review") {
            return line;
        }
    }
    return {};
}

void click(QAbstractButton* button) {
    QVERIFY(button && button->isVisible() && button->isEnabled());
    // Near the left edge: a radio button takes clicks on its circle and its words only.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(std::min(12, button->width() / 2), button->height() / 2));
}

// Chooses `name` in a member box with the keyboard, as a person does.
void chooseMember(QComboBox* box, const QString& name) {
    box->setFocus();
    for (int i = 0; i < box->count() && box->currentText() != name; ++i) {
        QTest::keyClick(box, Qt::Key_Down);
    }
}

}  // namespace

// Rule ballot A invalid ("a name written in"), then go to ballot B — in the same record and
// in another one: B must not be ruled with A's verdict. Confirming B before its verdict is
// chosen is refused, and nothing is recorded for it.
void Review::verdictNeverCarriesOver() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QVERIFY(countedRecord(window, session, dir.filePath("a.kpdb")) >= 2);
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();
    const int waiting = review->waiting();
    review->select(0);
    review->setInvalid(QStringLiteral("write_in"));
    QCOMPARE(review->rule(QStringLiteral("ghi thêm tên"), testing::CHAIR, testing::CHAIR_PASSWORD, testing::MEMBER,
                          testing::MEMBER_PASSWORD),
             QString());
    QCOMPARE(rulings(session).size(), std::size_t{1});
    QCOMPARE(rulings(session)[0]["decision"].value("invalid", ""), std::string("write_in"));

    // Ballot B: nothing chosen, so nothing can be recorded.
    QCOMPARE(review->waiting(), waiting - 1);
    review->select(0);
    QVERIFY(!review
                 ->rule(QStringLiteral("đối chiếu phiếu gốc"), testing::CHAIR, testing::CHAIR_PASSWORD, testing::MEMBER,
                        testing::MEMBER_PASSWORD)
                 .isEmpty());
    QCOMPARE(rulings(session).size(), std::size_t{1});
    QCOMPARE(review->waiting(), waiting - 1);

    // A verdict chosen (not recorded) in this record does not follow into another record.
    review->setInvalid(QStringLiteral("identifying_mark"));
    QVERIFY(countedRecord(window, session, dir.filePath("b.kpdb")) >= 2);
    window.showStep(MainWindow::Review);
    review->select(1);
    QVERIFY(!review
                 ->rule(QStringLiteral("đối chiếu phiếu gốc"), testing::CHAIR, testing::CHAIR_PASSWORD, testing::MEMBER,
                        testing::MEMBER_PASSWORD)
                 .isEmpty());
    QVERIFY(rulings(session).empty());
}

// The whole ruling with the mouse and keyboard: nothing chosen when the ballot opens; "Next"
// stays disabled until the verdict, every doubtful name and the reason are given; the
// decision is shown in words (with the image still in view) before the two passwords; Enter
// in the last password records exactly what was clicked; the next ballot opens with nothing
// chosen.
void Review::rulingByClicks() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QVERIFY(countedRecord(window, session, dir.filePath("c.kpdb")) >= 2);
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();
    const int waiting = review->waiting();
    auto* queue = review->findChild<QListWidget*>();
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, queue->visualItemRect(queue->item(0)).center());
    QCOMPARE(queue->currentRow(), 0);
    const Json item = firstWaiting(session);
    const auto uncertain = item.value("uncertain", Json::array());
    QVERIFY(!uncertain.empty());

    // Nothing is chosen: no verdict, the doubtful names undecided, "Next" disabled.
    auto* next = child<QPushButton>(review, QStringLiteral("toConfirm"));
    QVERIFY(next);
    QVERIFY(!next->isEnabled());
    for (QRadioButton* verdict : review->findChildren<QRadioButton*>()) {
        QVERIFY2(!verdict->isChecked(), qPrintable(verdict->text()));
    }
    for (const auto& id : uncertain) {
        const QString cid = QString::fromStdString(id.get<std::string>());
        QVERIFY(!child<QPushButton>(review, "kept-" + cid)->isChecked());
        QVERIFY(!child<QPushButton>(review, "struck-" + cid)->isChecked());
    }
    click(child<QRadioButton>(review, QStringLiteral("valid")));
    QVERIFY(!next->isEnabled());  // the doubtful names are still undecided
    std::vector<std::string> struck = item.value("struck", Json::array()).get<std::vector<std::string>>();
    for (const auto& id : uncertain) {  // the committee strikes every doubtful name
        click(child<QPushButton>(review, "struck-" + QString::fromStdString(id.get<std::string>())));
        struck.push_back(id.get<std::string>());
    }
    QVERIFY(!next->isEnabled());  // no reason yet
    QTest::keyClicks(child<QLineEdit>(review, QStringLiteral("why")), QStringLiteral("checked against the paper"));
    QVERIFY2(next->isEnabled(), qPrintable(QString::fromStdString(item.dump()) + " " +
                                           review->findChild<QLabel*>(QStringLiteral("missing"))->text()));
    click(next);

    // The decision in words before any password, beside the image (not over it).
    auto* summary = child<QLabel>(review, QStringLiteral("summary"));
    QVERIFY(summary && summary->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("VALID")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("checked against the paper")));
    auto record = session.record();
    const auto spec = kp::app::roundInput(*record, "cu", 1);
    QVERIFY(spec.has_value());
    for (const auto& c : spec->spec.candidates) {
        QVERIFY2(summary->text().contains(QString::fromStdString(c.name).toHtmlEscaped()), c.name.c_str());
    }
    const QLabel* sheet = review->image();
    QVERIFY(sheet->isVisible() && !sheet->pixmap().isNull());
    const QRect sheetOnScreen(sheet->mapToGlobal(QPoint(0, 0)), sheet->size());
    const QRect summaryOnScreen(summary->mapToGlobal(QPoint(0, 0)), summary->size());
    QVERIFY(!sheetOnScreen.intersects(summaryOnScreen));
    QVERIFY(!QApplication::activeModalWidget());  // no dialog over the screen

    // Two members: each chooses their name and types their password; Enter records.
    auto* password1 = child<QLineEdit>(review, QStringLiteral("password1"));
    auto* password2 = child<QLineEdit>(review, QStringLiteral("password2"));
    QVERIFY(password1->text().isEmpty() && password2->text().isEmpty());
    chooseMember(child<QComboBox>(review, QStringLiteral("member1")), testing::CHAIR);
    QTest::keyClicks(password1, testing::CHAIR_PASSWORD);
    chooseMember(child<QComboBox>(review, QStringLiteral("member2")), testing::MEMBER);
    QTest::keyClicks(password2, testing::MEMBER_PASSWORD);
    QTest::keyClick(password2, Qt::Key_Return);
    QCOMPARE(review->waiting(), waiting - 1);
    const auto made = rulings(session);
    QCOMPARE(made.size(), std::size_t{1});
    std::ranges::sort(struck);
    const Json expected{{"struck", struck}};
    QCOMPARE(made[0]["decision"].dump(), expected.dump());
    QCOMPARE(made[0]["reason"].get<std::string>(), std::string("checked against the paper"));

    // The next ballot: nothing chosen again.
    QVERIFY(!next->isEnabled());
    for (QRadioButton* verdict : review->findChildren<QRadioButton*>()) {
        QVERIFY(!verdict->isChecked());
    }
    QVERIFY(child<QLineEdit>(review, QStringLiteral("why"))->text().isEmpty());
}

QTEST_MAIN(Review)
#include "test_review.moc"
