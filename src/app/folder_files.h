#pragma once
// Every file of a folder of images counted by the station (issue 26 item 5): the sheet each
// image became, and why any other file was not counted — not an image, a hidden name, a
// broken link, the same image as another file or as a sheet the record already held, a page
// the count did not reach. The committee sees the whole folder accounted for; nothing is
// dropped without a word. A damaged image is a sheet too (it waits for the committee).
//
// Pure apart from reading the folder's entries and the scan folder's log (which says which
// file each page came from, docs/formats.md §Scan log). Qt-free; the GUI says it in words.
#include <cstdint>
#include <string>
#include <vector>

namespace kp::app {

enum class FileFate : std::uint8_t {
    Sheet,            // a new sheet of the record, read by this count
    Unreadable,       // a new sheet whose image cannot be decoded (damaged, or not an image inside)
    SuspectedRefeed,  // a new sheet that looks like an earlier page: waits beside it for the committee
    SameAsFile,       // byte for byte the image of another file of this folder: one sheet for both
    AlreadyInRecord,  // byte for byte the image of a sheet the record held before this count
    NotAnImage,       // not an image by its name (.txt, .docx…): the scanner never takes it
    Hidden,           // a name starting with '.': hidden, or still being written by a scanner's program
    SubFolder,        // a folder inside: its files are not counted
    BrokenLink,       // a link to nothing, or a loop of links: the count stops until it is repaired
    NotARegularFile,  // a FIFO, a device, a socket: the count stops until it is removed
    NotScanned,       // an image the count did not reach (stopped, or paused at a fault)
};

// A page the count stored, as the scan session and the record reported it.
struct ScannedPage {
    std::string file;      // in the scan folder, relative to it (the scan log's "file")
    std::string refeedOf;  // the scan folder's page it may be a re-feed of, or empty
    bool undecodable = false;
    std::int64_t sheet = 0;  // the record's sheet it is (or repeats)
    bool newSheet = false;   // false: the record already held its image
};

struct FolderFile {
    std::string name;  // in the folder
    int page = 0;      // 1-based page of a multi-page file (TIFF, PDF); 0: the whole file
    FileFate fate = FileFate::NotScanned;
    std::int64_t sheet = 0;  // the record's sheet it became or repeats
    std::string other;       // the file it repeats or resembles; for NotARegularFile the system's words
    std::string scanned;     // its page in the scan folder (absolute), to match its reading; or empty
};

// The folder's entries by name, each with its fate; a multi-page file once a page. `pages`:
// what this count stored, in feeder order; `scanDir`: the scan folder whose log names the
// original of each page.
std::vector<FolderFile> accountFolder(const std::string& folder, const std::string& scanDir,
                                      const std::vector<ScannedPage>& pages);

// Whether the file keeps the count from going on until someone removes or repairs it.
bool blocksCount(FileFate fate);

}  // namespace kp::app
