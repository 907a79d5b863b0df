#include "src/gui/widgets.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <algorithm>

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
    const QString title = e == congress.elections.end() ? QString::fromStdString(election.value) : QString::fromStdString(e->title);
    return round > 1 ? QCoreApplication::translate("kp::gui::Widgets", "%1 – round %2").arg(title).arg(round) : title;
}

}  // namespace kp::gui
