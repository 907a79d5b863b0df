#include "src/gui/sign_in_dialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kp::gui {

SignInDialog::SignInDialog(int people, const QStringList& names, const QString& purpose, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(people == 1 ? tr("Sign in") : tr("Two members confirm"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(purpose, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* form = new QFormLayout;
    for (int i = 0; i < people; ++i) {
        auto* name = new QLineEdit(this);
        name->setCompleter(new QCompleter(names, name));
        auto* password = new QLineEdit(this);
        password->setEchoMode(QLineEdit::Password);
        form->addRow(people == 1 ? tr("Name") : tr("Member %1").arg(i + 1), name);
        form->addRow(tr("Password"), password);
        m_names.push_back(name);
        m_passwords.push_back(password);
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SignInDialog::fill(int person, const QString& name, const QString& password) {
    m_names.at(static_cast<std::size_t>(person))->setText(name);
    m_passwords.at(static_cast<std::size_t>(person))->setText(password);
}

std::expected<std::vector<store::SignedIn>, QString> SignInDialog::check(store::Committee& committee) const {
    std::vector<store::SignedIn> out;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        auto member = committee.signIn(m_names[i]->text().trimmed().toStdString(), m_passwords[i]->text().toStdString());
        if (!member) {
            return std::unexpected(tr("Sign-in refused for %1: unknown name or wrong password").arg(m_names[i]->text()));
        }
        out.push_back(*member);
    }
    return out;
}

}  // namespace kp::gui
