#pragma once
// Steps of a sample count shared by the GUI tests and the screenshot tool: the committee of two
// and the eight simulated chi ủy ballots counted from a folder; answering the window's question;
// a ruling in the review screen by clicks and keys.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QTimer>
#include <memory>

#include "src/app/congress_key.h"
#include "src/gui/committee_page.h"
#include "src/gui/counting_page.h"
#include "src/gui/main_window.h"
#include "src/gui/reports_page.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"

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

// A click as a person makes it, on a visible, enabled button; near the left edge, where a radio
// button takes clicks (its circle and words only).
inline void click(QAbstractButton* button) {
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(std::min(12, button->width() / 2), button->height() / 2));
}

// Chooses `name` in a member box with the keyboard, as a person does.
inline void chooseMember(QComboBox* box, const QString& name) {
    box->setFocus();
    for (int i = 0; i < box->count() && box->currentText() != name; ++i) {
        QTest::keyClick(box, Qt::Key_Down);
    }
}

// Answers the question the window asks (a QMessageBox), once it is up; its text and buttons are
// kept for the test to look at. Nothing happens when no question comes within 3 s.
struct Answer {
    QString text, yes, no;
    bool asked = false;
};
inline void answerWhenAsked(Answer& seen, QMessageBox::StandardButton answer) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, &seen, answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box || ++*tries > 150) {
            if (box) {
                seen = {box->text(), box->button(QMessageBox::Yes)->text(), box->button(QMessageBox::No)->text(), true};
                box->button(answer)->click();
            }
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Clicks the review queue's row, as a person does.
inline void openItem(ReviewPage* review, int row) {
    auto* queue = review->findChild<QListWidget*>();
    QVERIFY(queue && row < queue->count());
    queue->scrollToItem(queue->item(row));
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, queue->visualItemRect(queue->item(row)).center());
    QCOMPARE(queue->currentRow(), row);
}

// The reason typed (ASCII: QTest types no other), "Next", the decision in words (which must
// contain `words`), both members' passwords, Enter.
inline void confirmRuling(ReviewPage* review, const QString& why, const QString& words) {
    QTest::keyClicks(child<QLineEdit>(review, QStringLiteral("why")), why);
    click(child<QPushButton>(review, QStringLiteral("toConfirm")));
    auto* summary = child<QLabel>(review, QStringLiteral("summary"));
    QVERIFY(summary && summary->isVisible());
    QVERIFY2(summary->text().contains(words), qPrintable(summary->text()));
    chooseMember(child<QComboBox>(review, QStringLiteral("member1")), CHAIR);
    QTest::keyClicks(child<QLineEdit>(review, QStringLiteral("password1")), CHAIR_PASSWORD);
    chooseMember(child<QComboBox>(review, QStringLiteral("member2")), MEMBER);
    auto* password2 = child<QLineEdit>(review, QStringLiteral("password2"));
    QTest::keyClicks(password2, MEMBER_PASSWORD);
    QTest::keyClick(password2, Qt::Key_Return);
}

// The record's sheets, and those stored but not yet read.
inline int sheetsStored(Session& session) {
    auto record = session.record();
    return static_cast<int>(record->sheets().value_or(std::vector<kp::store::SheetRow>{}).size());
}
inline int unreadStored(Session& session) {
    auto record = session.record();
    return static_cast<int>(record->unreadSheets().value_or(std::vector<kp::store::SheetRow>{}).size());
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
