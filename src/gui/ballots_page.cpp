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
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

std::expected<ballot::BallotLayout, QString> layoutOf(const Congress& c, int index) {
    if (index < 0 || index >= static_cast<int>(c.elections.size())) {
        return std::unexpected(QString());
    }
    const Election& e = c.elections[static_cast<std::size_t>(index)];
    auto spec = roundSpec(c, e, 1, {});
    if (!spec) {
        return std::unexpected(QString::fromStdString(spec.error().message()));
    }
    auto layout = ballot::layoutBallot(c, e, *spec);
    if (!layout) {
        return std::unexpected(QString::fromStdString(layout.error().message()));
    }
    return *layout;
}

}  // namespace

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
    if (m_session.isOpen()) {
        for (const Election& e : m_session.congress().elections) {
            m_election->addItem(QString::fromStdString(e.title));
        }
    }
    preview();
}

void BallotsPage::preview() {
    m_image->clear();
    if (!m_session.isOpen()) {
        m_note->setText(tr("Open a congress record first."));
        return;
    }
    const auto layout = layoutOf(m_session.congress(), m_election->currentIndex());
    if (!layout) {
        m_note->setText(layout.error());
        return;
    }
    m_note->setText(tr("As printed: the stamp goes in the top-left box; voters strike through the names they reject. "
                       "Nothing on a ballot identifies a voter."));
    m_image->setPixmap(QPixmap::fromImage(render::ballotImage(*layout, 0, 90)));
}

QString BallotsPage::savePdf(const QString& path) {
    const auto layout = layoutOf(m_session.congress(), m_election->currentIndex());
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
