#include "src/gui/ballots_page.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QTemporaryDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ocr/layout/ballot_layout.h"
#include "reports/render/ballot_document.h"
#include "src/app/rounds.h"
#include "src/app/word_blank.h"
#include "src/common/utc_time.h"
#include "src/gui/blank_dialog.h"
#include "src/gui/error_text.h"
#include "src/gui/pdf_print.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

BallotsPage::BallotsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Ballots")));
    auto* row = new QHBoxLayout;
    m_election = new QComboBox(this);
    auto* save = new QPushButton(tr("Save the ballots as PDF…"), this);
    row->addWidget(m_election, 1);
    row->addWidget(save);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    connect(m_election, &QComboBox::currentIndexChanged, this, &BallotsPage::preview);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the ballots"), {}, tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            if (const QString error = savePdf(path); !error.isEmpty()) {
                QMessageBox::warning(this, tr("The ballots were not saved"), error);
            }
        }
    });
    auto* printButton = new QPushButton(tr("Print…"), this);
    row->addWidget(printButton);
    connect(printButton, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted) {
            if (const QString error = print(printer); !error.isEmpty()) {
                QMessageBox::warning(this, tr("The ballots were not printed"), error);
            }
        }
    });
    auto* elsewhere = new QPushButton(tr("Printed elsewhere: learn from a scanned blank…"), this);
    elsewhere->setToolTip(tr("For ballots typed in a word processor: scan one blank, stamped ballot; the recogniser "
                             "finds the names on it and the committee confirms."));
    row->addWidget(elsewhere);
    connect(elsewhere, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Scanned blank ballot"), {},
                                                          tr("Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)"));
        if (!path.isEmpty()) {
            learnBlank(path, true);
        }
    });
    connect(&m_session, &Session::changed, this, &BallotsPage::refresh);
    refresh();
}

void BallotsPage::askToConfirm(const QString& error) {
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("The blank was not learned"), error);
        return;
    }
    BlankDialog dialog(*m_learned, m_blankRound, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const QString refused = confirmBlank(); !refused.isEmpty()) {
            QMessageBox::warning(this, tr("The blank was not kept"), refused);
        }
    }
}

void BallotsPage::learnBlank(const QString& scanPath, bool ask) {
    const int index = m_election->currentIndex();
    auto record = m_session.record();
    const auto finish = [this, ask](const QString& error) {
        emit blankLearned(error);
        if (ask) {
            askToConfirm(error);
        }
    };
    if (!record || index < 0 || index >= static_cast<int>(m_rounds.size())) {
        finish(tr("Open a congress record first."));
        return;
    }
    auto input = app::roundInput(*record, m_rounds[static_cast<std::size_t>(index)].election.value,
                                 m_rounds[static_cast<std::size_t>(index)].round);
    if (!input) {
        finish(QString::fromStdString(input.error()));
        return;
    }
    m_learned.reset();
    m_blankPath = scanPath;
    m_blankRound = input->spec;
    m_note->setText(tr("Reading the blank (Tesseract, Vietnamese)…"));
    using Learned = std::expected<ocr::WordTemplate, std::string>;
    auto* watcher = new QFutureWatcher<Learned>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, finish] {
        Learned learned = watcher->result();
        watcher->deleteLater();
        preview();
        if (!learned) {
            finish(QString::fromStdString(learned.error()));
            return;
        }
        m_learned = std::move(*learned);
        finish({});
    });
    watcher->setFuture(QtConcurrent::run([path = scanPath.toStdString(), in = std::move(*input)] {
        return app::learnBlank(path, 0, in);
    }));
}

QString BallotsPage::confirmBlank() {
    auto record = m_session.record();
    if (!m_learned || !record) {
        return tr("No blank has been learned.");
    }
    if (!m_session.signedIn()) {
        return tr("Sign in first (Counting committee): the confirmation is recorded in your name.");
    }
    auto kept = record->setWordBlank(m_blankRound.election.value, m_blankRound.round, m_blankPath.toStdString(),
                                     static_cast<int>(m_learned->dpi), m_session.operatorName().toStdString(), utcNow());
    if (!kept) {
        return storeErrorText(kept.error()).text;
    }
    m_learned.reset();
    preview();
    return {};
}

void BallotsPage::refresh() {
    m_election->clear();
    m_rounds.clear();
    QString notes;
    if (m_session.isOpen()) {
        // Round 1 of every election, and a runoff or further round where the count calls for one.
        auto record = m_session.record();
        auto open = record ? app::openRounds(*record, m_session.congress()) : app::openRounds(m_session.congress(), {});
        m_rounds = std::move(open.rounds);
        for (const RoundSpec& spec : m_rounds) {
            m_election->addItem(roundTitle(m_session.congress(), spec.election, spec.round));
        }
        for (const std::string& note : open.notes) {
            notes += QString::fromStdString(note) + QLatin1Char('\n');
        }
    }
    m_notes = notes.trimmed();
    preview();
}

QString BallotsPage::blankNote() const {
    const int index = m_election->currentIndex();
    auto record = m_session.record();
    if (!record || index < 0 || index >= static_cast<int>(m_rounds.size())) {
        return {};
    }
    const RoundSpec& spec = m_rounds[static_cast<std::size_t>(index)];
    for (const store::WordBlank& b : record->wordBlanks().value_or(std::vector<store::WordBlank>{})) {
        if (b.election == spec.election.value && b.round == spec.round) {
            return tr("This round's ballots were printed elsewhere: they are read against the blank %1 confirmed "
                      "(%2 dpi). ").arg(QString::fromStdString(b.confirmedBy)).arg(b.dpi);
        }
    }
    return {};
}

void BallotsPage::showRound(const QString& election, int round) {
    for (std::size_t i = 0; i < m_rounds.size(); ++i) {
        if (m_rounds[i].election.value == election.toStdString() && m_rounds[i].round == round) {
            m_election->setCurrentIndex(static_cast<int>(i));
        }
    }
}

std::expected<ballot::BallotLayout, QString> BallotsPage::layout() const {
    const int index = m_election->currentIndex();
    if (!m_session.isOpen() || index < 0 || index >= static_cast<int>(m_rounds.size())) {
        return std::unexpected(QString());
    }
    const RoundSpec& spec = m_rounds[static_cast<std::size_t>(index)];
    const Congress& c = m_session.congress();
    auto made = ballot::layoutBallot(c, *std::ranges::find(c.elections, spec.election, &Election::id), spec);
    if (!made) {
        return std::unexpected(QString::fromStdString(made.error().message()));
    }
    return *made;
}

void BallotsPage::preview() {
    m_image->clear();
    if (!m_session.isOpen()) {
        m_note->setText(tr("Open a congress record first."));
        return;
    }
    const auto layout = this->layout();
    if (!layout) {
        m_note->setText(layout.error() + (m_notes.isEmpty() ? QString() : QStringLiteral("\n") + m_notes));
        return;
    }
    m_note->setText(blankNote() + tr("As printed: the stamp goes in the top-left box; voters strike through the names they reject. "
                       "Nothing on a ballot identifies a voter.") +
                    (m_notes.isEmpty() ? QString() : QStringLiteral("\n") + m_notes));
    m_image->setPixmap(QPixmap::fromImage(render::ballotImage(*layout, 0, 90)));
}

QString BallotsPage::print(QPrinter& printer) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("phieu-bau.pdf"));
    if (const QString error = savePdf(pdf); !error.isEmpty()) {
        return error;
    }
    return printPdf(pdf, printer);
}

QString BallotsPage::savePdf(const QString& path) {
    const auto layout = this->layout();
    if (!layout) {
        return layout.error();
    }
    const auto pdf = render::ballotPdf(*layout);
    if (!pdf) {
        return QString::fromStdString(pdf.error());
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size()) {
        return tr("Cannot write %1").arg(path);
    }
    return {};
}

}  // namespace kp::gui
