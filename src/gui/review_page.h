#pragma once
// Step 6: the review queue. Every ballot the recogniser did not read with certainty (and every
// manual ballot whose entries disagree), with the whole image, the reason and the scores. The
// committee decides name by name (kept or struck; on yes/no ballots the box) and gives the
// verdict and the reason (DecisionPanel: nothing chosen when a ballot opens); then the
// decision is shown in words beside the image and two members confirm it with their
// passwords. What the recogniser read stays beside what the committee ruled.
#include <QPixmap>
#include <QWidget>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

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
    QPixmap sheetImage(const nlohmann::ordered_json& item) const;
    QStringList original(const nlohmann::ordered_json& item, const RoundSpec& spec) const;
    std::optional<RoundSpec> specOf(const nlohmann::ordered_json& item);
    QString ballotTitle(const nlohmann::ordered_json& item) const;
    void fitImage();
    Session& m_session;
    QListWidget* m_queue;
    QLabel* m_notice;
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
    std::vector<nlohmann::ordered_json> m_items;
    std::map<std::pair<std::string, int>, std::optional<RoundSpec>> m_specs;  // election, round → its list
    std::map<std::string, std::string> m_imageOf;   // sheet number (and SHA-256) → image file
    std::vector<nlohmann::ordered_json> m_entries;  // manual entries, shown side by side
    QString m_shownRecord;  // the record and ballot on screen: a refresh keeps a decision in progress
    std::string m_shownKey;
};

}  // namespace kp::gui
