#pragma once
// The projector's standings of one election round, drawn to fill the screen: the whole list in
// ballot order (votes, percent of the base, the majority mark, the elected highlighted), the
// round's figures above and its ties and unfilled seats in words below. The type size follows
// the screen and the list: one column up to 24 names, two columns after, pages of two columns
// of 30 beyond that (turned by the projection window).
#include <QWidget>

#include "tally/congress.h"
#include "tally/round_result.h"

namespace kp::gui {

class Standings : public QWidget {
    Q_OBJECT
public:
    explicit Standings(QWidget* parent = nullptr);

    // `waiting`: ballots still waiting for the committee (the counts are running counts).
    void setRound(const RoundResult& result, int waiting);
    // Nothing to show but why.
    void setBlocked(const QString& why);
    int pages() const;
    int page() const { return m_page; }
    void setPage(int page);
    // The lines on screen (the current page), for the tests and the screen reader.
    QString text() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Row {
        QString number, name, votes, percent, mark;
        bool elected = false;
    };
    int rowsPerColumn() const;
    int columns() const;
    std::vector<Row> m_rows;
    QString m_state;      // running count, or why there is no result
    bool m_warn = false;  // m_state in the warning colour
    QString m_figures;    // base, majority, ballots
    QStringList m_notes;  // ties, unfilled seats, nobody elected
    int m_page = 0;
};

}  // namespace kp::gui
