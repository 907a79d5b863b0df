// A new committee at the station, as a person drives it: the first member is always the chair
// (the role box neither defaults to nor remembers "member"), the congress's committee is
// offered, members sign out and switch; switching records forgets the last batch; a record
// made without ".kpdb" is still found, and recent records are listed; the congress's figures
// are checked against each other where typed and where read; the Vietnamese interface says
// everything in Vietnamese, Qt's own buttons included.
#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "reports/congress_json.h"
#include "sample_count.h"
#include "src/app/inputs.h"
#include "src/gui/committee_page.h"
#include "src/gui/congress_editor.h"
#include "src/gui/congress_page.h"
#include "src/gui/counting_page.h"
#include "src/gui/election_editor.h"
#include "src/gui/session.h"

using namespace kp::gui;
using kp::gui::testing::child;

class Station : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // recent records in a test profile
    void firstMemberIsTheChair();
    void signOutAndSwitch();
    void switchingRecordsForgetsTheBatch();
    void recordFileNamesAndRecent();
    void figuresCheckedWhereTyped();
    void vietnameseEverywhere();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);

}  // namespace

// Type a member, try to make them a "thành viên": the first one is the chair all the same;
// after that the role box has nothing chosen, and the congress's committee is offered.
void Station::firstMemberIsTheChair() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("a.kpdb")), QString());
    window.showStep(MainWindow::Committee);
    CommitteePage* page = window.committeePage();
    // The congress file's committee is offered: a click fills the name in.
    auto* offered = child<QListWidget>(page, QStringLiteral("offered"));
    QVERIFY(offered && offered->isVisible());
    QVERIFY(offered->count() >= 2);
    QVERIFY(offered->item(0)->text().contains(QStringLiteral("Nguyễn Thị Hằng")));
    QTest::mouseClick(offered->viewport(), Qt::LeftButton, {}, offered->visualItemRect(offered->item(1)).center());
    auto* name = child<QLineEdit>(page, QStringLiteral("name"));
    QCOMPARE(name->text(), offered->item(1)->data(Qt::UserRole).toString());
    // The first member: whatever is tried with the role box, the chair.
    auto* role = child<QComboBox>(page, QStringLiteral("role"));
    QTest::keyClick(role, Qt::Key_Down);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("password")), QStringLiteral("hang-2026"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("repeat")), QStringLiteral("hang-2026"));
    const QString first = name->text();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("add")), Qt::LeftButton);
    auto record = session.record();
    const auto members = kp::store::Committee(*record).members();
    QVERIFY(members && members->size() == 1);
    QCOMPARE(QString::fromStdString(members->front().name), first);
    QCOMPARE(members->front().role, std::string(kp::store::ROLE_CHAIR));
    // Then nothing is chosen in advance, and the name added is no longer offered.
    QVERIFY(role->isEnabled());
    QCOMPARE(role->currentIndex(), -1);
    for (int i = 0; i < offered->count(); ++i) {
        QVERIFY(offered->item(i)->data(Qt::UserRole).toString() != first);
    }
    // Adding anyone first as a member is refused in words.
    QTemporaryDir other;
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", other.filePath("b.kpdb")), QString());
    QVERIFY(page->addOperator(QStringLiteral("X"), QStringLiteral("thanh_vien"), QStringLiteral("xxxxxx"))
                .contains(QStringLiteral("chair")));
}

void Station::signOutAndSwitch() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("a.kpdb")), QString());
    QCOMPARE(testing::makeCommittee(window), QString());
    QCOMPARE(session.operatorName(), testing::CHAIR);
    window.showStep(MainWindow::Committee);
    auto* signOut = child<QPushButton>(window.committeePage(), QStringLiteral("signOut"));
    QVERIFY(signOut && signOut->isEnabled());
    QTest::mouseClick(signOut, Qt::LeftButton);
    QVERIFY(session.operatorName().isEmpty());
    QVERIFY(!signOut->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("nobody")));
    QCOMPARE(window.committeePage()->signIn(testing::MEMBER, testing::MEMBER_PASSWORD), QString());
    QCOMPARE(session.operatorName(), testing::MEMBER);
    QCOMPARE(window.committeePage()->signIn(testing::CHAIR, testing::CHAIR_PASSWORD), QString());  // switched
    QCOMPARE(session.operatorName(), testing::CHAIR);
}

// A batch counted in record A is not shown as record B's; the counting page asks a signed-in
// member to start, not to sign in; Start with no source chosen says so (not "check the cable").
void Station::switchingRecordsForgetsTheBatch() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("a.kpdb")), QString());
    QCOMPARE(testing::makeCommittee(window), QString());
    window.showStep(MainWindow::Counting);
    QCOMPARE(testing::countSampleFolder(window, SOURCE).first, 8);
    CountingPage* counting = window.countingPage();
    auto* sheets = counting->findChild<QListWidget*>();
    QCOMPARE(sheets->count(), 9);  // the eight sheets, and the folder's truth.jsonl named as no image
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("b.kpdb")), QString());
    QCOMPARE(sheets->count(), 0);
    for (QLabel* label : counting->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("Read: ")), qPrintable(label->text()));
    }
    QCOMPARE(testing::makeCommittee(window), QString());
    for (QLabel* label : counting->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().startsWith(QStringLiteral("Sign in")), qPrintable(label->text()));
    }
    auto* device = child<QComboBox>(counting, QStringLiteral("device"));
    device->setCurrentText({});
    QPushButton* start = nullptr;
    for (QPushButton* b : counting->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Start")) {
            start = b;
        }
    }
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(!counting->busy());
    bool said = false;
    for (QLabel* label : counting->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("cable")), qPrintable(label->text()));
        said = said || label->text().contains(QStringLiteral("Folder of images"));
    }
    QVERIFY(said);
}

void Station::recordFileNamesAndRecent() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("ho-so-khong-duoi")), QString());
    QVERIFY(QFile::exists(dir.filePath("ho-so-khong-duoi.kpdb")));  // the open dialog lists *.kpdb
    QCOMPARE(session.recordPath(), dir.filePath("ho-so-khong-duoi.kpdb"));
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("thu-hai.kpdb")), QString());
    window.showStep(MainWindow::Congress);
    auto* recent = child<QListWidget>(window.congressPage(), QStringLiteral("recent"));
    QVERIFY(recent && recent->isVisible());
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(),
             QFileInfo(dir.filePath("ho-so-khong-duoi.kpdb")).absoluteFilePath());
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);  // as a double-click: the record opens
    QCOMPARE(session.recordPath(), QFileInfo(dir.filePath("ho-so-khong-duoi.kpdb")).absoluteFilePath());
}

// "Số có mặt" 40 with a base of 38 is said at once beside the figure and refused when the
// record is made; a congress file saying so is refused when read.
void Station::figuresCheckedWhereTyped() {
    QTemporaryDir dir;
    Session session;
    CongressEditor editor(session);
    editor.show();
    const auto sample = kp::app::readFile((SOURCE + "/samples/co-so/congress.json").toStdString());
    QVERIFY(sample.has_value());
    QCOMPARE(editor.loadText(*sample), QString());
    editor.convenedBox()->setValue(40);
    QTableWidget* deductions = editor.deductionsTable();
    deductions->setRowCount(1);
    deductions->setItem(0, 0, new QTableWidgetItem(QStringLiteral("2")));
    deductions->setItem(0, 1, new QTableWidgetItem(QStringLiteral("ốm dài ngày")));
    editor.selectElection(0);
    editor.findChild<QTabWidget*>()->setCurrentIndex(1);  // the elections' tab
    auto* present = child<QSpinBox>(editor.electionEditor(), QStringLiteral("present"));
    auto* issued = child<QSpinBox>(editor.electionEditor(), QStringLiteral("issued"));
    auto* figures = child<QLabel>(editor.electionEditor(), QStringLiteral("figures"));
    issued->setValue(0);
    present->selectAll();
    QTest::keyClicks(present, QStringLiteral("40"));
    QCOMPARE(present->value(), 40);
    QVERIFY(figures->isVisible());
    QVERIFY2(figures->text().contains(QStringLiteral("40")) && figures->text().contains(QStringLiteral("38")),
             qPrintable(figures->text()));
    const QString refused = editor.createRecord(dir.filePath("sai.kpdb"));
    QVERIFY2(refused.contains(QStringLiteral("40")) && refused.contains(QStringLiteral("38")), qPrintable(refused));
    QVERIFY(!QFile::exists(dir.filePath("sai.kpdb")));
    present->selectAll();
    QTest::keyClicks(present, QStringLiteral("36"));
    QVERIFY(!figures->isVisible());
    // The congress file: present, or ballots issued, over the base are refused.
    auto json = nlohmann::json::parse(*sample);
    json["congress"]["convened"] = 40;
    json["congress"]["deductions"] = nlohmann::json::array({{{"count", 2}, {"reason", "ốm"}}});
    json["elections"][0]["present"] = 40;
    auto parsed = kp::parseCongress(json.dump());
    QVERIFY(!parsed);
    QVERIFY(parsed.error().check == kp::CongressCheck::PresentOverBase);
    QCOMPARE(parsed.error().figures, (std::vector<std::int64_t>{40, 38}));
    json["elections"][0]["present"] = 30;
    json["elections"][0]["issued"] = 39;
    parsed = kp::parseCongress(json.dump());
    QVERIFY(!parsed && parsed.error().check == kp::CongressCheck::IssuedOverBase);
}

// In Vietnamese: a congress check, a sign-in refusal, Qt's Yes/No — no English words.
void Station::vietnameseEverywhere() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.setLanguage(QStringLiteral("vi"));
    window.show();
    QCOMPARE(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("a.kpdb")), QString());
    CongressEditor editor(session);
    editor.loadText(*session.record()->congressJson());
    editor.selectElection(0);
    child<QSpinBox>(editor.electionEditor(), QStringLiteral("seats"))->setValue(9);
    const auto refused = editor.congressText();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("Cần bầu 9 người")), qPrintable(refused.error()));
    QVERIFY2(!refused.error().contains(QStringLiteral("seats")), qPrintable(refused.error()));
    QCOMPARE(testing::makeCommittee(window), QString());
    const QString wrong = window.committeePage()->signIn(testing::MEMBER, QStringLiteral("sai-mat-khau"));
    QVERIFY2(wrong.contains(QStringLiteral("Không đăng nhập được")), qPrintable(wrong));
    // Qt's own buttons.
    QStringList buttons;
    QTimer::singleShot(100, [&buttons] {
        if (auto* m = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            for (QAbstractButton* b : m->buttons()) {
                buttons << b->text();
            }
            m->reject();
        }
    });
    QMessageBox::question(&window, QStringLiteral("?"), QStringLiteral("?"),
                          QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    buttons.sort();
    QCOMPARE(buttons, (QStringList{QStringLiteral("&Có"), QStringLiteral("&Không"), QStringLiteral("Hủy")}));
}

QTEST_MAIN(Station)
#include "test_station.moc"
