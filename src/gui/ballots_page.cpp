#include "src/gui/ballots_page.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
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
    connect(&m_session, &Session::changed, this, &BallotsPage::refresh);
    refresh();
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
    m_note->setText(tr("As printed: the stamp goes in the top-left box; voters strike through the names they reject. "
                       "Nothing on a ballot identifies a voter.") +
                    (m_notes.isEmpty() ? QString() : QStringLiteral("\n") + m_notes));
    m_image->setPixmap(QPixmap::fromImage(render::ballotImage(*layout, 0, 90)));
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
