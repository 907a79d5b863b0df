#pragma once
// Step 6: the results. The tally of every election round by the party's rules: votes, percent
// of the base, who is elected, ties (the congress decides: a runoff among the tied) and unfilled
// seats; the hall's projection window shows them in large type.
#include <QWidget>
#include <optional>
#include <vector>

#include "tally/round_result.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace kp::gui {

class Session;
class ProjectionWindow;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    ResultsPage(Session& session, QWidget* parent = nullptr);
    ~ResultsPage() override;

    const std::vector<RoundResult>& results() const { return m_results; }
    ProjectionWindow* project(bool fullScreen = true);

public slots:
    void refresh();

private:
    void show(int index);
    Session& m_session;
    QComboBox* m_round;
    QLabel* m_state;
    QTableWidget* m_table;
    QLabel* m_outcome;
    std::vector<RoundResult> m_results;
    ProjectionWindow* m_projection = nullptr;
};

}  // namespace kp::gui
