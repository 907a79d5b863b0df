#pragma once
// Manual entry, for halls without a scanner: the signed-in operator keys each paper ballot in
// turn — its number, then the numbers of the struck names (strike ballots) or one letter per
// person, d/k/h/- for đồng ý / không đồng ý / both / none (yes/no ballots) — and Enter saves it
// and moves to the next ballot. Two or three operators enter the same stack independently; a
// ballot counts when their entries agree, and a disagreement waits in the review queue.
#include <QWidget>
#include <vector>

#include "tally/round_spec.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace kp::gui {

class Session;

class ManualEntryPage : public QWidget {
    Q_OBJECT
public:
    ManualEntryPage(Session& session, QWidget* parent = nullptr);

    // Enters one ballot of a round as typed ("2 5" or "dk-"; numbers as on that round's ballot);
    // the error in words, or empty.
    QString enter(const QString& electionId, int ballot, const QString& typed, const QString& invalidReason = {},
                  int round = 1);
    // Chooses the round to enter (after the results screen set up a runoff).
    void selectRound(const QString& electionId, int round);

signals:
    void entered();

public slots:
    void refresh();

private:
    void showList();
    const RoundSpec* round(const QString& electionId, int round) const;
    Session& m_session;
    QComboBox* m_election;
    QSpinBox* m_ballot;
    QLineEdit* m_typed;
    QComboBox* m_invalid;
    QLabel* m_names;
    QLabel* m_state;
    QListWidget* m_done;
    std::vector<RoundSpec> m_rounds;  // what can be entered: round 1 of each election, and next rounds
};

}  // namespace kp::gui
