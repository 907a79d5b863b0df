#pragma once
// The reconciliation of every election round (issue 26 item 4; app::reconcile): ballots issued
// (the congress's figure, or the committee's after a recount), collected, sheets scanned,
// counted, waiting, set aside, not yet read, keyed by hand — and for each gap what to do, in
// words. Where more ballots are collected than issued the rules leave it to the committee
// (election-rules.md §3): two members record the number issued, as recounted.
// Fail closed: a record that cannot be read shows the error, never an empty table.
#include <QWidget>
#include <vector>

#include "src/app/reconciliation.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kp::gui {

class Session;
class SignInFields;

class ReconciliationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReconciliationPanel(Session& session, QWidget* parent = nullptr);
    // Whether a round has a gap (the result is not final).
    bool hasGaps() const;

signals:
    void ruled();  // the committee recorded the ballots issued of a round

public slots:
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void recordIssued();
    void fitTable();
    Session& m_session;
    QLabel* m_error;
    QTableWidget* m_table;
    QWidget* m_ruling;  // the committee's figure, shown while a round has more collected than issued
    QComboBox* m_round;
    QSpinBox* m_issued;
    QLineEdit* m_why;
    SignInFields* m_members;
    QLabel* m_rulingError;
    std::vector<app::RoundReconciliation> m_rounds;
};

}  // namespace kp::gui
