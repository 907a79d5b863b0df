#include "src/gui/results_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "reports/readings_jsonl.h"
#include "reports/wording.h"
#include "src/app/json_lines.h"
#include "src/app/rounds.h"
#include "src/gui/error_text.h"
#include "src/gui/projection_window.h"
#include "src/gui/reconciliation_panel.h"
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
    auto* replay = new QPushButton(tr("Replay ballot by ballot"), this);
    replay->setToolTip(
        tr("On the projector: each ballot's struck names and the running votes, so observers can follow the count."));
    row->addWidget(m_round, 1);
    row->addWidget(project);
    row->addWidget(replay);
    layout->addLayout(row);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_table =
        table({tr("No."), tr("Full name"), tr("Votes"), tr("% of base"), tr("% of valid (not official)"), tr("Result")},
              this);
    // The votes, and beside them the reconciliation of the figures: the place to see and settle
    // why there is no result yet.
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_table, tr("Votes"));
    m_reconciliation = new ReconciliationPanel(m_session, m_tabs);
    m_tabs->addTab(m_reconciliation, tr("Reconciliation of the figures"));
    layout->addWidget(m_tabs, 1);
    connect(m_reconciliation, &ReconciliationPanel::ruled, this, &ResultsPage::refresh);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    m_nextRound = new QPushButton(this);
    m_nextRound->setMinimumWidth(200);  // a long list of names is elided to the page (fitNextRound), never widens it
    m_nextRound->hide();
    layout->addWidget(m_nextRound, 0, Qt::AlignLeft);
    connect(m_nextRound, &QPushButton::clicked, this, [this] {
        if (m_next) {
            emit roundRequested(QString::fromStdString(m_next->election.value), m_next->round);
        }
    });
    connect(m_round, &QComboBox::currentIndexChanged, this, &ResultsPage::show);
    connect(project, &QPushButton::clicked, this, [this] { this->project(); });
    connect(replay, &QPushButton::clicked, this, [this] { this->replay(); });
    connect(&m_session, &Session::changed, this, &ResultsPage::refresh);
    refresh();
}

ResultsPage::~ResultsPage() {
    delete m_projection;
}

// The next round's button as wide as the page allows: the names it lists elided, all of them in
// its tooltip (a 1024×600 screen scrolls no page sideways).
void ResultsPage::fitNextRound() {
    const int room = std::max(m_nextRound->minimumWidth(), width() - 60);
    m_nextRound->setText(m_nextRound->fontMetrics().elidedText(m_nextRoundText, Qt::ElideRight, room));
    m_nextRound->setToolTip(m_nextRound->text() == m_nextRoundText ? QString() : m_nextRoundText);
}

void ResultsPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitNextRound();
}

namespace {

// The running count while ballots wait for the committee: the tally of the ballots settled so
// far, and how many wait in each round. Shown labelled as such, never as the result.
struct Running {
    std::vector<RoundResult> results;
    std::map<std::pair<std::string, int>, int> waiting;  // election, round → ballots waiting
};

std::optional<Running> runningCount(store::Record& record, const Congress& congress) {
    const auto counted = store::Committee(record).countedJsonl();
    if (!counted) {
        return std::nullopt;
    }
    Running out;
    std::string settled;
    for (const auto& line : app::jsonLinesOf(*counted)) {
        if (line.value("status", "") == "review") {
            ++out.waiting[{line.value("election", ""), line.value("round", 1)}];
        } else {
            settled += line.dump() + "\n";
        }
    }
    auto readings = parseReadings(settled);
    auto results = readings ? tally(congress, *readings) : std::unexpected(readings.error());
    if (out.waiting.empty() || !results) {
        return std::nullopt;
    }
    out.results = std::move(*results);
    return out;
}

}  // namespace

void ResultsPage::refresh() {
    m_results.clear();
    m_shown.clear();
    m_waiting.clear();
    m_blocked.clear();
    m_round->clear();
    m_state->clear();
    m_reconciliation->refresh();
    auto record = m_session.record();
    if (!record) {
        show(-1);
        return;
    }
    auto results = app::tallyRecord(*record, m_session.congress());
    if (results) {
        m_results = std::move(*results);
        m_shown = m_results;
        m_state->setText(
            tr("Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken)."));
    } else if (auto running = runningCount(*record, m_session.congress())) {
        m_shown = std::move(running->results);
        m_waiting = std::move(running->waiting);
        int waiting = 0;
        for (const auto& [round, n] : m_waiting) {
            waiting += n;
        }
        m_state->setStyleSheet(QStringLiteral("QLabel { color: #a60; font-weight: bold; }"));
        m_state->setText(
            tr("The count is still open: %n ballot(s) wait for the counting committee (step 6). The figures "
               "below are running counts, not the result.",
               nullptr, waiting));
    } else {
        const ErrorText why = countErrorText(results.error());
        m_blocked = why.text;
        setErrorLabel(m_state, tr("No result yet: "), why);
        if (m_reconciliation->hasGaps()) {
            m_tabs->setCurrentWidget(m_reconciliation);  // what to do is there
        }
    }
    for (const RoundResult& r : m_shown) {
        m_round->addItem(roundTitle(m_session.congress(), r.spec.election, r.spec.round));
    }
    if (m_waiting.empty()) {
        m_state->setStyleSheet({});
    }
    show(m_shown.empty() ? -1 : 0);
    if (m_projection && m_projection->isVisible()) {
        project(m_projection->isFullScreen());
    }
}

int ResultsPage::waitingIn(const RoundResult& r) const {
    const auto it = m_waiting.find({r.spec.election.value, r.spec.round});
    return it == m_waiting.end() ? 0 : it->second;
}

void ResultsPage::show(int index) {
    m_table->setRowCount(0);
    m_outcome->clear();
    m_next.reset();
    m_nextRound->hide();
    if (index < 0 || index >= static_cast<int>(m_shown.size())) {
        return;
    }
    const RoundResult& r = m_shown[static_cast<std::size_t>(index)];
    const int waiting = waitingIn(r);  // running counts: nobody is elected yet
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const CandidateResult& c = r.candidates[i];
        m_table->insertRow(static_cast<int>(i));
        setRow(m_table, static_cast<int>(i),
               {QString::number(i + 1), QString::fromStdString(c.name), QString::number(c.votes),
                QString::fromStdString(formatPercent(c.share)),
                c.shareValid ? QString::fromStdString(formatPercent(*c.shareValid)) : QStringLiteral("–"),
                waiting > 0 ? QString() : candidateStatusText(c.status)});
    }
    QString outcome = tr("Base %1 · collected %2 · valid %3 · invalid %4.")
                          .arg(r.spec.base)
                          .arg(r.ballots.collected)
                          .arg(r.ballots.valid)
                          .arg(r.ballots.invalid);
    if (waiting > 0) {  // nothing is decided while ballots wait
        m_outcome->setText(
            outcome + QLatin1Char(' ') +
            tr("%n ballot(s) of this round wait for the committee: no one is elected yet.", nullptr, waiting));
        if (m_projection && m_projection->isVisible()) {
            m_projection->showRound(m_session.congress(), r, waiting);
        }
        return;
    }
    if (r.tie) {
        outcome += QLatin1Char(' ') + tr("Tie for %1 seat(s) between %2: the congress holds a runoff among them.")
                                          .arg(r.tie->seats)
                                          .arg(QString::fromStdString(names(r, r.tie->candidates)));
    }
    if (r.unfilled > 0) {
        outcome +=
            QLatin1Char(' ') + tr("%1 seat(s) unfilled: the congress decides whether to vote again.").arg(r.unfilled);
    }
    // The next round of this election, when its last counted round calls for one: set up in one click.
    const auto open = app::openRounds(m_session.congress(), m_results);
    for (const RoundSpec& spec : open.rounds) {
        if (spec.election == r.spec.election && spec.round == r.spec.round + 1 &&
            std::ranges::none_of(m_results, [&](const RoundResult& x) {
                return x.spec.election == spec.election && x.spec.round == spec.round;
            })) {
            m_next = spec;
            QStringList names;
            for (const Candidate& c : spec.candidates) {
                names << QString::fromStdString(c.name);
            }
            m_nextRoundText = tr("Set up round %1: %2 seat(s) among %3…")
                                  .arg(spec.round)
                                  .arg(spec.seats)
                                  .arg(names.join(QStringLiteral(", ")));
            fitNextRound();
            m_nextRound->show();
        }
    }
    if (!open.notes.empty()) {
        outcome += QLatin1Char(' ') + tr("A further round cannot be set up from the record as it is.");
    }
    m_outcome->setText(outcome);
    m_outcome->setToolTip(QString::fromStdString(open.notes.empty() ? std::string() : open.notes.front()));
    if (m_projection && m_projection->isVisible()) {
        m_projection->showRound(m_session.congress(), r);
    }
}

// The hall always sees something: the result, the running count, or why there is none.
ProjectionWindow* ResultsPage::project(bool fullScreen) {
    if (!m_session.isOpen()) {
        return nullptr;
    }
    if (!m_projection) {
        m_projection = new ProjectionWindow;
    }
    if (m_shown.empty()) {
        m_projection->showBlocked(QString::fromStdString(m_session.congress().name),
                                  m_blocked.isEmpty() ? tr("No ballot has been counted yet.") : m_blocked);
    } else {
        const RoundResult& r = m_shown[static_cast<std::size_t>(std::max(0, m_round->currentIndex()))];
        m_projection->showRound(m_session.congress(), r, waitingIn(r));
    }
    fullScreen ? m_projection->showFullScreen() : m_projection->show();
    return m_projection;
}

ProjectionWindow* ResultsPage::replay(int intervalMs, bool fullScreen) {
    auto record = m_session.record();
    const int index = m_round->currentIndex();
    if (!record || index < 0 || index >= static_cast<int>(m_shown.size())) {
        setErrorLabel(m_state, tr("The replay cannot start: "),
                      {m_blocked.isEmpty() ? tr("no round has ballots counted yet.") : m_blocked, {}});
        return nullptr;
    }
    auto ballots = app::BallotReplay::of(*record, m_shown[static_cast<std::size_t>(index)].spec);
    if (!ballots) {
        setErrorLabel(m_state, tr("The replay cannot start: "), countErrorText(ballots.error()));
        return nullptr;
    }
    if (!m_projection) {
        m_projection = new ProjectionWindow;
    }
    m_projection->replay(m_session.congress(), std::move(*ballots), intervalMs);
    fullScreen ? m_projection->showFullScreen() : m_projection->show();
    return m_projection;
}

}  // namespace kp::gui
