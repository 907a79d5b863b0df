#pragma once
// Step 3: the counting committee. Its members with their roles (trưởng ban, thành viên, kỹ
// thuật viên); each signs in with a password (kept as an Argon2id hash) and every action is
// recorded in their name. The first member added is the trưởng ban — only the chair adds the
// others, so a committee whose first member were not the chair could never add one, and
// never rule. The committee typed in the congress editor is offered, not typed again; the
// member at the station signs out, or another signs in, at any time.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kp::gui {

class Session;

class CommitteePage : public QWidget {
    Q_OBJECT
public:
    CommitteePage(Session& session, QWidget* parent = nullptr);

    // Adds an operator; `chair`/`chairPassword` confirm it once the committee has members. The
    // first one must be the chair (store::ROLE_CHAIR).
    QString addOperator(const QString& name, const QString& role, const QString& password, const QString& chair = {},
                        const QString& chairPassword = {});
    // Signs an operator in at this station (another member signed in before is replaced).
    QString signIn(const QString& name, const QString& password);
    void signOut();

public slots:
    void refresh();

private:
    void add();
    void offer(int row);
    QStringList names() const;
    Session& m_session;
    QTableWidget* m_members;
    QListWidget* m_offered;  // the congress file's committee, not yet members
    QLabel* m_offeredTitle;
    QLabel* m_firstHint;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_signedIn;
    QPushButton* m_signIn;
    QPushButton* m_signOut;
};

}  // namespace kp::gui
