#include "src/gui/committee_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "reports/minutes_info.h"
#include "src/common/utc_time.h"
#include "src/gui/error_text.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

QString roleText(const std::string& role) {
    if (role == store::ROLE_CHAIR) {
        return CommitteePage::tr("Chair (trưởng ban)");
    }
    return role == store::ROLE_MEMBER ? CommitteePage::tr("Member (thành viên)")
                                      : CommitteePage::tr("Technician (kỹ thuật viên)");
}

}  // namespace

CommitteePage::CommitteePage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Counting committee")));
    auto* station = new QHBoxLayout;
    m_signedIn = new QLabel(this);
    m_signedIn->setWordWrap(true);
    m_signIn = new QPushButton(tr("Sign in at this station…"), this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signOut = new QPushButton(tr("Sign out"), this);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    station->addWidget(m_signedIn, 1);
    station->addWidget(m_signIn);
    station->addWidget(m_signOut);
    layout->addLayout(station);
    m_members = table({tr("Name"), tr("Role")}, this);
    m_members->setMinimumHeight(90);
    layout->addWidget(m_members, 1);
    // Deactivating a member (store::Committee::deactivate, with the chair's password and an
    // audit event) belongs beside this table: a button acting on the selected row.

    auto* adding = new QGroupBox(tr("Add a member"), this);
    auto* addLayout = new QVBoxLayout(adding);
    m_firstHint = new QLabel(adding);
    m_firstHint->setWordWrap(true);
    addLayout->addWidget(m_firstHint);
    m_offeredTitle = new QLabel(tr("From the congress's setup (click a name to fill it in):"), adding);
    addLayout->addWidget(m_offeredTitle);
    m_offered = new QListWidget(adding);
    m_offered->setObjectName(QStringLiteral("offered"));
    m_offered->setFlow(QListView::LeftToRight);
    m_offered->setWrapping(true);
    m_offered->setMaximumHeight(64);
    addLayout->addWidget(m_offered);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(adding);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox(adding);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setPlaceholderText(tr("— choose —"));
    m_role->addItem(roleText(store::ROLE_CHAIR), QString::fromLatin1(store::ROLE_CHAIR));
    m_role->addItem(roleText(store::ROLE_MEMBER), QString::fromLatin1(store::ROLE_MEMBER));
    m_role->addItem(roleText(store::ROLE_TECHNICIAN), QString::fromLatin1(store::ROLE_TECHNICIAN));
    m_password = new QLineEdit(adding);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(adding);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Full name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password (at least 6 characters)"), m_password);
    form->addRow(tr("The password again"), m_repeat);
    addLayout->addLayout(form);
    auto* add = new QPushButton(tr("Add to the committee"), adding);
    add->setObjectName(QStringLiteral("add"));
    addLayout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(adding);
    connect(add, &QPushButton::clicked, this, &CommitteePage::add);
    connect(m_repeat, &QLineEdit::returnPressed, this, &CommitteePage::add);
    connect(m_offered, &QListWidget::currentRowChanged, this, &CommitteePage::offer);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        auto record = m_session.record();
        if (!record) {
            return;
        }
        SignInDialog dialog(1, names(), tr("Sign in to count: your name is recorded with every action."), this);
        if (dialog.exec() == QDialog::Accepted) {
            store::Committee committee(*record);
            auto who = dialog.check(committee);
            if (!who) {
                QMessageBox::warning(this, tr("Not signed in"), who.error());
                return;
            }
            m_session.setOperator(who->front());
        }
    });
    connect(m_signOut, &QPushButton::clicked, this, &CommitteePage::signOut);
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
    m_offered->clear();
    const bool signedIn = !m_session.operatorName().isEmpty();
    m_signedIn->setText(signedIn
                            ? tr("Signed in at this station: <b>%1</b>").arg(m_session.operatorName().toHtmlEscaped())
                            : tr("Nobody is signed in at this station."));
    m_signIn->setText(signedIn ? tr("Another member signs in…") : tr("Sign in at this station…"));
    m_signOut->setEnabled(signedIn);
    auto record = m_session.record();
    m_signIn->setEnabled(record.has_value());
    std::vector<store::Member> members;
    if (record) {
        members = store::Committee(*record).members().value_or(std::vector<store::Member>{});
    }
    for (const store::Member& m : members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        setRow(m_members, row, {QString::fromStdString(m.name), roleText(m.role)});
    }
    // The first member is the chair: the role is not a choice then. Afterwards nothing is
    // chosen in advance (a remembered "member" once made a committee without a chair).
    const bool first = members.empty();
    m_role->setEnabled(!first);
    m_role->setCurrentIndex(first ? m_role->findData(QString::fromLatin1(store::ROLE_CHAIR)) : -1);
    m_firstHint->setText(first ? tr("The first member added is the chair of the counting committee (trưởng ban): only "
                                    "the chair adds the other members, confirming each with their password.")
                               : tr("The chair confirms each new member with their password."));
    if (record) {
        const auto info =
            record->congressJson() ? parseMinutesInfo(*record->congressJson()) : std::unexpected(std::string());
        for (const CommitteeMember& c : info ? info->committee : std::vector<CommitteeMember>{}) {
            if (std::ranges::none_of(members, [&](const store::Member& m) { return m.name == c.name; })) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(c.name),
                                                                               c.chair ? tr("chair") : tr("member")));
                item->setData(Qt::UserRole, QString::fromStdString(c.name));
                item->setData(Qt::UserRole + 1, c.chair);
                m_offered->addItem(item);
            }
        }
    }
    m_offeredTitle->setVisible(m_offered->count() > 0);
    m_offered->setVisible(m_offered->count() > 0);
}

// A name of the congress's committee, clicked: the name and its role filled in.
void CommitteePage::offer(int row) {
    const QListWidgetItem* item = m_offered->item(row);
    if (!item) {
        return;
    }
    m_name->setText(item->data(Qt::UserRole).toString());
    if (m_role->isEnabled()) {
        m_role->setCurrentIndex(m_role->findData(
            QString::fromLatin1(item->data(Qt::UserRole + 1).toBool() ? store::ROLE_CHAIR : store::ROLE_MEMBER)));
    }
    m_password->setFocus();
}

void CommitteePage::add() {
    if (m_password->text() != m_repeat->text()) {
        QMessageBox::warning(this, tr("Not added"), tr("The two passwords differ: type the same password twice."));
        return;
    }
    if (m_role->currentIndex() < 0) {
        QMessageBox::warning(this, tr("Not added"), tr("Choose the member's role."));
        return;
    }
    QString chair, chairPassword;
    if (m_members->rowCount() > 0) {  // the chair confirms every member after the first
        SignInDialog dialog(1, names(), tr("The chair of the committee confirms the new member."), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        chair = dialog.name(0);
        chairPassword = dialog.password(0);
    }
    const QString error =
        addOperator(m_name->text(), m_role->currentData().toString(), m_password->text(), chair, chairPassword);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Not added"), error);
    }
}

QString CommitteePage::addOperator(const QString& name, const QString& role, const QString& password,
                                   const QString& chair, const QString& chairPassword) {
    auto record = m_session.record();
    if (!record) {
        return tr("Open a congress record first.");
    }
    store::Committee committee(*record);
    const auto members = committee.members();
    if (!members) {
        return storeErrorText(members.error()).text;
    }
    if (members->empty() && role != QLatin1String(store::ROLE_CHAIR)) {
        return tr("The first member must be the chair of the counting committee: only the chair adds the others.");
    }
    std::optional<store::SignedIn> by;
    if (!chair.isEmpty()) {
        auto signedIn = committee.signIn(chair.toStdString(), chairPassword.toStdString());
        if (!signedIn) {
            return signInRefusedText(chair, signedIn.error());
        }
        by = *signedIn;
    }
    auto added = committee.addOperator(name.simplified().toStdString(), role.toStdString(), password.toStdString(),
                                       by ? &*by : nullptr, utcNow());
    if (!added) {
        return storeErrorText(added.error()).text;
    }
    m_name->clear();
    m_password->clear();
    m_repeat->clear();
    refresh();
    return {};
}

QString CommitteePage::signIn(const QString& name, const QString& password) {
    auto record = m_session.record();
    if (!record) {
        return tr("Open a congress record first.");
    }
    store::Committee committee(*record);
    auto member = signInEach(committee, {name}, {password});
    if (!member) {
        return member.error();
    }
    m_session.setOperator(member->front());
    return {};
}

void CommitteePage::signOut() {
    m_session.signOut();
}

}  // namespace kp::gui
