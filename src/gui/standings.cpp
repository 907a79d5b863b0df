#include "src/gui/standings.h"

#include <QPainter>
#include <algorithm>

#include "reports/wording.h"
#include "src/gui/widgets.h"
#include "tally/percent.h"

namespace kp::gui {

namespace {

// Read from the back of a hall: one column while the list has up to 24 names (a 20-name list
// fills the screen), two after; more than 30 rows a column would make the type too small to
// read there, so longer lists turn pages.
constexpr int ONE_COLUMN = 24;
constexpr int ROWS_MAX = 30;

const QColor GOLD(255, 209, 102);
const QColor ELECTED_ROW(40, 90, 60);
const QColor WARN(255, 160, 80);

}  // namespace

Standings::Standings(QWidget* parent) : QWidget(parent) {
}

void Standings::setRound(const RoundResult& r, int waiting) {
    m_rows.clear();
    m_notes.clear();
    m_page = 0;
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const CandidateResult& c = r.candidates[i];
        const bool majority = 2 * c.votes > r.spec.base;  // Điều 30: strictly more than half the base
        // Running counts elect nobody: only the majority mark, no status, no highlight.
        const QString status = waiting > 0 ? QString() : candidateStatusText(c.status);
        m_rows.push_back(
            {QString::number(i + 1), QString::fromStdString(c.name), QString::number(c.votes),
             QString::fromStdString(formatPercent(c.share)) + QLatin1Char('%'),
             status.isEmpty() ? (majority ? tr("over half") : QString()) : status,
             waiting == 0 && (c.status == CandidateStatus::Elected || c.status == CandidateStatus::Alternate)});
    }
    m_warn = waiting > 0;
    m_state = waiting > 0
                  ? tr("COUNT STILL OPEN: %n ballot(s) wait for the counting committee. These are running counts, "
                       "not the result.",
                       nullptr, waiting)
                  : QString();
    m_figures = tr("Base %1 · elected with more than half: at least %2 votes · collected %3 · valid %4 · invalid %5")
                    .arg(r.spec.base)
                    .arg(r.spec.base / 2 + 1)
                    .arg(r.ballots.collected)
                    .arg(r.ballots.valid)
                    .arg(r.ballots.invalid);
    if (waiting == 0) {
        if (r.tie) {
            m_notes << tr("Tie: %1 for %2 seat(s) — the congress votes again among them.")
                           .arg(QString::fromStdString(names(r, r.tie->candidates)))
                           .arg(r.tie->seats);
        }
        if (r.unfilled > 0) {
            m_notes << tr("%n seat(s) unfilled — the congress decides whether to vote again.", nullptr,
                          static_cast<int>(r.unfilled));
        }
        if (r.elected.empty()) {
            m_notes << tr("Nobody is elected in this round.");
        }
    }
    update();
}

void Standings::setBlocked(const QString& why) {
    m_rows.clear();
    m_notes.clear();
    m_figures.clear();
    m_page = 0;
    m_warn = true;
    m_state = why;
    update();
}

int Standings::columns() const {
    return static_cast<int>(m_rows.size()) > ONE_COLUMN ? 2 : 1;
}

int Standings::rowsPerColumn() const {
    const int n = static_cast<int>(m_rows.size());
    return std::min(ROWS_MAX, std::max(1, (n + columns() - 1) / columns()));
}

int Standings::pages() const {
    const int perPage = rowsPerColumn() * columns();
    return std::max(1, (static_cast<int>(m_rows.size()) + perPage - 1) / perPage);
}

void Standings::setPage(int page) {
    m_page = std::clamp(page, 0, pages() - 1);
    update();
}

QString Standings::text() const {
    QStringList lines;
    if (!m_state.isEmpty()) {
        lines << m_state;
    }
    if (!m_figures.isEmpty()) {
        lines << m_figures;
    }
    const int perPage = rowsPerColumn() * columns();
    for (int i = m_page * perPage; i < std::min<int>(static_cast<int>(m_rows.size()), (m_page + 1) * perPage); ++i) {
        const Row& r = m_rows[static_cast<std::size_t>(i)];
        lines << QStringLiteral("%1. %2 %3 %4 %5").arg(r.number, r.name, r.votes, r.percent, r.mark).trimmed();
    }
    lines << m_notes;
    if (pages() > 1) {
        lines << tr("Page %1 of %2").arg(m_page + 1).arg(pages());
    }
    return lines.join(QLatin1Char('\n'));
}

void Standings::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(8, 4, -8, -4);
    int y = area.top();
    // The lines above and below the list take the type of a row, at least 18 px.
    const int lines = (m_state.isEmpty() ? 0 : 2) + (m_figures.isEmpty() ? 0 : 1) + static_cast<int>(m_notes.size()) +
                      (pages() > 1 ? 1 : 0);
    const int rows = m_rows.empty() ? 0 : rowsPerColumn();
    const int rowHeight = std::clamp(area.height() / std::max(1, rows + lines + 1), 20, 110);
    QFont font = p.font();
    font.setPixelSize(std::max(14, rowHeight * 62 / 100));
    const auto paragraph = [&](const QString& text, const QColor& colour, bool bold) {
        QFont f = font;
        f.setBold(bold);
        p.setFont(f);
        p.setPen(colour);
        const QRect box = p.boundingRect(QRect(area.left(), y, area.width(), 10 * rowHeight), Qt::TextWordWrap, text);
        p.drawText(QRect(area.left(), y, area.width(), box.height()), Qt::TextWordWrap | Qt::AlignHCenter, text);
        y += box.height() + rowHeight / 4;
    };
    if (!m_state.isEmpty()) {
        paragraph(m_state, m_warn ? WARN : Qt::white, true);
    }
    if (!m_figures.isEmpty()) {
        paragraph(m_figures, QColor(200, 215, 230), false);
    }
    const int perPage = rowsPerColumn() * columns();
    const int first = m_page * perPage;
    const int columnWidth = area.width() / columns();
    const QFontMetrics metrics(font);
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("000."));
    const int votesWidth = metrics.horizontalAdvance(QStringLiteral("00000"));
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("100,00%"));
    const int markWidth = metrics.horizontalAdvance(tr("over half")) + rowHeight / 2;
    const int top = y;
    for (int i = first; i < std::min<int>(static_cast<int>(m_rows.size()), first + perPage); ++i) {
        const Row& r = m_rows[static_cast<std::size_t>(i)];
        const int column = (i - first) / rowsPerColumn();
        const int x = area.left() + column * columnWidth;
        const int rowTop = top + ((i - first) % rowsPerColumn()) * rowHeight;
        const QRect row(x + 4, rowTop, columnWidth - 8, rowHeight - 2);
        if (r.elected) {
            p.fillRect(row, ELECTED_ROW);
        }
        QFont f = font;
        f.setBold(r.elected);
        p.setFont(f);
        p.setPen(r.elected ? GOLD : Qt::white);
        const int gap = rowHeight / 4;
        int left = row.left() + gap;
        p.drawText(QRect(left, row.top(), numberWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter, r.number);
        left += numberWidth + gap;
        const int right = row.right() - gap;
        const int nameWidth = right - left - votesWidth - percentWidth - markWidth - 3 * gap;
        p.drawText(QRect(left, row.top(), nameWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(r.name, Qt::ElideRight, nameWidth));
        left += nameWidth + gap;
        p.drawText(QRect(left, row.top(), votesWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter, r.votes);
        left += votesWidth + gap;
        p.drawText(QRect(left, row.top(), percentWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter, r.percent);
        left += percentWidth + gap;
        p.drawText(QRect(left, row.top(), markWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter, r.mark);
    }
    y = top + (m_rows.empty() ? 0 : rowsPerColumn() * rowHeight + rowHeight / 3);
    for (const QString& note : m_notes) {
        paragraph(note, GOLD, true);
    }
    if (pages() > 1) {
        paragraph(tr("Page %1 of %2").arg(m_page + 1).arg(pages()), QColor(200, 215, 230), false);
    }
}

}  // namespace kp::gui
