#include "src/gui/results_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "reports/readings_jsonl.h"
#include "reports/wording.h"
#include "src/gui/projection_window.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"
#include "tally/percent.h"
#include "tally/tally.h"

namespace kp::gui {

ResultsPage::ResultsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Results")));
    auto* row = new QHBoxLayout;
    m_round = new QComboBox(this);
    auto* project = new QPushButton(tr("Show in the hall (projector)"), this);
    row->addWidget(m_round, 1);
    row->addWidget(project);
    layout->addLayout(row);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_table = table({tr("No."), tr("Full name"), tr("Votes"), tr("% of base"), tr("% of valid (not official)"), tr("Result")}, this);
    layout->addWidget(m_table, 1);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    connect(m_round, &QComboBox::currentIndexChanged, this, &ResultsPage::show);
    connect(project, &QPushButton::clicked, this, [this] { this->project(); });
    connect(&m_session, &Session::changed, this, &ResultsPage::refresh);
    refresh();
}

ResultsPage::~ResultsPage() { delete m_projection; }

void ResultsPage::refresh() {
    m_results.clear();
    m_round->clear();
    m_state->clear();
    auto record = m_session.record();
    if (!record) {
        show(-1);
        return;
    }
    const auto counted = store::Committee(*record).countedJsonl();
    auto readings = counted ? parseReadings(*counted) : std::unexpected(InputError{});
    if (!readings) {
        m_state->setText(tr("The count cannot be tallied yet: %1")
                             .arg(QString::fromStdString(counted ? readings.error().message() : counted.error().message)));
        show(-1);
        return;
    }
    auto results = tally(m_session.congress(), *readings);
    if (!results) {
        m_state->setText(tr("Not tallied: %1").arg(QString::fromStdString(results.error().message())));
        show(-1);
        return;
    }
    m_results = std::move(*results);
    for (const RoundResult& r : m_results) {
        const auto e = std::ranges::find(m_session.congress().elections, r.spec.election, &Election::id);
        m_round->addItem(QString::fromStdString(e->title) + (r.spec.round > 1 ? tr(" – round %1").arg(r.spec.round) : QString()));
    }
    m_state->setText(tr("Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken)."));
    show(m_results.empty() ? -1 : 0);
}

void ResultsPage::show(int index) {
    m_table->setRowCount(0);
    m_outcome->clear();
    if (index < 0 || index >= static_cast<int>(m_results.size())) {
        return;
    }
    const RoundResult& r = m_results[static_cast<std::size_t>(index)];
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const CandidateResult& c = r.candidates[i];
        m_table->insertRow(static_cast<int>(i));
        setRow(m_table, static_cast<int>(i),
               {QString::number(i + 1), QString::fromStdString(c.name), QString::number(c.votes),
                QString::fromStdString(formatPercent(c.share)),
                c.shareValid ? QString::fromStdString(formatPercent(*c.shareValid)) : QStringLiteral("–"),
                QString::fromStdString(std::string(statusText(c.status)))});
    }
    QString outcome = tr("Base %1 · collected %2 · valid %3 · invalid %4.")
                          .arg(r.spec.base)
                          .arg(r.ballots.collected)
                          .arg(r.ballots.valid)
                          .arg(r.ballots.invalid);
    if (r.tie) {
        outcome += QLatin1Char(' ') + tr("Tie for %1 seat(s) between %2: the congress holds a runoff among them.")
                                          .arg(r.tie->seats)
                                          .arg(QString::fromStdString(names(r, r.tie->candidates)));
    }
    if (r.unfilled > 0) {
        outcome += QLatin1Char(' ') + tr("%1 seat(s) unfilled: the congress decides whether to vote again.").arg(r.unfilled);
    }
    m_outcome->setText(outcome);
    if (m_projection && m_projection->isVisible()) {
        m_projection->showRound(m_session.congress(), r);
    }
}

ProjectionWindow* ResultsPage::project(bool fullScreen) {
    if (m_results.empty()) {
        return nullptr;
    }
    if (!m_projection) {
        m_projection = new ProjectionWindow;
    }
    m_projection->showRound(m_session.congress(), m_results[static_cast<std::size_t>(std::max(0, m_round->currentIndex()))]);
    fullScreen ? m_projection->showFullScreen() : m_projection->show();
    return m_projection;
}

}  // namespace kp::gui
