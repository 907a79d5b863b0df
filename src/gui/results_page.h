#pragma once
// Step 6: the results. The tally of every election round by the party's rules: votes, percent
// of the base, who is elected, ties (the congress decides: a runoff among the tied) and unfilled
// seats; the hall's projection window shows them in large type.
#include <QWidget>
#include <map>
#include <optional>
#include <vector>

#include "tally/round_result.h"
#include "tally/round_spec.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kp::gui {

class Session;
class ProjectionWindow;
class ReconciliationPanel;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    ResultsPage(Session& session, QWidget* parent = nullptr);
    ~ResultsPage() override;

    // The result of every counted round; empty while ballots wait for the committee (the
    // screen then shows the running counts) or when there is no result (it says why).
    const std::vector<RoundResult>& results() const { return m_results; }
    ProjectionWindow* project(bool fullScreen = true);
    // The selected round replayed ballot by ballot on the projector; nullptr (and a message on
    // the screen) when it cannot be.
    ProjectionWindow* replay(int intervalMs = 1500, bool fullScreen = true);
    // Shown when the selected round calls for another (tie, unfilled seats): one click sets it up.
    QPushButton* nextRoundButton() const { return m_nextRound; }

public slots:
    void refresh();

signals:
    // The committee set up the next round of an election (runoff or unfilled seats).
    void roundRequested(const QString& election, int round);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void show(int index);
    void fitNextRound();
    int waitingIn(const RoundResult& r) const;
    Session& m_session;
    QComboBox* m_round;
    QLabel* m_state;
    QTableWidget* m_table;
    QTabWidget* m_tabs;
    ReconciliationPanel* m_reconciliation;
    QLabel* m_outcome;
    QPushButton* m_nextRound;
    QString m_nextRoundText;  // its whole text; the button shows as much as fits
    std::optional<RoundSpec> m_next;
    std::vector<RoundResult> m_results;
    std::vector<RoundResult> m_shown;                      // the results, or the running counts
    std::map<std::pair<std::string, int>, int> m_waiting;  // election, round → ballots waiting
    QString m_blocked;                                     // why there is no result
    ProjectionWindow* m_projection = nullptr;
};

}  // namespace kp::gui
