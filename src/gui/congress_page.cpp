#include "src/gui/congress_page.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "src/gui/congress_editor.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

CongressPage::CongressPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Congress")));
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("Set up a new congress…"), this);
    auto* copy = new QPushButton(tr("New congress from this one…"), this);
    copy->setObjectName(QStringLiteral("copy"));
    auto* open = new QPushButton(tr("Open a record…"), this);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(copy);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_recentTitle = new QLabel(tr("Records opened lately (double-click to open):"), this);
    layout->addWidget(m_recentTitle);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->setMaximumHeight(110);
    layout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString error = m_session.open(item->data(Qt::UserRole).toString()); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot open the record"), error);
        }
    });
    m_elections = table({tr("Election"), tr("Seats"), tr("Candidates"), tr("Ballot"), tr("Base")}, this);
    layout->addWidget(m_elections, 1);
    m_candidates = table({tr("No."), tr("Full name"), tr("Id")}, this);
    layout->addWidget(m_candidates, 2);
    connect(create, &QPushButton::clicked, this, &CongressPage::createRecord);
    connect(open, &QPushButton::clicked, this, &CongressPage::openRecord);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (auto record = m_session.record()) {
            if (auto text = record->congressJson()) {
                CongressEditor editor(m_session, this);
                editor.loadText(*text);
                editor.exec();
            }
        }
    });
    connect(&m_session, &Session::changed, copy, [this, copy] { copy->setEnabled(m_session.isOpen()); });
    copy->setEnabled(m_session.isOpen());
    connect(m_elections, &QTableWidget::currentCellChanged, this, [this](int row) { showCandidates(row); });
    connect(&m_session, &Session::changed, this, &CongressPage::refresh);
    refresh();
}

void CongressPage::openRecord() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a congress record"), {},
                                                      tr("Congress records (*.kpdb)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) {
        if (const QString error = m_session.open(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot open the record"), error);
        }
    }
}

void CongressPage::createRecord() {
    CongressEditor editor(m_session, this);
    editor.addElection();
    editor.exec();
}

void CongressPage::refresh() {
    m_recent->clear();
    for (const QString& path : Session::recentRecords()) {
        if (path != QFileInfo(m_session.recordPath()).absoluteFilePath()) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()));
            item->setData(Qt::UserRole, path);
            m_recent->addItem(item);
        }
    }
    m_recentTitle->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
    m_elections->setRowCount(0);
    m_candidates->setRowCount(0);
    if (!m_session.isOpen()) {
        m_summary->setText(tr("No congress record is open. Set up a new congress (typed, or from a congress file), or open an existing record."));
        return;
    }
    const Congress& c = m_session.congress();
    m_summary->setText(QStringLiteral("<b>%1</b><br>%2 · %3<br>%4%5")
                           .arg(QString::fromStdString(c.name).toHtmlEscaped(),
                                QString::fromStdString(c.organization).toHtmlEscaped(),
                                c.kind == CongressKind::Members ? tr("congress of all members") : tr("congress of delegates"),
                                tr("Convened: %1, base for the majority: %2").arg(c.electorate.convened).arg(c.electorate.base()) + " · " +
                                    tr("lists locked (a change needs a new round or a new record)"),
                                m_session.training() ? QStringLiteral(" · <span style='color:#c00'><b>%1</b></span>")
                                                           .arg(tr("TRAINING CONGRESS"))
                                                     : QString()));
    for (const Election& e : c.elections) {
        const int row = m_elections->rowCount();
        m_elections->insertRow(row);
        const bool strike = static_cast<Count>(e.candidates.size()) > e.seats + e.alternates;
        setRow(m_elections, row,
               {QString::fromStdString(e.title), QString::number(e.seats), QString::number(e.candidates.size()),
                strike ? tr("strike names") : tr("yes/no"), QString::number(c.electorateOf(e).base())});
    }
    m_elections->setCurrentCell(0, 0);
    showCandidates(0);
}

void CongressPage::showCandidates(int election) {
    m_candidates->setRowCount(0);
    if (!m_session.isOpen() || election < 0 || election >= static_cast<int>(m_session.congress().elections.size())) {
        return;
    }
    const auto& list = m_session.congress().elections[static_cast<std::size_t>(election)].candidates;
    for (std::size_t i = 0; i < list.size(); ++i) {
        m_candidates->insertRow(static_cast<int>(i));
        setRow(m_candidates, static_cast<int>(i),
               {QString::number(i + 1), QString::fromStdString(list[i].name), QString::fromStdString(list[i].id.value)});
    }
}

}  // namespace kp::gui
