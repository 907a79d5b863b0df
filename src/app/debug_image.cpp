#include "src/app/debug_image.h"

#include <algorithm>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kp::app {

void writeDebugImage(const std::string& path, const cv::Mat& canonical, const ocr::BallotTemplate& t,
                     const ocr::PageReading& reading) {
    cv::Mat image;
    cv::cvtColor(canonical, image, cv::COLOR_GRAY2BGR);
    const double px = static_cast<double>(t.blank.cols) / t.layout.width;
    const auto has = [](const std::vector<CandidateId>& ids, const CandidateId& id) {
        return std::ranges::find(ids, id) != ids.end();
    };
    const ballot::Side& side = t.layoutSide();
    for (std::size_t i = 0; i < side.rows.size(); ++i) {
        const CandidateId& id = t.layout.candidates[side.rows[i].candidate].id;
        const cv::Rect2d& ink = t.nameInk[i];
        const cv::Rect box(static_cast<int>(ink.x * px), static_cast<int>(ink.y * px), static_cast<int>(ink.width * px),
                           static_cast<int>(ink.height * px));
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

}  // namespace kp::app
