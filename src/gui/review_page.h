#pragma once
// Step 5: the review queue. Every ballot the recogniser did not read with certainty (and every
// manual ballot whose entries disagree), with the whole image, the reason and the scores; the
// committee decides name by name (struck or kept; for yes/no ballots the mark) or declares the
// ballot invalid with its reason, and two members confirm with their passwords. What the
// recogniser read stays beside what the committee ruled.
#include <QPixmap>
#include <QWidget>
#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QTableWidget;

namespace kp::gui {

class Session;

class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(Session& session, QWidget* parent = nullptr);

    int waiting() const;
    void select(int row);
    // The committee's reading of the selected ballot: struck ids (strike ballots) or marks.
    void setStruck(const QStringList& ids);
    void setInvalid(const QString& reason);  // empty: valid
    // Shows the sheet around a point (in the shown image's pixels) three times larger, as a
    // click on the sheet does: the committee looks closely at a name.
    void zoomAt(const QPoint& shownPixel);
    const QLabel* zoom() const { return m_zoom; }
    // Records the ruling confirmed by two members; the error in words, or empty.
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
    QPixmap sheetImage(const nlohmann::ordered_json& item) const;
    void fitImage();
    nlohmann::ordered_json decision() const;
    Session& m_session;
    QListWidget* m_queue;
    QLabel* m_image;
    QScrollArea* m_view;
    QPixmap m_sheet;  // the selected sheet's image, full size
    QLabel* m_zoom;
    QLabel* m_reason;
    QLabel* m_original;
    QTableWidget* m_names;
    QComboBox* m_invalid;
    QLineEdit* m_why;
    std::vector<nlohmann::ordered_json> m_items;
    std::map<std::string, std::string> m_imageOf;  // sheet number (and SHA-256) → image file
    std::vector<nlohmann::ordered_json> m_entries;  // manual entries, shown side by side
};

}  // namespace kp::gui
