// The GUI stays responsive while 500 ballots are read on every core: the counting screen
// receives every sheet as it is read (counts, list, the latest image decoded four times a
// second), and a 10 ms timer on the GUI thread measures the longest gap between its ticks.
// The test fails when the event loop stalled for more than 100 ms.
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <thread>

#include "reports/congress_json.h"
#include "src/app/background.h"
#include "src/app/inputs.h"
#include "src/app/recognize_pages.h"
#include "src/gui/counting_page.h"
#include "src/gui/main_window.h"
#include "src/gui/session.h"
#include "tally/round_spec.h"

using namespace kp;

// Reads pages on a worker thread with every core, announcing each sheet as CountingJob does.
class Reader : public QObject {
    Q_OBJECT
public:
    Reader(app::RoundInput input, std::vector<scan::PageRef> pages) : m_input(std::move(input)), m_pages(std::move(pages)) {}
public slots:
    void run() {
        app::lowerThreadPriority();  // as CountingJob::run does
        const int threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
        const auto total = static_cast<int>(m_pages.size());
        auto lines = app::recognizePages(m_input, m_pages, threads, std::nullopt,
                                         [&](std::size_t i, const nlohmann::ordered_json& line) {
                                             emit sheetRead(static_cast<int>(i), total, QString::fromStdString(m_pages[i].path),
                                                            QString::fromStdString(line.value("status", "")));
                                         });
        emit done(lines.has_value());
    }
signals:
    void sheetRead(int index, int total, const QString& image, const QString& status);
    void done(bool ok);

private:
    app::RoundInput m_input;
    std::vector<scan::PageRef> m_pages;
};

class Responsive : public QObject {
    Q_OBJECT
private slots:
    void fiveHundredBallots();
};

void Responsive::fiveHundredBallots() {
    const QString source = QStringLiteral(KP_SOURCE_DIR);
    const QString folder = qEnvironmentVariable("KP_BALLOTS_500");
    QVERIFY2(!folder.isEmpty(), "KP_BALLOTS_500: the folder of 500 simulated ballots (made by the test fixture)");
    auto pages = scan::listPages({folder.toStdString()});
    QVERIFY(pages.has_value());
    QCOMPARE(pages->size(), std::size_t{500});

    QTemporaryDir dir;
    gui::Session session;
    QCOMPARE(session.create(source + "/samples/co-so/congress.json", dir.filePath("r.kpdb")), QString());
    gui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.showStep(gui::MainWindow::Counting);

    auto congress = app::loadCongress((source + "/samples/co-so/congress.json").toStdString());
    QVERIFY(congress.has_value());
    auto spec = roundSpec(*congress, congress->elections[0], 1, {});
    QVERIFY(spec.has_value());
    Reader reader(app::RoundInput{*congress, 0, *spec}, *pages);
    QThread worker;
    reader.moveToThread(&worker);
    worker.start();
    int shown = 0;
    connect(&reader, &Reader::sheetRead, window.countingPage(), [&](int i, int total, const QString& image, const QString& status) {
        window.countingPage()->showSheet(i, total, image, status);
        ++shown;
    });
    bool finished = false, ok = false;
    connect(&reader, &Reader::done, this, [&](bool result) {
        finished = true;
        ok = result;
    });

    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (now - last > 50) {
            qInfo("a gap of %lld ms at %lld ms (%d sheets shown)", now - last, now, shown);
        }
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start(10);
    QMetaObject::invokeMethod(&reader, &Reader::run, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(finished, 600000);
    QTRY_COMPARE_WITH_TIMEOUT(shown, 500, 10000);
    tick.stop();
    worker.quit();
    worker.wait();
    QVERIFY(ok);
    qInfo("500 ballots read in %lld ms; longest gap between 10 ms ticks on the GUI thread: %lld ms", clock.elapsed(), longest);
    QVERIFY2(longest <= 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longest)));
}

QTEST_MAIN(Responsive)
#include "test_responsive.moc"
