#include "src/gui/widgets.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <algorithm>
#include <map>
#include <string>

namespace kp::gui {

QLabel* pageTitle(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c) {
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

QString roundTitle(const Congress& congress, const ElectionId& election, int round) {
    const auto e = std::ranges::find(congress.elections, election, &Election::id);
    const QString title =
        e == congress.elections.end() ? QString::fromStdString(election.value) : QString::fromStdString(e->title);
    return round > 1 ? QCoreApplication::translate("kp::gui::Widgets", "%1 – round %2").arg(title).arg(round) : title;
}

QString candidateStatusText(CandidateStatus status) {
    switch (status) {
        case CandidateStatus::Elected: return QCoreApplication::translate("kp::gui::Widgets", "elected");
        case CandidateStatus::Alternate: return QCoreApplication::translate("kp::gui::Widgets", "alternate");
        case CandidateStatus::Tied: return QCoreApplication::translate("kp::gui::Widgets", "tied");
        case CandidateStatus::NotElected: return {};
    }
    return {};
}

QString invalidReasonText(InvalidReason reason) {
    switch (reason) {
        case InvalidReason::NotIssued:
            return QCoreApplication::translate("kp::gui::Widgets", "not issued by the counting committee");
        case InvalidReason::WriteIn: return QCoreApplication::translate("kp::gui::Widgets", "a name written in");
        case InvalidReason::IdentifyingMark:
            return QCoreApplication::translate("kp::gui::Widgets", "an identifying mark");
        case InvalidReason::Overvote:
            return QCoreApplication::translate("kp::gui::Widgets", "more names kept than places to fill");
        case InvalidReason::AllStruck: return QCoreApplication::translate("kp::gui::Widgets", "every name struck");
        case InvalidReason::NoChoice:
            return QCoreApplication::translate("kp::gui::Widgets", "no box marked for anyone");
    }
    return {};
}

// The review screen's words (its translation context) for the counting list too.
QString reviewReasonText(const std::string& code) {
    static const std::map<std::string, const char*> TEXT{
        {"partial_strike", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "only part of a name is struck")},
        {"underline", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a name is underlined")},
        {"mark_near_name", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a mark near a name")},
        {"mark_beside_name", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a mark beside a name (tick, circle)")},
        {"fold_through_name", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a fold runs through a name")},
        {"faint_stroke", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a faint stroke")},
        {"box_mark_unclear", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "an unclear mark in a box")},
        {"missing_stamp", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "no stamp found")},
        {"writing_outside_list", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "writing outside the list")},
        {"corner_damaged", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a corner is torn or folded")},
        {"no_ballot_code", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the ballot's code cannot be read")},
        {"multi_side_ballot",
         QT_TRANSLATE_NOOP("kp::gui::ReviewPage",
                           "a ballot of several sides, not scanned as one sheet: rule on every side from the paper")},
        {"name_hidden",
         QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the letters of a name leave too little paper to see a stroke")},
        {"unreadable_image", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the image cannot be read")},
        {"possible_refeed",
         QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "maybe the same paper as an earlier sheet, fed again")},
        {"manual_entries_differ", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the manual entries differ")},
        {"manual_second_entry_missing", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a second entry is missing")}};
    const auto it = TEXT.find(code);
    return it == TEXT.end() ? QString::fromStdString(code)
                            : QCoreApplication::translate("kp::gui::ReviewPage", it->second);
}

QWidget* scrolling(QWidget* page) {
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

namespace {

int longestWord(const QFontMetrics& fm, const QString& text) {
    static const QRegularExpression SPACE(QStringLiteral("\\s+"));
    int w = 0;
    for (const QString& word : text.split(SPACE, Qt::SkipEmptyParts)) {
        w = std::max(w, fm.horizontalAdvance(word));
    }
    return w;
}

// What a column needs: `least` its longest word (a column that does not wrap: its longest
// cell), `whole` its title and every cell on one line.
struct ColumnNeeds {
    int least = 0, whole = 0;
};

ColumnNeeds needsOf(const QTableWidget* table, int c, bool wraps) {
    const QFontMetrics cells(table->font()), titles(table->horizontalHeader()->font());
    const QString title = table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString();
    ColumnNeeds n{longestWord(titles, title), titles.horizontalAdvance(title)};
    for (int r = 0; r < table->rowCount(); ++r) {
        if (const QTableWidgetItem* item = table->item(r, c)) {
            const int line = cells.horizontalAdvance(item->text());
            n.least = std::max(n.least, wraps ? longestWord(cells, item->text()) : line);
            n.whole = std::max(n.whole, line);
        }
    }
    return n;
}

}  // namespace

void fitColumns(QTableWidget* table, const std::vector<int>& weights) {
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    header->setTextElideMode(Qt::ElideNone);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    constexpr int PAD = 14;  // the cell's margins and grid line, as the style draws them
    const std::size_t n = static_cast<std::size_t>(table->columnCount());
    if (n == 0) {
        return;
    }
    std::vector<int> weight(n, 0), width(n), whole(n);
    int spare = table->viewport()->width(), widening = 0;
    for (std::size_t c = 0; c < n; ++c) {
        weight[c] = c < weights.size() ? weights[c] : 0;
        const ColumnNeeds needs = needsOf(table, static_cast<int>(c), weight[c] > 0);
        width[c] = needs.least + PAD;
        whole[c] = std::max(needs.whole, needs.least) + PAD;
        spare -= width[c];
        widening += weight[c] > 0 ? 0 : whole[c] - width[c];
    }
    // Titles on one line when that leaves the columns that wrap a good share (a third) of the
    // width; otherwise the titles wrap and the text of those columns gets the room.
    if (spare - widening >= table->viewport()->width() / 3) {
        for (std::size_t c = 0; c < n; ++c) {
            width[c] = weight[c] > 0 ? width[c] : whole[c];
        }
        spare -= widening;
    }
    // The rest shared by weight among the columns that wrap, none wider than its text on one line
    // (what one cannot take goes to the others, the last column taking what is left at the end).
    for (bool shared = true; spare > 0 && shared;) {
        int shares = 0;
        for (std::size_t c = 0; c < n; ++c) {
            shares += width[c] < whole[c] ? weight[c] : 0;
        }
        shared = shares > 0;
        const int pool = spare;
        for (std::size_t c = 0; c < n && shared; ++c) {
            const int more = width[c] < whole[c] ? std::min(whole[c] - width[c], pool * weight[c] / shares) : 0;
            width[c] += more;
            spare -= more;
        }
        shared = shared && spare < pool;
    }
    width[n - 1] += std::max(0, spare);
    const QFontMetrics titles(header->font());
    int headerHeight = header->sizeHint().height();
    for (std::size_t c = 0; c < n; ++c) {
        const int column = static_cast<int>(c);
        header->resizeSection(column, width[c]);
        const QString title =
            table->horizontalHeaderItem(column) ? table->horizontalHeaderItem(column)->text() : QString();
        const QRect words =
            titles.boundingRect(QRect(0, 0, width[c] - PAD, 1000), Qt::AlignCenter | Qt::TextWordWrap, title);
        headerHeight = std::max(headerHeight, words.height() + PAD / 2);
    }
    header->setMinimumHeight(headerHeight);
    table->resizeRowsToContents();
}

void fitToScreen(QWidget* window, QSize preferred) {
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    // A title bar and borders take about 40 px that the window's own size does not count.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    window->resize(preferred.boundedTo(room));
}

}  // namespace kp::gui
