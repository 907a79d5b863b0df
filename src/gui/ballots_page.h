#pragma once
// Step 2: the ballots. Preview the ballot of each election (first round) as it will print, and
// save the print-ready PDF (registration marks and QR code for the recogniser).
#include <QWidget>

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

public slots:
    void refresh();

private:
    void preview();
    Session& m_session;
    QComboBox* m_election;
    QLabel* m_image;
    QLabel* m_note;
};

}  // namespace kp::gui
