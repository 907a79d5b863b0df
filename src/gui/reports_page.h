#pragma once
// Step 7: the reports. The counting minutes of every election round, the results announcement,
// the summary, the ballot listing and the entry journal, as PDF to print and sign and ODT to
// edit and file, with CSV and the canonical JSON (docs/reports.md); made off the GUI thread.
#include <QWidget>
#include <expected>

#include "src/app/report_writer.h"
#include <filesystem>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

class QPrinter;

namespace kp::gui {

class Session;

class ReportsPage : public QWidget {
    Q_OBJECT
public:
    ReportsPage(Session& session, QWidget* parent = nullptr);

    // Makes every report into the record's reports folder and waits; the error, or empty.
    QString makeReports();
    QStringList files() const;
    // Writes the signed audit bundle into `outDir` with the congress key file; the error, or
    // empty. (The key is made once with `kiemphieu-cli keygen`, kept apart from the record.)
    QString exportBundle(const QString& keyFile, const QString& outDir);

    // Prints a report (a PDF of the list) on `printer`; the error, or empty.
    QString print(const QString& pdf, QPrinter& printer);

signals:
    void made();

public slots:
    void refresh();

private:
    // The reports made, or why there are none (the error of app::writeReports).
    void show(const std::expected<app::ReportOutput, std::string>& made);
    Session& m_session;
    QLabel* m_state;
    QListWidget* m_files;
    QPushButton* m_make;
    QLabel* m_preview;
};

}  // namespace kp::gui
