#include "src/gui/manual_entry_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include "src/common/utc_time.h"
#include "src/app/rounds.h"
#include "src/gui/error_text.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

// What the operator typed, as a ballot: numbers of struck names, or a letter per person.
std::expected<nlohmann::json, QString> parseTyped(const RoundSpec& e, const QString& typed) {
    nlohmann::json ballot = nlohmann::json::object();
    if (e.form() == BallotForm::YesNo) {
        const QString letters = QString(typed).remove(QLatin1Char(' '));
        if (letters.size() != static_cast<qsizetype>(e.candidates.size())) {
            return std::unexpected(ManualEntryPage::tr("Type one letter for each of the %1 persons: d, k, h or -.")
                                       .arg(e.candidates.size()));
        }
        for (qsizetype i = 0; i < letters.size(); ++i) {
            const QChar c = letters[i].toLower();
            const char* mark = c == QLatin1Char('d') ? "agree" : c == QLatin1Char('k') ? "disagree" : c == QLatin1Char('h') ? "both" : c == QLatin1Char('-') ? "none" : nullptr;
            if (!mark) {
                return std::unexpected(ManualEntryPage::tr("\"%1\" is not d, k, h or -.").arg(c));
            }
            ballot["marks"][e.candidates[static_cast<std::size_t>(i)].id.value] = mark;
        }
        return ballot;
    }
    ballot["struck"] = nlohmann::json::array();
    for (const QString& part : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1 || n > static_cast<int>(e.candidates.size())) {
            return std::unexpected(ManualEntryPage::tr("\"%1\" is not a name's number (1 to %2).").arg(part).arg(e.candidates.size()));
        }
        ballot["struck"].push_back(e.candidates[static_cast<std::size_t>(n - 1)].id.value);
    }
    return ballot;
}

}  // namespace

ManualEntryPage::ManualEntryPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Manual entry")));
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto* form = new QFormLayout;
    m_election = new QComboBox(this);
    m_ballot = new QSpinBox(this);
    m_ballot->setRange(1, 100000);
    m_typed = new QLineEdit(this);
    m_typed->setPlaceholderText(tr("e.g. 2 5  (Enter saves and goes to the next ballot)"));
    QFont big = m_typed->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_typed->setFont(big);
    m_invalid = new QComboBox(this);
    m_invalid->addItem(tr("valid"), QString());
    m_invalid->addItem(tr("invalid: not issued by the committee"), QStringLiteral("not_issued"));
    m_invalid->addItem(tr("invalid: a name written in"), QStringLiteral("write_in"));
    m_invalid->addItem(tr("invalid: identifying mark"), QStringLiteral("identifying_mark"));
    form->addRow(tr("Election"), m_election);
    form->addRow(tr("Ballot number"), m_ballot);
    form->addRow(tr("Struck names"), m_typed);
    form->addRow(tr("Ballot"), m_invalid);
    layout->addLayout(form);
    m_names = new QLabel(this);
    m_names->setWordWrap(true);
    m_names->setTextFormat(Qt::RichText);
    layout->addWidget(m_names);
    m_done = new QListWidget(this);
    layout->addWidget(m_done, 1);
    connect(m_election, &QComboBox::currentIndexChanged, this, &ManualEntryPage::showList);
    connect(m_typed, &QLineEdit::returnPressed, this, [this] {
        const int index = m_election->currentIndex();
        if (index < 0 || index >= static_cast<int>(m_rounds.size())) {
            return;
        }
        const RoundSpec& spec = m_rounds[static_cast<std::size_t>(index)];
        const QString error = enter(QString::fromStdString(spec.election.value), m_ballot->value(), m_typed->text(),
                                    m_invalid->currentData().toString(), spec.round);
        m_state->setText(error.isEmpty() ? tr("Ballot %1 saved.").arg(m_ballot->value() - 1) : error);
    });
    connect(&m_session, &Session::changed, this, &ManualEntryPage::refresh);
    refresh();
}

void ManualEntryPage::refresh() {
    const QString current = m_election->currentText();
    m_election->clear();
    m_rounds.clear();
    if (auto record = m_session.record()) {
        // Round 1 of each election, and a runoff or further round once the count calls for one.
        m_rounds = app::openRounds(*record, m_session.congress()).rounds;
        for (const RoundSpec& spec : m_rounds) {
            m_election->addItem(roundTitle(m_session.congress(), spec.election, spec.round));
        }
        m_election->setCurrentIndex(std::max(0, m_election->findText(current)));
    }
    m_state->setText(m_session.operatorName().isEmpty()
                         ? tr("Sign in first (Counting committee): each entry is recorded in the operator's name.")
                         : tr("Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.")
                               .arg(m_session.operatorName()));
    showList();
}

const RoundSpec* ManualEntryPage::round(const QString& electionId, int round) const {
    const auto found = std::ranges::find_if(m_rounds, [&](const RoundSpec& s) {
        return s.election.value == electionId.toStdString() && s.round == round;
    });
    return found == m_rounds.end() ? nullptr : &*found;
}

void ManualEntryPage::selectRound(const QString& electionId, int round) {
    refresh();
    if (const RoundSpec* spec = this->round(electionId, round)) {
        m_election->setCurrentIndex(static_cast<int>(spec - m_rounds.data()));
    }
}

void ManualEntryPage::showList() {
    const int index = m_election->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_rounds.size())) {
        m_names->clear();
        return;
    }
    const RoundSpec* e = &m_rounds[static_cast<std::size_t>(index)];
    m_ballot->setValue(1);
    QString html = e->form() == BallotForm::YesNo ? tr("For each person in order: <b>d</b> đồng ý, <b>k</b> không đồng ý, <b>h</b> both boxes, <b>-</b> none.")
                             : tr("Type the numbers of the names <b>struck through</b>:");
    html += QStringLiteral("<br>");
    for (std::size_t i = 0; i < e->candidates.size(); ++i) {
        html += QStringLiteral("<b>%1</b>&nbsp;%2 &nbsp;&nbsp; ").arg(i + 1).arg(QString::fromStdString(e->candidates[i].name).toHtmlEscaped());
    }
    m_names->setText(html);
}

QString ManualEntryPage::enter(const QString& electionId, int ballot, const QString& typed, const QString& invalidReason,
                               int roundNumber) {
    auto record = m_session.record();
    if (!record || !m_session.signedIn()) {
        return tr("Sign in first (Counting committee): each entry is recorded in the operator's name.");
    }
    const RoundSpec* e = round(electionId, roundNumber);
    if (!e) {
        return tr("Choose an election.");
    }
    auto parsed = parseTyped(*e, typed);
    if (!parsed) {
        return parsed.error();
    }
    if (!invalidReason.isEmpty()) {
        (*parsed)["invalid"] = invalidReason.toStdString();
    }
    auto done = store::Committee(*record).enter(e->election.value, e->round, std::to_string(ballot), parsed->dump(), *m_session.signedIn(),
                                                utcNow());
    if (!done) {
        return storeErrorText(done.error()).text;
    }
    m_done->insertItem(0, tr("Ballot %1: %2").arg(ballot).arg(typed.isEmpty() ? tr("nothing struck") : typed));
    m_ballot->setValue(ballot + 1);
    m_typed->clear();
    m_invalid->setCurrentIndex(0);
    emit entered();
    return {};
}

}  // namespace kp::gui
