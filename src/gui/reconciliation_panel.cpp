#include "src/gui/reconciliation_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include "src/common/utc_time.h"
#include "src/gui/error_text.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"
#include "src/gui/widgets.h"
#include "src/store/committee.h"

namespace kp::gui {

namespace {

QString number(const std::optional<std::int64_t>& n) {
    return n ? QString::number(*n) : QStringLiteral("–");
}

QString setAsideText(const app::RoundReconciliation& r) {
    if (r.setAside.empty()) {
        return QStringLiteral("0");
    }
    QStringList parts;
    for (const auto& [reason, sheets] : r.setAside) {
        parts << (reason == "refeed"        ? ReconciliationPanel::tr("%1 fed again").arg(sheets)
                  : reason == "other_round" ? ReconciliationPanel::tr("%1 of another round").arg(sheets)
                                            : ReconciliationPanel::tr("%1 not a ballot").arg(sheets));
    }
    return parts.join(QStringLiteral(", "));
}

// What to do about each gap, in words.
QString actionText(const app::RoundReconciliation& r) {
    QStringList todo;
    for (const app::Gap g : r.gaps()) {
        switch (g) {
            case app::Gap::Waiting:
                todo << ReconciliationPanel::tr("%1 ballot(s) wait: rule on them at step 6 (Review).").arg(r.waiting);
                break;
            case app::Gap::Unread:
                todo << ReconciliationPanel::tr("%1 sheet(s) not read: count again at step 4; they are read first.")
                            .arg(r.unread);
                break;
            case app::Gap::MoreThanIssued:
                todo << ReconciliationPanel::tr(
                            "More ballots collected (%1) than issued (%2): the committee recounts the ballots issued "
                            "and records the number below (two members).")
                            .arg(r.collected())
                            .arg(*r.issued());
                break;
        }
    }
    return todo.isEmpty() ? ReconciliationPanel::tr("Nothing to do.") : todo.join(QLatin1Char(' '));
}

}  // namespace

ReconciliationPanel::ReconciliationPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reconciliationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00; font-weight: bold; }"));
    layout->addWidget(m_error);
    m_table = table({tr("Round"), tr("Issued"), tr("Collected"), tr("Sheets scanned"), tr("Counted"), tr("Waiting"),
                     tr("Set aside"), tr("Not yet read"), tr("Keyed by hand"), tr("What to do")},
                    this);
    m_table->setObjectName(QStringLiteral("reconciliation"));
    m_table->setWordWrap(true);
    m_table->viewport()->installEventFilter(this);  // the columns follow the table's width
    m_table->setMinimumHeight(230);                 // a few rounds in view on a 1024×600 screen too
    layout->addWidget(m_table, 1);

    m_ruling = new QWidget(this);
    auto* form = new QFormLayout(m_ruling);
    m_round = new QComboBox(m_ruling);
    m_issued = new QSpinBox(m_ruling);
    m_issued->setObjectName(QStringLiteral("issued"));
    m_issued->setRange(0, 1000000);
    m_why = new QLineEdit(m_ruling);
    m_why->setObjectName(QStringLiteral("issuedWhy"));
    m_why->setPlaceholderText(tr("e.g. the counterfoils recounted"));
    m_members = new SignInFields(2, m_ruling);
    m_rulingError = new QLabel(m_ruling);
    m_rulingError->setWordWrap(true);
    m_rulingError->setStyleSheet(QStringLiteral("QLabel { color: #b00; font-weight: bold; }"));
    auto* record = new QPushButton(tr("Record the ballots issued"), m_ruling);
    record->setObjectName(QStringLiteral("recordIssued"));
    form->addRow(tr("Round:"), m_round);
    form->addRow(tr("Ballots issued, as recounted:"), m_issued);
    form->addRow(tr("Why (for the minutes):"), m_why);
    form->addRow(m_members);
    form->addRow(m_rulingError);
    form->addRow(record);
    layout->addWidget(m_ruling);
    connect(record, &QPushButton::clicked, this, &ReconciliationPanel::recordIssued);
    connect(m_members, &SignInFields::submitted, this, &ReconciliationPanel::recordIssued);
    refresh();
}

// Every figure and the whole action readable at 1024×600 with no sideways scrolling: the
// numbers as wide as they are, the round, what is set aside and the action wrapped in the rest.
void ReconciliationPanel::fitTable() {
    fitColumns(m_table, {3, 2, 0, 0, 0, 0, 2, 0, 0, 6});
}

bool ReconciliationPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitTable();
    }
    return QWidget::eventFilter(watched, event);
}

bool ReconciliationPanel::hasGaps() const {
    return !m_error->text().isEmpty() ||
           std::ranges::any_of(m_rounds, [](const app::RoundReconciliation& r) { return !r.gaps().empty(); });
}

void ReconciliationPanel::refresh() {
    m_rounds.clear();
    m_error->clear();
    m_error->hide();
    m_table->setRowCount(0);
    m_round->clear();
    auto record = m_session.isOpen() ? m_session.record() : std::nullopt;
    if (!record) {
        m_ruling->hide();
        return;
    }
    auto rows = record->rows();
    auto rounds = rows ? app::reconcile(*rows) : std::unexpected(rows.error().message);
    if (!rounds) {
        m_error->setText(
            tr("The record cannot be read: the figures cannot be reconciled now (nothing is lost). Call "
               "the technician; point here for the details."));
        m_error->setToolTip(QString::fromStdString(rounds.error()));
        m_error->show();
        m_ruling->hide();
        return;
    }
    m_rounds = std::move(*rounds);
    QStringList members;
    for (const store::Member& m : store::Committee(*record).members().value_or(std::vector<store::Member>{})) {
        if (m.role != store::ROLE_TECHNICIAN) {
            members << QString::fromStdString(m.name);
        }
    }
    for (const app::RoundReconciliation& r : m_rounds) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString title = roundTitle(m_session.congress(), ElectionId{r.election}, r.round);
        const QString issued =
            r.issuedByCommittee
                ? tr("%1 (the committee's; congress: %2)").arg(*r.issuedByCommittee).arg(number(r.issuedByCongress))
                : number(r.issuedByCongress);
        const QStringList cells{title,
                                issued,
                                QString::number(r.collected()),
                                QString::number(r.sheets),
                                QString::number(r.counted),
                                QString::number(r.waiting),
                                setAsideText(r),
                                QString::number(r.unread),
                                QString::number(r.manual),
                                actionText(r)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == cells.size() - 1 && !r.gaps().empty()) {
                item->setForeground(QColor(170, 0, 0));
            }
            m_table->setItem(row, c, item);
        }
        const auto gaps = r.gaps();
        if (std::ranges::find(gaps, app::Gap::MoreThanIssued) != gaps.end()) {
            m_round->addItem(title, row);
        }
    }
    fitTable();
    m_ruling->setVisible(m_round->count() > 0);
    if (m_round->count() > 0) {
        m_issued->setValue(
            static_cast<int>(m_rounds[static_cast<std::size_t>(m_round->itemData(0).toInt())].collected()));
        m_members->setMembers(members);
    }
}

void ReconciliationPanel::recordIssued() {
    auto record = m_session.record();
    if (!record || m_round->currentIndex() < 0) {
        return;
    }
    if (m_why->text().simplified().isEmpty()) {
        m_rulingError->setText(tr("Write why (for the minutes) before confirming."));
        return;
    }
    store::Committee committee(*record);
    auto signedIn = signInEach(committee, {m_members->name(0), m_members->name(1)},
                               {m_members->password(0), m_members->password(1)});
    if (!signedIn) {
        m_rulingError->setText(signedIn.error());
        return;
    }
    const app::RoundReconciliation& r = m_rounds[static_cast<std::size_t>(m_round->currentData().toInt())];
    const auto made =
        committee.ruleRound(r.election, r.round, nlohmann::json{{"issued", m_issued->value()}}.dump(),
                            m_why->text().simplified().toStdString(), (*signedIn)[0], (*signedIn)[1], utcNow());
    if (!made) {
        m_rulingError->setText(storeErrorText(made.error()).text);
        return;
    }
    m_rulingError->clear();
    m_why->clear();
    refresh();
    emit ruled();
}

}  // namespace kp::gui
