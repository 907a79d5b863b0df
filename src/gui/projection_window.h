#pragma once
// The hall's projector: one election round at a time in large type, the elected in vote order
// with votes and percent, ties and unfilled seats said plainly. Or the count replayed ballot by
// ballot so observers can follow it: each ballot's struck names and the running votes (Space
// pauses, → shows the next ballot at once). Escape closes it.
#include <QWidget>
#include <optional>

#include "src/app/ballot_replay.h"

#include "tally/congress.h"
#include "tally/round_result.h"

class QLabel;
class QTimer;

namespace kp::gui {

class ProjectionWindow : public QWidget {
    Q_OBJECT
public:
    explicit ProjectionWindow(QWidget* parent = nullptr);
    void showRound(const Congress& congress, const RoundResult& result);
    // Starts the replay; one ballot every `intervalMs` (0: only on → or step()).
    void replay(const Congress& congress, app::BallotReplay ballots, int intervalMs = 1500);
    // Shows the next ballot of the replay; false when there is none left.
    bool step();
    QString text() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_body;
    QTimer* m_timer;
    std::optional<app::BallotReplay> m_replay;
};

}  // namespace kp::gui
