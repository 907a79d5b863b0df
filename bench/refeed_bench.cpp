// Measures re-fed sheet detection (scanner-drivers/batch/refeed.h) on a simulated batch and the
// simulator's second scans of the same papers (`kiemphieu-cli simulate … --rescans AGAIN`): the
// batch's pages go through the check in order, and after each the second scan of a sheet fed
// 1–20 pages earlier, as an operator puts sheets back after a jam. For every page of the batch,
// the added ink of the closest earlier sheet that looked alike (another sheet: it must stay
// above the limit); for every second scan, the added ink to its own first scan (the same paper:
// it must stay below) — and whether the check found that first scan at all. Then the check's CPU
// time a page. Pages are read as the folder back end gives a scan session a whole file (half
// resolution, the stated or the request's dpi).
// Usage: kp_bench_refeed DIR AGAIN [limit] [seed] [--dump DIR]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

#include "scanner-drivers/batch/refeed.h"
#include "scanner-drivers/folder/image_files.h"

namespace fs = std::filesystem;

namespace {

constexpr int REQUEST_DPI = 200;  // what `scan` asks for when the files do not say

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

int reduce = 2;  // as a scan session asks for at the request's resolution

std::pair<cv::Mat, int> load(const std::string& path) {
    const kp::scan::LoadedPage page = kp::scan::loadPage({path, 0}, reduce);
    return {page.gray, (page.dpi > 0 ? page.dpi : REQUEST_DPI) / page.reduced};
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) {
        return 0;
    }
    std::ranges::sort(v);
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

std::string imageIn(const fs::path& dir, const std::string& stem) {
    for (const char* ext : {".jpg", ".png"}) {
        if (fs::exists(dir / (stem + ext))) {
            return (dir / (stem + ext)).string();
        }
    }
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: kp_bench_refeed DIR AGAIN [limit] [seed]\n");
        return 2;
    }
    const fs::path dir = argv[1];
    const fs::path again = argv[2];
    const std::size_t limit = argc > 3 ? std::stoul(argv[3]) : 100000;
    std::mt19937 rng(argc > 4 ? static_cast<unsigned>(std::stoul(argv[4])) : 1U);
    std::vector<std::string> stems;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string ext = e.path().extension().string();
        if (ext == ".png" || ext == ".jpg") {
            stems.push_back(e.path().stem().string());
        }
    }
    std::ranges::sort(stems);
    stems.resize(std::min(stems.size(), limit));

    // The pages in feeder order: each page of the batch, then a second scan of one 1–20 back.
    struct Fed {
        std::string path;
        std::size_t sheet;  // index into stems
        bool second;
    };
    std::vector<Fed> feed;
    std::vector<std::size_t> owed;  // sheets whose second scan is still to come
    for (std::size_t i = 0; i < stems.size(); ++i) {
        feed.push_back({imageIn(dir, stems[i]), i, false});
        owed.push_back(i);
        const std::size_t back = std::uniform_int_distribution<std::size_t>(1, 20)(rng);
        if (owed.size() > back || i + 1 == stems.size()) {
            const std::size_t s = owed.front();
            owed.erase(owed.begin());
            feed.push_back({imageIn(again, stems[s]), s, true});
        }
    }
    for (const std::size_t s : owed) {
        feed.push_back({imageIn(again, stems[s]), s, true});
    }

    std::vector<std::size_t> sheetOfKept;  // the check's page index → sheet
    kp::scan::RefeedSettings settings;
    // Tuning by hand: KP_FINE_INK=20 KP_FINE_BLUR=0.6 … (the defaults are the project's settings).
    const auto tuned = [](const char* name, auto& value) {
        if (const char* v = std::getenv(name)) {
            value = static_cast<std::remove_reference_t<decltype(value)>>(std::atof(v));
        }
    };
    tuned("KP_FINE_INK", settings.fineInk);
    tuned("KP_FINE_BLUR", settings.fineBlur);
    tuned("KP_SCREEN_INK", settings.screenInk);
    tuned("KP_SCREEN_BLUR", settings.screenBlur);
    tuned("KP_SCREEN_MAX", settings.screenMaxMm2);
    tuned("KP_SAME_MAX", settings.sameMaxMm2);
    tuned("KP_WINDOW", settings.window);
    tuned("KP_FINE_KEPT", settings.fineKept);
    tuned("KP_REDUCE", reduce);
    kp::scan::RefeedCheck check(settings, [&](std::size_t page) { return load(feed[page].path); });
    std::vector<double> same, different, ms, sameScreen;
    int missed = 0, wrongTwin = 0, screenedOut = 0, suspectedDifferent = 0, loadFailed = 0;
    std::map<std::string, std::pair<double, std::string>> worst;  // for the notes: the worst of each kind
    for (const Fed& f : feed) {
        const auto [gray, dpi] = load(f.path);
        if (gray.empty()) {
            ++loadFailed;
        }
        const double start = cpuMs();
        const auto match = check.check(gray, dpi);
        ms.push_back(cpuMs() - start);
        check.keep();
        const std::string name = fs::path(f.path).filename().string() + (f.second ? " (again)" : "");
        if (f.second) {
            if (!match || sheetOfKept[match->page] != f.sheet) {
                ++(match ? wrongTwin : missed);
                std::printf("second scan not matched with its first: %s%s\n", name.c_str(),
                            match ? (" → " + stems[sheetOfKept[match->page]]).c_str() : "");
            } else {
                same.push_back(match->differenceMm2);
                sameScreen.push_back(match->screenMm2);
                missed += match->suspected ? 0 : 1;
                if (!match->suspected) {
                    std::printf("second scan above the limit: %s %.1f mm²\n", name.c_str(), match->differenceMm2);
                }
                if (match->differenceMm2 >= worst["same"].first) {
                    worst["same"] = {match->differenceMm2, name};
                }
            }
        } else if (!match) {
            ++screenedOut;
        } else {
            different.push_back(match->differenceMm2);
            suspectedDifferent += match->suspected ? 1 : 0;
            if (worst.find("different") == worst.end() || match->differenceMm2 < worst["different"].first) {
                worst["different"] = {match->differenceMm2, name + " ~ " + stems[sheetOfKept[match->page]]};
            }
        }
        sheetOfKept.push_back(f.sheet);
    }
    std::printf("%zu sheets and %zu second scans (%d unreadable)\n", stems.size(), feed.size() - stems.size(),
                loadFailed);
    std::printf(
        "same paper, added ink to its first scan: median %.1f, p99 %.1f, max %.1f mm² (%s); "
        "not found %d, matched with another sheet %d, above the limit of %.0f: see above\n",
        percentile(same, 0.5), percentile(same, 0.99), percentile(same, 1), worst["same"].second.c_str(), missed,
        wrongTwin, settings.sameMaxMm2);
    std::printf(
        "another sheet, added ink to the closest earlier one: %d of %zu ruled out at 0.5 mm (> %.0f mm²); "
        "of the rest min %.1f (%s), p1 %.1f, median %.1f mm²; suspected %d\n",
        screenedOut, stems.size(), settings.screenMaxMm2, percentile(different, 0), worst["different"].second.c_str(),
        percentile(different, 0.01), percentile(different, 0.5), suspectedDifferent);
    std::printf("same paper at 0.5 mm: median %.1f, p99 %.1f, max %.1f mm² (ruled out above %.0f)\n",
                percentile(sameScreen, 0.5), percentile(sameScreen, 0.99), percentile(sameScreen, 1),
                settings.screenMaxMm2);
    std::printf("closest other sheets:");
    {
        std::vector<double> low = different;
        std::ranges::sort(low);
        for (std::size_t i = 0; i < std::min<std::size_t>(low.size(), 12); ++i) {
            std::printf(" %.1f", low[i]);
        }
    }
    std::printf("\n");
    const auto& st = check.stats();
    std::printf(
        "check CPU a page: median %.2f, mean %.2f, p99 %.2f, max %.2f ms; %.1f screened, %.2f looked at "
        "closely, %.2f read again a page\n",
        percentile(ms, 0.5),
        [&] {
            double t = 0;
            for (double m : ms) t += m;
            return t / static_cast<double>(ms.size());
        }(),
        percentile(ms, 0.99), percentile(ms, 1), static_cast<double>(st.screened) / static_cast<double>(feed.size()),
        static_cast<double>(st.looked) / static_cast<double>(feed.size()),
        static_cast<double>(st.reloaded) / static_cast<double>(feed.size()));
    const double pages = static_cast<double>(feed.size());
    std::printf("of which a page: images %.2f, placement %.2f, screening %.2f, close looks %.2f ms\n",
                st.imageMs / pages, st.placeMs / pages, st.screenMs / pages, st.lookMs / pages);
    return 0;
}
