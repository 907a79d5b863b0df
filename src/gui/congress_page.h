#pragma once
// Step 1: the congress. Set one up in the congress editor (or from a congress file) and make its
// record, or open a record; see the elections, seats, electorate and candidate lists (locked
// once the record exists: a change needs a new round, or a new record made from this one).
// The records opened lately are listed to open again in one click.
#include <QWidget>

class QLabel;
class QListWidget;
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
    QLabel* m_recentTitle;
    QListWidget* m_recent;
    QTableWidget* m_elections;
    QTableWidget* m_candidates;
};

}  // namespace kp::gui
