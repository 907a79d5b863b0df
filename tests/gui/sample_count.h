#pragma once
// Steps of a sample count shared by the GUI tests and the screenshot tool: the committee of two
// and the eight simulated chi ủy ballots counted from a folder.
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include "src/app/congress_key.h"
#include "src/gui/committee_page.h"
#include "src/gui/counting_page.h"
#include "src/gui/main_window.h"
#include "src/gui/reports_page.h"

namespace kp::gui::testing {

inline const QString CHAIR = QStringLiteral("Trần Văn Bình");
inline const QString CHAIR_PASSWORD = QStringLiteral("binh-2026");
inline const QString MEMBER = QStringLiteral("Lê Thị Mai");
inline const QString MEMBER_PASSWORD = QStringLiteral("mai-2026");

// A widget of a screen by its object name (a warning names a missing one).
template <class T>
T* child(QWidget* parent, const QString& name) {
    T* w = parent->findChild<T*>(name);
    if (!w) {
        qWarning("no widget %s", qPrintable(name));
    }
    return w;
}

// The chair and a member the chair confirms; the chair signs in. Empty, or what failed.
inline QString makeCommittee(MainWindow& window) {
    CommitteePage* c = window.committeePage();
    for (const QString& error :
         {c->addOperator(CHAIR, QStringLiteral("truong_ban"), CHAIR_PASSWORD),
          c->addOperator(MEMBER, QStringLiteral("thanh_vien"), MEMBER_PASSWORD, CHAIR, CHAIR_PASSWORD),
          c->signIn(CHAIR, CHAIR_PASSWORD)}) {
        if (!error.isEmpty()) {
            return error;
        }
    }
    return {};
}

// Counts a folder of images into the record; the (sheets, review) of the finished count, or
// (-1, -1) when it paused or timed out.
inline std::pair<int, int> countFolder(MainWindow& window, const QString& folder,
                                       const QString& election = QStringLiteral("cu")) {
    QSignalSpy finished(window.countingPage(), &CountingPage::countFinished);
    QSignalSpy paused(window.countingPage(), &CountingPage::countPaused);
    window.countingPage()->start(QStringLiteral("folder:") + folder, election, 1);
    for (int waited = 0; finished.isEmpty() && paused.isEmpty() && waited < 120000; waited += 50) {
        QTest::qWait(50);
    }
    if (finished.isEmpty()) {
        return {-1, -1};
    }
    return {finished.first().at(0).toInt(), finished.first().at(1).toInt()};
}

// The eight simulated chi ủy ballots of samples/.
inline std::pair<int, int> countSampleFolder(MainWindow& window, const QString& sourceDir) {
    return countFolder(window, sourceDir + "/samples/simulated/kiemphieu");
}

// The signed audit bundle exported from the reports screen into DIR/bundle (the congress key
// made in DIR, as the screen makes it) and checked by `cli verify`: empty, or what went wrong.
inline QString exportAndVerify(MainWindow& window, const QString& dir, const QString& cli) {
    const auto key = kp::app::makeCongressKey(dir.toStdString());
    if (!key) {
        return QStringLiteral("no congress key");
    }
    window.showStep(MainWindow::Reports);
    if (QString error = window.reportsPage()->exportBundle(dir + "/congress.key", dir + "/bundle"); !error.isEmpty()) {
        return error;
    }
    QProcess verify;
    verify.start(cli,
                 {QStringLiteral("verify"), dir + "/bundle", QStringLiteral("--key"), QString::fromStdString(*key)});
    if (!verify.waitForFinished(300000) || verify.exitCode() != 0) {
        return QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    }
    return {};
}

}  // namespace kp::gui::testing
