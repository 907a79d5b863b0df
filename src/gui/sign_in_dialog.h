#pragma once
// Passwords at the station: one member signing in, or two members confirming a ruling (the
// two-person rule: both type their own password on the same screen).
#include <QDialog>
#include <QLineEdit>
#include <optional>
#include <vector>

#include "src/store/committee.h"

namespace kp::gui {

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    // `people`: 1 to sign in, 2 for a ruling; `names`: the record's operators to choose from.
    SignInDialog(int people, const QStringList& names, const QString& purpose, QWidget* parent = nullptr);

    // Fills the fields without typing (tests, and a member chosen beforehand).
    void fill(int person, const QString& name, const QString& password);
    QString name(int person) const { return m_names.at(static_cast<std::size_t>(person))->text().trimmed(); }
    QString password(int person) const { return m_passwords.at(static_cast<std::size_t>(person))->text(); }
    // Checks every password against the record; the members, or the reason in words.
    std::expected<std::vector<store::SignedIn>, QString> check(store::Committee& committee) const;

private:
    std::vector<QLineEdit*> m_names;
    std::vector<QLineEdit*> m_passwords;
};

}  // namespace kp::gui
