#include "scan_messages.h"

namespace kp::cli {

namespace {

struct Words {
    const char* vi;
    const char* en;
};

Words wordsFor(scan::ErrorCode code) {
    using scan::ErrorCode;
    switch (code) {
        case ErrorCode::PaperJam:
            return {"Kẹt giấy. Mở nắp, gỡ tờ bị kẹt, đặt lại tờ đó lên đầu xấp giấy rồi quét tiếp.",
                    "Paper jam. Open the cover, take out the jammed sheet, put it back on top of the stack and resume."};
        case ErrorCode::CoverOpen:
            return {"Nắp máy quét đang mở. Đóng nắp rồi quét tiếp.", "The scanner's cover is open. Close it and resume."};
        case ErrorCode::FeederEmpty:
            return {"Khay nạp giấy trống. Đặt xấp phiếu vào khay rồi quét tiếp, hoặc kết thúc đợt quét.",
                    "The feeder is empty. Load the ballots and resume, or finish the batch."};
        case ErrorCode::DoubleFeed:
            return {"Máy kéo hai tờ cùng lúc. Lấy các tờ vừa ra, đặt lại lên đầu xấp rồi quét tiếp.",
                    "Two sheets were pulled at once. Put the sheets that just came out back on top and resume."};
        case ErrorCode::DeviceBusy:
            return {"Máy quét đang bận (chương trình khác đang dùng). Đóng chương trình đó rồi quét tiếp.",
                    "The scanner is busy (another program uses it). Close that program and resume."};
        case ErrorCode::DeviceOffline:
            return {"Không thấy máy quét. Kiểm tra nguồn điện và cáp rồi quét tiếp.",
                    "The scanner cannot be found. Check its power and cable, then resume."};
        case ErrorCode::IoError:
            return {"Lỗi truyền dữ liệu với máy quét. Kiểm tra cáp; tờ đang quét dở chưa được lưu, hãy đặt lại tờ đó.",
                    "Communication with the scanner failed. Check the cable; the sheet being scanned was not kept, feed it again."};
        case ErrorCode::AccessDenied:
            return {"Không có quyền dùng máy quét. Nhờ kỹ thuật viên cấp quyền.",
                    "No permission to use the scanner. Ask the technician to grant it."};
        case ErrorCode::Cancelled:
            return {"Đã dừng quét theo yêu cầu.", "Scanning was stopped on request."};
        case ErrorCode::Unsupported:
            return {"Máy quét không hỗ trợ thiết lập này.", "The scanner does not support this setting."};
        case ErrorCode::OutOfMemory:
            return {"Máy tính hết bộ nhớ.", "The computer ran out of memory."};
        case ErrorCode::StorageFailed:
            return {"Không ghi được ảnh vào đĩa (đĩa đầy?). Tờ vừa quét chưa được lưu; giải phóng đĩa rồi đặt lại tờ đó.",
                    "The image could not be written (disk full?). The last sheet was not kept; free space and feed it again."};
    }
    return {"Lỗi máy quét.", "Scanner error."};
}

}  // namespace

std::string operatorMessage(const scan::Error& error, int sheetsSoFar) {
    const Words w = wordsFor(error.code);
    const std::string count = std::to_string(sheetsSoFar);
    return std::string(w.vi) + " Đã lưu " + count + " tờ.\n" + w.en + " " + count + " sheets kept.\n(" +
           std::string(scan::errorCode(error.code)) + ": " + error.detail + ")";
}

}  // namespace kp::cli
