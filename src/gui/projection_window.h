#pragma once
// The hall's projector. The standings of one election round: every candidate in ballot order
// with votes, percent of the base, whether they passed the majority, the elected highlighted;
// ties and unfilled seats in words; the type as large as the screen allows (a list of 20 fills
// it, a longer one takes two columns, and beyond that pages that turn by themselves). While
// ballots still wait for the committee it says so over the running counts; while there is no
// result it says why — never a blank screen. Or the count replayed ballot by ballot so
// observers can follow it: each ballot's struck names and the running votes (Space pauses,
// → shows the next ballot at once). Escape closes it.
#include <QWidget>
#include <optional>

#include "src/app/ballot_replay.h"

#include "tally/congress.h"
#include "tally/round_result.h"

class QLabel;
class QStackedWidget;
class QTimer;

namespace kp::gui {

class Standings;

class ProjectionWindow : public QWidget {
    Q_OBJECT
public:
    explicit ProjectionWindow(QWidget* parent = nullptr);
    // The round's standings; `waiting` ballots still wait for the committee (0: the result).
    void showRound(const Congress& congress, const RoundResult& result, int waiting = 0);
    // No result to show: the title and why, in words.
    void showBlocked(const QString& title, const QString& why);
    // Starts the replay; one ballot every `intervalMs` (0: only on → or step()).
    void replay(const Congress& congress, app::BallotReplay ballots, int intervalMs = 1500);
    // Shows the next ballot of the replay; false when there is none left.
    bool step();
    // What is on the screen, as text (the standings' current page, or the replay).
    QString text() const;
    // The standings' pages (1 unless the list is too long for two columns) and the one shown.
    int pages() const;
    int page() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_body;
    QStackedWidget* m_views;
    Standings* m_standings;
    QTimer* m_timer;
    QTimer* m_pageTimer;
    std::optional<app::BallotReplay> m_replay;
};

}  // namespace kp::gui
