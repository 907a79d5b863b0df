#pragma once
// Step 4: the counting station. Pick the scanner (or a folder of images), the election and
// round; start a batch and watch each sheet appear with what was read, the running counts and
// a progress bar. A scanner fault pauses with what happened and what to do, and Resume goes
// on with the same batch. All the work runs on a worker thread (src/app/counting_job.h).
#include <QThread>
#include <QWidget>
#include <map>

#include "src/app/counting_job.h"

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kp::gui {

class Session;

class CountingPage : public QWidget {
    Q_OBJECT
public:
    CountingPage(Session& session, QWidget* parent = nullptr);
    ~CountingPage() override;

    // Starts (or resumes) counting from `device` ("folder:DIR" or a scanner name).
    void start(const QString& device, const QString& electionId, int round);
    bool busy() const { return m_job != nullptr; }
    // Stops the running count after the sheets in hand (what is not read waits in the record).
    void stop();
    // Chooses what the next batch counts (after the results screen set up a runoff).
    void selectRound(const QString& electionId, int round);
    // Training congress: simulates `voters` ballots of the chosen round into a new folder, off
    // the GUI thread, and makes that folder the source to count (rehearsalReady, or
    // rehearsalFailed with the reason).
    void makeRehearsal(int voters);
    // What a fault means and what to do, in the interface's language.
    static QString faultText(int errorCode, int sheetsSoFar);

signals:
    void countFinished(int sheets, int review);
    void countPaused(const QString& message);
    // The count's job is over, however it ended (finished, paused, failed, stopped).
    void jobEnded();
    void rehearsalReady(const QString& folder, int ballots);
    void rehearsalFailed(const QString& reason);

public slots:
    void refresh();
    // One sheet read: counts, progress, the list, and (throttled) its image. `line`: its
    // readings line (JSON), whose reasons the list names.
    void showSheet(int index, int total, const QString& image, const QString& status, const QString& line = {});

private:
    void findScanners();
    void showLatest();
    void finishJob();
    void clearBatch();
    void showUnread();  // sheets an interrupted count stored but did not read
    void showFiles(const std::vector<app::FolderFile>& files);
    Session& m_session;
    QString m_shownRecord;
    QComboBox* m_device;
    QComboBox* m_feed;
    QComboBox* m_dpi;
    QComboBox* m_election;
    QSpinBox* m_round;
    QPushButton* m_start;
    QPushButton* m_rehearsal;
    QPushButton* m_cancel;
    QLabel* m_stage;
    QLabel* m_counts;
    QLabel* m_files;  // a folder's files: sheets taken in, files not counted
    QLabel* m_message;
    QLabel* m_unread;
    QLabel* m_image;
    QProgressBar* m_progress;
    QListWidget* m_sheets;
    QThread m_thread;
    app::CountingJob* m_job = nullptr;
    int m_resumed = 0;  // sheets of an interrupted count read first in this one
    int m_read = 0, m_review = 0, m_rejected = 0;
    std::map<int, std::pair<QListWidgetItem*, QString>> m_shown;                 // sheet index → its row and status
    std::map<QString, std::pair<QListWidgetItem*, app::FolderFile>> m_fileRows;  // a folder's scanned page → its row
    QString m_blockers;  // what in the folder stops the count, in words
    QString m_latestImage, m_latestStatus;
    bool m_decoding = false;
};

}  // namespace kp::gui
