#include "src/app/debug_image.h"

#include <algorithm>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kp::app {

namespace {

using NameBox = std::pair<CandidateId, cv::Rect>;

// Each name's box coloured by the decision, its score beside it, the status and reasons below.
void drawDecision(const std::string& path, const cv::Mat& canonical, const std::vector<NameBox>& names,
                  const ocr::PageReading& reading) {
    cv::Mat image;
    cv::cvtColor(canonical, image, cv::COLOR_GRAY2BGR);
    const auto has = [](const std::vector<CandidateId>& ids, const CandidateId& id) {
        return std::ranges::find(ids, id) != ids.end();
    };
    for (const auto& [id, box] : names) {
        // Orange: the committee decides; red: struck; green: kept.
        const cv::Scalar colour = has(reading.uncertain, id) ? cv::Scalar(0, 140, 255)
                                  : has(reading.struck, id)  ? cv::Scalar(0, 0, 220)
                                                             : cv::Scalar(0, 160, 0);
        cv::rectangle(image, box, colour, 2);
        const auto score = std::ranges::find(reading.scores, id, &std::pair<CandidateId, double>::first);
        if (score != reading.scores.end()) {
            cv::putText(image, cv::format("%.2f", score->second), box.br() + cv::Point(6, -4), cv::FONT_HERSHEY_SIMPLEX,
                        0.5, colour, 1);
        }
    }
    std::string summary(ocr::statusCode(reading.status));
    for (const std::string& r : reading.reasons) {
        summary += " " + r;
    }
    cv::putText(image, summary, cv::Point(20, image.rows - 20), cv::FONT_HERSHEY_SIMPLEX, 0.7, cv::Scalar(200, 0, 0), 2);
    cv::imwrite(path, image);
}

}  // namespace

void writeDebugImage(const std::string& path, const cv::Mat& canonical, const ocr::BallotTemplate& t,
                     const ocr::PageReading& reading) {
    const double px = static_cast<double>(t.blank.cols) / t.layout.width;
    const ballot::Side& side = t.layoutSide();
    std::vector<NameBox> names;
    for (std::size_t i = 0; i < side.rows.size(); ++i) {
        const cv::Rect2d& ink = t.nameInk[i];
        names.emplace_back(t.layout.candidates[side.rows[i].candidate].id,
                           cv::Rect(static_cast<int>(ink.x * px), static_cast<int>(ink.y * px),
                                    static_cast<int>(ink.width * px), static_cast<int>(ink.height * px)));
    }
    drawDecision(path, canonical, names, reading);
}

void writeWordDebugImage(const std::string& path, const cv::Mat& aligned, const ocr::WordTemplate& t,
                         const ocr::PageReading& reading) {
    // The aligned scan is at the reader's resolution; the learned boxes are in the blank's pixels.
    const double scale = static_cast<double>(aligned.cols) / t.blank.cols;
    std::vector<NameBox> names;
    for (const ocr::LearnedName& name : t.names) {
        names.emplace_back(name.id, cv::Rect(static_cast<int>(name.box.x * scale), static_cast<int>(name.box.y * scale),
                                             static_cast<int>(name.box.width * scale),
                                             static_cast<int>(name.box.height * scale)));
    }
    drawDecision(path, aligned, names, reading);
}

}  // namespace kp::app
