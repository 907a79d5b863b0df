#include "src/gui/projection_window.h"

#include "src/gui/widgets.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "reports/wording.h"
#include "tally/percent.h"

namespace kp::gui {

ProjectionWindow::ProjectionWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setWindowTitle(tr("Results – projection"));
    setStyleSheet(QStringLiteral("background: #102a43; color: white;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 40);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #ffd166;"));
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_body->setStyleSheet(QStringLiteral("font-size: 30px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
}

void ProjectionWindow::showRound(const Congress& congress, const RoundResult& r) {
    m_title->setText(roundTitle(congress, r.spec.election, r.spec.round));
    QString html = QStringLiteral("<p>%1</p><table cellpadding='8'>")
                       .arg(tr("Base %1 · ballots collected %2 · valid %3")
                                .arg(r.spec.base)
                                .arg(r.ballots.collected)
                                .arg(r.ballots.valid));
    int n = 0;
    for (const CandidateId& id : r.elected) {
        const auto& c = *std::ranges::find(r.candidates, id, &CandidateResult::id);
        html += QStringLiteral("<tr><td>%1.</td><td><b>%2</b></td><td align='right'>%3</td><td align='right'>%4%</td></tr>")
                    .arg(++n)
                    .arg(QString::fromStdString(c.name).toHtmlEscaped())
                    .arg(c.votes)
                    .arg(QString::fromStdString(formatPercent(c.share)));
    }
    html += QStringLiteral("</table>");
    if (r.elected.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nobody is elected in this round."));
    }
    if (r.tie) {
        html += QStringLiteral("<p style='color:#ffd166'>%1</p>")
                    .arg(tr("Tie: %1 for %2 seat(s) — the congress votes again among them.")
                             .arg(QString::fromStdString(names(r, r.tie->candidates)))
                             .arg(r.tie->seats));
    }
    if (r.unfilled > 0) {
        html += QStringLiteral("<p style='color:#ffd166'>%1</p>").arg(tr("%n seat(s) unfilled — the congress decides.", nullptr, static_cast<int>(r.unfilled)));
    }
    m_body->setText(html);
}

QString ProjectionWindow::text() const { return m_title->text() + QLatin1Char('\n') + m_body->text(); }

void ProjectionWindow::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace kp::gui
