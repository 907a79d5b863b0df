// Every file of a counted folder accounted for in the counting list, in Vietnamese (issue 26
// item 5): the ballots as sheets with how they were read, and each file that is no sheet of
// this count named with why — a damaged image, a file that is no image, the same image as
// another file of the folder or as a sheet the record already holds, a broken link (which
// stops the count until it is removed, said in the committee's words).
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "sample_count.h"
#include "src/gui/session.h"

using namespace kp::gui;
using kp::gui::testing::child;

class FolderFiles : public QObject {
    Q_OBJECT
private slots:
    void everyFileNamed();
};

namespace {

const QString SOURCE = QStringLiteral(KP_SOURCE_DIR);
const QString SAMPLES = SOURCE + QStringLiteral("/samples/simulated/kiemphieu/");

// The counting list's line that names `file`, or empty.
QString lineOf(CountingPage* counting, const QString& file) {
    auto* list = counting->findChild<QListWidget*>();  // the counting list, the screen's only one
    for (int i = 0; list && i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        if (text.contains(QStringLiteral(" ") + file + QStringLiteral(" —")) || text.startsWith(file + " —")) {
            return text;
        }
    }
    return {};
}

// Presses "Bắt đầu" as a person does and waits for the count to end.
void pressStart(CountingPage* counting) {
    QPushButton* start = child<QPushButton>(counting, QStringLiteral("start"));
    QVERIFY(start && start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!counting->busy(), 120000);
}

}  // namespace

void FolderFiles::everyFileNamed() {
    QTemporaryDir dir;
    Session session;
    MainWindow window(session);
    window.setLanguage(QStringLiteral("vi"));
    window.resize(1024, 600);
    window.show();
    QVERIFY(session.create(SOURCE + "/samples/co-so/congress.json", dir.filePath("f.kpdb")).isEmpty());
    QVERIFY(testing::makeCommittee(window).isEmpty());

    // An earlier count took in ballot 1.
    const QString earlier = dir.filePath("earlier");
    QVERIFY(QDir().mkpath(earlier));
    QVERIFY(QFile::copy(SAMPLES + "ballot-00001.jpg", earlier + "/ballot-00001.jpg"));
    QCOMPARE(testing::countFolder(window, earlier).first, 1);

    // The folder: two ballots, a copy of one of them, a copy of ballot 1, a JPEG cut short, a
    // text file named .png, a note, a link to a file that is gone, a hidden name, a folder.
    const QString folder = dir.filePath("folder");
    QVERIFY(QDir().mkpath(folder));
    for (const char* name : {"ballot-00002.jpg", "ballot-00003.jpg"}) {
        QVERIFY(QFile::copy(SAMPLES + name, folder + "/" + name));
    }
    QVERIFY(QFile::copy(SAMPLES + "ballot-00002.jpg", folder + "/ban-sao-00002.jpg"));
    QVERIFY(QFile::copy(SAMPLES + "ballot-00001.jpg", folder + "/da-dem-00001.jpg"));
    QFile source(SAMPLES + "ballot-00004.jpg");
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray jpeg = source.readAll();
    QFile cut(folder + "/hong.jpg");
    QVERIFY(cut.open(QIODevice::WriteOnly) && cut.write(jpeg.left(jpeg.size() / 3)) > 0);
    cut.close();
    for (const char* name : {"khong-phai-anh.png", "ghi-chu.txt"}) {
        QFile text(folder + "/" + name);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("danh sách phát phiếu\n") > 0);
    }
    QVERIFY(QFile::link(dir.filePath("gone.jpg"), folder + "/lien-ket.jpg"));
    QVERIFY(QFile::copy(SAMPLES + "ballot-00005.jpg", folder + "/.dang-ghi.jpg"));  // a scanner's program still writing
    QVERIFY(QDir().mkpath(folder + "/cu"));

    window.showStep(MainWindow::Counting);
    CountingPage* counting = window.countingPage();
    child<QComboBox>(counting, QStringLiteral("device"))->setCurrentText(QStringLiteral("folder:") + folder);

    // The broken link stops the count: named, with what to do, in Vietnamese; nothing else
    // is taken in, and the list says so of every image.
    pressStart(counting);
    const QString link = lineOf(counting, QStringLiteral("lien-ket.jpg"));
    QVERIFY2(link.contains(QStringLiteral("liên kết hỏng")) && link.contains(QStringLiteral("Bắt đầu")),
             qPrintable(link));
    for (const char* name : {"ballot-00002.jpg", "hong.jpg", "da-dem-00001.jpg"}) {
        QVERIFY2(lineOf(counting, name).contains(QStringLiteral("chưa quét")), name);
    }
    bool told = false;
    for (QLabel* label : counting->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("lien-ket.jpg"))) {
            told = true;
            QVERIFY2(
                !label->text().contains(QStringLiteral("link")) && !label->text().contains(QStringLiteral("scanner")),
                qPrintable(label->text()));
        }
    }
    QVERIFY2(told, "the screen does not say which file stopped the count");

    // Removed, Start again: every file of the folder is on the list with what became of it.
    QVERIFY(QFile::remove(folder + "/lien-ket.jpg"));
    pressStart(counting);
    const QStringList files =
        QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    QCOMPARE(files.size(), 9);
    for (const QString& f : files) {
        QVERIFY2(!lineOf(counting, f).isEmpty(), qPrintable(f + " is not on the counting list"));
    }
    for (const char* name : {"ballot-00002.jpg", "ballot-00003.jpg"}) {
        const QString line = lineOf(counting, name);
        QVERIFY2(line.startsWith(QStringLiteral("Tờ ")) && (line.contains(QStringLiteral("đã đọc")) ||
                                                            line.contains(QStringLiteral("chuyển Ban kiểm phiếu"))),
                 qPrintable(line));
    }
    const auto says = [&](const char* name, const QString& words) {
        const QString line = lineOf(counting, QString::fromLatin1(name));
        QVERIFY2(line.contains(words), qPrintable(line));
    };
    says("ban-sao-00002.jpg", QStringLiteral("trùng ảnh với ballot-00002.jpg"));
    says("da-dem-00001.jpg", QStringLiteral("đã có trong hồ sơ"));
    // A JPEG cut short decodes in part (its lower part grey): a sheet whose code cannot be read,
    // sent to the committee with that reason.
    says("hong.jpg", QStringLiteral("chuyển Ban kiểm phiếu: không đọc được mã"));
    says("khong-phai-anh.png", QStringLiteral("không đọc được ảnh"));
    says("ghi-chu.txt", QStringLiteral("không phải tệp ảnh"));
    says(".dang-ghi.jpg", QStringLiteral("tệp ẩn"));
    says("cu", QStringLiteral("thư mục con"));
    auto* summary = child<QLabel>(counting, QStringLiteral("files"));
    QVERIFY(summary && summary->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("5 tệp không tính")), qPrintable(summary->text()));
}

QTEST_MAIN(FolderFiles)
#include "test_folder_files.moc"
