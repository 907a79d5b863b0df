#pragma once
// Step 1: the congress. Open a record or make one from a congress file; see the elections,
// seats, electorate and candidate lists (locked: the list is the congress file's, and a change
// needs a new round).
#include <QWidget>

class QLabel;
class QTableWidget;

namespace kp::gui {

class Session;

class CongressPage : public QWidget {
    Q_OBJECT
public:
    CongressPage(Session& session, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    void openRecord();
    void createRecord();
    void showCandidates(int election);
    Session& m_session;
    QLabel* m_summary;
    QTableWidget* m_elections;
    QTableWidget* m_candidates;
};

}  // namespace kp::gui
