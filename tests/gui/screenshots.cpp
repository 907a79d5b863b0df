// Screenshots of every screen of the desktop app, for docs/screenshots and for looking at: a
// sample count (the cơ sở congress, eight simulated ballots) taken through each step, each
// screen grabbed at 1024×600, 1366×768 and 1920×1080 in Vietnamese, and the main screens in
// English.
// Run under Xvfb (xvfb-run) so that the real X11 platform draws the windows.
// usage: kp_screenshots OUT-DIR
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>

#include "reports/render/fonts.h"
#include "sample_count.h"
#include "src/app/review_queue.h"
#include "src/app/rounds.h"
#include "src/app/word_blank.h"
#include "src/gui/blank_dialog.h"
#include "src/gui/congress_editor.h"
#include "src/gui/decision_panel.h"
#include "src/gui/projection_window.h"
#include "src/gui/reports_page.h"
#include "src/gui/results_page.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"
#include "src/simulator/simulate.h"

using namespace kp::gui;

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

void grab(QWidget& w, const QString& dir, const QString& name) {
    for (const QSize size : {QSize(1024, 600), QSize(1366, 768), QSize(1920, 1080)}) {
        w.resize(size);
        QTest::qWait(150);  // layout, paint
        w.grab().save(QStringLiteral("%1/%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height()));
    }
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: kp_screenshots OUT-DIR");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    kp::render::fonts();
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.setLanguage(QStringLiteral("vi"));
    window.show();
    grab(window, out, QStringLiteral("00-khoi-dong"));
    if (!session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("dai-hoi.kpdb")).isEmpty() ||
        !testing::makeCommittee(window).isEmpty()) {
        return 1;
    }
    window.showStep(MainWindow::Congress);
    grab(window, out, QStringLiteral("01-dai-hoi"));
    {
        CongressEditor editor(session);
        editor.loadText(*session.record()->congressJson());
        editor.show();
        grab(editor, out, QStringLiteral("01a-thiet-lap-dai-hoi"));
        editor.findChild<QTabWidget*>()->setCurrentIndex(1);
        grab(editor, out, QStringLiteral("01b-danh-sach-ung-cu"));
    }
    window.showStep(MainWindow::Ballots);
    grab(window, out, QStringLiteral("02-phieu-bau"));
    {
        // Ballots printed elsewhere: a simulated scan of a blank, learned, shown for confirmation.
        const kp::Congress& congress = session.congress();
        kp::sim::Options options;
        options.voters = 1;
        options.seed = 5;
        options.wordStyle = true;
        options.outDir = dir.filePath("word").toStdString();
        options.blankPath = dir.filePath("blank.png").toStdString();
        auto record = session.record();
        const auto round = kp::app::roundInput(*record, "cu", 1);
        if (!round || !kp::sim::simulate(congress, congress.elections[0], round->spec, options)) {
            return 1;
        }
        const auto learned = kp::app::learnBlank(options.blankPath, 0, *round);
        if (!learned) {
            return 1;
        }
        BlankDialog dialog(*learned, round->spec);
        dialog.show();
        grab(dialog, out, QStringLiteral("02b-mau-phieu-in-ngoai"));
    }
    window.showStep(MainWindow::Committee);
    grab(window, out, QStringLiteral("03-ban-kiem-phieu"));
    window.showStep(MainWindow::Counting);
    if (testing::countSampleFolder(window, SOURCE).first != 8) {
        return 1;
    }
    QTest::qWait(600);  // the last sheet's preview
    grab(window, out, QStringLiteral("04-kiem-phieu"));
    window.showStep(MainWindow::ManualEntry);
    grab(window, out, QStringLiteral("05-nhap-tay"));
    window.showStep(MainWindow::Review);
    QTest::qWait(150);
    window.reviewPage()->zoomAt(QPoint(150, 300));  // around the first names of the list
    grab(window, out, QStringLiteral("06-xem-xet"));
    {  // The decision in words beside the sheet, before the two passwords.
        DecisionPanel* decision = window.reviewPage()->decisionPanel();
        decision->decideDoubtful(kp::app::NameDecision::Struck, kp::Mark::None);
        decision->setVerdict({});
        decision->setWhy(QStringLiteral("đã đối chiếu phiếu giấy"));
        if (auto* next = decision->findChild<QPushButton*>(QStringLiteral("toConfirm"))) {
            next->click();
        }
        grab(window, out, QStringLiteral("06b-xac-nhan-phan-quyet"));
        window.reviewPage()->select(0);  // back to the ballot, nothing chosen
    }
    {  // A sheet fed again: shown beside the sheet it resembles; the committee sets it aside.
        QTemporaryDir again;
        QImage(SOURCE + "/samples/simulated/kiemphieu/ballot-00003.jpg").save(again.filePath("ballot-00009.png"));
        window.showStep(MainWindow::Counting);
        if (testing::countFolder(window, again.path()).first != 1) {
            return 1;
        }
        window.showStep(MainWindow::Review);
        ReviewPage* review = window.reviewPage();
        auto record = session.record();
        const auto queue = kp::app::reviewQueue(*record).value_or(std::vector<kp::app::ReviewItem>{});
        const auto refeed = std::ranges::find_if(queue, [](const auto& i) { return i.twin != 0; });
        if (refeed == queue.end()) {
            return 1;
        }
        review->select(static_cast<int>(refeed - queue.begin()));
        review->decisionPanel()->setAsideAs(QStringLiteral("refeed"));
        review->decisionPanel()->setWhy(QStringLiteral("cùng một tờ, quét lại"));
        grab(window, out, QStringLiteral("06c-to-quet-lai"));
        if (!review
                 ->rule(QStringLiteral("cùng một tờ, quét lại"), testing::CHAIR, testing::CHAIR_PASSWORD,
                        testing::MEMBER, testing::MEMBER_PASSWORD)
                 .isEmpty()) {
            return 1;
        }
    }
    // While ballots wait: the running counts, said to be such, on the results screen and the projector.
    window.showStep(MainWindow::Results);
    grab(window, out, QStringLiteral("07b-ket-qua-tam-tinh"));
    if (auto* tabs = window.resultsPage()->findChild<QTabWidget*>()) {  // the figures reconciled, with what to do
        tabs->setCurrentIndex(1);
        grab(window, out, QStringLiteral("07c-doi-chieu-so-phieu"));
        tabs->setCurrentIndex(0);
    }
    if (ProjectionWindow* p = window.resultsPage()->project(false)) {
        grab(*p, out, QStringLiteral("09c-trinh-chieu-tam-tinh"));
        p->close();
    }
    // Rule on the waiting ballots as read, so that the results can be shown.
    ReviewPage* review = window.reviewPage();
    while (review->waiting() > 0) {
        review->select(0);
        review->decisionPanel()->decideDoubtful(kp::app::NameDecision::Kept, kp::Mark::None);
        review->setInvalid({});
        if (!review
                 ->rule(QStringLiteral("đối chiếu phiếu gốc"), testing::CHAIR, testing::CHAIR_PASSWORD, testing::MEMBER,
                        testing::MEMBER_PASSWORD)
                 .isEmpty()) {
            return 1;
        }
    }
    window.showStep(MainWindow::Results);
    grab(window, out, QStringLiteral("07-ket-qua"));
    window.showStep(MainWindow::Reports);
    window.reportsPage()->makeReports();
    grab(window, out, QStringLiteral("08-bien-ban"));
    if (ProjectionWindow* p = window.resultsPage()->project(false)) {
        grab(*p, out, QStringLiteral("09-trinh-chieu"));
        p->close();
    }
    if (ProjectionWindow* p = window.resultsPage()->replay(0, false)) {
        for (int i = 0; i < 5; ++i) {
            p->step();
        }
        grab(*p, out, QStringLiteral("09b-chieu-tung-phieu"));
        p->close();
    }
    window.setLanguage(QStringLiteral("en"));
    window.showStep(MainWindow::Counting);
    grab(window, out, QStringLiteral("en-04-counting"));
    window.showStep(MainWindow::Results);
    grab(window, out, QStringLiteral("en-07-results"));
    return 0;
}
