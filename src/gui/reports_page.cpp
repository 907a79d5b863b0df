#include "src/gui/reports_page.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "src/app/congress_key.h"
#include "src/app/bundle.h"
#include "src/app/inputs.h"
#include "src/app/report_writer.h"
#include "src/gui/error_text.h"
#include "src/gui/pdf_print.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

using Made = std::expected<app::ReportOutput, std::string>;

Made make(const QString& record, const QString& dir) {
    auto inputs = app::loadRecordForReport(record.toStdString());
    if (!inputs) {
        return std::unexpected(inputs.error());
    }
    app::ReportRequest request;
    request.inputs = std::move(*inputs);
    request.fromRecord = true;
    request.source = record.toStdString();
    request.readingsSource = request.source;
    return app::writeReports(request, dir.toStdString());
}

}  // namespace

ReportsPage::ReportsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Reports")));
    m_make = new QPushButton(tr("Make the minutes and every report"), this);
    auto* open = new QPushButton(tr("Open the reports folder"), this);
    layout->addWidget(m_make, 0, Qt::AlignLeft);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_files = new QListWidget(this);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumWidth(320);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);  // never makes the window grow
    auto* view = new QHBoxLayout;
    view->addWidget(m_files, 1);
    view->addWidget(m_preview, 1);
    layout->addLayout(view, 1);
    auto* fileButtons = new QHBoxLayout;
    auto* printButton = new QPushButton(tr("Print…"), this);
    fileButtons->addWidget(printButton);
    fileButtons->addWidget(open);
    fileButtons->addStretch();
    layout->addLayout(fileButtons);
    connect(m_files, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        // The first page of a PDF, small: what will print (the others open in a viewer).
        const QString path = item ? item->data(Qt::UserRole).toString() : QString();
        const QImage page = path.endsWith(QLatin1String(".pdf")) ? pdfPageImage(path, 0, 45) : QImage();
        m_preview->setPixmap(page.isNull() ? QPixmap() : QPixmap::fromImage(page));
    });
    connect(printButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_files->currentItem();
        const QString path = item ? item->data(Qt::UserRole).toString() : QString();
        if (!path.endsWith(QLatin1String(".pdf"))) {
            QMessageBox::information(this, tr("Print"), tr("Choose a PDF in the list: the minutes and reports print from their PDF."));
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted) {
            if (const QString error = print(path, printer); !error.isEmpty()) {
                QMessageBox::warning(this, tr("Not printed"), error);
            }
        }
    });
    auto* keys = new QHBoxLayout;
    auto* makeKey = new QPushButton(tr("Make the congress key…"), this);
    makeKey->setToolTip(tr("Once per congress: the secret key signs the audit bundle; its public key is printed on the signed minutes."));
    auto* exportButton = new QPushButton(tr("Export the signed audit bundle…"), this);
    keys->addWidget(makeKey);
    keys->addWidget(exportButton);
    keys->addStretch();
    layout->addLayout(keys);
    connect(makeKey, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("A folder for the congress key (a USB stick kept by the chair)"));
        if (dir.isEmpty()) {
            return;
        }
        const auto made = app::makeCongressKey(dir.toStdString());
        if (!made) {
            QMessageBox::warning(this, tr("No key was made"), QString::fromStdString(made.error()));
            return;
        }
        QMessageBox::information(this, tr("The congress key"),
                                 tr("Secret key: %1/congress.key — keep it secret; it signs the audit bundle.\n"
                                    "Public key (write it on the signed minutes):\n%2")
                                     .arg(dir, QString::fromStdString(*made)));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString key = QFileDialog::getOpenFileName(this, tr("The congress key (congress.key)"), {}, tr("Keys (*.key)"));
        if (key.isEmpty()) {
            return;
        }
        const QString dir = QFileDialog::getExistingDirectory(this, tr("An empty folder for the audit bundle"));
        if (dir.isEmpty()) {
            return;
        }
        if (const QString error = exportBundle(key, dir); !error.isEmpty()) {
            QMessageBox::warning(this, tr("The bundle was not exported"), error);
        }
    });
    connect(m_make, &QPushButton::clicked, this, [this] {
        auto* watcher = new QFutureWatcher<Made>(this);
        connect(watcher, &QFutureWatcher<Made>::finished, this, [this, watcher] {
            show(watcher->result());
            m_make->setEnabled(true);
            watcher->deleteLater();
        });
        m_make->setEnabled(false);
        m_state->setText(tr("Making the reports…"));
        watcher->setFuture(QtConcurrent::run(make, m_session.recordPath(), m_session.reportsDir()));
    });
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_session.reportsDir())); });
    connect(m_files, &QListWidget::itemActivated, this,
            [](QListWidgetItem* item) { QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString())); });
    connect(&m_session, &Session::changed, this, &ReportsPage::refresh);
    refresh();
}

void ReportsPage::refresh() {
    m_files->clear();
    m_make->setEnabled(m_session.isOpen());
    m_state->setText(m_session.isOpen() ? tr("The reports are made from the congress record into %1.").arg(m_session.reportsDir())
                                        : QString());
}

QString ReportsPage::print(const QString& pdf, QPrinter& printer) { return printPdf(pdf, printer); }

QString ReportsPage::makeReports() {
    const Made result = make(m_session.recordPath(), m_session.reportsDir());
    show(result);
    return result ? QString() : countErrorText(result.error()).text;
}

QString ReportsPage::exportBundle(const QString& keyFile, const QString& outDir) {
    const auto secret = app::readFile(keyFile.toStdString());
    if (!secret) {
        return QString::fromStdString(secret.error());
    }
    const auto done = app::exportBundle(m_session.recordPath().toStdString(), *secret, outDir.toStdString());
    if (!done) {
        return QString::fromStdString(done.error());
    }
    const QString written = done->alreadyThere
                                ? tr("The audit bundle in %1 is already this record's: %2 sheets, %3 audit events, signed "
                                     "with the key %4 (print it on the minutes).")
                                : tr("Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it "
                                     "on the minutes).");
    m_state->setText(written
                         .arg(outDir)
                         .arg(done->sheets)
                         .arg(done->events)
                         .arg(QString::fromStdString(done->publicKey)));
    return {};
}

QStringList ReportsPage::files() const {
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i) {
        out << m_files->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void ReportsPage::show(const Made& result) {
    m_files->clear();
    if (!result) {
        setErrorLabel(m_state, tr("No reports: "), countErrorText(result.error()));
        return;
    }
    for (const auto& f : result->files) {
        auto* item = new QListWidgetItem(QString::fromStdString(f.filename().string()));
        item->setData(Qt::UserRole, QString::fromStdString(f.string()));
        m_files->addItem(item);
    }
    m_files->setCurrentRow(0);  // the first minutes, previewed
    QString state = tr("Every page names the SHA-256 of the result: %1").arg(QString::fromStdString(result->resultSha256));
    // Never a final count of nothing: the rounds without a ballot are named, not printed.
    QStringList notCounted;
    for (const auto& [election, round] : result->notCounted) {
        notCounted << roundTitle(m_session.congress(), election, round);
    }
    if (!notCounted.isEmpty()) {
        state += QLatin1Char('\n') + tr("No minutes for %1: no ballot has been counted there yet.").arg(notCounted.join(QStringLiteral("; ")));
    }
    m_state->setTextFormat(Qt::PlainText);
    m_state->setText(state);
    emit made();
}

}  // namespace kp::gui
