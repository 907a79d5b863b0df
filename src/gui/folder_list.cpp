#include "src/gui/folder_list.h"

#include <QCoreApplication>
#include <QStringList>

namespace kp::gui {

namespace {

using app::FileFate;

QString tr(const char* text) {
    return QCoreApplication::translate("kp::gui::CountingPage", text);
}

bool takenIn(FileFate fate) {
    return fate == FileFate::Sheet || fate == FileFate::Unreadable || fate == FileFate::SuspectedRefeed;
}

}  // namespace

QString folderFileText(const app::FolderFile& f, const QString& status, const QString& why) {
    const QString name =
        f.page > 0 ? tr("%1, page %2").arg(QString::fromStdString(f.name)).arg(f.page) : QString::fromStdString(f.name);
    const QString other = QString::fromStdString(f.other);
    switch (f.fate) {
        case FileFate::Sheet: {
            const QString read = status == QLatin1String("read")     ? tr("read")
                                 : status == QLatin1String("review") ? tr("to the committee")
                                 : status.isEmpty()                  ? tr("waiting to be read")
                                                                     : tr("not a ballot of this count");
            return why.isEmpty() ? tr("Sheet %1 · %2 — %3").arg(f.sheet).arg(name, read)
                                 : tr("Sheet %1 · %2 — %3: %4").arg(f.sheet).arg(name, read, why);
        }
        case FileFate::Unreadable:
            return tr("Sheet %1 · %2 — the image cannot be read (a damaged file, or not an image): waits for the "
                      "committee, who set it aside if it is no ballot")
                .arg(f.sheet)
                .arg(name);
        case FileFate::SuspectedRefeed:
            return tr("Sheet %1 · %2 — maybe the same paper as %3, fed again: waits for the committee beside it")
                .arg(f.sheet)
                .arg(name, other);
        case FileFate::SameAsFile:
            return tr("%1 — the same image as %2 in this folder: counted once, as sheet %3")
                .arg(name, other)
                .arg(f.sheet);
        case FileFate::AlreadyInRecord:
            return tr("%1 — the same image as sheet %2, already in the record: not counted again")
                .arg(name)
                .arg(f.sheet);
        case FileFate::NotAnImage: return tr("%1 — not an image file: not counted").arg(name);
        case FileFate::Hidden:
            return tr("%1 — a hidden name (it starts with a dot; a scanner's program may still be writing it): not "
                      "counted")
                .arg(name);
        case FileFate::SubFolder: return tr("%1 — a folder inside this one: its files are not counted").arg(name);
        case FileFate::BrokenLink:
            return tr("%1 — a broken link (the file it points to is gone): remove or repair it, then press Start")
                .arg(name);
        case FileFate::NotARegularFile:
            return tr("%1 — not an ordinary file (a pipe or a device): remove it, then press Start").arg(name);
        case FileFate::NotScanned: return tr("%1 — not scanned: the count stopped before this file").arg(name);
    }
    return name;
}

QColor folderFileColour(const app::FolderFile& f) {
    if (app::blocksCount(f.fate)) {
        return {180, 30, 30};
    }
    if (f.fate == FileFate::Unreadable || f.fate == FileFate::SuspectedRefeed) {
        return {200, 120, 0};
    }
    return takenIn(f.fate) ? QColor(30, 130, 60) : QColor(90, 90, 90);
}

QString folderSummary(const std::vector<app::FolderFile>& files) {
    qsizetype taken = 0, notYet = 0, other = 0;
    for (const app::FolderFile& f : files) {
        ++(takenIn(f.fate) ? taken : f.fate == FileFate::NotScanned ? notYet : other);
    }
    QStringList parts{tr("%1 sheet(s) taken in").arg(taken)};
    if (notYet > 0) {
        parts << tr("%1 file(s) not scanned yet").arg(notYet);
    }
    if (other > 0) {
        parts << tr("%1 file(s) not counted").arg(other);
    }
    return (notYet + other == 0 ? tr("Folder: %1; every file of the folder is a sheet.")
                                : tr("Folder: %1 — each file is named in the list with what became of it."))
        .arg(parts.join(QStringLiteral(", ")));
}

QString folderBlockers(const std::vector<app::FolderFile>& files) {
    QStringList names;
    for (const app::FolderFile& f : files) {
        if (app::blocksCount(f.fate)) {
            names << QString::fromStdString(f.name);
        }
    }
    return names.isEmpty() ? QString()
                           : tr("The folder holds what cannot be read as a sheet: %1. Remove or repair it, then "
                                "press Start to go on; no sheet is lost.")
                                 .arg(names.join(QStringLiteral(", ")));
}

}  // namespace kp::gui
