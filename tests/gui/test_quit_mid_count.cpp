// Quitting while a count runs (issue 26 item 2): the window asks first, in Vietnamese with
// Vietnamese buttons; "no" keeps counting; "yes" stops after the sheet in hand and closes only
// once the count has stopped. Reopened, the record's counting screen says how many sheets wait
// unread and that the next count reads them first; counting the same folder again reads every
// one of them: no sheet is lost.
#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "sample_count.h"
#include "src/gui/session.h"
#include "src/store/counted.h"

using namespace kp::gui;
using kp::gui::testing::Answer;
using kp::gui::testing::answerWhenAsked;
using kp::gui::testing::child;
using kp::gui::testing::sheetsStored;
using kp::gui::testing::unreadStored;

class QuitMidCount : public QObject {
    Q_OBJECT
private slots:
    void quitAsksAndLosesNoSheet();
    void countEndingWhileAskedStillQuits();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);
constexpr int IMAGES = 40;

// A folder of the first `images` simulated ballots in `dir`.
QString ballotFolder(const QTemporaryDir& dir, int images) {
    const QString ballots = qEnvironmentVariable("KP_BALLOTS_500");
    const QString folder = dir.filePath("folder");
    QDir().mkpath(folder);
    const QStringList names =
        QDir(ballots).entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files).mid(0, images);
    for (const QString& name : names) {
        QFile::copy(ballots + "/" + name, folder + "/" + name);
    }
    return names.size() == images ? folder : QString();
}

// The committee made, the folder chosen and "Bắt đầu" pressed, as a person does.
void startCount(MainWindow& window, const QString& folder) {
    QVERIFY(testing::makeCommittee(window).isEmpty());
    window.showStep(MainWindow::Counting);
    CountingPage* counting = window.countingPage();
    child<QComboBox>(counting, QStringLiteral("device"))->setCurrentText(QStringLiteral("folder:") + folder);
    QPushButton* start = nullptr;
    for (QPushButton* b : counting->findChildren<QPushButton*>()) {
        start = b->text() == QStringLiteral("Bắt đầu") ? b : start;
    }
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(counting->busy());
}

}  // namespace

void QuitMidCount::quitAsksAndLosesNoSheet() {
    QVERIFY2(!qEnvironmentVariable("KP_BALLOTS_500").isEmpty(), "KP_BALLOTS_500: the folder of 500 simulated ballots");
    QTemporaryDir dir;
    const QString folder = ballotFolder(dir, IMAGES);
    QVERIFY(!folder.isEmpty());
    const QString path = dir.filePath("quit.kpdb");
    {
        Session session;
        MainWindow window(session);
        window.setLanguage(QStringLiteral("vi"));
        window.resize(1024, 600);
        window.show();
        QVERIFY(session.create(SOURCE + "/samples/co-so/congress.json", path).isEmpty());
        startCount(window, folder);
        if (QTest::currentTestFailed()) {
            return;
        }
        CountingPage* counting = window.countingPage();
        QTRY_VERIFY_WITH_TIMEOUT(sheetsStored(session) >= 3, 60000);  // the count is under way

        // Quit, "Không": the count goes on, the window stays.
        Answer no;
        answerWhenAsked(no, QMessageBox::No);
        QVERIFY(!window.close());  // Ctrl+Q (Tệp › Thoát) calls the same close()
        QVERIFY2(no.asked, "quitting during a count did not ask");
        QVERIFY2(no.text.contains(QStringLiteral("Đang kiểm phiếu")), qPrintable(no.text));
        QCOMPARE(no.yes.remove(QLatin1Char('&')), QStringLiteral("Có"));
        QCOMPARE(no.no.remove(QLatin1Char('&')), QStringLiteral("Không"));
        QVERIFY(window.isVisible());
        QVERIFY(counting->busy());

        // The window's ✕, "Có": it stops after the sheet in hand and closes once stopped.
        Answer yes;
        answerWhenAsked(yes, QMessageBox::Yes);
        QVERIFY(!window.close() || !counting->busy());
        QVERIFY(yes.asked);
        QTRY_VERIFY_WITH_TIMEOUT(!counting->busy(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
    }

    // Reopened: the counting screen says what waits unread; a second count reads it all.
    Session session;
    MainWindow window(session);
    window.setLanguage(QStringLiteral("en"));
    window.resize(1024, 600);
    window.show();
    QVERIFY(session.open(path).isEmpty());
    const int unread = unreadStored(session);
    QVERIFY2(unread > 0, "the count was not interrupted: nothing to resume");  // the scenario itself
    window.showStep(MainWindow::Counting);
    auto* notice = child<QLabel>(window.countingPage(), QStringLiteral("unread"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("%1 sheet(s) are stored but not yet read").arg(unread)),
             qPrintable(notice->text()));
    QVERIFY(window.committeePage()->signIn(testing::CHAIR, testing::CHAIR_PASSWORD).isEmpty());
    QVERIFY(testing::countFolder(window, folder).first >= unread);
    QVERIFY2(notice->text().contains(
                 QStringLiteral("%1 sheet(s) an interrupted count had left unread were read first").arg(unread)),
             qPrintable(notice->text()));

    // Every image is a sheet, every sheet read: counted or waiting for the committee.
    QCOMPARE(sheetsStored(session), IMAGES);
    QCOMPARE(unreadStored(session), 0);
    auto record = session.record();
    auto rows = record->rows();
    QVERIFY(rows.has_value());
    const auto outcomes = kp::store::countBallots(*rows);
    QVERIFY(outcomes.has_value());
    int collected = 0;
    for (const auto& o : *outcomes) {
        collected += o.state == kp::store::BallotState::Counted || o.state == kp::store::BallotState::Waiting ? 1 : 0;
    }
    QCOMPARE(collected, IMAGES);
}

// The count ends while the window's question is open, then "Có": the window must close (the
// close asked for from inside the window's own close was dropped, and the window stayed open).
void QuitMidCount::countEndingWhileAskedStillQuits() {
    QVERIFY2(!qEnvironmentVariable("KP_BALLOTS_500").isEmpty(), "KP_BALLOTS_500: the folder of 500 simulated ballots");
    QTemporaryDir dir;
    const QString folder = ballotFolder(dir, 6);
    QVERIFY(!folder.isEmpty());
    Session session;
    MainWindow window(session);
    window.setLanguage(QStringLiteral("vi"));
    window.resize(1024, 600);
    window.show();
    QVERIFY(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("late.kpdb")).isEmpty());
    startCount(window, folder);
    if (QTest::currentTestFailed()) {
        return;
    }
    CountingPage* counting = window.countingPage();
    // "Có" only once the count has ended behind the question, as a slow hand does.
    bool answered = false;
    auto* timer = new QTimer(&window);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, counting, &answered] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && !counting->busy()) {
            answered = true;
            timer->stop();
            box->button(QMessageBox::Yes)->click();
        }
    });
    timer->start();
    QVERIFY(!window.close());  // the question was asked: the window stays while it is open
    QVERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
}

QTEST_MAIN(QuitMidCount)
#include "test_quit_mid_count.moc"
