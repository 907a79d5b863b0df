#pragma once
// Small pieces every screen uses: a page title, a read-only table, filling a row, a round's
// title, a page that scrolls on a small screen, a window sized to the screen it is on.
#include <QLabel>
#include <QStringList>
#include <QTableWidget>
#include <vector>

#include "tally/congress.h"
#include "tally/round_result.h"

namespace kp::gui {

QLabel* pageTitle(const QString& text);
QTableWidget* table(const QStringList& headers, QWidget* parent);
void setRow(QTableWidget* table, int row, const QStringList& cells);
// An election round as lists show it: "Bầu Chi ủy khóa V", "Bầu Chi ủy khóa V – lần 2".
QString roundTitle(const Congress& congress, const ElectionId& election, int round);
// A candidate's result in the interface's language ("trúng cử" in Vietnamese, "elected" in
// English); empty for one not elected.
QString candidateStatusText(CandidateStatus status);
// Why a ballot is invalid, as the interface says it.
QString invalidReasonText(InvalidReason reason);
// Why a ballot waits for the committee (a recogniser's or the count's reason code), in words.
QString reviewReasonText(const std::string& code);
// The page in a frameless scroll area: it fills the area, and scrolls when the screen is
// smaller than the page needs (1024×600 netbooks in a hall).
QWidget* scrolling(QWidget* page);
// Sizes a table's columns to its width, so that it needs no sideways scrolling: every column at
// least as wide as its longest word (title and cells; a column of weight 0 as its longest
// line), the columns of weight > 0 sharing what is left in proportion and wrapping their text;
// the header grows to show wrapped titles whole. Call again when the table's width or cells
// change.
void fitColumns(QTableWidget* table, const std::vector<int>& weights);
// Resizes a top-level window to `preferred`, or to what its screen has room for (the
// window's frame and a taskbar included) when that is less.
void fitToScreen(QWidget* window, QSize preferred);

}  // namespace kp::gui
