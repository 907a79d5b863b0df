#pragma once
// Step 2: the ballots. Preview the ballot of each election round as it will print — round 1,
// and a runoff or further round once the count calls for one — and save the print-ready PDF
// (registration marks and QR code for the recogniser).
#include <QWidget>
#include <expected>
#include <vector>

#include "ocr/layout/ballot_layout.h"
#include "tally/round_spec.h"

class QComboBox;
class QLabel;

namespace kp::gui {

class Session;

class BallotsPage : public QWidget {
    Q_OBJECT
public:
    BallotsPage(Session& session, QWidget* parent = nullptr);

    // Writes the selected election's ballots as PDF; the error in words, or empty.
    QString savePdf(const QString& path);
    QComboBox* electionBox() const { return m_election; }
    // Selects a round of an election (after the results screen set up a runoff).
    void showRound(const QString& election, int round);

public slots:
    void refresh();

private:
    void preview();
    std::expected<ballot::BallotLayout, QString> layout() const;
    Session& m_session;
    QComboBox* m_election;
    QLabel* m_image;
    QLabel* m_note;
    std::vector<RoundSpec> m_rounds;  // what the list offers: round 1 of each election, and next rounds
    QString m_notes;                  // next rounds that cannot be derived, in words
};

}  // namespace kp::gui
