#pragma once
// The congress, set up in the app (step 1): the congress's own fields (for the minutes too),
// the deductions from the base with their reasons, the counting committee, and each election
// with its candidate list. Saved as a congress file (kiemphieu.congress/1) or made into a new
// record — which locks the lists: a record's congress never changes; a change needs a new
// round or a new record. Every check of the congress file applies before anything is saved.
#include <QDialog>
#include <expected>
#include <string>

#include "reports/minutes_info.h"
#include "tally/congress.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace kp::gui {

class ElectionEditor;
class Session;

class CongressEditor : public QDialog {
    Q_OBJECT
public:
    explicit CongressEditor(Session& session, QWidget* parent = nullptr);

    // A congress file's text to edit further; the error in words when it is not one.
    QString loadText(const std::string& congressJson);
    // The congress file as edited, checked like any congress file; the error names the field.
    std::expected<std::string, QString> congressText();
    QString saveFile(const QString& path);
    // Makes the record and opens it in the session; the lists are locked from then on.
    QString createRecord(const QString& recordPath);

    // For the GUI tests: the fields a user types into.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* organizationEdit() const { return m_organization; }
    QSpinBox* convenedBox() const { return m_convened; }
    QCheckBox* trainingBox() const { return m_training; }
    QTableWidget* deductionsTable() const { return m_deductions; }
    QTableWidget* committeeTable() const { return m_committee; }
    ElectionEditor* electionEditor() const { return m_editor; }
    void addElection();
    void selectElection(int index);

private:
    void store();  // the editor's election back into m_elections
    void updateBase();
    QStringList electionTitles();
    void openFile();
    void saveAs();
    void makeRecord();
    Congress congress() const;
    MinutesInfo minutesInfo() const;
    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_organization;
    QLineEdit* m_superior;
    QLineEdit* m_locality;
    QLineEdit* m_place;
    QDateEdit* m_date;
    QComboBox* m_level;
    QComboBox* m_kind;
    QSpinBox* m_convened;
    QCheckBox* m_training;
    QTableWidget* m_deductions;
    QTableWidget* m_committee;
    QListWidget* m_list;
    ElectionEditor* m_editor;
    std::vector<Election> m_elections;
    std::vector<Count> m_present;
    std::vector<std::string> m_legalBasis;
    int m_current = -1;
};

}  // namespace kp::gui
