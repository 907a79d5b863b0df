#include "src/gui/sign_in_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "src/gui/error_text.h"

namespace kp::gui {

SignInFields::SignInFields(int people, QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < people; ++i) {
        auto* name = new QComboBox(this);
        name->setPlaceholderText(tr("— choose —"));
        name->setObjectName(QStringLiteral("member%1").arg(i + 1));
        auto* password = new QLineEdit(this);
        password->setEchoMode(QLineEdit::Password);
        password->setObjectName(QStringLiteral("password%1").arg(i + 1));
        form->addRow(people == 1 ? tr("Name") : tr("Member %1").arg(i + 1), name);
        form->addRow(tr("Password"), password);
        m_names.push_back(name);
        m_passwords.push_back(password);
        if (i + 1 == people) {
            connect(password, &QLineEdit::returnPressed, this, &SignInFields::submitted);
        }
    }
}

void SignInFields::setMembers(const QStringList& names) {
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        m_names[i]->clear();
        m_names[i]->addItems(names);
        m_names[i]->setCurrentIndex(-1);
        m_passwords[i]->clear();
    }
}

void SignInFields::fill(int person, const QString& name, const QString& password) {
    QComboBox* box = memberBox(person);
    if (box->findText(name) < 0) {
        box->addItem(name);  // not a member: the check refuses it, as it refuses a wrong password
    }
    box->setCurrentIndex(box->findText(name));
    passwordEdit(person)->setText(password);
}

QString SignInFields::name(int person) const {
    return memberBox(person)->currentText().trimmed();
}

QString SignInFields::password(int person) const {
    return passwordEdit(person)->text();
}

std::expected<std::vector<store::SignedIn>, QString> signInEach(store::Committee& committee, const QStringList& names,
                                                                const QStringList& passwords) {
    std::vector<store::SignedIn> out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString who = names[i].trimmed();
        if (who.isEmpty()) {
            return std::unexpected(names.size() == 1 ? SignInFields::tr("Choose your name in the list.")
                                                     : SignInFields::tr("Choose member %1 in the list.").arg(i + 1));
        }
        auto member = committee.signIn(who.toStdString(), passwords.value(i).toStdString());
        if (!member) {
            return std::unexpected(signInRefusedText(who, member.error()));
        }
        out.push_back(*member);
    }
    return out;
}

std::expected<std::vector<store::SignedIn>, QString> SignInFields::check(store::Committee& committee) const {
    QStringList names, passwords;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        names << name(static_cast<int>(i));
        passwords << password(static_cast<int>(i));
    }
    return signInEach(committee, names, passwords);
}

SignInDialog::SignInDialog(int people, const QStringList& names, const QString& purpose, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(people == 1 ? tr("Sign in") : tr("Two members confirm"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(purpose, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_fields = new SignInFields(people, this);
    m_fields->setMembers(names);
    if (people == 1 && names.size() == 1) {  // the chair alone: nobody else to choose
        m_fields->fill(0, names.front(), {});
        m_fields->passwordEdit(0)->setFocus();
    }
    layout->addWidget(m_fields);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(people == 1 ? tr("Sign in") : tr("Confirm"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &SignInFields::submitted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

}  // namespace kp::gui
