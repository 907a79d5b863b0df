#pragma once
// Step 2: the ballots. Preview the ballot of each election round as it will print — round 1,
// and a runoff or further round once the count calls for one — and save the print-ready PDF
// (registration marks and QR code for the recogniser).
#include <QWidget>
#include <expected>
#include <optional>
#include <vector>

#include "ocr/layout/ballot_layout.h"
#include "ocr/word/word_template.h"
#include "tally/round_spec.h"

class QComboBox;
class QPrinter;
class QLabel;

namespace kp::gui {

class Session;

class BallotsPage : public QWidget {
    Q_OBJECT
public:
    BallotsPage(Session& session, QWidget* parent = nullptr);

    // Writes the selected election's ballots as PDF; the error in words, or empty.
    QString savePdf(const QString& path);
    // Prints the selected round's ballots (the same PDF) on `printer`; the error, or empty.
    QString print(QPrinter& printer);
    QComboBox* electionBox() const { return m_election; }
    // Selects a round of an election (after the results screen set up a runoff).
    void showRound(const QString& election, int round);
    // Ballots printed elsewhere: learns the selected round's template from a scanned blank,
    // off the GUI thread; blankLearned follows (error empty when learned). `ask`: then show
    // the learned template for the committee to confirm (the button's way).
    void learnBlank(const QString& scanPath, bool ask = false);
    // Keeps the learned blank in the record for the round (signed in); the error, or empty.
    QString confirmBlank();
    const std::optional<ocr::WordTemplate>& learned() const { return m_learned; }

signals:
    void blankLearned(const QString& error);

public slots:
    void refresh();

private:
    void preview();
    std::expected<ballot::BallotLayout, QString> layout() const;
    QString blankNote() const;
    void askToConfirm(const QString& error);
    Session& m_session;
    QComboBox* m_election;
    QLabel* m_image;
    QLabel* m_note;
    std::vector<RoundSpec> m_rounds;  // what the list offers: round 1 of each election, and next rounds
    QString m_notes;                  // next rounds that cannot be derived, in words
    std::optional<ocr::WordTemplate> m_learned;  // learned, not yet confirmed
    QString m_blankPath;
    RoundSpec m_blankRound;
};

}  // namespace kp::gui
