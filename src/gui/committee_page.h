#pragma once
// Step 3: the counting committee. Its members with their roles (trưởng ban, thành viên, kỹ
// thuật viên), added by the chair; each signs in with a password (kept as an Argon2id hash)
// and every action is recorded in their name.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kp::gui {

class Session;

class CommitteePage : public QWidget {
    Q_OBJECT
public:
    CommitteePage(Session& session, QWidget* parent = nullptr);

    // Adds an operator; `chair`/`chairPassword` confirm it once the committee has members.
    QString addOperator(const QString& name, const QString& role, const QString& password, const QString& chair = {},
                        const QString& chairPassword = {});
    // Signs an operator in at this station.
    QString signIn(const QString& name, const QString& password);

public slots:
    void refresh();

private:
    QStringList names() const;
    Session& m_session;
    QTableWidget* m_members;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLabel* m_signedIn;
};

}  // namespace kp::gui
