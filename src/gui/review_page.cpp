#include "src/gui/review_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include "src/app/json_lines.h"
#include "src/common/utc_time.h"
#include "src/gui/session.h"
#include "src/gui/sign_in_dialog.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

using Json = nlohmann::ordered_json;

const char* MARKS[] = {"agree", "disagree", "both", "none"};

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
        {"multi_side_ballot", QT_TRANSLATE_NOOP("kp::gui::ReviewPage",
                                                "a ballot of several sides, not scanned as one sheet: rule on every side from the paper")},
        {"name_hidden", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the letters of a name leave too little paper to see a stroke")},
        {"unreadable_image", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the image cannot be read")},
        {"manual_entries_differ", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "the manual entries differ")},
        {"manual_second_entry_missing", QT_TRANSLATE_NOOP("kp::gui::ReviewPage", "a second entry is missing")}};
    const auto it = TEXT.find(code);
    return it == TEXT.end() ? QString::fromStdString(code) : ReviewPage::tr(it->second);
}

}  // namespace

ReviewPage::ReviewPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    left->addWidget(pageTitle(tr("Review")));
    m_queue = new QListWidget(this);
    left->addWidget(m_queue, 1);
    layout->addLayout(left, 1);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_view = new QScrollArea(this);
    m_view->setWidget(m_image);
    m_view->setWidgetResizable(true);
    layout->addWidget(m_view, 3);
    auto* right = new QVBoxLayout;
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #a60; }"));
    right->addWidget(m_reason);
    m_original = new QLabel(this);
    m_original->setWordWrap(true);
    m_original->setTextFormat(Qt::RichText);
    right->addWidget(m_original);
    m_names = table({tr("Name"), tr("Score"), tr("Committee")}, this);
    right->addWidget(m_names, 1);
    m_zoom = new QLabel(tr("Click the sheet where a name is to see it closer."), this);
    m_zoom->setAlignment(Qt::AlignCenter);
    m_zoom->setMinimumHeight(140);
    m_zoom->setFrameShape(QFrame::StyledPanel);
    m_zoom->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    right->addWidget(m_zoom);
    m_image->installEventFilter(this);
    m_image->setCursor(Qt::CrossCursor);
    auto* form = new QFormLayout;
    m_invalid = new QComboBox(this);
    m_invalid->addItem(tr("valid"), QString());
    m_invalid->addItem(tr("invalid: not issued by the committee"), QStringLiteral("not_issued"));
    m_invalid->addItem(tr("invalid: a name written in"), QStringLiteral("write_in"));
    m_invalid->addItem(tr("invalid: identifying mark"), QStringLiteral("identifying_mark"));
    m_why = new QLineEdit(this);
    form->addRow(tr("Ballot"), m_invalid);
    form->addRow(tr("Why (for the minutes)"), m_why);
    right->addLayout(form);
    auto* ruleButton = new QPushButton(tr("Record the ruling (two members)…"), this);
    right->addWidget(ruleButton);
    layout->addLayout(right, 2);
    connect(m_queue, &QListWidget::currentRowChanged, this, &ReviewPage::show);
    connect(ruleButton, &QPushButton::clicked, this, [this] {
        QStringList names;
        if (auto record = m_session.record()) {
            for (const auto& m : store::Committee(*record).members().value_or(std::vector<store::Member>{})) {
                names << QString::fromStdString(m.name);
            }
        }
        SignInDialog dialog(2, names, tr("Two members of the counting committee confirm this ruling."), this);
        if (dialog.exec() == QDialog::Accepted) {
            const QString error = rule(m_why->text(), dialog.name(0), dialog.password(0), dialog.name(1), dialog.password(1));
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("The ruling was not recorded"), error);
            }
        }
    });
    connect(&m_session, &Session::changed, this, &ReviewPage::refresh);
    refresh();
}

int ReviewPage::waiting() const { return static_cast<int>(m_items.size()); }

void ReviewPage::refresh() {
    m_queue->clear();
    m_items.clear();
    m_imageOf.clear();
    auto record = m_session.record();
    if (!record) {
        show(-1);
        return;
    }
    for (const store::SheetRow& s : record->sheets().value_or(std::vector<store::SheetRow>{})) {
        m_imageOf[std::to_string(s.id)] = record->imagesDir() + "/" + s.image;
        m_imageOf[s.sha256] = m_imageOf[std::to_string(s.id)];  // the other face of a two-sided ballot
    }
    m_entries = app::jsonLinesOf(store::Committee(*record).manualEntriesJsonl().value_or(""));
    for (Json& line : app::jsonLinesOf(store::Committee(*record).countedJsonl().value_or(""))) {
        if (line.value("status", "") != "review") {
            continue;
        }
        QString reasons;
        for (const auto& r : line.value("reasons", Json::array())) {
            reasons += (reasons.isEmpty() ? QString() : QStringLiteral(", ")) + reasonText(r.get<std::string>());
        }
        m_queue->addItem(tr("%1 · sheet %2 · %3")
                             .arg(QString::fromStdString(line.value("election", "")),
                                  QString::fromStdString(line.value("sheet", "")), reasons));
        m_items.push_back(std::move(line));
    }
    if (!m_items.empty()) {
        m_queue->setCurrentRow(0);
    }
    show(m_items.empty() ? -1 : 0);
}

void ReviewPage::select(int row) { m_queue->setCurrentRow(row); }

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

// The whole sheet, as large as the view allows (again whenever the window changes size).
void ReviewPage::fitImage() {
    if (m_sheet.isNull()) {
        m_image->clear();
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

void ReviewPage::show(int row) {
    m_names->setRowCount(0);
    m_image->clear();
    if (row < 0 || row >= waiting()) {
        m_reason->setText(m_session.isOpen() ? tr("No ballot is waiting for the committee.") : QString());
        m_original->clear();
        return;
    }
    const Json& item = m_items[static_cast<std::size_t>(row)];
    m_reason->setText(m_queue->item(row)->text());
    const Election* election = nullptr;
    for (const Election& e : m_session.congress().elections) {
        if (e.id.value == item.value("election", "")) {
            election = &e;
        }
    }
    m_sheet = sheetImage(item);
    m_zoom->setText(tr("Click the sheet where a name is to see it closer."));
    fitImage();
    const std::string sheet = item.value("sheet", "");
    if (sheet.starts_with("manual-")) {  // the operators' entries side by side
        QString entries = tr("Entered by hand:");
        for (const Json& e : m_entries) {
            if ("manual-" + e.value("ballot", "") == sheet && e.value("election", "") == item.value("election", "")) {
                entries += QStringLiteral("<br><b>%1</b>: %2")
                               .arg(QString::fromStdString(e.value("operator", "")).toHtmlEscaped(),
                                    QString::fromStdString(e.value("entry", Json::object()).dump()).toHtmlEscaped());
            }
        }
        m_original->setText(entries);
    } else {
        const auto nameList = [&](const Json& ids) {
            QStringList out;
            for (const auto& id : ids) {
                for (const Candidate& c : election ? election->candidates : std::vector<Candidate>{}) {
                    if (c.id.value == id.get<std::string>()) {
                        out << QString::fromStdString(c.name);
                    }
                }
            }
            return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
        };
        m_original->setText(tr("The recogniser read as struck: %1<br>Not sure about: %2")
                                .arg(nameList(item.value("struck", Json::array())).toHtmlEscaped(),
                                     nameList(item.value("uncertain", Json::array())).toHtmlEscaped()));
    }
    if (!election) {
        return;
    }
    const Json struck = item.value("struck", Json::array());
    const Json marks = item.value("marks", Json::object());
    const bool yesNo = item.contains("marks");
    for (const Candidate& c : election->candidates) {
        const int r = m_names->rowCount();
        m_names->insertRow(r);
        m_names->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(c.name)));
        const double score = item.value("scores", Json::object()).value(c.id.value, 0.0);
        m_names->setItem(r, 1, new QTableWidgetItem(QString::number(score, 'f', 2)));
        if (yesNo) {
            auto* box = new QComboBox(m_names);
            for (const char* m : MARKS) {
                box->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
            }
            box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(marks.value(c.id.value, "none")))));
            m_names->setCellWidget(r, 2, box);
        } else {
            auto* box = new QCheckBox(tr("struck"), m_names);
            box->setChecked(std::ranges::find(struck, Json(c.id.value)) != struck.end());
            m_names->setCellWidget(r, 2, box);
        }
        m_names->item(r, 0)->setData(Qt::UserRole, QString::fromStdString(c.id.value));
        const Json uncertain = item.value("uncertain", Json::array());
        if (std::ranges::find(uncertain, Json(c.id.value)) != uncertain.end()) {  // what the committee must look at
            m_names->item(r, 0)->setBackground(QColor(255, 224, 160));
        }
    }
}

void ReviewPage::setStruck(const QStringList& ids) {
    for (int r = 0; r < m_names->rowCount(); ++r) {
        if (auto* box = qobject_cast<QCheckBox*>(m_names->cellWidget(r, 2))) {
            box->setChecked(ids.contains(m_names->item(r, 0)->data(Qt::UserRole).toString()));
        }
    }
}

void ReviewPage::setInvalid(const QString& reason) { m_invalid->setCurrentIndex(std::max(0, m_invalid->findData(reason))); }

Json ReviewPage::decision() const {
    Json out = Json::object();
    Json struck = Json::array();
    Json marks = Json::object();
    for (int r = 0; r < m_names->rowCount(); ++r) {
        const std::string id = m_names->item(r, 0)->data(Qt::UserRole).toString().toStdString();
        if (auto* box = qobject_cast<QCheckBox*>(m_names->cellWidget(r, 2))) {
            if (box->isChecked()) {
                struck.push_back(id);
            }
        } else if (auto* mark = qobject_cast<QComboBox*>(m_names->cellWidget(r, 2))) {
            marks[id] = mark->currentData().toString().toStdString();
        }
    }
    if (!marks.empty()) {
        out["marks"] = marks;
    } else {
        out["struck"] = struck;
    }
    if (const QString invalid = m_invalid->currentData().toString(); !invalid.isEmpty()) {
        out["invalid"] = invalid.toStdString();
    }
    return out;
}

QString ReviewPage::rule(const QString& why, const QString& first, const QString& firstPassword, const QString& second,
                         const QString& secondPassword) {
    const int row = m_queue->currentRow();
    auto record = m_session.record();
    if (row < 0 || row >= waiting() || !record) {
        return tr("Choose a ballot in the queue first.");
    }
    store::Committee committee(*record);
    auto a = committee.signIn(first.toStdString(), firstPassword.toStdString());
    auto b = committee.signIn(second.toStdString(), secondPassword.toStdString());
    if (!a || !b) {
        return QString::fromStdString((!a ? a.error() : b.error()).message);
    }
    const Json& item = m_items[static_cast<std::size_t>(row)];
    const std::string sheet = item.value("sheet", "");
    const std::string chosen = decision().dump();
    store::Result<std::int64_t> made = std::unexpected(store::StoreError{});
    if (sheet.starts_with("manual-")) {
        made = committee.ruleManual(item.value("election", ""), item.value("round", 1), sheet.substr(7), chosen,
                                     why.toStdString(), *a, *b, utcNow());
    } else {
        made = committee.ruleSheet(std::stoll(sheet), chosen, why.toStdString(), *a, *b, utcNow());
    }
    if (!made) {
        return QString::fromStdString(made.error().message);
    }
    m_why->clear();
    refresh();
    emit ruled();
    return {};
}

}  // namespace kp::gui
