#include "src/gui/review_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "src/app/json_lines.h"
#include "src/app/rounds.h"
#include "src/common/utc_time.h"
#include "src/gui/decision_panel.h"
#include "src/gui/error_text.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

using Json = nlohmann::ordered_json;

QString reasonText(const std::string& code) {
    static const std::map<std::string, const char*> TEXT{
        {"partial_strike", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "only part of a name is struck")},
        {"underline", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a name is underlined")},
        {"mark_near_name", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a mark near a name")},
        {"mark_beside_name", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a mark beside a name (tick, circle)")},
        {"fold_through_name", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a fold runs through a name")},
        {"faint_stroke", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a faint stroke")},
        {"box_mark_unclear", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "an unclear mark in a box")},
        {"missing_stamp", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "no stamp found")},
        {"writing_outside_list", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "writing outside the list")},
        {"corner_damaged", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a corner is torn or folded")},
        {"no_ballot_code", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the ballot's code cannot be read")},
        {"multi_side_ballot",
         QT_TRANSLATE_NOOP("kp::gui::ReviewPage",
                           "a ballot of several sides, not scanned as one sheet: rule on every side from the paper")},
        {"name_hidden",
         QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the letters of a name leave too little paper to see a stroke")},
        {"unreadable_image", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the image cannot be read")},
        {"manual_entries_differ", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the manual entries differ")},
        {"manual_second_entry_missing", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a second entry is missing")}};
    const auto it = TEXT.find(code);
    return it == TEXT.end() ? QString::fromStdString(code) : ReviewPage::tr(it->second);
}

QString markText(const std::string& code) {
    return code == "agree"      ? ReviewPage::tr("agree")
           : code == "disagree" ? ReviewPage::tr("disagree")
           : code == "both"     ? ReviewPage::tr("both boxes")
                                : ReviewPage::tr("no box");
}

std::string keyOf(const Json& item) {
    return item.value("election", "") + "/" + item.value("sheet", "");
}

bool listed(const Json& ids, const std::string& id) {
    return ids.is_array() && std::ranges::find(ids, Json(id)) != ids.end();
}

bool isManual(const Json& item) {
    return item.value("sheet", "").starts_with("manual-");
}

}  // namespace

ReviewPage::ReviewPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(pageTitle(tr("Review")));
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #161; font-weight: bold; }"));
    top->addWidget(m_notice, 1);
    layout->addLayout(top);
    auto* split = new QSplitter(this);
    split->setChildrenCollapsible(false);
    m_queue = new QListWidget(split);
    m_queue->setWordWrap(true);
    m_queue->setMinimumWidth(120);
    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setObjectName(QStringLiteral("sheet"));
    m_view = new QScrollArea(split);
    m_view->setWidget(m_image);
    m_view->setWidgetResizable(true);
    m_view->setMinimumWidth(240);
    m_image->installEventFilter(this);
    m_image->setCursor(Qt::CrossCursor);

    // The right side scrolls as a whole on a small screen: the decision and its confirmation
    // always reachable, the image never squeezed.
    auto* side = new QWidget;
    auto* right = new QVBoxLayout(side);
    m_reason = new QLabel(side);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #a60; }"));
    right->addWidget(m_reason);
    m_zoom = new QLabel(tr("Click the sheet where a name is to see it closer."), side);
    m_zoom->setAlignment(Qt::AlignCenter);
    m_zoom->setWordWrap(true);
    m_zoom->setMinimumHeight(90);
    m_zoom->setFrameShape(QFrame::StyledPanel);
    m_zoom->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    right->addWidget(m_zoom);
    m_steps = new QStackedWidget(side);
    m_decision = new DecisionPanel(m_steps);
    m_steps->addWidget(m_decision);
    auto* confirmPage = new QWidget(m_steps);
    auto* confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(
        tr("Read the ruling aloud. Two members of the committee then confirm it with their passwords."), confirmPage);
    heading->setWordWrap(true);
    confirmLayout->addWidget(heading);
    m_summary = new QLabel(confirmPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setStyleSheet(QStringLiteral("QLabel { background: #fffbe6; padding: 6px; }"));
    confirmLayout->addWidget(m_summary);
    m_members = new SignInFields(2, confirmPage);
    confirmLayout->addWidget(m_members);
    m_confirmError = new QLabel(confirmPage);
    m_confirmError->setWordWrap(true);
    m_confirmError->setStyleSheet(QStringLiteral("QLabel { color: #b00; font-weight: bold; }"));
    confirmLayout->addWidget(m_confirmError);
    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back to the ballot"), confirmPage);
    back->setObjectName(QStringLiteral("back"));
    auto* record = new QPushButton(tr("Record the ruling"), confirmPage);
    record->setObjectName(QStringLiteral("confirm"));
    buttons->addWidget(back);
    buttons->addWidget(record, 1);
    confirmLayout->addLayout(buttons);
    confirmLayout->addStretch();
    m_steps->addWidget(confirmPage);
    right->addWidget(m_steps, 1);
    auto* sideScroll = new QScrollArea(split);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setMinimumWidth(320);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);  // never cut off
    split->addWidget(m_queue);
    split->addWidget(m_view);
    split->addWidget(sideScroll);
    // The sheet gets the most room: the committee judges the ballot from it.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 4);
    split->setSizes({120, 340, 360});
    layout->addWidget(split, 1);

    connect(m_queue, &QListWidget::currentRowChanged, this, &ReviewPage::show);
    connect(m_decision, &DecisionPanel::proceed, this, &ReviewPage::toConfirm);
    connect(back, &QPushButton::clicked, this, &ReviewPage::backToDecision);
    connect(record, &QPushButton::clicked, this, &ReviewPage::confirm);
    connect(m_members, &SignInFields::submitted, this, &ReviewPage::confirm);
    connect(&m_session, &Session::changed, this, &ReviewPage::refresh);
    refresh();
}

int ReviewPage::waiting() const {
    return static_cast<int>(m_items.size());
}

// Reads the queue again (a count finished, a ruling made, another record opened). The ballot
// on screen keeps the decision in progress when it is still waiting in the same record.
void ReviewPage::refresh() {
    const int shownRow = m_queue->currentRow();
    const bool keep = m_session.recordPath() == m_shownRecord && !m_shownKey.empty();
    m_items.clear();
    m_specs.clear();
    m_imageOf.clear();
    m_entries.clear();
    auto record = m_session.record();
    if (record) {
        for (const store::SheetRow& s : record->sheets().value_or(std::vector<store::SheetRow>{})) {
            m_imageOf[std::to_string(s.id)] = record->imagesDir() + "/" + s.image;
            m_imageOf[s.sha256] = m_imageOf[std::to_string(s.id)];  // the other face of a two-sided ballot
        }
        m_entries = app::jsonLinesOf(store::Committee(*record).manualEntriesJsonl().value_or(""));
        for (Json& line : app::jsonLinesOf(store::Committee(*record).countedJsonl().value_or(""))) {
            if (line.value("status", "") == "review") {
                m_items.push_back(std::move(line));
            }
        }
    }
    int keepRow = -1;
    {
        const QSignalBlocker quiet(m_queue);
        m_queue->clear();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const Json& line = m_items[i];
            QStringList reasons;
            for (const auto& r : line.value("reasons", Json::array())) {
                reasons << reasonText(r.get<std::string>());
            }
            m_queue->addItem(tr("%1 · %2").arg(ballotTitle(line), reasons.join(QStringLiteral(", "))));
            if (keep && keyOf(line) == m_shownKey) {
                keepRow = static_cast<int>(i);
            }
        }
    }
    if (keepRow >= 0) {
        const QSignalBlocker quiet(m_queue);
        m_queue->setCurrentRow(keepRow);
        return;
    }
    m_shownKey.clear();
    const int row = m_items.empty() ? -1 : std::clamp(shownRow, 0, waiting() - 1);
    m_queue->setCurrentRow(row);
    show(row);  // also when the row number stays the same: it is another ballot now
}

void ReviewPage::select(int row) {
    m_queue->setCurrentRow(row);
}

QString ReviewPage::ballotTitle(const Json& item) const {
    const std::string sheet = item.value("sheet", "");
    const QString round = m_session.isOpen() ? roundTitle(m_session.congress(), ElectionId{item.value("election", "")},
                                                          item.value("round", 1))
                                             : QString();
    return isManual(item) ? tr("%1 · ballot %2 keyed by hand").arg(round, QString::fromStdString(sheet.substr(7)))
                          : tr("%1 · sheet %2").arg(round, QString::fromStdString(sheet));
}

std::optional<RoundSpec> ReviewPage::specOf(const Json& item) {
    const auto key = std::pair{item.value("election", ""), item.value("round", 1)};
    if (!m_specs.contains(key)) {
        auto record = m_session.record();
        auto input = record ? app::roundInput(*record, key.first, key.second) : std::unexpected(std::string());
        m_specs[key] = input ? std::optional<RoundSpec>(input->spec) : std::nullopt;
    }
    return m_specs[key];
}

// The sheet's image; a ballot printed on both faces of its sheet shows both, side by side.
QPixmap ReviewPage::sheetImage(const Json& item) const {
    const auto imageOf = [&](const std::string& key) {
        const auto it = m_imageOf.find(key);
        return it != m_imageOf.end() ? QPixmap(QString::fromStdString(it->second)) : QPixmap();
    };
    const QPixmap front = imageOf(item.value("sheet", ""));
    const QPixmap back = imageOf(item.value("other_side", Json::object()).value("sha256", ""));
    if (front.isNull() || back.isNull()) {
        return front;
    }
    const int gap = front.width() / 50;
    QPixmap both(front.width() + gap + back.width(), std::max(front.height(), back.height()));
    both.fill(Qt::darkGray);
    QPainter p(&both);
    p.drawPixmap(0, 0, front);
    p.drawPixmap(front.width() + gap, 0, back);
    return both;
}

// What each name was read as (the "original" beside the committee's decision): the
// recogniser's certain reading, "not sure", or each operator's entry of a hand-keyed ballot.
QStringList ReviewPage::original(const Json& item, const RoundSpec& spec) const {
    QStringList out;
    const Json uncertain = item.value("uncertain", Json::array());
    const bool strike = spec.form() == BallotForm::Strike;
    std::vector<Json> entries;
    for (const Json& e : m_entries) {
        if (isManual(item) && "manual-" + e.value("ballot", "") == item.value("sheet", "") &&
            e.value("election", "") == item.value("election", "") && e.value("round", 1) == item.value("round", 1)) {
            entries.push_back(e);
        }
    }
    for (const Candidate& c : spec.candidates) {
        if (isManual(item)) {
            QStringList each;
            for (const Json& e : entries) {
                const Json entry = e.value("entry", Json::object());
                const QString who = QString::fromStdString(e.value("operator", ""));
                const QString what =
                    entry.contains("invalid") ? tr("invalid")
                    : strike ? (listed(entry.value("struck", Json::array()), c.id.value) ? tr("struck") : tr("kept"))
                             : markText(entry.value("marks", Json::object()).value(c.id.value, "none"));
                each << QStringLiteral("%1: %2").arg(who, what);
            }
            out << each.join(QStringLiteral(" · "));
        } else if (listed(uncertain, c.id.value)) {
            out << tr("not sure");
        } else if (strike && item.contains("struck")) {
            out << (listed(item["struck"], c.id.value) ? tr("struck") : tr("kept"));
        } else if (!strike && item.contains("marks")) {
            out << markText(item["marks"].value(c.id.value, "none"));
        } else {
            out << tr("not read");
        }
    }
    return out;
}

// The whole sheet, as large as the view allows (again whenever the window changes size).
void ReviewPage::fitImage() {
    if (m_sheet.isNull()) {
        m_image->setPixmap(QPixmap());
        return;
    }
    const QSize room = m_view->viewport()->size() - QSize(4, 4);
    m_image->setPixmap(m_sheet.scaled(room.expandedTo(QSize(200, 280)), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool ReviewPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_image && event->type() == QEvent::MouseButtonPress) {
        // The pixmap is centred in the label: the click in the pixmap's own pixels.
        const QPoint at = static_cast<QMouseEvent*>(event)->position().toPoint();
        const QSize shown = m_image->pixmap().size();
        zoomAt(at - QPoint((m_image->width() - shown.width()) / 2, (m_image->height() - shown.height()) / 2));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::zoomAt(const QPoint& shownPixel) {
    const QSize shown = m_image->pixmap().size();
    if (m_sheet.isNull() || shown.isEmpty()) {
        return;
    }
    // A window as wide as a long name (about a third of the sheet), in the sheet's own pixels.
    const double toSheet = static_cast<double>(m_sheet.width()) / shown.width();
    const QSize window(m_sheet.width() / 3, m_sheet.width() / 8);
    const QPoint centre(static_cast<int>(shownPixel.x() * toSheet), static_cast<int>(shownPixel.y() * toSheet));
    const QRect crop = QRect(centre - QPoint(window.width() / 2, window.height() / 2), window) & m_sheet.rect();
    if (crop.isEmpty()) {
        return;
    }
    const QSize room = (m_zoom->size() - QSize(4, 4)).expandedTo(QSize(300, 110));
    m_zoom->setPixmap(m_sheet.copy(crop).scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ReviewPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitImage();
}

void ReviewPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    fitImage();
}

// A ballot opens with nothing chosen: a fresh decision from its own reading, never the last one.
void ReviewPage::show(int row) {
    backToDecision();
    m_decision->clear();
    m_sheet = QPixmap();
    m_zoom->setPixmap(QPixmap());
    m_zoom->setText(tr("Click the sheet where a name is to see it closer."));
    m_shownRecord = m_session.recordPath();
    m_shownKey.clear();
    if (row < 0 || row >= waiting()) {
        m_reason->setText(m_session.isOpen() ? tr("No ballot is waiting for the committee.") : QString());
        m_image->setText(QString());
        fitImage();
        return;
    }
    const Json& item = m_items[static_cast<std::size_t>(row)];
    m_shownKey = keyOf(item);
    m_notice->clear();
    m_reason->setText(m_queue->item(row)->text());
    m_sheet = sheetImage(item);
    m_image->setText(isManual(item) ? tr("Keyed by hand: take paper ballot %1 of the stack and compare.")
                                          .arg(QString::fromStdString(item.value("sheet", "").substr(7)))
                     : m_sheet.isNull() ? tr("The image cannot be shown.")
                                        : QString());
    fitImage();
    const auto spec = specOf(item);
    if (!spec) {
        m_reason->setText(m_reason->text() + QLatin1Char('\n') +
                          tr("The list of this election round cannot be read from the record: this ballot cannot be "
                             "ruled on here."));
        return;
    }
    const app::BallotDecision decision =
        isManual(item) ? app::BallotDecision(*spec) : app::BallotDecision::fromReading(*spec, item);
    std::vector<bool> doubtful(spec->candidates.size(), false);
    const Json uncertain = item.value("uncertain", Json::array());
    for (std::size_t i = 0; i < spec->candidates.size(); ++i) {
        doubtful[i] = isManual(item) || !decision.decided(i) || listed(uncertain, spec->candidates[i].id.value);
    }
    m_decision->load(decision, original(item, *spec), doubtful);
}

void ReviewPage::setStruck(const QStringList& ids) {
    m_decision->setStruck(ids);
}

void ReviewPage::setInvalid(const QString& reason) {
    m_decision->setVerdict(reason);
}

// The decision in words beside the image, then the two members and their passwords.
void ReviewPage::toConfirm() {
    const int row = m_queue->currentRow();
    if (!m_decision->decision() || row < 0 || row >= waiting()) {
        return;
    }
    m_summary->setText(decisionWords(*m_decision->decision(), m_queue->item(row)->text(), m_decision->why()));
    QStringList names;
    if (auto record = m_session.record()) {
        for (const store::Member& m : store::Committee(*record).members().value_or(std::vector<store::Member>{})) {
            if (m.role != store::ROLE_TECHNICIAN) {
                names << QString::fromStdString(m.name);
            }
        }
    }
    m_members->setMembers(names);
    if (names.contains(m_session.operatorName())) {  // the member at the station, usually one of the two
        m_members->fill(0, m_session.operatorName(), {});
    }
    m_confirmError->clear();
    m_queue->setEnabled(false);  // the ballot on screen is the one being signed
    m_steps->setCurrentIndex(1);
    (m_members->name(0).isEmpty() ? static_cast<QWidget*>(m_members->memberBox(0)) : m_members->passwordEdit(0))
        ->setFocus();
}

void ReviewPage::backToDecision() {
    m_steps->setCurrentIndex(0);
    m_queue->setEnabled(true);
    m_confirmError->clear();
}

void ReviewPage::confirm() {
    const QString title = m_queue->currentItem() ? m_queue->currentItem()->text() : QString();
    const QString error =
        rule(m_decision->why(), m_members->name(0), m_members->password(0), m_members->name(1), m_members->password(1));
    if (!error.isEmpty()) {
        m_confirmError->setText(error);
        return;
    }
    m_notice->setText(tr("Ruling recorded: %1").arg(title));
}

QString ReviewPage::rule(const QString& why, const QString& first, const QString& firstPassword, const QString& second,
                         const QString& secondPassword) {
    const int row = m_queue->currentRow();
    auto record = m_session.record();
    if (row < 0 || row >= waiting() || !record) {
        return tr("Choose a ballot in the queue first.");
    }
    const auto& decision = m_decision->decision();
    if (!decision || !decision->isComplete()) {
        return tr(
            "Nothing is recorded until the committee has chosen whether the ballot is valid and decided every "
            "doubtful name.");
    }
    if (why.simplified().isEmpty()) {
        return tr("Write why (for the minutes) before confirming.");
    }
    store::Committee committee(*record);
    auto signedIn = signInEach(committee, {first, second}, {firstPassword, secondPassword});
    if (!signedIn) {
        return signedIn.error();
    }
    const Json& item = m_items[static_cast<std::size_t>(row)];
    const std::string sheet = item.value("sheet", "");
    const std::string chosen = decision->json();
    store::Result<std::int64_t> made = std::unexpected(store::StoreError{});
    const auto& [a, b] = std::tie((*signedIn)[0], (*signedIn)[1]);
    if (isManual(item)) {
        made = committee.ruleManual(item.value("election", ""), item.value("round", 1), sheet.substr(7), chosen,
                                    why.simplified().toStdString(), a, b, utcNow());
    } else {
        made = committee.ruleSheet(std::stoll(sheet), chosen, why.simplified().toStdString(), a, b, utcNow());
    }
    if (!made) {
        return storeErrorText(made.error()).text;
    }
    m_shownKey.clear();  // the next ballot opens fresh
    refresh();
    emit ruled();
    return {};
}

}  // namespace kp::gui
