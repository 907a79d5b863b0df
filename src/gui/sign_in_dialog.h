#pragma once
// Passwords at the station: one member signing in, or two members confirming a ruling (the
// two-person rule: both type their own password on the same screen). The members are chosen
// from the record's list — nobody has to type a Vietnamese name exactly under pressure.
#include <QDialog>
#include <QWidget>
#include <expected>
#include <vector>

#include "src/store/committee.h"

class QComboBox;
class QLineEdit;

namespace kp::gui {

// Signs in each member with their password, in order; the members, or the reason in words
// (a member not chosen, a refused password).
std::expected<std::vector<store::SignedIn>, QString> signInEach(store::Committee& committee, const QStringList& names,
                                                                const QStringList& passwords);

// The rows "member, password", as many as `people`; no member chosen at first.
class SignInFields : public QWidget {
    Q_OBJECT
public:
    SignInFields(int people, QWidget* parent = nullptr);
    // The members to choose from (the record's, in the order they were added); clears the
    // passwords and the choices.
    void setMembers(const QStringList& names);
    // Chooses a member and types the password (tests, and the signed-in member chosen beforehand).
    void fill(int person, const QString& name, const QString& password);
    QString name(int person) const;
    QString password(int person) const;
    QComboBox* memberBox(int person) const { return m_names.at(static_cast<std::size_t>(person)); }
    QLineEdit* passwordEdit(int person) const { return m_passwords.at(static_cast<std::size_t>(person)); }
    // Checks every password against the record; the members, or the reason in words.
    std::expected<std::vector<store::SignedIn>, QString> check(store::Committee& committee) const;

signals:
    // Enter in the last password field.
    void submitted();

private:
    std::vector<QComboBox*> m_names;
    std::vector<QLineEdit*> m_passwords;
};

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    // `people`: 1 to sign in, 2 for a ruling; `names`: the record's operators to choose from.
    SignInDialog(int people, const QStringList& names, const QString& purpose, QWidget* parent = nullptr);

    void fill(int person, const QString& name, const QString& password) { m_fields->fill(person, name, password); }
    QString name(int person) const { return m_fields->name(person); }
    QString password(int person) const { return m_fields->password(person); }
    std::expected<std::vector<store::SignedIn>, QString> check(store::Committee& committee) const {
        return m_fields->check(committee);
    }

private:
    SignInFields* m_fields;
};

}  // namespace kp::gui
