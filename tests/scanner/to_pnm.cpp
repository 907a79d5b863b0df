// Test helper: writes an image as a binary PGM, the format SANE's pnm back end serves.
#include <cstdio>
#include <opencv2/imgcodecs.hpp>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: kp_to_pnm IMAGE OUT.pgm\n");
        return 2;
    }
    const cv::Mat gray = cv::imread(argv[1], cv::IMREAD_GRAYSCALE);
    return !gray.empty() && cv::imwrite(argv[2], gray) ? 0 : 1;
}
