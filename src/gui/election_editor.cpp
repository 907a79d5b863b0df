#include "src/gui/election_editor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

#include "src/app/candidate_import.h"
#include "tally/party_order.h"

namespace kp::gui {

namespace {

// The bodies in the order a congress elects them, with their words in the minutes.
const std::vector<std::pair<Body, const char*>> BODIES{
    {Body::ExecutiveCommittee, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Executive committee")},
    {Body::StandingCommittee, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Standing committee")},
    {Body::Secretary, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Secretary")},
    {Body::DeputySecretary, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Deputy secretary")},
    {Body::InspectionCommittee, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Inspection committee")},
    {Body::InspectionChair, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Chair of the inspection committee")},
    {Body::DelegatesOfficial, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Delegates to the congress above")},
    {Body::DelegatesAlternate, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Alternate delegates")},
    {Body::Other, QT_TRANSLATE_NOOP("kp::gui::ElectionEditor", "Other")},
};

QSpinBox* countBox(int min, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, 1'000'000);
    return box;
}

}  // namespace

ElectionEditor::ElectionEditor(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setMaxLength(16);
    m_title = new QLineEdit(this);
    m_body = new QComboBox(this);
    for (const auto& [body, words] : BODIES) {
        m_body->addItem(tr(words), static_cast<int>(body));
    }
    m_seats = countBox(1, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_seats->setObjectName(QStringLiteral("seats"));
    m_alternates = countBox(0, this);
    m_issued = countBox(0, this);
    m_issued->setSpecialValueText(tr("not known yet"));
    m_present = countBox(0, this);
    m_present->setSpecialValueText(tr("not known yet"));
    form->addRow(tr("Title on the ballot and minutes:"), m_title);
    form->addRow(tr("Short id (in files):"), m_id);
    form->addRow(tr("Body elected:"), m_body);
    form->addRow(tr("Seats:"), m_seats);
    form->addRow(tr("Alternates after the seats (combined delegate list):"), m_alternates);
    form->addRow(tr("Ballots issued:"), m_issued);
    form->addRow(tr("Present at the vote:"), m_present);
    m_present->setObjectName(QStringLiteral("present"));
    m_issued->setObjectName(QStringLiteral("issued"));
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setWordWrap(true);
    m_figures->setStyleSheet(QStringLiteral("QLabel { color: #b00; font-weight: bold; }"));
    m_figures->hide();
    form->addRow(m_figures);
    layout->addLayout(form);
    connect(m_present, &QSpinBox::valueChanged, this, &ElectionEditor::checkFigures);
    connect(m_issued, &QSpinBox::valueChanged, this, &ElectionEditor::checkFigures);

    m_candidates = new QTableWidget(0, 1, this);
    m_candidates->setHorizontalHeaderLabels({tr("Full name (ballot order)")});
    m_candidates->horizontalHeader()->setStretchLastSection(true);
    m_candidates->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_candidates, 1);

    auto* buttons = new QHBoxLayout;
    auto add = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    add(tr("Add"), [this] { appendNames({QString()}); m_candidates->editItem(m_candidates->item(m_candidates->rowCount() - 1, 0)); });
    add(tr("Remove"), [this] { m_candidates->removeRow(m_candidates->currentRow()); });
    add(tr("Up"), [this] { moveSelected(-1); });
    add(tr("Down"), [this] { moveSelected(+1); });
    add(tr("Paste names…"), [this] { paste(); });
    add(tr("Import CSV/XLSX…"), [this] { chooseFile(); });
    add(tr("Party order"), [this] { sortPartyOrder(); });
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_title, &QLineEdit::textChanged, this, &ElectionEditor::titleChanged);
}

void ElectionEditor::load(const Election& e, Count present) {
    m_id->setText(QString::fromStdString(e.id.value));
    m_title->setText(QString::fromStdString(e.title));
    m_body->setCurrentIndex(std::max(0, m_body->findData(static_cast<int>(e.body))));
    m_seats->setValue(static_cast<int>(e.seats));
    m_alternates->setValue(static_cast<int>(e.alternates));
    m_issued->setValue(static_cast<int>(e.issued.value_or(0)));
    m_present->setValue(static_cast<int>(present));
    m_rounds = e.rounds;
    m_electorate = e.electorate;
    checkFigures();
    m_candidates->setRowCount(0);
    for (const Candidate& c : e.candidates) {
        appendNames({QString::fromStdString(c.name)});
        m_candidates->item(m_candidates->rowCount() - 1, 0)->setData(Qt::UserRole, QString::fromStdString(c.id.value));
    }
}

Election ElectionEditor::election() const {
    Election e;
    e.id = ElectionId{m_id->text().trimmed().toStdString()};
    e.title = m_title->text().simplified().toStdString();
    e.body = static_cast<Body>(m_body->currentData().toInt());
    e.seats = m_seats->value();
    e.alternates = m_alternates->value();
    if (m_issued->value() > 0) {
        e.issued = m_issued->value();
    }
    e.rounds = m_rounds;
    e.electorate = m_electorate;
    std::set<std::string> used;
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        used.insert(m_candidates->item(r, 0)->data(Qt::UserRole).toString().toStdString());
    }
    int next = 1;
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        const QTableWidgetItem* item = m_candidates->item(r, 0);
        const QString name = item->text().simplified().normalized(QString::NormalizationForm_C);
        if (name.isEmpty()) {
            continue;
        }
        std::string id = item->data(Qt::UserRole).toString().toStdString();
        if (id.empty()) {  // a new name: the next id nobody on the list has
            do {
                id = e.id.value + (next < 10 ? "-0" : "-") + std::to_string(next);
                ++next;
            } while (used.contains(id));
            used.insert(id);
        }
        e.candidates.push_back({CandidateId{id}, name.toStdString()});
    }
    return e;
}

Count ElectionEditor::present() const { return m_present->value(); }

void ElectionEditor::setBase(Count base) {
    m_base = base;
    checkFigures();
}

// The same checks as the congress file's (reports/congress_json), said at once beside the
// figures; saving refuses them too.
void ElectionEditor::checkFigures() {
    const Count base = m_electorate ? m_electorate->base() : m_base;
    const Count present = m_present->value();
    const Count issued = m_issued->value();
    QStringList problems;
    if (base > 0 && present > base) {
        problems << tr("Present at the vote (%1) cannot be more than the base for the majority (%2).").arg(present).arg(base);
    }
    if (base > 0 && issued > base) {
        problems << tr("Ballots issued (%1) cannot be more than the base for the majority (%2).").arg(issued).arg(base);
    }
    if (present > 0 && issued > present) {
        problems << tr("More ballots issued (%1) than people present (%2): check both figures.").arg(issued).arg(present);
    }
    m_figures->setText(problems.join(QLatin1Char('\n')));
    m_figures->setVisible(!problems.isEmpty());
}

void ElectionEditor::appendNames(const QStringList& names) {
    for (const QString& name : names) {
        const int row = m_candidates->rowCount();
        m_candidates->insertRow(row);
        m_candidates->setItem(row, 0, new QTableWidgetItem(name));
    }
}

QString ElectionEditor::importFile(const QString& path) {
    auto table = app::readTable(path);
    auto names = table ? app::candidateNames(*table) : std::unexpected(table.error());
    if (!names) {
        return tr("%1: %2").arg(path, names.error());
    }
    appendNames(*names);
    return {};
}

void ElectionEditor::sortPartyOrder() {
    std::vector<std::pair<std::string, QString>> rows;  // name, id
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        rows.emplace_back(m_candidates->item(r, 0)->text().simplified().toStdString(),
                          m_candidates->item(r, 0)->data(Qt::UserRole).toString());
    }
    std::ranges::stable_sort(rows, [](const auto& a, const auto& b) { return partyOrderLess(a.first, b.first); });
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        m_candidates->item(r, 0)->setText(QString::fromStdString(rows[static_cast<std::size_t>(r)].first));
        m_candidates->item(r, 0)->setData(Qt::UserRole, rows[static_cast<std::size_t>(r)].second);
    }
}

QStringList ElectionEditor::names() const {
    QStringList out;
    for (const Candidate& c : election().candidates) {
        out << QString::fromStdString(c.name);
    }
    return out;
}

void ElectionEditor::paste() {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste names"), tr("One name a line, or a table copied from a word processor or spreadsheet:"),
        QApplication::clipboard()->text(), &ok);
    if (!ok) {
        return;
    }
    auto names = app::candidateNames(app::tableFromText(text));
    if (!names) {
        QMessageBox::warning(this, tr("No names found"), names.error());
        return;
    }
    appendNames(*names);
}

void ElectionEditor::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Candidate list"), {},
                                                      tr("Lists (*.xlsx *.csv *.txt *.tsv)"));
    if (!path.isEmpty()) {
        if (const QString error = importFile(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot import the list"), error);
        }
    }
}

void ElectionEditor::moveSelected(int by) {
    const int from = m_candidates->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_candidates->rowCount()) {
        return;
    }
    QTableWidgetItem* a = m_candidates->takeItem(from, 0);
    QTableWidgetItem* b = m_candidates->takeItem(to, 0);
    m_candidates->setItem(from, 0, b);
    m_candidates->setItem(to, 0, a);
    m_candidates->setCurrentCell(to, 0);
}

}  // namespace kp::gui
