#pragma once
// The desktop app's window: the steps of a count down the left (congress, ballots, committee,
// counting, review, results, reports), one screen at a time on the right, the record and the
// signed-in member in the status bar; the language menu switches Vietnamese/English at once.
#include <QMainWindow>
#include <QTranslator>

class QListWidget;
class QStackedWidget;

namespace kp::gui {

class Session;
class CongressPage;
class BallotsPage;
class CommitteePage;
class CountingPage;
class ManualEntryPage;
class ReviewPage;
class ResultsPage;
class ReportsPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    enum Step { Congress, Ballots, Committee, Counting, ManualEntry, Review, Results, Reports, StepCount };
    void showStep(Step step);
    int currentStep() const;
    void setLanguage(const QString& code);  // "vi" or "en"

    CongressPage* congressPage() const { return m_congress; }
    BallotsPage* ballotsPage() const { return m_ballots; }
    CommitteePage* committeePage() const { return m_committee; }
    CountingPage* countingPage() const { return m_counting; }
    ManualEntryPage* manualEntryPage() const { return m_manual; }
    ReviewPage* reviewPage() const { return m_review; }
    ResultsPage* resultsPage() const { return m_results; }
    ReportsPage* reportsPage() const { return m_reports; }

private:
    void build();
    void updateStatus();
    Session& m_session;
    QTranslator m_translator;
    QTranslator m_qtTranslator;  // Qt's own dialogs and buttons
    QListWidget* m_steps = nullptr;
    QStackedWidget* m_stack = nullptr;
    CongressPage* m_congress = nullptr;
    BallotsPage* m_ballots = nullptr;
    CommitteePage* m_committee = nullptr;
    CountingPage* m_counting = nullptr;
    ManualEntryPage* m_manual = nullptr;
    ReviewPage* m_review = nullptr;
    ResultsPage* m_results = nullptr;
    ReportsPage* m_reports = nullptr;
};

}  // namespace kp::gui
