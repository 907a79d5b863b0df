// Step 1 in the app: a congress typed into the editor, its list imported from a real .xlsx and
// put in the party's order, checked like any congress file, made into a record (lists locked).
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "reports/minutes_info.h"
#include "src/app/inputs.h"
#include "src/gui/ballots_page.h"
#include "src/gui/congress_editor.h"
#include "src/gui/election_editor.h"
#include "src/gui/main_window.h"
#include "src/gui/session.h"

using namespace kp::gui;

class CongressEditorTest : public QObject {
    Q_OBJECT
private slots:
    void typedCongressBecomesARecord();
    void congressFileReadsBackUnchanged();
};

namespace {
const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);
}

void CongressEditorTest::typedCongressBecomesARecord() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    CongressEditor editor(session);
    editor.nameEdit()->setText(QStringLiteral("Đại hội Chi bộ Thôn 2 lần thứ IV"));
    editor.organizationEdit()->setText(QStringLiteral("Chi bộ Thôn 2"));
    editor.convenedBox()->setValue(30);
    editor.trainingBox()->setChecked(true);
    QTableWidget* deductions = editor.deductionsTable();
    deductions->insertRow(0);
    deductions->setItem(0, 0, new QTableWidgetItem(QStringLiteral("2")));
    deductions->setItem(0, 1, new QTableWidgetItem(QStringLiteral("đi công tác dài hạn")));

    editor.addElection();
    ElectionEditor* e = editor.electionEditor();
    e->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Bầu Chi ủy khóa IV"));
    QCOMPARE(e->importFile(SOURCE + "/tests/app/fixtures/candidates-shared.xlsx"), QString());
    e->appendNames({QStringLiteral("Nguyễn Văn An")});
    e->sortPartyOrder();  // tên first: An, Ánh, Bình, Dũng, Hà, Hưng, Ưng
    const QStringList order{"Nguyễn Văn An", "Lê Thị Ánh", "Nguyễn Văn Bình", "Trần Anh Dũng", "Phạm Thu Hà",
                            "Võ Hồ Tiến Hưng", "Đặng Văn Ưng"};
    QCOMPARE(e->names(), order);

    // Checked like a congress file: more seats than names is refused, naming the field.
    e->findChild<QSpinBox*>(QStringLiteral("seats"))->setValue(9);
    auto refused = editor.congressText();
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().contains(QStringLiteral("seats")), qPrintable(refused.error()));
    e->findChild<QSpinBox*>(QStringLiteral("seats"))->setValue(5);
    // An empty deduction reason is refused before anything is written.
    deductions->item(0, 1)->setText(QString());
    QVERIFY(!editor.congressText().has_value());
    deductions->item(0, 1)->setText(QStringLiteral("đi công tác dài hạn"));

    const QString path = dir.filePath("thon-2.kpdb");
    QCOMPARE(editor.createRecord(path), QString());
    QVERIFY(session.isOpen());
    QVERIFY(session.training());
    const kp::Congress& c = session.congress();
    QCOMPARE(c.electorate.base(), kp::Count{28});
    QCOMPARE(c.elections.size(), std::size_t{1});
    QCOMPARE(c.elections[0].seats, kp::Count{5});
    QStringList stored;
    for (const auto& candidate : c.elections[0].candidates) {
        stored << QString::fromStdString(candidate.name);
    }
    QCOMPARE(stored, order);
    // Ids are given in ballot order when the list is first written, and kept from then on.
    QCOMPARE(c.elections[0].candidates[0].id.value, std::string("e1-01"));
    QCOMPARE(c.elections[0].candidates[6].id.value, std::string("e1-07"));
    // The record's lists are locked: a second record at the same path is refused.
    QVERIFY(!editor.createRecord(path).isEmpty());
    // The ballots screen offers the new election at once.
    QCOMPARE(window.ballotsPage()->electionBox()->count(), 1);
}

void CongressEditorTest::congressFileReadsBackUnchanged() {
    Session session;
    CongressEditor editor(session);
    for (const char* sample : {"co-so", "tinh"}) {
        const auto text = kp::app::readFile((SOURCE + "/samples/" + sample + "/congress.json").toStdString());
        QVERIFY(text.has_value());
        QCOMPARE(editor.loadText(*text), QString());
        editor.selectElection(1);  // passing through the election editor changes nothing
        editor.selectElection(0);
        auto written = editor.congressText();
        QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error()));
        QCOMPARE(nlohmann::json::parse(*written), nlohmann::json::parse(*text));
    }
    QVERIFY(!editor.loadText("{\"format\": \"other\"}").isEmpty());
}

QTEST_MAIN(CongressEditorTest)
#include "test_congress_editor.moc"
