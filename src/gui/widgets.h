#pragma once
// Small pieces every screen uses: a page title, a read-only table, filling a row.
#include <QLabel>
#include <QStringList>
#include <QTableWidget>

namespace kp::gui {

QLabel* pageTitle(const QString& text);
QTableWidget* table(const QStringList& headers, QWidget* parent);
void setRow(QTableWidget* table, int row, const QStringList& cells);

}  // namespace kp::gui
