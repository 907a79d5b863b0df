#include "src/gui/decision_panel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "src/gui/widgets.h"
#include "src/store/counted.h"

namespace kp::gui {

namespace {

using app::NameDecision;

const QColor DOUBTFUL(255, 224, 160);  // what the committee must look at
const QColor CHANGED(255, 200, 200);   // the committee decided otherwise than the reading

// The choices of a name: strike ballots kept/struck, yes/no ballots the four marks. A button's
// id in its group is the NameDecision, or the Mark.
const std::pair<NameDecision, const char*> STRIKE_CHOICES[] = {
    {NameDecision::Kept, QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Kept")},
    {NameDecision::Struck, QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Struck")}};
const std::pair<Mark, const char*> MARK_CHOICES[] = {
    {Mark::Agree, QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Agree")},
    {Mark::Disagree, QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Disagree")},
    {Mark::Both, QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Both boxes")},
    {Mark::None, QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "No box")}};

// The verdicts the committee gives; "" is valid.
// Short enough for the narrow side of a 1024×600 screen.
const std::pair<const char*, const char*> VERDICTS[] = {
    {"", QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Valid, as the names above")},
    {"not_issued", QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Invalid: not the committee's ballot")},
    {"write_in", QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Invalid: a name written in")},
    {"identifying_mark", QT_TRANSLATE_NOOP("kp::gui::DecisionPanel", "Invalid: an identifying mark")}};

// The verdicts that set a scanned sheet aside, in the verdicts' group after VERDICTS.
constexpr int NOT_A_BALLOT_ID = 100;
constexpr int REFEED_ID = 101;
constexpr int OTHER_ROUND_ID = 102;

QString markWords(Mark m) {
    for (const auto& [mark, words] : MARK_CHOICES) {
        if (mark == m) {
            return DecisionPanel::tr(words);
        }
    }
    return {};
}

QString namesOf(const app::BallotDecision& d, const std::vector<std::size_t>& at) {
    QStringList names;
    for (const std::size_t i : at) {
        names << QString::fromStdString(d.candidate(i).name).toHtmlEscaped();
    }
    return names.isEmpty() ? DecisionPanel::tr("none") : names.join(QStringLiteral(", "));
}

}  // namespace

DecisionPanel::DecisionPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_names = new QTableWidget(0, 3, this);
    m_names->setHorizontalHeaderLabels({tr("Name"), tr("Read"), tr("The committee decides")});
    m_names->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->verticalHeader()->hide();
    m_names->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setStretchLastSection(true);
    m_names->setMinimumHeight(150);
    layout->addWidget(m_names, 1);
    auto* verdicts = new QWidget(this);
    auto* verdictLayout = new QVBoxLayout(verdicts);
    verdictLayout->setContentsMargins(0, 4, 0, 4);
    verdictLayout->setSpacing(2);
    auto* verdictTitle = new QLabel(tr("<b>The ballot</b> (nothing is chosen until you choose):"), verdicts);
    verdictTitle->setWordWrap(true);
    verdictLayout->addWidget(verdictTitle);
    m_verdicts = new QButtonGroup(this);
    int id = 0;
    for (const auto& [code, words] : VERDICTS) {
        auto* button = new QRadioButton(tr(words), verdicts);
        button->setObjectName(*code ? QStringLiteral("invalid-%1").arg(QLatin1String(code)) : QStringLiteral("valid"));
        if (*code) {
            button->setToolTip(invalidReasonText(*invalidReasonFromCode(code)));
        }
        m_verdicts->addButton(button, id++);
        verdictLayout->addWidget(button);
    }
    // A sheet that is no ballot (a photo, a blank page) or the same paper fed again leaves the
    // count: not collected, not invalid.
    m_notBallot = new QRadioButton(tr("Not a ballot: remove from the count"), verdicts);
    m_notBallot->setObjectName(QStringLiteral("aside-not_a_ballot"));
    m_verdicts->addButton(m_notBallot, NOT_A_BALLOT_ID);
    verdictLayout->addWidget(m_notBallot);
    m_refeed = new QRadioButton(verdicts);
    m_refeed->setObjectName(QStringLiteral("aside-refeed"));
    m_verdicts->addButton(m_refeed, REFEED_ID);
    verdictLayout->addWidget(m_refeed);
    // A ballot of another round in this round's stack (a round-1 ballot among the runoff's) is
    // counted in neither: it belongs to the other round's paper, which was counted on its own.
    m_otherRound = new QRadioButton(tr("A ballot of another round: not in this count"), verdicts);
    m_otherRound->setObjectName(QStringLiteral("aside-other_round"));
    m_verdicts->addButton(m_otherRound, OTHER_ROUND_ID);
    verdictLayout->addWidget(m_otherRound);
    layout->addWidget(verdicts);
    layout->addWidget(new QLabel(tr("Why (for the minutes):"), this));
    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setPlaceholderText(tr("e.g. checked against the paper ballot"));
    layout->addWidget(m_why);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("QLabel { color: #a60; }"));
    layout->addWidget(m_missing);
    m_next = new QPushButton(tr("Next: two members confirm…"), this);
    m_next->setObjectName(QStringLiteral("toConfirm"));
    layout->addWidget(m_next);
    connect(m_verdicts, &QButtonGroup::idClicked, this, [this](int index) {
        if (!m_decision) {
            return;
        }
        if (index >= NOT_A_BALLOT_ID) {
            m_aside = QLatin1String(index == REFEED_ID        ? store::SET_ASIDE_REFEED
                                    : index == OTHER_ROUND_ID ? store::SET_ASIDE_OTHER_ROUND
                                                              : store::SET_ASIDE_NOT_A_BALLOT);
            m_decision->clearVerdict();
        } else {
            m_aside.clear();
            const char* code = VERDICTS[index].first;
            *code ? (void)m_decision->setInvalid(*invalidReasonFromCode(code)) : m_decision->setValid();
        }
        update();
    });
    connect(m_why, &QLineEdit::textChanged, this, &DecisionPanel::update);
    connect(m_why, &QLineEdit::returnPressed, m_next, &QPushButton::click);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_next->isEnabled()) {
            emit proceed();
        }
    });
    clear();
}

void DecisionPanel::clear() {
    m_decision.reset();
    m_aside.clear();
    m_twin = 0;
    m_notBallot->setVisible(false);
    m_refeed->setVisible(false);
    m_otherRound->setVisible(false);
    m_names->setRowCount(0);
    m_rows.clear();
    m_verdicts->setExclusive(false);  // an exclusive group cannot uncheck its last button
    for (QAbstractButton* b : m_verdicts->buttons()) {
        b->setChecked(false);
    }
    m_verdicts->setExclusive(true);
    m_why->clear();
    update();
}

void DecisionPanel::load(const app::BallotDecision& decision, const QStringList& original,
                         const std::vector<bool>& doubtful, bool scanned, std::int64_t twin) {
    clear();
    m_decision = decision;
    m_twin = scanned ? twin : 0;
    m_notBallot->setVisible(scanned);
    m_otherRound->setVisible(scanned);
    m_refeed->setVisible(m_twin != 0);
    m_refeed->setText(tr("The same paper as sheet %1, fed again").arg(m_twin));
    for (std::size_t i = 0; i < decision.size(); ++i) {
        addRow(i, i < static_cast<std::size_t>(original.size()) ? original[static_cast<int>(i)] : QString(),
               i < doubtful.size() && doubtful[i]);
    }
    m_names->resizeRowsToContents();
    update();
}

void DecisionPanel::addRow(std::size_t i, const QString& original, bool doubtful) {
    const int r = static_cast<int>(i);
    m_names->insertRow(r);
    const std::string& id = m_decision->candidate(i).id.value;
    auto* name = new QTableWidgetItem(
        QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(m_decision->candidate(i).name)));
    auto* read = new QTableWidgetItem(original);
    if (doubtful) {
        name->setBackground(DOUBTFUL);
        read->setBackground(DOUBTFUL);
    }
    m_names->setItem(r, 0, name);
    m_names->setItem(r, 1, read);
    auto* cell = new QWidget(m_names);
    auto* buttons = new QHBoxLayout(cell);
    buttons->setContentsMargins(2, 1, 2, 1);
    buttons->setSpacing(2);
    // A chosen button stands out in colour: kept / agree green, struck / disagree red.
    cell->setStyleSheet(
        QStringLiteral("QPushButton:checked { color: white; font-weight: bold; background: #2e7d32; }"
                       "QPushButton#struck-%1:checked, QPushButton#disagree-%1:checked { background: #c62828; }"
                       "QPushButton#both-%1:checked, QPushButton#none-%1:checked { background: #6d4c41; }")
            .arg(QString::fromStdString(id)));
    auto* group = new QButtonGroup(cell);
    const auto add = [&](int value, const char* words, const char* code) {
        auto* b = new QPushButton(tr(words), cell);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("%1-%2").arg(QLatin1String(code), QString::fromStdString(id)));
        group->addButton(b, value);
        buttons->addWidget(b);
    };
    if (m_decision->form() == BallotForm::Strike) {
        for (const auto& [d, words] : STRIKE_CHOICES) {
            add(static_cast<int>(d), words, d == NameDecision::Kept ? "kept" : "struck");
        }
    } else {
        for (const auto& [m, words] : MARK_CHOICES) {
            add(static_cast<int>(m), words, std::string(markCode(m)).c_str());
        }
    }
    buttons->addStretch();
    m_names->setCellWidget(r, 2, cell);
    m_rows.push_back(group);
    connect(group, &QButtonGroup::idClicked, this, [this, i](int value) {
        if (m_decision->form() == BallotForm::Strike) {
            m_decision->setName(i, static_cast<NameDecision>(value));
        } else {
            m_decision->setMark(i, static_cast<Mark>(value));
        }
        showRow(i);
        update();
    });
    showRow(i);
}

// The row's buttons as the decision has it; its decision cell red where it departs from a
// certain reading.
void DecisionPanel::showRow(std::size_t i) {
    QButtonGroup* group = m_rows[i];
    int value = -1;
    if (m_decision->form() == BallotForm::Strike) {
        value = m_decision->name(i) == NameDecision::Undecided ? -1 : static_cast<int>(m_decision->name(i));
    } else if (m_decision->mark(i)) {
        value = static_cast<int>(*m_decision->mark(i));
    }
    group->setExclusive(false);
    for (QAbstractButton* b : group->buttons()) {
        b->setChecked(group->id(b) == value);
    }
    group->setExclusive(true);
    QWidget* cell = m_names->cellWidget(static_cast<int>(i), 2);
    const bool changed = m_decision->changedFromReading(i);
    cell->setAutoFillBackground(changed);
    QPalette p = cell->palette();
    p.setColor(QPalette::Window, CHANGED);
    cell->setPalette(p);
    cell->setToolTip(changed ? tr("The committee decides otherwise than the reading.") : QString());
}

void DecisionPanel::update() {
    QStringList missing;
    if (!m_decision) {
        m_missing->setText(tr("Choose a ballot in the list."));
        m_next->setEnabled(false);
        return;
    }
    m_names->setEnabled(m_aside.isEmpty());  // a sheet set aside has no names to decide
    if (m_decision->verdict() == app::Verdict::Undecided && m_aside.isEmpty()) {
        missing << tr("whether the ballot is valid");
    }
    const auto undecided = m_decision->undecided();
    if (m_decision->verdict() != app::Verdict::Invalid && m_aside.isEmpty() && !undecided.empty()) {
        missing << tr("%n name(s) still undecided: %1", nullptr, static_cast<int>(undecided.size()))
                       .arg(namesOf(*m_decision, undecided));
    }
    if (why().isEmpty()) {
        missing << tr("why (for the minutes)");
    }
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Still to decide: %1.").arg(missing.join(QStringLiteral("; "))));
    m_next->setEnabled(complete());
}

bool DecisionPanel::complete() const {
    return m_decision && !why().isEmpty() && (!m_aside.isEmpty() || m_decision->isComplete());
}

std::string DecisionPanel::json() const {
    if (!complete()) {
        return {};
    }
    return m_aside.isEmpty() ? m_decision->json() : nlohmann::json{{"set_aside", m_aside.toStdString()}}.dump();
}

QString DecisionPanel::words(const QString& ballot) const {
    if (!m_decision) {
        return {};
    }
    if (m_aside.isEmpty()) {
        return decisionWords(*m_decision, ballot, why());
    }
    const QString ruling =
        m_aside == QLatin1String(store::SET_ASIDE_REFEED)
            ? tr("The committee rules that this sheet is <b>the same paper as sheet %1, fed again</b>: it is set "
                 "aside and counted once, as sheet %1.")
                  .arg(m_twin)
        : m_aside == QLatin1String(store::SET_ASIDE_OTHER_ROUND)
            ? tr("The committee rules that this sheet is <b>A BALLOT OF ANOTHER ROUND</b>: it is set aside and not "
                 "counted in this round (neither collected nor invalid).")
            : tr("The committee rules that this sheet is <b>NOT A BALLOT</b>: it is set aside and not counted "
                 "(neither collected nor invalid).");
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
        .arg(ballot.toHtmlEscaped(), ruling, tr("Why (for the minutes): %1").arg(why().toHtmlEscaped()));
}

QString DecisionPanel::why() const {
    return m_why->text().simplified();
}

void DecisionPanel::setStruck(const QStringList& ids) {
    if (!m_decision || m_decision->form() != BallotForm::Strike) {
        return;
    }
    for (std::size_t i = 0; i < m_decision->size(); ++i) {
        const bool struck = ids.contains(QString::fromStdString(m_decision->candidate(i).id.value));
        m_rows[i]->button(static_cast<int>(struck ? NameDecision::Struck : NameDecision::Kept))->click();
    }
}

void DecisionPanel::decideDoubtful(NameDecision strike, Mark yesNo) {
    if (!m_decision) {
        return;
    }
    for (const std::size_t i : m_decision->undecided()) {
        m_rows[i]
            ->button(m_decision->form() == BallotForm::Strike ? static_cast<int>(strike) : static_cast<int>(yesNo))
            ->click();
    }
}

void DecisionPanel::setVerdict(const QString& code) {
    for (std::size_t i = 0; i < std::size(VERDICTS); ++i) {
        if (code == QLatin1String(VERDICTS[i].first)) {
            m_verdicts->button(static_cast<int>(i))->click();
        }
    }
}

void DecisionPanel::setAsideAs(const QString& code) {
    QAbstractButton* b = code == QLatin1String(store::SET_ASIDE_REFEED)        ? m_refeed
                         : code == QLatin1String(store::SET_ASIDE_OTHER_ROUND) ? m_otherRound
                                                                               : m_notBallot;
    if (b->isVisibleTo(this)) {
        b->click();
    }
}

void DecisionPanel::setWhy(const QString& why) {
    m_why->setText(why);
}

QString decisionWords(const app::BallotDecision& d, const QString& ballot, const QString& why) {
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(ballot.toHtmlEscaped());
    if (d.verdict() == app::Verdict::Invalid) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(DecisionPanel::tr("The committee rules the ballot <b>INVALID</b>: %1.")
                             .arg(invalidReasonText(*d.invalidReason())));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(DecisionPanel::tr("The committee rules the ballot <b>VALID</b>, read as follows:"));
        if (d.form() == BallotForm::Strike) {
            html += QStringLiteral("<p>%1<br>%2</p>")
                        .arg(DecisionPanel::tr("Kept (%1): %2").arg(d.kept().size()).arg(namesOf(d, d.kept())),
                             DecisionPanel::tr("Struck (%1): %2").arg(d.struck().size()).arg(namesOf(d, d.struck())));
        } else {
            QStringList marks;
            for (std::size_t i = 0; i < d.size(); ++i) {
                marks << QStringLiteral("%1: %2").arg(QString::fromStdString(d.candidate(i).name).toHtmlEscaped(),
                                                      markWords(d.mark(i).value_or(Mark::None)));
            }
            html += QStringLiteral("<p>%1</p>").arg(marks.join(QStringLiteral("<br>")));
        }
        if (const auto outcome = d.outcome()) {
            html += QStringLiteral("<p style='color:#b00'>%1</p>")
                        .arg(DecisionPanel::tr("By the election rules this ballot then counts as <b>invalid</b>: %1 "
                                               "(%2 place(s) to fill).")
                                 .arg(invalidReasonText(*outcome))
                                 .arg(d.places()));
        }
    }
    QStringList changed;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (d.changedFromReading(i)) {
            changed << QString::fromStdString(d.candidate(i).name).toHtmlEscaped();
        }
    }
    if (!changed.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(DecisionPanel::tr("Decided otherwise than the recogniser read: %1.")
                             .arg(changed.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("<p>%1</p>").arg(DecisionPanel::tr("Why (for the minutes): %1").arg(why.toHtmlEscaped()));
    return html;
}

}  // namespace kp::gui
