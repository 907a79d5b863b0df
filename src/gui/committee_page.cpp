#include "src/gui/committee_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "src/common/utc_time.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

QString roleText(const std::string& role) {
    if (role == store::ROLE_CHAIR) {
        return CommitteePage::tr("Chair (trưởng ban)");
    }
    return role == store::ROLE_MEMBER ? CommitteePage::tr("Member (thành viên)") : CommitteePage::tr("Technician (kỹ thuật viên)");
}

}  // namespace

CommitteePage::CommitteePage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Counting committee")));
    m_signedIn = new QLabel(this);
    layout->addWidget(m_signedIn);
    auto* signIn = new QPushButton(tr("Sign in at this station…"), this);
    layout->addWidget(signIn, 0, Qt::AlignLeft);
    m_members = table({tr("Name"), tr("Role")}, this);
    layout->addWidget(m_members, 1);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_role = new QComboBox(this);
    m_role->addItem(roleText(store::ROLE_CHAIR), QString::fromLatin1(store::ROLE_CHAIR));
    m_role->addItem(roleText(store::ROLE_MEMBER), QString::fromLatin1(store::ROLE_MEMBER));
    m_role->addItem(roleText(store::ROLE_TECHNICIAN), QString::fromLatin1(store::ROLE_TECHNICIAN));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password (at least 6 characters)"), m_password);
    layout->addLayout(form);
    auto* add = new QPushButton(tr("Add to the committee"), this);
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] {
        QString chair, chairPassword;
        if (m_members->rowCount() > 0) {  // the chair confirms every member after the first
            SignInDialog dialog(1, names(), tr("The chair of the committee confirms the new member."), this);
            if (dialog.exec() != QDialog::Accepted) {
                return;
            }
            chair = dialog.name(0);
            chairPassword = dialog.password(0);
        }
        const QString error = addOperator(m_name->text(), m_role->currentData().toString(), m_password->text(), chair,
                                          chairPassword);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Not added"), error);
        }
    });
    connect(signIn, &QPushButton::clicked, this, [this] {
        SignInDialog dialog(1, names(), tr("Sign in to count: your name is recorded with every action."), this);
        if (dialog.exec() == QDialog::Accepted) {
            auto record = m_session.record();
            store::Committee committee(*record);
            auto who = dialog.check(committee);
            if (!who) {
                QMessageBox::warning(this, tr("Not signed in"), who.error());
                return;
            }
            m_session.setOperator(who->front());
        }
    });
    connect(&m_session, &Session::changed, this, &CommitteePage::refresh);
    refresh();
}

QStringList CommitteePage::names() const {
    QStringList out;
    for (int r = 0; r < m_members->rowCount(); ++r) {
        out << m_members->item(r, 0)->text();
    }
    return out;
}

void CommitteePage::refresh() {
    m_members->setRowCount(0);
    m_signedIn->setText(m_session.operatorName().isEmpty()
                            ? tr("Nobody is signed in at this station.")
                            : tr("Signed in: %1").arg(m_session.operatorName()));
    auto record = m_session.record();
    if (!record) {
        return;
    }
    const auto members = store::Committee(*record).members();
    for (const store::Member& m : members.value_or(std::vector<store::Member>{})) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        setRow(m_members, row, {QString::fromStdString(m.name), roleText(m.role)});
    }
}

QString CommitteePage::addOperator(const QString& name, const QString& role, const QString& password, const QString& chair,
                                   const QString& chairPassword) {
    auto record = m_session.record();
    if (!record) {
        return tr("Open a congress record first.");
    }
    store::Committee committee(*record);
    std::optional<store::SignedIn> by;
    if (!chair.isEmpty()) {
        auto signedIn = committee.signIn(chair.toStdString(), chairPassword.toStdString());
        if (!signedIn) {
            return QString::fromStdString(signedIn.error().message);
        }
        by = *signedIn;
    }
    auto added = committee.addOperator(name.trimmed().toStdString(), role.toStdString(), password.toStdString(),
                                       by ? &*by : nullptr, utcNow());
    if (!added) {
        return QString::fromStdString(added.error().message);
    }
    m_name->clear();
    m_password->clear();
    refresh();
    return {};
}

QString CommitteePage::signIn(const QString& name, const QString& password) {
    auto record = m_session.record();
    if (!record) {
        return tr("Open a congress record first.");
    }
    auto member = store::Committee(*record).signIn(name.toStdString(), password.toStdString());
    if (!member) {
        return QString::fromStdString(member.error().message);
    }
    m_session.setOperator(*member);
    return {};
}

}  // namespace kp::gui
