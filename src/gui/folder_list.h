#pragma once
// What became of each file of a counted folder, in words for the counting list (issue 26 item
// 5; app::accountFolder): the sheet it is and how it was read, or why it was not counted. The
// texts are CountingPage's (one translation context for the screen).
#include <QColor>
#include <QString>
#include <vector>

#include "src/app/folder_files.h"

namespace kp::gui {

// The list's line for a file (or a page of a multi-page file). `status`: the reading of the
// sheet it became ("read" / "review" / "rejected"), or empty before it is read; `why`: the
// reasons it waits for the committee, in words.
QString folderFileText(const app::FolderFile& file, const QString& status = {}, const QString& why = {});
QColor folderFileColour(const app::FolderFile& file);
// A line for the counting screen: sheets taken in from the folder and files not counted.
QString folderSummary(const std::vector<app::FolderFile>& files);
// What keeps the count from going on (a broken link, a FIFO), in words; empty when nothing does.
QString folderBlockers(const std::vector<app::FolderFile>& files);

}  // namespace kp::gui
