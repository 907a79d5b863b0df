#include "ocr/word/word_reader.h"

#include <algorithm>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <tuple>

#include "ocr/recognize/streaks.h"
#include "ocr/word/warp.h"
#include "ocr/word/word_name.h"
#include "ocr/word/word_page.h"
#include "src/common/sha256.h"

namespace kp::ocr {

using namespace word;  // the measures of the page and of each name (word_page.h, word_name.h)

std::string WordSettings::hash() const {
    std::ostringstream text;
    text << version << ';' << pxPerMm << ';' << alignFeatures << ';' << alignMin << ';' << inkShare << ';' << faintShare
         << ';' << shadowShare << ';' << printedMm << ';' << haloMm << ';' << struck << ';' << visibleShare << ';'
         << endSlack << ';' << nameMatch << ';' << kept << ';' << insideMm2 << ';' << waveMm << ';' << nearMm2 << ';'
         << gapMm << ';' << hiddenColumns << ';' << outsideMm << ';' << stampMin << ';' << beyondMm << ';' << offLineMm2
         << ';' << shiftMm << ';' << tornMm2 << ';' << leadShare << ';' << intoLettersMm;
    for (const SealSettings& ring : {seal, blankSeal}) {
        text << ';' << ring.ink << ';' << ring.minRadiusMm << ';' << ring.maxRadiusMm << ';' << ring.ringMm << ';'
             << ring.support << ';' << ring.visible;
    }
    text << ';' << box.marked << ';' << box.empty << ';' << box.corrected << ';' << box.correctedMm2 << ';'
         << boxInsetMm;
    return sha256Hex(text.str()).substr(0, 16);
}

// What the reader needs of the blank, at pxPerMm: the same for every ballot of a count.
struct WordReader::Blank {
    struct Name {
        CandidateId id;
        cv::Rect box;     // the name's letters
        cv::Rect around;  // …and what is the name's to judge around it (not "outside the list")
        std::vector<std::pair<int, int>> letterGaps;
        int firstWordEnd = 0, lastWordStart = 0;  // outerWords
        int baseline = 0;                         // letterBand's foot, in the box
        cv::Rect agree, disagree;                 // yes/no: the boxes' insides (else empty)
    };
    double dpi = 0;
    cv::Mat image, ink;      // the blank and its print
    double inkPixels = 1;    // …counted
    cv::Mat printed;         // its print widened by printedMm: alignment error and blur
    cv::Mat printedWide;     // …and by haloMm more: blurred letters' halo
    cv::Mat clearOfPrint;    // …and where that is not
    cv::Mat outsideZone;     // where new ink is writing outside the list
    cv::Mat stampZoneClear;  // the sheet within its margin, off the print and its halo
    cv::Rect stampZone;      // the header's left half (empty with no names)
    cv::Rect sealZone;       // where a seal is looked for: the left three fifths above the list
    cv::Mat sealSeen;  // …and where in it a seal's ink can be told: off the blank's print, but on its own seal's ring
    BlankFeatures features;   // for the alignment
    std::vector<Name> names;  // ballot order
};

// The scan laid on the blank: its ink, its faint marks less the folds, and those on the folds
// judged against the fold's own paper (faintMarks).
struct WordReader::Aligned {
    const cv::Mat& scanInk;
    const cv::Mat& markFaint;
    const cv::Mat& lineFaint;
};

WordReader::WordReader(const WordTemplate& t, const WordSettings& s) : m_settings(s) {
    auto b = std::make_shared<Blank>();
    const double mm = s.pxPerMm;
    b->dpi = t.dpi;
    b->image = shrunk(t.blank, t.dpi / 25.4, mm);
    b->ink = inkOf(b->image, s.inkShare);
    b->inkPixels = std::max(1.0, static_cast<double>(cv::countNonZero(b->ink)));
    b->features = blankFeatures(b->image, mm, s.alignFeatures);
    const int grow = static_cast<int>(std::lround(s.printedMm * mm));
    cv::dilate(b->ink, b->printed, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * grow + 1, 2 * grow + 1)));
    const int wide = static_cast<int>(std::lround(s.haloMm * mm));
    cv::dilate(b->printed, b->printedWide,
               cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * wide + 1, 2 * wide + 1)));

    const cv::Rect sheet(0, 0, b->image.cols, b->image.rows);
    const int margin = static_cast<int>(6 * mm);  // the paper's edge: shadows, not votes
    cv::Mat edgeless(b->image.size(), CV_8U, cv::Scalar(0));
    edgeless(cv::Rect(margin, margin, sheet.width - 2 * margin, sheet.height - 2 * margin) & sheet).setTo(255);
    b->clearOfPrint = ~b->printedWide;
    b->stampZoneClear = b->clearOfPrint & edgeless;

    const double scale = mm * 25.4 / t.dpi;
    cv::Mat claimed = cv::Mat::zeros(b->image.size(), CV_8U);
    for (const LearnedName& learned : t.names) {
        Blank::Name name{learned.id, {}, {}, {}, 0, 0, 0, {}, {}};
        name.box = cv::Rect(cv::Point(static_cast<int>(learned.box.x * scale), static_cast<int>(learned.box.y * scale)),
                            cv::Size(static_cast<int>(learned.box.width * scale),
                                     static_cast<int>(learned.box.height * scale))) &
                   sheet;
        // Around the name: 2 mm above and below (half the gap to the next row), 4 mm before and
        // after (a stroke's overshoot; a tick or a circle beside the name).
        const int pad = static_cast<int>(2 * mm);
        const cv::Rect& box = name.box;
        name.around = cv::Rect(box.x - 2 * pad, box.y - pad, box.width + 4 * pad, box.height + 2 * pad) & sheet;
        claimed(name.around).setTo(255);
        name.letterGaps = columnGaps(b->ink(box));
        std::tie(name.firstWordEnd, name.lastWordStart) = outerWords(name.letterGaps, learned.words, box.width);
        name.baseline = letterBand(b->ink(box)).second;
        if (!learned.agree.empty()) {
            const int inset = static_cast<int>(std::lround(s.boxInsetMm * mm));
            const auto inside = [&](const cv::Rect& cell) {
                const cv::Rect r(static_cast<int>(cell.x * scale), static_cast<int>(cell.y * scale),
                                 static_cast<int>(cell.width * scale), static_cast<int>(cell.height * scale));
                claimed(r & sheet).setTo(255);  // an X reaching over the cell's rule is no writing outside the list
                return cv::Rect(r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset) & sheet;
            };
            name.agree = inside(learned.agree);
            name.disagree = inside(learned.disagree);
        }
        b->names.push_back(std::move(name));
    }
    // New ink away from every name, from just above the list down: a written-in name, a
    // signature. (Above the list the stamp lands in a different place on every ballot; marks
    // there are not looked for yet.)
    b->outsideZone = ~b->printed & ~claimed & edgeless;
    if (!t.names.empty()) {
        const int listTop = static_cast<int>(t.names.front().box.y * scale - 5 * mm);  // the header's foot
        b->outsideZone(cv::Rect(0, 0, sheet.width, std::clamp(listTop, 0, sheet.height))).setTo(0);
        // The stamp: over the organisation's name, at the top left.
        b->stampZone =
            cv::Rect(margin, margin, sheet.width / 2 - margin, std::clamp(listTop, margin + 1, sheet.height) - margin);
        // A seal is judged in the ballot's own pixels, off the blank's print (a ring laid through
        // lines of text finds ink along them) — but on the ring of the blank's own seal, when it
        // has one: a ballot sealed where the blank was shows its ring there, an unsealed one paper.
        b->sealZone = cv::Rect(0, 0, sheet.width * 3 / 5, std::clamp(listTop, 1, sheet.height));
        b->sealSeen = ~b->printedWide(b->sealZone);
        const cv::Mat blankZone = b->image(b->sealZone);
        if (const Seal own = findSeal(blankZone, mm, paperLevel(blankZone), s.blankSeal); own.found) {
            const int ring = static_cast<int>(std::lround((s.seal.ringMm + s.printedMm + s.haloMm) * mm));
            cv::circle(b->sealSeen, own.centre, static_cast<int>(std::lround(own.radiusMm * mm)), cv::Scalar(255),
                       2 * ring + 1);
        }
    }
    m_blank = std::move(b);
}

PageReading readWordBallot(const cv::Mat& gray, int dpi, const WordTemplate& t, const WordSettings& s,
                           cv::Mat* aligned) {
    return WordReader(t, s).read(gray, dpi, aligned);
}

cv::Point WordReader::readName(const Aligned& page, std::size_t index, PageReading& out,
                               std::vector<std::tuple<std::size_t, cv::Vec4f, double>>& struck) const {
    const WordSettings& s = m_settings;
    const Blank& b = *m_blank;
    const Blank::Name& name = b.names[index];
    const double mm = s.pxPerMm;
    const cv::Mat& blankInk = b.ink;
    const cv::Mat& printed = b.printed;
    const cv::Mat& printedWide = b.printedWide;
    const cv::Mat& scanInk = page.scanInk;
    const cv::Mat& markFaint = page.markFaint;
    const cv::Mat& lineFaint = page.lineFaint;
    const cv::Rect& box = name.box;
    const cv::Rect& around = name.around;  // what is there is the name's to judge
    const int pad = static_cast<int>(2 * mm);
    // The name's own alignment: the page's map is a best fit over the whole sheet, and paper
    // that does not lie flat leaves a row off by a few tenths of a millimetre. The shift that
    // lays the scan's letters best on the blank's is taken for this name (its letters are
    // then checked, and its print taken away, where they are).
    const cv::Point shift = localShift(blankInk, scanInk, box, static_cast<int>(std::lround(s.shiftMm * mm)));
    const cv::Rect sheet(0, 0, scanInk.cols, scanInk.rows);
    const int reachOut = 3 * pad;  // whole marks reaching into `around`
    const cv::Rect region =
        cv::Rect(box.x - reachOut, box.y - reachOut, box.width + 2 * reachOut, box.height + 2 * reachOut) & sheet &
        (sheet - shift);
    const cv::Mat nameInk = scanInk(region + shift);
    const cv::Mat nameAdded = nameInk & ~printed(region);
    const cv::Mat nameFaint = markFaint(region + shift) & ~printedWide(region);
    const cv::Mat namePrinted = printed(region);
    const cv::Rect nameBox = box - region.tl();
    const cv::Rect nameAround = (around & region) - region.tl();
    const cv::Mat addedNear = reaching(nameAdded, nameAround), faintNear = reaching(nameFaint, nameAround);
    const NameCut cut{nameAdded, nameInk, namePrinted, addedNear, blankInk(region), nameBox};
    const auto& [columns, crossed, firstCrossed, lastCrossed, firstVisible, lastVisible, bare, pastStart, pastEnd,
                 carriedStart, carriedEnd, centre, offLineMm2, strokeLine, band] = traceStroke(cut, s);
    // Enough of the line runs over bare paper to judge it (between letters and words); else
    // the stroke, if any, is hidden behind the print and only the committee can tell.
    const bool judged = columns >= s.visibleShare * box.width;
    // The stroke must run from the name's start to its end (not the family name only): crossed
    // near both ends (seen between the letters of a dense word there, if need be), or crossed
    // up to the last visible column and seen beyond the end.
    // Near means within endSlack of the name's width and inside its first and last words: a
    // stroke over the given names only, past a short family name ("Lê"), is a partial one.
    const cv::Mat nameLetters = blankInk(box);
    const std::vector<std::pair<int, int>>& letterGaps = name.letterGaps;
    const int firstWordEnd = name.firstWordEnd, lastWordStart = name.lastWordStart;
    const bool fromStart = (carriedStart <= s.endSlack * box.width && carriedStart <= firstWordEnd) ||
                           (firstCrossed == firstVisible && pastStart);
    const bool toEnd = (carriedEnd >= (1 - s.endSlack) * box.width && carriedEnd >= lastWordStart) ||
                       (lastCrossed == lastVisible && pastEnd);
    const bool endToEnd = fromStart && toEnd;
    // Across the letters, not along their foot: the line's middle not below the name's
    // baseline (the box takes in descenders, and a table row's underline can lie within it;
    // on 1,000 table ballots 3 of 85 strokes through names lay up to 0.1 x-height below the
    // baseline found — those go to the committee — and the underlines 0.27 x-height and
    // more), and below the box's top 15 % (accents).
    const bool through = centre > 0.15 && centre * box.height <= name.baseline;
    // The name's own letters must be where the blank has them: another list's ballot, or a
    // row that did not align, is the committee's.
    cv::Mat scanLetters;
    cv::dilate(nameInk(nameBox), scanLetters, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
    const double letterMatch =
        cv::countNonZero(nameLetters & scanLetters) / std::max(1.0, static_cast<double>(cv::countNonZero(nameLetters)));
    if (letterMatch < s.nameMatch) {
        out.uncertain.push_back(name.id);
        out.addReason("blank_mismatch");
        out.scores.emplace_back(name.id, 0.0);
        return shift;
    }
    // The share of the visible columns crossed, not counting those before the stroke's start
    // in the first letter and after its end in the last.
    const int firstLetterEnd = letterGaps.empty() ? box.width - 1 : letterGaps.front().first - 1;
    const int lastLetterStart = letterGaps.empty() ? 0 : letterGaps.back().second + 1;
    const int leadEnd = std::min(firstLetterEnd, static_cast<int>(s.leadShare * box.width));
    const int tailStart = std::max(lastLetterStart, box.width - 1 - static_cast<int>(s.leadShare * box.width));
    const auto unreached = std::ranges::count_if(bare, [&](int x) {
        return (x < firstCrossed && firstCrossed <= leadEnd) || (x > lastCrossed && lastCrossed >= tailStart);
    });
    const double coverage = judged ? crossed / std::max(1.0, static_cast<double>(columns - unreached)) : 0;
    const double insideMm2 =
        std::max(cv::countNonZero(nameAdded(nameBox)), cv::countNonZero(nameFaint(nameBox))) / (mm * mm);
    const double nearMm2 = std::max(cv::countNonZero(addedNear), cv::countNonZero(faintNear)) / (mm * mm);
    out.scores.emplace_back(name.id, coverage);
    if (judged && endToEnd && through && coverage >= s.struck) {
        out.struck.push_back(name.id);
        // the line in the scan's pixels (the box's origin, and the name's own shift)
        const cv::Point2f at = cv::Point2f(region.tl() + nameBox.tl() + shift);
        struck.emplace_back(index, cv::Vec4f(strokeLine[0], strokeLine[1], strokeLine[2] + at.x, strokeLine[3] + at.y),
                            band);
        if (offLineMm2 > s.offLineMm2) {  // struck, and something more written around it
            out.uncertain.push_back(name.id);
            out.addReason("mark_near_name");
        }
    } else if (judged || coverage > s.kept || insideMm2 > s.insideMm2 || nearMm2 > s.nearMm2) {
        out.uncertain.push_back(name.id);
        out.addReason(coverage >= s.struck && endToEnd && !through   ? "underline"
                      : coverage > s.kept || insideMm2 > s.insideMm2 ? "partial_strike"
                                                                     : "mark_near_name");
    } else {
        cv::Mat gaps;
        const int g = static_cast<int>(std::lround(s.gapMm * mm));
        cv::dilate(blankInk(region), gaps, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * g + 1, 2 * g + 1)));
        const int hidden =
            hiddenLineColumns(lineFaint(region + shift), gaps, nameBox, static_cast<int>(std::lround(1.1 * mm)));
        // Kept only when a stroke could be seen and none is, and no mark beside the name runs
        // on under its letters.
        const int length = static_cast<int>(std::lround(s.intoLettersMm * mm));
        const char* reason = hidden >= s.hiddenColumns ? "faint_stroke"
                             : runsIntoLetters(addedNear, namePrinted, nameBox, length) ||
                                     runsIntoLetters(faintNear, printedWide(region), nameBox, length)
                                 ? "partial_strike"
                                 : nullptr;
        if (reason) {
            out.uncertain.push_back(name.id);
            out.addReason(reason);
        }
    }
    return shift;
}

cv::Point WordReader::readBoxes(const Aligned& page, std::size_t index, PageReading& out) const {
    const WordSettings& s = m_settings;
    const Blank& b = *m_blank;
    const Blank::Name& name = b.names[index];
    const double mm = s.pxPerMm;
    // The row laid on the blank by the name's own letters, as a strike ballot's name is.
    const cv::Point shift = localShift(b.ink, page.scanInk, name.box, static_cast<int>(std::lround(s.shiftMm * mm)));
    const cv::Rect sheet(0, 0, page.scanInk.cols, page.scanInk.rows);
    const auto measure = [&](const cv::Rect& box) {
        const cv::Rect r = box & sheet & (sheet - shift);
        return measureBox(page.scanInk(r + shift) & ~b.printed(r), page.markFaint(r + shift) & ~b.printedWide(r), mm);
    };
    const BoxMeasure agree = measure(name.agree), disagree = measure(name.disagree);
    out.scores.emplace_back(name.id, agree.strong);
    // Anything written on the name itself or around it: the committee's.
    const cv::Rect around = name.around & sheet & (sheet - shift);
    const double nearMm2 = cv::countNonZero(page.scanInk(around + shift) & ~b.printed(around)) / (mm * mm);
    const BoxState yes = boxState(agree, s.box), no = boxState(disagree, s.box);
    const auto is = [&](BoxState state) { return yes == state || no == state; };
    if (is(BoxState::Corrected) || is(BoxState::Unclear) || nearMm2 > s.nearMm2) {
        out.uncertain.push_back(name.id);
        out.addReason(is(BoxState::Corrected) ? "box_corrected"
                      : is(BoxState::Unclear) ? "box_mark_unclear"
                                              : "mark_near_name");
        return shift;
    }
    const bool a = yes == BoxState::Cross, d = no == BoxState::Cross;
    out.marks.emplace_back(name.id, a && d ? Mark::Both : a ? Mark::Agree : d ? Mark::Disagree : Mark::None);
    return shift;
}

PageReading WordReader::read(const cv::Mat& gray, int dpi, cv::Mat* aligned) const {
    const WordSettings& s = m_settings;
    const Blank& b = *m_blank;
    PageReading out;
    out.status = Status::Review;
    const double mm = s.pxPerMm;
    const cv::Mat page = withoutStreaks(gray);  // a streak is not writing
    const double statedPxPerMm = (dpi > 0 ? dpi : b.dpi) / 25.4;

    // Aligned in any orientation (the features turn with the page), then judged by how much of
    // the blank's print is found dark on the aligned scan (a correlation alone is high for any
    // two mostly white pages). The scan is brought to the reader's scale by the warp that lays
    // it on the blank (one resampling, not two: at 200 dpi a resizing before it was a twentieth
    // of the reading).
    const cv::Mat& blankInk = b.ink;
    cv::Mat warped, scanInk, small, toSmall;
    double paper = 255;  // the aligned scan's paper level
    int turnBack = -1;   // the rough fit's word on how the scan lies
    const auto alignedOn = [&](const cv::Mat& scan, bool anyScale) {
        const Placement p = place(b.features, b.image.size(), scan, statedPxPerMm, mm, anyScale);
        turnBack = p.turn;
        if (p.warp.empty()) {
            return false;
        }
        warped = warpedLinear(p.source, p.warp, b.image.size());
        paper = paperLevel(warped, PAGE_ROW_STEP);
        scanInk = darkerThan(warped, s.inkShare * paper);
        small = p.small;
        toSmall = p.toSmall;
        return printFound(blankInk, scanInk) / b.inkPixels >= s.alignMin;
    };
    // ORB's features do turn with the page, but at 150 dpi an upside-down scan often finds too
    // few matches to align, and the fine fit's one-level features none that hold; the page
    // turned back is then tried — first as the rough fit says it lies, then a half and a
    // quarter turn each way — and last kp-word-reader/9's fit (word_page.h).
    const auto alignedTurning = [&](bool anyScale) {
        bool found = alignedOn(page, anyScale);
        std::vector<cv::RotateFlags> turns{cv::ROTATE_180, cv::ROTATE_90_CLOCKWISE, cv::ROTATE_90_COUNTERCLOCKWISE};
        if (const auto hinted = std::ranges::find(turns, turnBack); hinted != turns.end()) {
            std::rotate(turns.begin(), hinted, hinted + 1);
        }
        for (const auto turn : turns) {
            if (found) {
                break;
            }
            cv::Mat turned;
            cv::rotate(page, turned, turn);
            found = alignedOn(turned, anyScale);
        }
        return found;
    };
    const bool found = alignedTurning(false) || alignedTurning(true);
    if (!found) {
        out.reasons = {"blank_mismatch"};  // not this ballot, or too damaged to align: the committee looks
        return out;
    }
    if (aligned) {
        *aligned = warped;
    }

    // The voter's ink: dark on the scan, not within printedMm of the blank's ink (`printed`).
    // Any mark at all, light pens included, away from the printed letters and their halo
    // (`printedWide`): a name is kept only when there is none of it on or around the name.
    // All of it on the sheet: the scanner's background beside an askew or small sheet is not
    // writing, a mark nor a fold. The sheet is found at FEATURE_PX_PER_MM, on the scan as the
    // features were (at 8 px/mm its outline took a sixth of a dark-backed ballot's reading; the
    // same outline serves the torn corner below).
    constexpr double coarse = FEATURE_PX_PER_MM;
    const Sheet sheet = sheetOn(small, coarse);
    const cv::Mat onSheet = sheetArea(sheet, toSmall, warped.size(), mm);
    cv::Mat shadows = darkerThan(warped, s.shadowShare * paper) & b.clearOfPrint;
    if (!onSheet.empty()) {
        shadows &= onSheet;
    }
    const std::vector<PageLine> folds = pageLines(shadows, mm);
    const auto [markFaint, lineFaint] =
        faintMarks(warped, paper, folds, s.faintShare, onSheet);  // folds out; folds judged (lines hidden in letters)

    std::vector<cv::Point> shifts;                                    // each name's own alignment
    std::vector<std::tuple<std::size_t, cv::Vec4f, double>> strokes;  // through the names read as struck
    const Aligned onBlank{scanInk, markFaint, lineFaint};
    for (std::size_t i = 0; i < b.names.size(); ++i) {
        shifts.push_back(b.names[i].agree.empty() ? readName(onBlank, i, out, strokes) : readBoxes(onBlank, i, out));
    }
    // The stamp: the committee stamps each ballot by hand over the organisation's name, at the
    // top left. New ink there is a stamp; so is a round seal in the ballot's own pixels, which
    // is what tells a stamp pressed where the blank's was (its ink masked as the blank's print)
    // — and a pale one. Neither: the committee looks (missing_stamp).
    if (!b.stampZone.empty()) {
        const cv::Rect& zone = b.stampZone;
        const bool newInk = cv::countNonZero(markFaint(zone) & b.stampZoneClear(zone)) >= s.stampMin * zone.area();
        if (!newInk && !findSeal(warped(b.sealZone), mm, paper, s.seal,
                                 onSheet.empty() ? b.sealSeen : b.sealSeen & onSheet(b.sealZone))
                            .found) {
            out.addReason("missing_stamp");
        }
    }
    // A torn corner shows on a dark-backed scan: the paper's outline misses a piece of the
    // rectangle it spans. (On a white-backed scan a tear that takes only blank paper shows
    // nothing; one through the stamp or the print leaves them incomplete.)
    // Looked for at 4 px/mm: a tear is tens of square millimetres (same decisions as at 8 px/mm
    // on the 645 dark-backed and torn sheets compared; at 2 px/mm the 2 mm slivers along a
    // sheet's edge passed for tears).
    if (torn(sheet, coarse, s.tornMm2 * coarse * coarse)) {
        out.addReason("corner_damaged");
    }
    // New ink outside the list, seen with the scan laid on the blank as the names are (the
    // median of their shifts): the page's fit can be off by a few tenths of a millimetre across
    // the list, enough to leave a list number's strokes outside the blank's print.
    const cv::Point moved = medianOf(shifts);
    cv::Mat outside = movedInto(scanInk, moved, b.outsideZone);
    if (!onSheet.empty()) {
        outside &= onSheet;
    }
    if (!strokes.empty()) {
        // `outside` is in the blank's frame: the scan's ink and the strokes' lines moved as it is
        const cv::Rect all(0, 0, scanInk.cols, scanInk.rows), from = all & (all + moved);
        cv::Mat movedInk = cv::Mat::zeros(scanInk.size(), CV_8U);
        scanInk(from).copyTo(movedInk(from - moved));
        for (const auto& [index, line, band] : strokes) {
            const cv::Vec4f lineOnBlank(line[0], line[1], line[2] - static_cast<float>(moved.x),
                                        line[3] - static_cast<float>(moved.y));
            clearStrokeGoingOn(outside, movedInk, lineOnBlank, band, b.names[index].around, mm);
        }
    }
    if (hasPieceSpanning(outside, s.outsideMm * mm)) {
        out.addReason("writing_outside_list");
    }
    if (out.uncertain.empty() && out.reasons.empty()) {
        out.status = Status::Read;
    }
    return out;
}

}  // namespace kp::ocr
