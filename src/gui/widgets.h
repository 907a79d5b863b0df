#pragma once
// Small pieces every screen uses: a page title, a read-only table, filling a row, a round's title.
#include <QLabel>
#include <QStringList>
#include <QTableWidget>

#include "tally/congress.h"

namespace kp::gui {

QLabel* pageTitle(const QString& text);
QTableWidget* table(const QStringList& headers, QWidget* parent);
void setRow(QTableWidget* table, int row, const QStringList& cells);
// An election round as lists show it: "Bầu Chi ủy khóa V", "Bầu Chi ủy khóa V – lần 2".
QString roundTitle(const Congress& congress, const ElectionId& election, int round);

}  // namespace kp::gui
