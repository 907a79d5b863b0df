#pragma once
// Manual entry, for halls without a scanner: the signed-in operator keys each paper ballot in
// turn — its number, then the numbers of the struck names (strike ballots) or one letter per
// person, d/k/h/- for đồng ý / không đồng ý / both / none (yes/no ballots) — and Enter saves it
// and moves to the next ballot. Two or three operators enter the same stack independently; a
// ballot counts when their entries agree, and a disagreement waits in the review queue.
#include <QWidget>

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

    // Enters one ballot as typed ("2 5" or "dk-"); the error in words, or empty.
    QString enter(const QString& electionId, int ballot, const QString& typed, const QString& invalidReason = {});

signals:
    void entered();

public slots:
    void refresh();

private:
    void showList();
    Session& m_session;
    QComboBox* m_election;
    QSpinBox* m_ballot;
    QLineEdit* m_typed;
    QComboBox* m_invalid;
    QLabel* m_names;
    QLabel* m_state;
    QListWidget* m_done;
};

}  // namespace kp::gui
