#pragma once
// What went wrong, in the interface's language — the one place where the GUI turns the lower
// layers' errors into sentences (architecture.md §9). A sentence for the committee, and the
// technical detail (a file, an SQLite message, a JSON path) kept apart for a "Details"
// expander, never shown raw in the Vietnamese interface.
//
// The store's errors carry no typed code yet (store::StoreError: SQLite's code, or 0 and an
// English message); storeErrorText recognises its messages here, in one table, until the
// store gives codes — then that table becomes a switch on the code.
#include <QString>
#include <QStringList>

#include "src/store/database.h"
#include "tally/input_error.h"

class QLabel;
class QWidget;

namespace kp::gui {

struct ErrorText {
    QString text;    // for the committee, translated
    QString detail;  // for a technician: the lower layer's own words (may be empty)
};

// A failure of the congress record (src/store).
ErrorText storeErrorText(const store::StoreError& error);
// A member's sign-in refused (the same words for an unknown name and a wrong password).
QString signInRefusedText(const QString& name, const store::StoreError& error);

// A congress file (or the congress editor's fields) that does not pass the checks; `elections`
// names the elections by their titles (an election is otherwise named by its place).
ErrorText congressErrorText(const InputError& error, const QStringList& elections = {});

// Why there is no result or no minutes yet (app::tallyRecord, app::writeReports: a ballot
// waiting for the committee, more ballots collected than issued, nothing counted).
ErrorText countErrorText(const std::string& message);

// The sentence in a label (after `prefix`), with a "Details" link that shows the technical words.
void setErrorLabel(QLabel* label, const QString& prefix, const ErrorText& error);

// A warning box with the sentence and, under "Details", the technical words.
void showError(QWidget* parent, const QString& title, const ErrorText& error);

}  // namespace kp::gui
