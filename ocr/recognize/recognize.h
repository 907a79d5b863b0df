#pragma once
// Reading one scanned page of a KiemPhieu ballot: registration (QR code, corner marks),
// measurement against the blank, and decisions by versioned thresholds. What is not certain
// goes to the counting committee with its reasons; nothing is guessed.
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "ballot_template.h"
#include "settings.h"
#include "tally/reading.h"

namespace kp::ocr {

enum class Status { Read, Review, Rejected };
std::string_view statusCode(Status s);

struct PageReading {
    Status status = Status::Rejected;
    std::vector<std::string> reasons;         // codes, see ocr/README.md
    int side = 0;                             // which side of the ballot, of `sides` (its QR code)
    int sides = 1;
    std::vector<CandidateId> struck;          // strike form: names struck through, certain ones
    std::vector<CandidateId> uncertain;       // names the committee must look at
    std::vector<std::pair<CandidateId, Mark>> marks;  // yes/no form
    std::vector<std::pair<CandidateId, double>> scores;  // per name: stroke coverage, or the agree box's ink share

    void addReason(const std::string& reason);  // each reason once a page
};

// The templates of every side of the ballot expected (one election, one round). `canonical`
// receives the aligned page when asked (for --debug).
PageReading recognizePage(const cv::Mat& gray, const std::vector<BallotTemplate>& sides, const Settings& settings,
                          cv::Mat* canonical = nullptr);

}  // namespace kp::ocr
