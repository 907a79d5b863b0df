#include "scanner-drivers/batch/refeed.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <opencv2/imgproc.hpp>

namespace kp::scan {

namespace {

constexpr double NOT_ALIKE = 1e9;
constexpr std::size_t MAX_LAYOUTS = 16;  // kinds of sheet a session keeps (a folder of odd files makes many)
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

constexpr std::size_t CLOSE_LOOKS = 4;  // fine comparisons a page, the closest on the screen first
constexpr int FINE_TILE = 16;           // half a tile at the fine resolution: 8 mm
constexpr int FINE_SEARCH = 2;          // ± half a millimetre
constexpr double ENVELOPE_SLOPE = 0.5;

// Paper to 240 and print to 20 (its median and 1st percentile): a scan brighter, darker or of
// other contrast compares alike.
cv::Mat normalised(const cv::Mat& image) {
    std::array<int, 256> histogram{};
    for (int y = 0; y < image.rows; y += 2) {
        const std::uint8_t* row = image.ptr<std::uint8_t>(y);
        for (int x = 0; x < image.cols; x += 2) {
            ++histogram[row[x]];
        }
    }
    const int total = ((image.rows + 1) / 2) * ((image.cols + 1) / 2);
    int seen = 0;
    int print = 0;
    int paper = 255;
    for (int v = 0; v < 256; ++v) {
        seen += histogram[static_cast<std::size_t>(v)];
        if (seen * 100 < total) {
            print = v;
        }
        if (seen * 2 < total) {
            paper = v + 1;
        }
    }
    cv::Mat out;
    const double scale = 220.0 / std::max(1, paper - print);
    image.convertTo(out, CV_8U, scale, 240 - paper * scale);
    return out;
}

}  // namespace

cv::Rect innerOf(cv::Size onLayout) {
    return {onLayout.width * 6 / 100, onLayout.height * 6 / 100, onLayout.width * 88 / 100, onLayout.height * 88 / 100};
}

Comparable comparable(const cv::Mat& inner, double blur) {
    Comparable c;
    c.level = normalised(inner);
    if (blur > 0) {
        cv::GaussianBlur(c.level, c.level, cv::Size(0, 0), blur);
    }
    // min(p, (p + q) / 2) over its four neighbours q: the page moved by up to half a pixel.
    cv::Mat darkest;
    cv::erode(c.level, darkest, cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3)));
    cv::addWeighted(c.level, 0.5, darkest, 0.5, 0, c.envelope);
    // Steepened about the paper's level: a pixel only a little darker than the other page's
    // envelope (a blurred or noisier scan of the same print) stays below the ink threshold.
    c.envelope.convertTo(c.envelope, CV_8U, 1 + ENVELOPE_SLOPE, -240 * ENVELOPE_SLOPE);
    return c;
}

double addedInkMm2(const Comparable& a, const Comparable& b, int ink, double mm) {
    if (a.level.empty() || a.level.size() != b.level.size()) {
        return NOT_ALIKE;
    }
    cv::Mat onA;
    cv::Mat onB;
    cv::subtract(b.envelope, a.level, onA);  // saturating: where a is darker than b could be
    cv::subtract(a.envelope, b.level, onB);
    cv::max(onA, onB, onA);
    return cv::countNonZero(onA > ink) * mm * mm;
}

RefeedCheck::RefeedCheck(RefeedSettings settings, Reload reload) : m_settings(settings), m_reload(std::move(reload)) {
}

RefeedCheck::Page RefeedCheck::placed(const cv::Mat& gray, int dpi) {
    Page page;
    const double start = threadCpuMs();
    page.image = sheetImage(gray, dpi, m_settings.fineMm);
    const double imaged = threadCpuMs();
    m_stats.imageMs += imaged - start;
    struct Tally {
        double since;
        double& into;
        ~Tally() { into += threadCpuMs() - since; }
    } tally{imaged, m_stats.placeMs};
    if (page.image.empty()) {
        return page;
    }
    for (auto layout = m_layouts.rbegin(); layout != m_layouts.rend(); ++layout) {
        for (const bool turned : {false, true}) {
            const auto& glance = turned ? page.image.glanceTurned : page.image.glance;
            if (glanceDistance((*layout)->glance, glance) > m_settings.glanceMax) {
                continue;
            }
            if (const auto placement = placeOn(**layout, page.image, turned)) {
                const cv::Mat thumb = onLayout(**layout, *placement, page.image.thumb, THUMB_MM, THUMB_MM);
                page.layouts.push_back(
                    {*layout, *placement, comparable(thumb(innerOf(thumb.size())), m_settings.screenBlur), {}, {}});
                break;
            }
        }
    }
    return page;
}

const Comparable& RefeedCheck::fineOf(Page& page, OnLayout& on) {
    if (!on.fine) {
        SheetImage reread;
        const SheetImage* image = &page.image;
        if (page.image.empty() && m_reload) {
            const auto [gray, dpi] = m_reload(page.index);
            reread = sheetImage(gray, dpi, m_settings.fineMm);
            image = &reread;
            ++m_stats.reloaded;
        }
        if (image->empty()) {
            on.fine = Comparable{};
        } else {
            const cv::Mat fine = onLayout(*on.layout, on.placement, image->fine, image->fineMm, m_settings.fineMm);
            on.fine = comparable(fine(innerOf(fine.size())), m_settings.fineBlur);
        }
    }
    return *on.fine;
}

// Two pages that look alike are brought onto each other, not only each onto their layout: the
// tiles' shifts at the fine resolution, an affine fit. Print on print then lies within a few
// hundredths of a millimetre even where it is dense (a QR code), wherever the layout's own page
// lay. A page that is not the same sheet keeps its strokes and stamp where they were: an affine
// map of the whole page cannot move them onto the other's.
double RefeedCheck::closeLook(OnLayout& ours, Page& earlier, OnLayout& theirs) {
    const Comparable& their = fineOf(earlier, theirs);
    if (ours.fineInner.empty() && !m_next.image.empty()) {
        const cv::Mat fine =
            onLayout(*ours.layout, ours.placement, m_next.image.fine, m_next.image.fineMm, m_settings.fineMm);
        ours.fineInner = fine(innerOf(fine.size())).clone();
    }
    if (their.level.empty() || ours.fineInner.empty()) {
        return NOT_ALIKE;
    }
    const double scale = THUMB_MM / m_settings.fineMm;
    const cv::Rect inner = innerOf(cv::Size(static_cast<int>(std::lround(ours.layout->thumb.cols * scale)),
                                            static_cast<int>(std::lround(ours.layout->thumb.rows * scale))));
    std::vector<cv::Point> tiles;
    for (const cv::Point& t : ours.layout->tiles05) {
        tiles.emplace_back(static_cast<int>(std::lround(t.x * scale)) - inner.x,
                           static_cast<int>(std::lround(t.y * scale)) - inner.y);
    }
    cv::Mat brought = ours.fineInner;
    if (const auto fit = tileFit(their.level, ours.fineInner, tiles, FINE_TILE, FINE_SEARCH)) {
        cv::warpAffine(ours.fineInner, brought,
                       cv::Matx23d((*fit)(0, 0), (*fit)(0, 1), (*fit)(0, 2), (*fit)(1, 0), (*fit)(1, 1), (*fit)(1, 2)),
                       ours.fineInner.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    }
    return addedInkMm2(comparable(brought, m_settings.fineBlur), their, m_settings.fineInk, m_settings.fineMm);
}

std::optional<RefeedMatch> RefeedCheck::check(const cv::Mat& gray, int dpi) {
    m_next = placed(gray, dpi);
    m_next.index = m_kept;
    struct Candidate {
        Page* page;
        OnLayout* theirs;
        OnLayout* ours;
        double screen;
    };
    std::vector<Candidate> close;
    const double start = threadCpuMs();
    for (auto earlier = m_window.rbegin(); earlier != m_window.rend(); ++earlier) {
        for (OnLayout& theirs : earlier->layouts) {
            for (OnLayout& ours : m_next.layouts) {
                if (theirs.layout != ours.layout) {
                    continue;
                }
                ++m_stats.screened;
                const double screen = addedInkMm2(ours.screen, theirs.screen, m_settings.screenInk, THUMB_MM);
                if (screen <= m_settings.screenMaxMm2) {
                    close.push_back({&*earlier, &theirs, &ours, screen});
                }
            }
        }
    }
    const double screened = threadCpuMs();
    m_stats.screenMs += screened - start;
    std::ranges::sort(close, {}, &Candidate::screen);
    std::optional<RefeedMatch> closest;
    for (std::size_t i = 0; i < std::min(close.size(), CLOSE_LOOKS); ++i) {
        const Candidate& c = close[i];
        ++m_stats.looked;
        double difference = closeLook(*c.ours, *c.page, *c.theirs);
        if (difference == NOT_ALIKE) {
            // An earlier page whose file cannot be read again is judged on the screen alone:
            // suspected rather than missed.
            difference = c.screen;
        }
        if (!closest || difference < closest->differenceMm2) {
            closest = RefeedMatch{c.page->index, difference, c.screen, difference <= m_settings.sameMaxMm2};
        }
    }
    m_stats.lookMs += threadCpuMs() - screened;
    return closest;
}

void RefeedCheck::keep() {
    if (m_next.layouts.empty() && !m_next.image.empty()) {
        // A kind of sheet not seen yet: it becomes a layout, and lies on it as it is.
        auto layout = std::make_shared<const Layout>(layoutOf(m_next.image));
        const cv::Matx33d identity = cv::Matx33d::eye();
        const cv::Mat thumb = onLayout(*layout, identity, m_next.image.thumb, THUMB_MM, THUMB_MM);
        m_next.layouts.push_back(
            {layout, identity, comparable(thumb(innerOf(thumb.size())), m_settings.screenBlur), {}, {}});
        m_layouts.push_back(std::move(layout));
        if (m_layouts.size() > MAX_LAYOUTS) {
            m_layouts.erase(m_layouts.begin());  // pages on it keep it while they are in the window
        }
    }
    // Its pixels stay while it is among the newest `fineKept`: a close look then needs no second
    // decoding of its file, which costs more than the look itself.
    for (OnLayout& on : m_next.layouts) {
        on.fineInner.release();
    }
    m_next.index = m_kept++;
    m_window.push_back(std::move(m_next));
    m_next = {};
    trim();
}

void RefeedCheck::remember(const cv::Mat& gray, int dpi) {
    m_next = placed(gray, dpi);
    keep();
}

void RefeedCheck::trim() {
    while (m_window.size() > static_cast<std::size_t>(std::max(0, m_settings.window))) {
        m_window.pop_front();
    }
    const std::size_t kept = static_cast<std::size_t>(std::max(0, m_settings.fineKept));
    for (std::size_t i = 0; i + kept < m_window.size(); ++i) {
        m_window[i].image = {};
        for (OnLayout& on : m_window[i].layouts) {
            on.fine.reset();
        }
    }
}

}  // namespace kp::scan
