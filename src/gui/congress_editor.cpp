#include "src/gui/congress_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "reports/congress_json.h"
#include "src/app/inputs.h"
#include "src/gui/election_editor.h"
#include "src/gui/error_text.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

QTableWidget* editableTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

// A table with Add/Remove buttons under it.
QWidget* withRowButtons(QTableWidget* table, const std::function<void()>& add, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto* buttons = new QHBoxLayout;
    auto* plus = new QPushButton(CongressEditor::tr("Add"), box);
    auto* minus = new QPushButton(CongressEditor::tr("Remove"), box);
    QObject::connect(plus, &QPushButton::clicked, box, add);
    QObject::connect(minus, &QPushButton::clicked, box, [table] { table->removeRow(table->currentRow()); });
    buttons->addWidget(plus);
    buttons->addWidget(minus);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

void addDeduction(QTableWidget* t, Count count, const QString& reason) {
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, 0, new QTableWidgetItem(QString::number(count)));
    t->setItem(row, 1, new QTableWidgetItem(reason));
}

void addMember(QTableWidget* t, const QString& name, bool chair) {
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, 0, new QTableWidgetItem(name));
    auto* role = new QTableWidgetItem(CongressEditor::tr("chair"));
    role->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    role->setCheckState(chair ? Qt::Checked : Qt::Unchecked);
    t->setItem(row, 1, role);
}

QString cell(const QTableWidget* t, int row, int column) {
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().simplified() : QString();
}

// Ids a congress office would recognise: bch, btv, bt, … (the first free one).
std::string defaultId(const std::vector<Election>& elections) {
    for (int n = 1;; ++n) {
        const std::string id = "e" + std::to_string(n);
        if (std::ranges::none_of(elections, [&](const Election& e) { return e.id.value == id; })) {
            return id;
        }
    }
}

}  // namespace

CongressEditor::CongressEditor(Session& session, QWidget* parent) : QDialog(parent), m_session(session) {
    setWindowTitle(tr("Set up the congress"));
    auto* tabs = new QTabWidget(this);

    auto* general = new QWidget(tabs);
    auto* form = new QFormLayout(general);
    m_name = new QLineEdit(general);
    m_organization = new QLineEdit(general);
    m_superior = new QLineEdit(general);
    m_locality = new QLineEdit(general);
    m_place = new QLineEdit(general);
    m_date = new QDateEdit(QDate::currentDate(), general);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_level = new QComboBox(general);
    m_level->addItem(tr("Grassroots (cơ sở)"), static_cast<int>(Level::CoSo));
    m_level->addItem(tr("District (huyện)"), static_cast<int>(Level::Huyen));
    m_level->addItem(tr("Province (tỉnh)"), static_cast<int>(Level::Tinh));
    m_kind = new QComboBox(general);
    m_kind->addItem(tr("Congress of all members"), static_cast<int>(CongressKind::Members));
    m_kind->addItem(tr("Congress of delegates"), static_cast<int>(CongressKind::Delegates));
    m_convened = new QSpinBox(general);
    m_convened->setRange(1, 1'000'000);
    m_training = new QCheckBox(tr("Training (dry run): every report is marked, nothing counts"), general);
    m_deductions = editableTable({tr("Number"), tr("Reason (election rules §4)")}, general);
    m_committee = editableTable({tr("Counting committee member"), tr("Role")}, general);
    m_committee->horizontalHeader()->setStretchLastSection(false);
    m_committee->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_committee->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    form->addRow(tr("Congress:"), m_name);
    form->addRow(tr("Party organisation:"), m_organization);
    form->addRow(tr("Organisation above (first header line):"), m_superior);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Place name, date:"), [&] {
        auto* row = new QHBoxLayout;
        row->addWidget(m_locality, 1);
        row->addWidget(m_date);
        return row;
    }());
    form->addRow(tr("Hall where ballots are counted:"), m_place);
    form->addRow(tr("Convened:"), m_convened);
    form->addRow(tr("Not counted in the base:"),
                 withRowButtons(m_deductions, [this] { addDeduction(m_deductions, 1, {}); }, general));
    form->addRow(tr("Counting committee (for the minutes):"),
                 withRowButtons(m_committee, [this] { addMember(m_committee, {}, m_committee->rowCount() == 0); }, general));
    form->addRow(QString(), m_training);
    connect(m_convened, &QSpinBox::valueChanged, this, &CongressEditor::updateBase);
    connect(m_deductions, &QTableWidget::itemChanged, this, &CongressEditor::updateBase);
    tabs->addTab(scrolling(general), tr("Congress"));

    auto* split = new QSplitter(tabs);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    m_list = new QListWidget(left);
    leftLayout->addWidget(m_list, 1);
    auto* add = new QPushButton(tr("Add an election"), left);
    auto* remove = new QPushButton(tr("Remove the election"), left);
    leftLayout->addWidget(add);
    leftLayout->addWidget(remove);
    m_editor = new ElectionEditor;
    split->addWidget(left);
    split->addWidget(scrolling(m_editor));
    split->setStretchFactor(1, 3);
    tabs->addTab(split, tr("Elections and candidates"));
    connect(add, &QPushButton::clicked, this, &CongressEditor::addElection);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0) {
            return;
        }
        m_elections.erase(m_elections.begin() + m_current);
        m_present.erase(m_present.begin() + m_current);
        m_current = -1;
        delete m_list->takeItem(m_list->currentRow());
        selectElection(std::min(m_list->currentRow(), static_cast<int>(m_elections.size()) - 1));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &CongressEditor::selectElection);
    connect(m_editor, &ElectionEditor::titleChanged, this, [this](const QString& title) {
        if (QListWidgetItem* item = m_list->item(m_current)) {
            item->setText(title);
        }
    });

    auto* buttons = new QDialogButtonBox(this);
    auto* open = buttons->addButton(tr("Open a congress file…"), QDialogButtonBox::ActionRole);
    auto* save = buttons->addButton(tr("Save the congress file…"), QDialogButtonBox::ActionRole);
    auto* make = buttons->addButton(tr("Make the record and lock the lists…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(open, &QPushButton::clicked, this, &CongressEditor::openFile);
    connect(save, &QPushButton::clicked, this, &CongressEditor::saveAs);
    connect(make, &QPushButton::clicked, this, &CongressEditor::makeRecord);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(1000, 700));
}

void CongressEditor::addElection() {
    store();
    Election e;
    e.id = ElectionId{defaultId(m_elections)};
    e.title = tr("New election").toStdString();
    e.body = Body::ExecutiveCommittee;
    e.seats = 1;
    m_elections.push_back(e);
    m_present.push_back(0);
    m_list->addItem(QString::fromStdString(e.title));
    m_current = -1;
    m_list->setCurrentRow(m_list->count() - 1);
}

void CongressEditor::selectElection(int index) {
    store();
    m_current = index;
    m_editor->setEnabled(index >= 0 && index < static_cast<int>(m_elections.size()));
    if (m_editor->isEnabled()) {
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentRow(index);
        m_editor->load(m_elections[static_cast<std::size_t>(index)], m_present[static_cast<std::size_t>(index)]);
        updateBase();
    }
}

// The congress's base for the majority as now typed, for the election editor's checks.
void CongressEditor::updateBase() {
    Count base = m_convened->value();
    for (int r = 0; r < m_deductions->rowCount(); ++r) {
        base -= cell(m_deductions, r, 0).toLongLong();
    }
    m_editor->setBase(base);
}

QStringList CongressEditor::electionTitles() {
    store();
    QStringList out;
    for (const Election& e : m_elections) {
        out << QString::fromStdString(e.title);
    }
    return out;
}

void CongressEditor::store() {
    if (m_current >= 0 && m_current < static_cast<int>(m_elections.size())) {
        m_elections[static_cast<std::size_t>(m_current)] = m_editor->election();
        m_present[static_cast<std::size_t>(m_current)] = m_editor->present();
    }
}

Congress CongressEditor::congress() const {
    Congress c;
    c.name = m_name->text().simplified().toStdString();
    c.organization = m_organization->text().simplified().toStdString();
    c.level = static_cast<Level>(m_level->currentData().toInt());
    c.kind = static_cast<CongressKind>(m_kind->currentData().toInt());
    c.electorate.convened = m_convened->value();
    for (int r = 0; r < m_deductions->rowCount(); ++r) {
        c.electorate.deductions.push_back({cell(m_deductions, r, 0).toLongLong(), cell(m_deductions, r, 1).toStdString()});
    }
    c.elections = m_elections;
    return c;
}

MinutesInfo CongressEditor::minutesInfo() const {
    MinutesInfo info;
    info.superior = m_superior->text().simplified().toStdString();
    info.locality = m_locality->text().simplified().toStdString();
    info.place = m_place->text().simplified().toStdString();
    info.date = m_date->date().toString(Qt::ISODate).toStdString();
    info.training = m_training->isChecked();
    for (int r = 0; r < m_committee->rowCount(); ++r) {
        if (!cell(m_committee, r, 0).isEmpty()) {
            info.committee.push_back({cell(m_committee, r, 0).toStdString(), m_committee->item(r, 1)->checkState() == Qt::Checked});
        }
    }
    info.legalBasis = m_legalBasis;
    for (std::size_t i = 0; i < m_elections.size(); ++i) {
        if (m_present[i] > 0) {
            info.present[m_elections[i].id.value] = m_present[i];
        }
    }
    return info;
}

std::expected<std::string, QString> CongressEditor::congressText() {
    store();
    for (int r = 0; r < m_deductions->rowCount(); ++r) {
        bool number = false;
        cell(m_deductions, r, 0).toLongLong(&number);
        if (!number || cell(m_deductions, r, 1).isEmpty()) {
            return std::unexpected(tr("Deduction %1: a number and its reason are both needed.").arg(r + 1));
        }
    }
    if (m_elections.empty()) {
        return std::unexpected(tr("Add at least one election."));
    }
    const std::string text = writeCongress(congress(), minutesInfo());
    if (auto parsed = parseCongress(text); !parsed) {
        return std::unexpected(congressErrorText(parsed.error(), electionTitles()).text);
    }
    if (auto info = parseMinutesInfo(text); !info) {
        return std::unexpected(QString::fromStdString(info.error()));
    }
    return text;
}

QString CongressEditor::loadText(const std::string& text) {
    auto parsed = parseCongress(text);
    if (!parsed) {
        return congressErrorText(parsed.error()).text;
    }
    auto info = parseMinutesInfo(text);
    if (!info) {
        return QString::fromStdString(info.error());
    }
    m_name->setText(QString::fromStdString(parsed->name));
    m_organization->setText(QString::fromStdString(parsed->organization));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(parsed->level)));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(parsed->kind)));
    m_convened->setValue(static_cast<int>(parsed->electorate.convened));
    m_deductions->setRowCount(0);
    for (const Deduction& d : parsed->electorate.deductions) {
        addDeduction(m_deductions, d.count, QString::fromStdString(d.reason));
    }
    m_superior->setText(QString::fromStdString(info->superior));
    m_locality->setText(QString::fromStdString(info->locality));
    m_place->setText(QString::fromStdString(info->place));
    if (const QDate date = QDate::fromString(QString::fromStdString(info->date), Qt::ISODate); date.isValid()) {
        m_date->setDate(date);
    }
    m_training->setChecked(info->training);
    m_committee->setRowCount(0);
    for (const CommitteeMember& m : info->committee) {
        addMember(m_committee, QString::fromStdString(m.name), m.chair);
    }
    m_legalBasis = info->legalBasis;
    m_current = -1;
    m_elections = parsed->elections;
    m_present.clear();
    m_list->clear();
    for (const Election& e : m_elections) {
        m_present.push_back(info->present.contains(e.id.value) ? info->present.at(e.id.value) : 0);
        m_list->addItem(QString::fromStdString(e.title));
    }
    selectElection(m_elections.empty() ? -1 : 0);
    return {};
}

QString CongressEditor::saveFile(const QString& path) {
    auto text = congressText();
    if (!text) {
        return text.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QByteArray::fromStdString(*text)) < 0) {
        return tr("%1: %2").arg(path, file.errorString());
    }
    return {};
}

QString CongressEditor::createRecord(const QString& recordPath) {
    auto text = congressText();
    if (!text) {
        return text.error();
    }
    return m_session.createFromText(*text, recordPath);
}

void CongressEditor::openFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Congress file"), {}, tr("Congress files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    auto text = app::readFile(path.toStdString());
    const QString error = text ? loadText(*text) : QString::fromStdString(text.error());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open the congress file"), error);
    }
}

void CongressEditor::saveAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the congress file"), {}, tr("Congress files (*.json)"));
    if (!path.isEmpty()) {
        if (const QString error = saveFile(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot save the congress file"), error);
        }
    }
}

void CongressEditor::makeRecord() {
    if (auto text = congressText(); !text) {
        QMessageBox::warning(this, tr("The congress is not complete"), text.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("New congress record"), {}, tr("Congress records (*.kpdb)"));
    if (path.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Lock the lists?"),
        tr("Once the record is made, the candidate lists cannot be changed: ballots are printed from them. "
           "A change then needs a new round or a new record. Make the record?"));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (const QString error = createRecord(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot make the record"), error);
        return;
    }
    accept();
}

}  // namespace kp::gui
