#pragma once
// Step 6: the review queue. Every ballot the recogniser did not read with certainty (and every
// manual ballot whose entries disagree), with the whole image, the reason and the scores. The
// committee decides name by name (kept or struck; on yes/no ballots the box) and gives the
// verdict and the reason (DecisionPanel: nothing chosen when a ballot opens); then the
// decision is shown in words beside the image and two members confirm it with their
// passwords. What the recogniser read stays beside what the committee ruled.
//
// The queue is app::reviewQueue's (the same as the command line's), fail closed: a record that
// cannot be read shows the error and nothing can be ruled. A suspected re-feed is shown beside
// the sheet it resembles; a scanned sheet may be set aside (not a ballot; the same paper fed
// again). Sheets stored but not yet read are never ruled here: the page says to count again.
#include <QPixmap>
#include <QWidget>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "src/app/review_queue.h"
#include "tally/round_spec.h"

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace kp::gui {

class DecisionPanel;
class Session;
class SignInFields;

class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(Session& session, QWidget* parent = nullptr);

    int waiting() const;
    void select(int row);
    DecisionPanel* decisionPanel() const { return m_decision; }
    // As clicks do, on the selected ballot: every name struck if listed, else kept; the
    // verdict ("" valid, or not_issued / write_in / identifying_mark).
    void setStruck(const QStringList& ids);
    void setInvalid(const QString& reason);
    // What the record could not give (the queue unread: nothing can be ruled), or empty.
    const QString& readError() const { return m_readError; }
    // Shows the sheet around a point (in the shown image's pixels) three times larger, as a
    // click on the sheet does: the committee looks closely at a name.
    void zoomAt(const QPoint& shownPixel);
    const QLabel* zoom() const { return m_zoom; }
    const QLabel* image() const { return m_image; }
    // Records the selected ballot's decision, confirmed by two members, with `why`; refused
    // while the decision is not complete. The error in words, or empty.
    QString rule(const QString& why, const QString& first, const QString& firstPassword, const QString& second,
                 const QString& secondPassword);

signals:
    void ruled();

public slots:
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void show(int row);
    void toConfirm();
    void confirm();
    void backToDecision();
    void readQueue();
    QPixmap sheetImage(const app::ReviewItem& item) const;
    QStringList original(const app::ReviewItem& item, const RoundSpec& spec) const;
    std::optional<RoundSpec> specOf(const app::ReviewItem& item);
    QString ballotTitle(const app::ReviewItem& item) const;
    void fitImage();
    Session& m_session;
    QListWidget* m_queue;
    QLabel* m_notice;
    QLabel* m_unread;  // sheets stored but not yet read, or the record's read error
    QLabel* m_image;
    QScrollArea* m_view;
    QPixmap m_sheet;  // the selected sheet's image, full size
    QLabel* m_zoom;
    QLabel* m_reason;
    QStackedWidget* m_steps;  // the decision, then its confirmation
    DecisionPanel* m_decision;
    QLabel* m_summary;
    SignInFields* m_members;
    QLabel* m_confirmError;
    std::vector<app::ReviewItem> m_items;
    QString m_readError;
    int m_unreadSheets = 0;
    std::map<std::pair<std::string, int>, std::optional<RoundSpec>> m_specs;  // election, round → its list
    QString m_shownRecord;  // the record and ballot on screen: a refresh keeps a decision in progress
    std::string m_shownKey;
};

}  // namespace kp::gui
