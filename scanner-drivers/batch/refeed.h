#pragma once
// Re-fed sheet detection. After a jam the operator puts sheets back in the feeder, and some of
// them were already scanned; a stack can be fed twice. A sheet fed again is the same paper
// scanned anew: moved, turned a little or by 180°, at another resolution, blurred, noisy,
// compressed otherwise, brighter or darker — but every mark on it lies exactly where it lay. Two
// ballots of one election share the print, and may share the voter's choice; what they never
// share is the hand: the path, width and ends of each pen stroke, and where and how the stamp
// landed. So each page is registered onto its layout (registration.h), and two pages on one
// layout are compared where one has ink the other has not:
//   - screen, at 0.5 mm a pixel: pages that clearly differ (a stamp a few millimetres away)
//     are ruled out cheaply;
//   - fine, at 0.25 mm a pixel, for the few that remain: a stroke through the same name a
//     quarter of a millimetre higher, or ending a millimetre later, shows.
// Both measure the area (mm²) where one page is darker than anything the other has within
// ±1/2 pixel, after each is normalised (paper and print levels) and blurred a little (a scan's
// own sharpness); print edges then cancel and added ink remains. Measured in docs/benchmarks.md
// §Re-fed sheets. A page closer than `sameMaxMm2` to an earlier one is only *suspected* of being
// that sheet: the batch keeps and logs it (batch_session.h), the committee decides.
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "scanner-drivers/batch/registration.h"

namespace kp::scan {

struct RefeedSettings {
    double fineMm = 0.25;     // a 0.3 mm pen keeps its contrast; the text's gaps stay open
    int window = 50;          // earlier pages compared: a jam puts back the last few sheets
    int fineKept = 50;        // pages whose fine images stay in memory (≈ 3 MB an A4 page); older ones are read again
    double glanceMax = 0.5;   // a layout the page may be (mean |difference| of the glances)
    int screenInk = 50;       // grey levels darker than the other page's envelope (paper 240, print 20)
    double screenBlur = 0.4;  // pixels
    int fineInk = 30;
    double fineBlur = 0.8;
    double screenMaxMm2 = 45;  // more added ink at 0.5 mm: another sheet, no closer look
    // At most this much at 0.25 mm: suspected to be the same sheet. Second scans of one paper
    // measured ≤ 22 mm², one stroke through a name adds ≈ 20–40 mm² (docs/benchmarks.md).
    double sameMaxMm2 = 30;
};

struct RefeedMatch {
    std::size_t page = 0;      // the earlier page (0-based, in the order kept)
    double differenceMm2 = 0;  // added ink found between the two
    double screenMm2 = 0;      // the same at 0.5 mm a pixel
    bool suspected = false;    // at most sameMaxMm2: may be that sheet fed again
};

// What is compared of a page on a layout: the inner 88 % (the paper's edge moves with the sheet,
// and outside it lies the scanner's background), normalised and blurred, and its envelope.
struct Comparable {
    cv::Mat level;     // paper 240, print 20
    cv::Mat envelope;  // the darkest of each pixel and its half-pixel neighbours
};
cv::Rect innerOf(cv::Size onLayout);
Comparable comparable(const cv::Mat& inner, double blur);
// Added ink (mm²) between two comparables of one layout at `mm` a pixel.
double addedInkMm2(const Comparable& a, const Comparable& b, int ink, double mm);

class RefeedCheck {
public:
    // `reload(page)`: an earlier page's grey image and resolution, read again from its file,
    // for a close look once its fine image has left memory (empty when it cannot be read).
    using Reload = std::function<std::pair<cv::Mat, int>(std::size_t page)>;
    explicit RefeedCheck(RefeedSettings settings = {}, Reload reload = {});

    // Compares the next page with the earlier ones: the closest of those that look alike, if any.
    std::optional<RefeedMatch> check(const cv::Mat& gray, int dpi);
    // Keeps the page last checked as the next earlier page (once it is stored).
    void keep();
    // Keeps a page without comparing it (the pages of a session opened again).
    void remember(const cv::Mat& gray, int dpi);
    std::size_t pages() const { return m_kept; }

    struct Stats {  // for the benchmark
        long screened = 0;
        long looked = 0;    // fine comparisons
        long reloaded = 0;  // earlier pages read again from their file
        // Thread CPU time (ms) in each step: the page's images, its placement on a layout, the
        // screening of earlier pages, the close looks.
        double imageMs = 0, placeMs = 0, screenMs = 0, lookMs = 0;
    };
    const Stats& stats() const { return m_stats; }

private:
    struct OnLayout {
        std::shared_ptr<const Layout> layout;
        cv::Matx33d placement;
        Comparable screen;
        std::optional<Comparable> fine;  // made when first needed
        cv::Mat fineInner;               // the page being checked: brought onto each earlier one
    };
    struct Page {
        std::size_t index = 0;
        std::vector<OnLayout> layouts;
        SheetImage image;  // kept while among the newest `fineKept`
    };

    Page placed(const cv::Mat& gray, int dpi);
    const Comparable& fineOf(Page& page, OnLayout& on);
    double closeLook(OnLayout& ours, Page& earlier, OnLayout& theirs);
    void trim();

    RefeedSettings m_settings;
    Reload m_reload;
    std::vector<std::shared_ptr<const Layout>> m_layouts;  // newest last
    std::deque<Page> m_window;                             // newest last
    Page m_next;
    std::size_t m_kept = 0;
    Stats m_stats;
};

}  // namespace kp::scan
