#pragma once
// The hall's projector: one election round at a time in large type, the elected in vote order
// with votes and percent, ties and unfilled seats said plainly. Escape closes it.
#include <QWidget>

#include "tally/congress.h"
#include "tally/round_result.h"

class QLabel;

namespace kp::gui {

class ProjectionWindow : public QWidget {
    Q_OBJECT
public:
    explicit ProjectionWindow(QWidget* parent = nullptr);
    void showRound(const Congress& congress, const RoundResult& result);
    QString text() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_body;
};

}  // namespace kp::gui
