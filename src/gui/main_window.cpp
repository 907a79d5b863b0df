#include "src/gui/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

#include "kp_version.h"
#include "src/gui/ballots_page.h"
#include "src/gui/committee_page.h"
#include "src/gui/congress_page.h"
#include "src/gui/counting_page.h"
#include "src/gui/manual_entry_page.h"
#include "src/gui/reports_page.h"
#include "src/gui/results_page.h"
#include "src/gui/review_page.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

// The translations are compiled into the static kp_gui library: its resources must be
// registered by name (outside any namespace).
static void initTranslations() {
    Q_INIT_RESOURCE(kp_gui_translations);
    Q_INIT_RESOURCE(kp_gui_qtbase);
}

namespace kp::gui {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session) {
    connect(&m_session, &Session::changed, this, &MainWindow::updateStatus);
    build();
}

// (Re)builds every screen: on start and when the language changes, so that every text is
// translated again (the record itself is untouched; a running count is not interrupted only
// because the language menu is disabled while it runs).
void MainWindow::build() {
    const int current = m_steps ? m_steps->currentRow() : 0;
    menuBar()->clear();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    for (const auto& [code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(name, this, [this, c = code] { setLanguage(c); });
        a->setCheckable(true);
        a->setChecked(m_translator.language().startsWith(QLatin1String("vi")) == (code == QLatin1String("vi")));
        group->addAction(a);
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About KiemPhieu"), this, [this] {
        QMessageBox::about(
            this, tr("About KiemPhieu"),
            tr("KiemPhieu %1 (commit %2)\nCounting the ballots of Party congresses: every uncertain ballot "
               "goes to the counting committee; the tally follows the party's election rules exactly.")
                .arg(QString::fromLatin1(kp::VERSION), QString::fromLatin1(kp::GIT_COMMIT)));
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_steps = new QListWidget(central);
    m_steps->setMaximumWidth(190);
    m_steps->setStyleSheet(QStringLiteral("QListWidget { font-size: 15px; } QListWidget::item { padding: 10px; }"));
    m_stack = new QStackedWidget(central);
    m_congress = new CongressPage(m_session);
    m_ballots = new BallotsPage(m_session);
    m_committee = new CommitteePage(m_session);
    m_counting = new CountingPage(m_session);
    m_manual = new ManualEntryPage(m_session);
    m_review = new ReviewPage(m_session);
    m_results = new ResultsPage(m_session);
    m_reports = new ReportsPage(m_session);
    const QStringList names{tr("1. Congress"),     tr("2. Ballots"), tr("3. Committee"), tr("4. Counting"),
                            tr("5. Manual entry"), tr("6. Review"),  tr("7. Results"),   tr("8. Reports")};
    for (QWidget* page : std::initializer_list<QWidget*>{m_congress, m_ballots, m_committee, m_counting, m_manual,
                                                         m_review, m_results, m_reports}) {
        m_stack->addWidget(scrolling(page));
    }
    m_steps->addItems(names);
    layout->addWidget(m_steps);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_steps, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // A finished count, a ruling or new reports change what the other screens show.
    connect(m_counting, &CountingPage::countFinished, m_review, &ReviewPage::refresh);
    connect(m_counting, &CountingPage::countFinished, m_results, &ResultsPage::refresh);
    connect(m_counting, &CountingPage::countPaused, m_review, &ReviewPage::refresh);
    connect(m_counting, &CountingPage::jobEnded, this, [this] {
        if (m_closing) {
            close();
        }
    });
    connect(m_review, &ReviewPage::ruled, m_results, &ResultsPage::refresh);
    connect(m_manual, &ManualEntryPage::entered, m_review, &ReviewPage::refresh);
    connect(m_manual, &ManualEntryPage::entered, m_results, &ResultsPage::refresh);
    // One click on the results screen sets up the next round: its ballots to print, its count.
    connect(m_results, &ResultsPage::roundRequested, this, [this](const QString& election, int round) {
        m_ballots->refresh();
        m_ballots->showRound(election, round);
        m_counting->selectRound(election, round);
        m_manual->selectRound(election, round);
        showStep(Ballots);
        statusBar()->showMessage(tr("Round %1 is set up: print its ballots here, then count them at step 4 "
                                    "(the round is already chosen there).")
                                     .arg(round));
    });
    m_steps->setCurrentRow(current);
    setWindowTitle(tr("KiemPhieu – counting the ballots of Party congresses"));
    updateStatus();
}

void MainWindow::showStep(Step step) {
    m_steps->setCurrentRow(step);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_counting || !m_counting->busy()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closing) {
        return;  // already stopping: the window closes when the count has stopped
    }
    QMessageBox ask(QMessageBox::Question, tr("A count is running"),
                    tr("A count is running. Stop it and quit?\n\nThe sheet in hand is finished and recorded. Sheets "
                       "already scanned but not yet read stay in the record: the next count reads them first."),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes) {
        return;  // keep counting
    }
    if (!m_counting->busy()) {
        // The count ended while the question was open. Qt drops a close() asked for inside this
        // close event, so it is asked again once the event is over.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        return;
    }
    m_closing = true;
    statusBar()->showMessage(tr("Stopping the count after the sheet in hand; the window closes when it has stopped."));
    m_counting->stop();
}

int MainWindow::currentStep() const {
    return m_steps->currentRow();
}

void MainWindow::setLanguage(const QString& code) {
    if (m_counting && m_counting->busy()) {
        return;  // rebuilding the screens would drop the running count's display
    }
    static const bool registered = (initTranslations(), true);
    Q_UNUSED(registered);
    QApplication::removeTranslator(&m_translator);
    QApplication::removeTranslator(&m_qtTranslator);
    if (m_translator.load(QStringLiteral(":/i18n/kiemphieu_%1.qm").arg(code))) {
        QApplication::installTranslator(&m_translator);
    }
    // Qt's own buttons (Có / Không / Hủy) and dialogs; English needs none.
    if (m_qtTranslator.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code))) {
        QApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English));
    build();
}

void MainWindow::updateStatus() {
    if (!m_session.isOpen()) {
        statusBar()->showMessage(tr("No congress record open"));
        return;
    }
    statusBar()->showMessage(tr("Record: %1 · signed in: %2%3")
                                 .arg(m_session.recordPath(),
                                      m_session.operatorName().isEmpty() ? tr("nobody") : m_session.operatorName(),
                                      m_session.training() ? tr(" · TRAINING") : QString()));
}

}  // namespace kp::gui
