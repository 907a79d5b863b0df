#pragma once
// The committee's decision on the ballot in review (step 6), before anyone types a password:
// each name with what the recogniser read (or what each operator keyed) beside the
// committee's own choice, the verdict, and the reason for the minutes. Every ballot opens with
// no verdict and its doubtful names undecided (app::BallotDecision); "Next" is enabled only
// once everything is decided and the reason is written, and the page says what is missing.
// A scanned sheet may instead be set aside (not a ballot; the same paper as its twin, fed
// again; a ballot of another round): then no name is decided and the sheet leaves the count.
#include <QWidget>
#include <cstdint>
#include <optional>
#include <vector>

#include "src/app/ballot_decision.h"

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kp::gui {

class DecisionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DecisionPanel(QWidget* parent = nullptr);

    // A ballot to decide: `original` says per name what was read or keyed (the "original"
    // column); `doubtful` marks the names the committee must look at. Clears the verdict
    // and the reason. `scanned`: a sheet that can be set aside; `twin`: the sheet it may be
    // a re-feed of (0: none), offered as "the same paper as sheet N".
    void load(const app::BallotDecision& decision, const QStringList& original, const std::vector<bool>& doubtful,
              bool scanned = false, std::int64_t twin = 0);
    // Nothing to decide (no ballot chosen, or its round cannot be read).
    void clear();
    const std::optional<app::BallotDecision>& decision() const { return m_decision; }
    QString why() const;
    // The sheet set aside: store::SET_ASIDE_NOT_A_BALLOT / SET_ASIDE_REFEED / SET_ASIDE_OTHER_ROUND,
    // or empty.
    const QString& setAside() const { return m_aside; }
    // Everything decided and the reason written.
    bool complete() const;
    // What a ruling stores (store::Committee::ruleSheet): the ballot, or {"set_aside": …}.
    // Empty while not complete.
    std::string json() const;
    // The decision in words for the two members to read (decisionWords, or the set-aside).
    QString words(const QString& ballot) const;

    // What a click does, for the tests and the screenshots: every name struck if listed, else
    // kept (strike ballots) …
    void setStruck(const QStringList& ids);
    // … the names as the recogniser read them, doubtful ones as `doubtful` (strike: kept or
    // struck; yes/no: the mark code) …
    void decideDoubtful(app::NameDecision strike, Mark yesNo);
    // … the verdict: "" valid, or an invalid reason's code (not_issued, write_in, identifying_mark).
    void setVerdict(const QString& code);
    // … or the sheet set aside: "not_a_ballot", "refeed" or "other_round" (offered ones only).
    void setAsideAs(const QString& code);
    void setWhy(const QString& why);

signals:
    // "Next": the decision is complete and has its reason; two members confirm it next.
    void proceed();

private:
    void addRow(std::size_t i, const QString& original, bool doubtful);
    void showRow(std::size_t i);
    void update();
    QTableWidget* m_names;
    QButtonGroup* m_verdicts;
    QAbstractButton* m_notBallot;
    QAbstractButton* m_refeed;
    QAbstractButton* m_otherRound;
    QString m_aside;
    std::int64_t m_twin = 0;
    QLineEdit* m_why;
    QLabel* m_missing;
    QPushButton* m_next;
    std::vector<QButtonGroup*> m_rows;
    std::optional<app::BallotDecision> m_decision;
};

// The decision in words, for the two members to read before they sign: the verdict, the
// names kept and struck (or each person's mark), what the tally will make of it, what differs
// from the reading, and the reason. Rich text.
QString decisionWords(const app::BallotDecision& decision, const QString& ballot, const QString& why);

}  // namespace kp::gui
