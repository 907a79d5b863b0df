// The review queue as the committee meets it (issue 26 items 3b and 5): a record that cannot be
// read shows the error and nothing can be ruled (never "nothing is waiting"); sheets stored but
// not yet read are not ruled here and the screen says to count again; a suspected re-feed is
// shown beside the sheet it resembles and can be ruled "the same paper, fed again"; a photo
// can be ruled "not a ballot"; a ballot of another round is set aside as such. Each set-aside
// verdict is confirmed by two members and leaves the count.
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "sample_count.h"
#include "src/app/json_lines.h"
#include "src/app/reconciliation.h"
#include "src/app/review_queue.h"
#include "src/common/sha256.h"
#include "src/common/utc_time.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"
#include "src/store/counted.h"
#include "src/store/database.h"

using namespace kp::gui;
using kp::gui::testing::child;
using kp::gui::testing::click;
using kp::gui::testing::openItem;
using Json = nlohmann::ordered_json;

class ReviewQueue : public QObject {
    Q_OBJECT
private slots:
    void unreadableRecordRulesNothing();
    void unreadSheetsAreNotRuled();
    void setAsideByTwoMembers();
    void otherRoundSetAside();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

// The window on a small screen, a new record of the sample congress, its committee made and
// the chair signed in.
bool newRecord(MainWindow& window, Session& session, const QString& path) {
    window.resize(1024, 600);
    window.show();
    return session.create(SOURCE + "/samples/co-so/congress.json", path).isEmpty() &&
           testing::makeCommittee(window).isEmpty();
}

// The queue as the record has it (the same service the screen uses).
std::vector<kp::app::ReviewItem> waitingItems(Session& session) {
    auto record = session.record();
    auto queue = kp::app::reviewQueue(*record);
    return queue.value_or(std::vector<kp::app::ReviewItem>{});
}

std::vector<kp::store::BallotOutcome> outcomes(Session& session) {
    auto record = session.record();
    auto rows = record->rows();
    auto counted = rows ? kp::store::countBallots(*rows) : std::unexpected(std::string("no rows"));
    return counted.value_or(std::vector<kp::store::BallotOutcome>{});
}

}  // namespace

// A reading damaged in the record file (its triggers dropped, as a fault or an intruder
// would): the review screen says the record cannot be read and nothing can be ruled — it
// never says that nothing is waiting.
void ReviewQueue::unreadableRecordRulesNothing() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    const QString path = dir.filePath("a.kpdb");
    QVERIFY(newRecord(window, session, path));
    QVERIFY(testing::countSampleFolder(window, SOURCE).second >= 1);
    {
        auto db = kp::store::Database::open(path.toStdString(), kp::store::Database::Mode::ReadWrite);
        QVERIFY(db.has_value());
        auto triggers = db->prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'");
        std::vector<std::string> names;
        QVERIFY(kp::store::forEachRow(*triggers, [&](const kp::store::Statement& s) {
                    names.push_back(s.text(0));
                }).has_value());
        for (const std::string& t : names) {
            QVERIFY(db->exec("DROP TRIGGER " + t).has_value());
        }
        QVERIFY(db->exec("UPDATE readings SET reading = 'garbled' WHERE id = 1").has_value());
    }
    window.showStep(MainWindow::Counting);
    window.showStep(MainWindow::Review);  // the committee comes back to the review screen
    ReviewPage* review = window.reviewPage();
    auto* error = child<QLabel>(review, QStringLiteral("unread"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("cannot be read")), qPrintable(error->text()));
    for (QLabel* label : review->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("No ballot is waiting")), qPrintable(label->text()));
    }
    QVERIFY(!child<QRadioButton>(review, QStringLiteral("valid"))->isEnabled());
    QVERIFY(!child<QPushButton>(review, QStringLiteral("toConfirm"))->isEnabled());
}

// A sheet stored by a count that stopped before reading it: not in the queue, and the screen
// says how many wait unread and that the next count reads them first.
void ReviewQueue::unreadSheetsAreNotRuled() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    QVERIFY(newRecord(window, session, dir.filePath("b.kpdb")));
    {
        auto record = session.record();
        const auto batch =
            record->batch({"cu", 1, "folder:test", 200, "2026-12-07T20:00:00Z", "test"}, "test", kp::utcNow());
        QVERIFY(batch.has_value());
        QFile image(SOURCE + "/samples/simulated/kiemphieu/ballot-00001.jpg");
        QVERIFY(image.open(QIODevice::ReadOnly));
        const std::string bytes = image.readAll().toStdString();
        kp::store::NewSheet sheet;
        sheet.page = 1;
        sheet.sha256 = kp::sha256Hex(bytes);
        sheet.extension = ".jpg";
        sheet.bytes = bytes;
        sheet.scanned = kp::utcNow();
        QVERIFY(record->addSheet(*batch, sheet, "test", kp::utcNow()).has_value());
    }
    window.showStep(MainWindow::Counting);
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();
    QCOMPARE(review->waiting(), 0);
    auto* unread = child<QLabel>(review, QStringLiteral("unread"));
    QVERIFY(unread && unread->isVisible());
    QVERIFY2(unread->text().contains(QStringLiteral("1 sheet(s) are stored but not yet read")),
             qPrintable(unread->text()));
    for (QLabel* label : review->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("No ballot is waiting")), qPrintable(label->text()));
    }
}

// Eight ballots, one of them fed again (the same scan, stored anew) and an ordinary photo: the
// re-feed waits beside its twin, named; the committee rules it "the same paper as sheet N, fed
// again" and the photo "not a ballot", each by two members; both leave the count.
void ReviewQueue::setAsideByTwoMembers() {
    QTemporaryDir dir;
    const QString folder = dir.filePath("folder");
    QVERIFY(QDir().mkpath(folder));
    for (int i = 1; i <= 8; ++i) {
        const QString name = QStringLiteral("ballot-%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        QVERIFY(QFile::copy(SOURCE + "/samples/simulated/kiemphieu/" + name, folder + "/" + name));
    }
    QImage again(SOURCE + "/samples/simulated/kiemphieu/ballot-00003.jpg");
    QVERIFY(again.save(folder + "/ballot-00009.png"));  // the same paper, a second scan file
    QImage photo(1200, 900, QImage::Format_RGB32);
    QRandomGenerator noise(7);
    for (int y = 0; y < photo.height(); ++y) {
        for (int x = 0; x < photo.width(); ++x) {
            photo.setPixel(x, y, qRgb(x * 255 / 1200, y * 255 / 900, static_cast<int>(noise.bounded(90)) + 80));
        }
    }
    QVERIFY(photo.save(folder + "/ballot-00010.jpg"));

    Session session;
    MainWindow window(session);
    QVERIFY(newRecord(window, session, dir.filePath("c.kpdb")));
    QCOMPARE(testing::countFolder(window, folder).first, 10);
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();

    // The re-feed: beside its twin, with the words naming it.
    auto queue = waitingItems(session);
    const auto refeed = std::ranges::find_if(queue, [](const auto& i) { return i.twin != 0; });
    QVERIFY2(refeed != queue.end(), "no sheet waits as a possible re-feed");
    openItem(review, static_cast<int>(refeed - queue.begin()));
    const QString twin = QString::number(refeed->twin);
    bool named = false;
    for (QLabel* label : review->findChildren<QLabel*>()) {
        named = named || label->text().contains(QStringLiteral("same paper as sheet ") + twin);
    }
    QVERIFY2(named, "the screen does not say which sheet it may be a re-feed of");
    const QSize shown = review->image()->pixmap().size();
    const QImage one(QString::fromStdString(refeed->image));
    QVERIFY(!shown.isEmpty() && !one.isNull());
    // Two sheets side by side: about twice as wide, for its height, as the sheet alone.
    QVERIFY2(double(shown.width()) / shown.height() > 1.8 * one.width() / one.height(),
             qPrintable(QStringLiteral("%1x%2").arg(shown.width()).arg(shown.height())));
    click(child<QRadioButton>(review, QStringLiteral("aside-refeed")));
    testing::confirmRuling(review, QStringLiteral("the same paper, fed again"), QStringLiteral("sheet ") + twin);

    // The photo: "not a ballot"; a sheet with no twin is not offered "fed again".
    queue = waitingItems(session);
    const auto photoItem = std::ranges::find_if(queue, [](const auto& i) {
        return i.twin == 0 && std::ranges::find(i.reasons, std::string("no_ballot_code")) != i.reasons.end();
    });
    QVERIFY2(photoItem != queue.end(), "the photo does not wait for the committee");
    openItem(review, static_cast<int>(photoItem - queue.begin()));
    QVERIFY(!child<QRadioButton>(review, QStringLiteral("aside-refeed"))->isVisible());
    click(child<QRadioButton>(review, QStringLiteral("aside-not_a_ballot")));
    testing::confirmRuling(review, QStringLiteral("a photo, not a ballot"), QStringLiteral("NOT A BALLOT"));

    // Both recorded by the two members, and set aside: neither is collected.
    auto record = session.record();
    const auto rulings = kp::app::jsonLinesOf(kp::store::Committee(*record).rulingsJsonl().value_or(""));
    QCOMPARE(rulings.size(), std::size_t{2});
    QCOMPARE(rulings[0]["decision"].dump(), std::string(R"({"set_aside":"refeed"})"));
    QCOMPARE(rulings[1]["decision"].dump(), std::string(R"({"set_aside":"not_a_ballot"})"));
    int aside = 0;
    for (const auto& o : outcomes(session)) {
        aside += o.state == kp::store::BallotState::SetAside ? 1 : 0;
    }
    QCOMPARE(aside, 2);
}

// A ballot of another round found in this round's stack (a round-1 ballot among the runoff's):
// the committee sets it aside as "a ballot of another round" by two members, as the command
// line's --set-aside other_round does; it leaves this round's count (the reconciliation names
// it), and the next ballot opens with nothing chosen.
void ReviewQueue::otherRoundSetAside() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    QVERIFY(newRecord(window, session, dir.filePath("d.kpdb")));
    QVERIFY(testing::countSampleFolder(window, SOURCE).second >= 2);
    window.showStep(MainWindow::Review);
    ReviewPage* review = window.reviewPage();
    const int waiting = review->waiting();
    const std::string sheet = waitingItems(session).front().sheet;
    openItem(review, 0);
    click(child<QRadioButton>(review, QStringLiteral("aside-other_round")));
    if (QTest::currentTestFailed()) {
        return;
    }
    testing::confirmRuling(review, QStringLiteral("a round 1 ballot in the runoff stack"),
                           QStringLiteral("A BALLOT OF ANOTHER ROUND"));

    auto record = session.record();
    const auto rulings = kp::app::jsonLinesOf(kp::store::Committee(*record).rulingsJsonl().value_or(""));
    QCOMPARE(rulings.size(), std::size_t{1});
    QCOMPARE(rulings[0]["decision"].dump(), std::string(R"({"set_aside":"other_round"})"));
    const auto all = outcomes(session);
    const auto ruled = std::ranges::find_if(all, [&](const auto& o) { return o.sheet == sheet; });
    QVERIFY(ruled != all.end() && ruled->state == kp::store::BallotState::SetAside);
    auto rows = record->rows();
    QVERIFY(rows.has_value());
    const auto figures = kp::app::reconcile(*rows);
    QVERIFY(figures.has_value() && !figures->empty());
    QCOMPARE(figures->front().setAside.at("other_round"), std::int64_t{1});

    // The next ballot: nothing chosen, nothing to confirm.
    QCOMPARE(review->waiting(), waiting - 1);
    openItem(review, 0);
    QVERIFY(!child<QRadioButton>(review, QStringLiteral("aside-other_round"))->isChecked());
    QVERIFY(!child<QPushButton>(review, QStringLiteral("toConfirm"))->isEnabled());
}

QTEST_MAIN(ReviewQueue)
#include "test_review_queue.moc"
