#include "src/gui/projection_window.h"

#include "src/gui/widgets.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "src/gui/standings.h"

namespace kp::gui {

ProjectionWindow::ProjectionWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setWindowTitle(tr("Results – projection"));
    setStyleSheet(QStringLiteral("background: #102a43; color: white;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(30, 20, 30, 20);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #ffd166;"));
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ProjectionWindow::step);
    // A list too long for two columns turns its pages by itself: time to read 60 names.
    m_pageTimer = new QTimer(this);
    m_pageTimer->setInterval(12000);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_body->setStyleSheet(QStringLiteral("font-size: 30px;"));
    m_standings = new Standings(this);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_standings);
    m_views->addWidget(m_body);
    layout->addWidget(m_title);
    layout->addWidget(m_views, 1);
    connect(m_pageTimer, &QTimer::timeout, this,
            [this] { m_standings->setPage((m_standings->page() + 1) % m_standings->pages()); });
}

void ProjectionWindow::showRound(const Congress& congress, const RoundResult& r, int waiting) {
    m_timer->stop();
    m_replay.reset();
    m_title->setText(roundTitle(congress, r.spec.election, r.spec.round));
    m_standings->setRound(r, waiting);
    m_views->setCurrentWidget(m_standings);
    m_standings->pages() > 1 ? m_pageTimer->start() : m_pageTimer->stop();
}

void ProjectionWindow::showBlocked(const QString& title, const QString& why) {
    m_timer->stop();
    m_pageTimer->stop();
    m_replay.reset();
    m_title->setText(title);
    m_standings->setBlocked(why);
    m_views->setCurrentWidget(m_standings);
}

int ProjectionWindow::pages() const { return m_standings->pages(); }

int ProjectionWindow::page() const { return m_standings->page(); }

void ProjectionWindow::replay(const Congress& congress, app::BallotReplay ballots, int intervalMs) {
    m_pageTimer->stop();
    m_title->setText(roundTitle(congress, ballots.spec().election, ballots.spec().round));
    m_replay = std::move(ballots);
    m_views->setCurrentWidget(m_body);
    m_body->setText(QStringLiteral("<p>%1</p>").arg(tr("%n ballot(s) to count, one at a time.", nullptr, static_cast<int>(m_replay->size()))));
    m_timer->stop();
    if (intervalMs > 0) {
        m_timer->start(intervalMs);
    }
}

bool ProjectionWindow::step() {
    if (!m_replay || m_replay->done()) {
        m_timer->stop();
        return false;
    }
    const app::BallotReplay::Step ballot = m_replay->advance();
    QString what;
    if (!ballot.marks.empty()) {
        QStringList parts;
        for (const auto& [name, mark] : ballot.marks) {
            const QString word = mark == Mark::Agree ? tr("agree") : mark == Mark::Disagree ? tr("disagree") : mark == Mark::Both ? tr("both boxes") : tr("no mark");
            parts << QString::fromStdString(name).toHtmlEscaped() + QStringLiteral(": ") + word;
        }
        what = parts.join(QStringLiteral(" · "));
    } else {
        QStringList names;
        for (const std::string& name : ballot.struck) {
            names << QString::fromStdString(name).toHtmlEscaped();
        }
        what = names.isEmpty() ? tr("no name struck") : tr("struck: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!ballot.valid) {
        what += QStringLiteral(" — <span style='color:#ff6b6b'>%1</span>")
                    .arg(ballot.invalidReason ? tr("invalid: %1").arg(invalidReasonText(*ballot.invalidReason))
                                              : tr("not counted"));
    }
    const RoundCounter& count = m_replay->counter();
    QString html = QStringLiteral("<p style='font-size:30px'>%1</p><p>%2</p><table cellpadding='6'>")
                       .arg(tr("Ballot %1 (%2 of %3)").arg(QString::fromStdString(ballot.sheet)).arg(m_replay->counted()).arg(m_replay->size()),
                            what);
    const auto& list = m_replay->spec().candidates;
    const auto most = static_cast<double>(std::max<std::size_t>(1, m_replay->counted()));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Count votes = count.votes(i);
        const bool struckNow = std::ranges::find(ballot.struck, list[i].name) != ballot.struck.end();
        html += QStringLiteral("<tr><td%1>%2</td><td align='right'><b>%3</b></td><td style='color:#4ecdc4'>%4</td></tr>")
                    .arg(struckNow ? QStringLiteral(" style='text-decoration: line-through; color:#aab'") : QString())
                    .arg(QString::fromStdString(list[i].name).toHtmlEscaped())
                    .arg(votes)
                    .arg(QString(static_cast<qsizetype>(30.0 * static_cast<double>(votes) / most), QChar(0x2588)));
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Collected %1 · valid %2 · invalid %3").arg(count.totals().collected).arg(count.totals().valid).arg(count.totals().invalid));
    if (m_replay->done()) {
        html += QStringLiteral("<p style='color:#ffd166'>%1</p>").arg(tr("Every ballot is counted: these are the round's votes."));
        m_timer->stop();
    }
    m_body->setText(html);
    return true;
}

QString ProjectionWindow::text() const {
    return m_title->text() + QLatin1Char('\n') + (m_views->currentWidget() == m_body ? m_body->text() : m_standings->text());
}

void ProjectionWindow::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        m_timer->stop();
        close();
        return;
    }
    if (m_replay && event->key() == Qt::Key_Space) {  // pause / go on
        m_timer->isActive() ? m_timer->stop() : m_timer->start(m_timer->interval() > 0 ? m_timer->interval() : 1500);
        return;
    }
    if (m_replay && event->key() == Qt::Key_Right) {
        step();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace kp::gui
