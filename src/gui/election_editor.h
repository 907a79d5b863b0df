#pragma once
// One election of the congress editor: title, body, seats, alternates, ballots issued, those
// present, and the candidate list in ballot order — typed, pasted, imported from a CSV or
// .xlsx file, moved up and down, or put in the party's order (tên, then họ, then tên đệm;
// only when the committee asks: the list keeps the order it was given).
#include <QWidget>

#include "tally/congress.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace kp::gui {

class ElectionEditor : public QWidget {
    Q_OBJECT
public:
    explicit ElectionEditor(QWidget* parent = nullptr);

    // Shows an election; `present` is 0 when not known yet.
    void load(const Election& election, Count present);
    // The election as edited. Candidates keep their ids; new names get the next free
    // "<election id>NN". Empty rows are left out.
    Election election() const;
    Count present() const;
    // The base for the majority this election is voted on (the congress's, or the election's
    // own): those present and the ballots issued are checked against it as they are typed.
    void setBase(Count base);
    // The election's own electorate, when it has one (the congress's base does not apply).
    const std::optional<Electorate>& ownElectorate() const { return m_electorate; }

    // The same actions as the buttons (the GUI tests call them).
    void appendNames(const QStringList& names);
    QString importFile(const QString& path);  // the error in words, empty when done
    void sortPartyOrder();
    QStringList names() const;

signals:
    void titleChanged(const QString& title);

private:
    void paste();
    void chooseFile();
    void moveSelected(int by);
    void checkFigures();
    QLineEdit* m_id;
    QLineEdit* m_title;
    QComboBox* m_body;
    QSpinBox* m_seats;
    QSpinBox* m_alternates;
    QSpinBox* m_issued;
    QSpinBox* m_present;
    QLabel* m_figures;  // present / issued against the base, in words, while they do not fit
    Count m_base = 0;
    QTableWidget* m_candidates;
    std::vector<RoundDefinition> m_rounds;           // kept as loaded (defined in a congress file)
    std::optional<Electorate> m_electorate;          // kept as loaded (a new committee's own electorate)
};

}  // namespace kp::gui
