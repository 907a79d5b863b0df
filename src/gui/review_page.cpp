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

#include "src/app/rounds.h"
#include "src/common/utc_time.h"
#include "src/gui/decision_panel.h"
#include "src/gui/error_text.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"
#include "src/gui/widgets.h"
#include "src/store/counted.h"

namespace kp::gui {

namespace {

using Json = nlohmann::ordered_json;

QString markText(const std::string& code) {
    return code == "agree"      ? ReviewPage::tr("agree")
           : code == "disagree" ? ReviewPage::tr("disagree")
           : code == "both"     ? ReviewPage::tr("both boxes")
                                : ReviewPage::tr("no box");
}

std::string keyOf(const app::ReviewItem& item) {
    return item.election + "/" + item.sheet;
}

bool listed(const Json& ids, const std::string& id) {
    return ids.is_array() && std::ranges::find(ids, Json(id)) != ids.end();
}

// Images side by side, each with its caption above it (a sheet and its other face; a sheet
// and the one it may be a re-feed of). Null when the first cannot be read.
QPixmap sideBySide(const std::vector<std::pair<QPixmap, QString>>& images) {
    if (images.empty() || images.front().first.isNull()) {
        return {};
    }
    const int width = images.front().first.width();
    const int gap = width / 50;
    const bool captions = std::ranges::any_of(images, [](const auto& i) { return !i.second.isEmpty(); });
    const int band = captions ? width / 14 : 0;
    int w = -gap;
    int h = 0;
    for (const auto& [image, caption] : images) {
        w += image.width() + gap;
        h = std::max(h, image.height());
    }
    QPixmap all(w, h + band);
    all.fill(Qt::darkGray);
    QPainter p(&all);
    QFont font = p.font();
    font.setPixelSize(std::max(8, band / 2));
    font.setBold(true);
    p.setFont(font);
    int x = 0;
    for (const auto& [image, caption] : images) {
        p.fillRect(x, 0, image.width(), band, QColor(255, 251, 230));
        p.setPen(QColor(160, 80, 0));
        p.drawText(QRect(x, 0, image.width(), band), Qt::AlignCenter, caption);
        p.drawPixmap(x, band, image);
        x += image.width() + gap;
    }
    return all;
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
    m_unread = new QLabel(this);
    m_unread->setObjectName(QStringLiteral("unread"));
    m_unread->setWordWrap(true);
    m_unread->setStyleSheet(QStringLiteral("QLabel { color: #b00; font-weight: bold; }"));
    m_unread->hide();
    layout->addWidget(m_unread);
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
    m_reason->setObjectName(QStringLiteral("reason"));
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

// The queue as the record has it (app::reviewQueue, the command line's too), and how many
// sheets wait unread. Fail closed: what cannot be read is an error, never an empty queue.
void ReviewPage::readQueue() {
    m_items.clear();
    m_specs.clear();
    m_readError.clear();
    m_unreadSheets = 0;
    if (!m_session.isOpen()) {
        return;
    }
    auto record = m_session.record();
    if (!record) {
        m_readError = tr("the record cannot be opened");
        return;
    }
    auto queue = app::reviewQueue(*record);
    if (!queue) {
        m_readError = QString::fromStdString(queue.error());
        return;
    }
    auto unread = record->unreadSheets();
    if (!unread) {
        m_readError = QString::fromStdString(unread.error().message);
        return;
    }
    m_items = std::move(*queue);
    m_unreadSheets = static_cast<int>(unread->size());
}

// Reads the queue again (a count finished, a ruling made, another record opened). The ballot
// on screen keeps the decision in progress when it is still waiting in the same record.
void ReviewPage::refresh() {
    const int shownRow = m_queue->currentRow();
    const bool keep = m_session.recordPath() == m_shownRecord && !m_shownKey.empty();
    readQueue();
    m_unread->setToolTip(m_readError);
    m_unread->setText(
        !m_readError.isEmpty()
            ? tr("The record cannot be read: nothing can be ruled until it is read again (nothing is lost). Call "
                 "the technician; point here for the details.")
        : m_unreadSheets > 0
            ? tr("%1 sheet(s) are stored but not yet read: they are not ruled here. Count again (step 4): the next "
                 "count reads them first.")
                  .arg(m_unreadSheets)
            : QString());
    m_unread->setVisible(!m_unread->text().isEmpty());
    m_decision->setEnabled(m_readError.isEmpty());
    int keepRow = -1;
    {
        const QSignalBlocker quiet(m_queue);
        m_queue->clear();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const app::ReviewItem& item = m_items[i];
            QStringList reasons;
            for (const std::string& r : item.reasons) {
                reasons << reviewReasonText(r);
            }
            m_queue->addItem(tr("%1 · %2").arg(ballotTitle(item), reasons.join(QStringLiteral(", "))));
            if (keep && keyOf(item) == m_shownKey) {
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

QString ReviewPage::ballotTitle(const app::ReviewItem& item) const {
    const QString round =
        m_session.isOpen() ? roundTitle(m_session.congress(), ElectionId{item.election}, item.round) : QString();
    return item.manual() ? tr("%1 · ballot %2 keyed by hand").arg(round, QString::fromStdString(item.ballot()))
                         : tr("%1 · sheet %2").arg(round, QString::fromStdString(item.sheet));
}

std::optional<RoundSpec> ReviewPage::specOf(const app::ReviewItem& item) {
    const auto key = std::pair{item.election, item.round};
    if (!m_specs.contains(key)) {
        auto record = m_session.record();
        auto input = record ? app::roundInput(*record, key.first, key.second) : std::unexpected(std::string());
        m_specs[key] = input ? std::optional<RoundSpec>(input->spec) : std::nullopt;
    }
    return m_specs[key];
}

// The sheet's image; a ballot printed on both faces of its sheet shows both, side by side; a
// sheet that may be a re-feed shows the sheet it resembles beside it, each named.
QPixmap ReviewPage::sheetImage(const app::ReviewItem& item) const {
    const auto load = [](const std::string& file) {
        return file.empty() ? QPixmap() : QPixmap(QString::fromStdString(file));
    };
    std::vector<std::pair<QPixmap, QString>> images{{load(item.image), QString()}};
    if (const QPixmap back = load(item.otherSide); !back.isNull()) {
        images.emplace_back(back, QString());
    }
    if (item.twin != 0) {
        for (auto& [image, caption] : images) {
            caption = tr("This sheet (%1)").arg(QString::fromStdString(item.sheet));
        }
        images.emplace_back(load(item.twinImage), tr("Sheet %1, which it resembles").arg(item.twin));
    }
    return sideBySide(images);
}

// What each name was read as (the "original" beside the committee's decision): the
// recogniser's certain reading, "not sure", or each operator's entry of a hand-keyed ballot.
QStringList ReviewPage::original(const app::ReviewItem& item, const RoundSpec& spec) const {
    QStringList out;
    const Json& reading = item.reading;
    const Json uncertain = reading.is_object() ? reading.value("uncertain", Json::array()) : Json::array();
    const bool strike = spec.form() == BallotForm::Strike;
    for (const Candidate& c : spec.candidates) {
        if (item.manual()) {
            QStringList each;
            for (const app::ManualEntryView& e : item.entries) {
                const Json& entry = e.entry;
                const QString who = QString::fromStdString(e.operatorName);
                const QString what =
                    entry.contains("invalid") ? tr("invalid")
                    : strike ? (listed(entry.value("struck", Json::array()), c.id.value) ? tr("struck") : tr("kept"))
                             : markText(entry.value("marks", Json::object()).value(c.id.value, "none"));
                each << QStringLiteral("%1: %2").arg(who, what);
            }
            out << each.join(QStringLiteral(" · "));
        } else if (listed(uncertain, c.id.value)) {
            out << tr("not sure");
        } else if (strike && reading.contains("struck")) {
            out << (listed(reading["struck"], c.id.value) ? tr("struck") : tr("kept"));
        } else if (!strike && reading.contains("marks")) {
            out << markText(reading["marks"].value(c.id.value, "none"));
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

// Read again whenever the committee comes to the screen: a count or another station may have
// changed the record (a ballot in progress stays, refresh()).
void ReviewPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
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
        m_reason->setText(
            !m_session.isOpen()      ? QString()
            : !m_readError.isEmpty() ? tr("The record cannot be read: no ballot can be ruled now.")
            : m_unreadSheets > 0
                ? tr("No ballot read so far waits for the committee; %1 sheet(s) are not yet read.").arg(m_unreadSheets)
                : tr("No ballot is waiting for the committee."));
        m_image->setText(QString());
        fitImage();
        return;
    }
    const app::ReviewItem& item = m_items[static_cast<std::size_t>(row)];
    m_shownKey = keyOf(item);
    m_notice->clear();
    m_reason->setText(m_queue->item(row)->text());
    if (item.twin != 0) {
        m_reason->setText(
            m_reason->text() + QLatin1Char('\n') +
            tr("Maybe the same paper as sheet %1, fed again: this sheet is on the left, sheet %1 on the right. The "
               "same paper: choose \"the same paper as sheet %1, fed again\". Another voter's ballot: rule on what "
               "it holds.")
                .arg(item.twin));
    }
    m_sheet = sheetImage(item);
    m_image->setText(item.manual() ? tr("Keyed by hand: take paper ballot %1 of the stack and compare.")
                                         .arg(QString::fromStdString(item.ballot()))
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
        item.manual() ? app::BallotDecision(*spec) : app::BallotDecision::fromReading(*spec, item.reading);
    std::vector<bool> doubtful(spec->candidates.size(), false);
    const Json uncertain = item.reading.is_object() ? item.reading.value("uncertain", Json::array()) : Json::array();
    for (std::size_t i = 0; i < spec->candidates.size(); ++i) {
        doubtful[i] = item.manual() || !decision.decided(i) || listed(uncertain, spec->candidates[i].id.value);
    }
    m_decision->load(decision, original(item, *spec), doubtful, !item.manual(), item.twin);
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
    if (!m_decision->complete() || row < 0 || row >= waiting()) {
        return;
    }
    m_summary->setText(m_decision->words(m_queue->item(row)->text()));
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
    if (!m_readError.isEmpty()) {
        return tr("The record cannot be read: no ballot can be ruled now.");
    }
    if (row < 0 || row >= waiting() || !record) {
        return tr("Choose a ballot in the queue first.");
    }
    const auto& decision = m_decision->decision();
    if (!decision || (m_decision->setAside().isEmpty() && !decision->isComplete())) {
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
    const std::string chosen = m_decision->json();
    if (chosen.empty()) {  // the reason typed here but not in the panel
        m_decision->setWhy(why);
    }
    const auto made = app::ruleOn(*record, m_items[static_cast<std::size_t>(row)], Json::parse(m_decision->json()),
                                  why.simplified().toStdString(), (*signedIn)[0], (*signedIn)[1], utcNow());
    if (!made) {
        return storeErrorText(made.error()).text;
    }
    m_shownKey.clear();  // the next ballot opens fresh
    refresh();
    emit ruled();
    return {};
}

}  // namespace kp::gui
