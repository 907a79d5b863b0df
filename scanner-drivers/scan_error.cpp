#include "scanner-drivers/scan_error.h"

namespace kp::scan {

std::string_view errorCode(ErrorCode code) {
    switch (code) {
        case ErrorCode::DeviceOffline: return "device_offline";
        case ErrorCode::DeviceBusy: return "device_busy";
        case ErrorCode::FeederEmpty: return "feeder_empty";
        case ErrorCode::PaperJam: return "paper_jam";
        case ErrorCode::CoverOpen: return "cover_open";
        case ErrorCode::DoubleFeed: return "double_feed";
        case ErrorCode::IoError: return "io_error";
        case ErrorCode::AccessDenied: return "access_denied";
        case ErrorCode::Cancelled: return "cancelled";
        case ErrorCode::Unsupported: return "unsupported";
        case ErrorCode::OutOfMemory: return "out_of_memory";
        case ErrorCode::StorageFailed: return "storage_failed";
    }
    return "io_error";
}

bool isResumable(ErrorCode code) {
    switch (code) {
        case ErrorCode::FeederEmpty:
        case ErrorCode::PaperJam:
        case ErrorCode::CoverOpen:
        case ErrorCode::DoubleFeed:
        case ErrorCode::DeviceBusy:
        case ErrorCode::IoError:
        case ErrorCode::DeviceOffline:
        case ErrorCode::StorageFailed:
            return true;
        case ErrorCode::AccessDenied:
        case ErrorCode::Cancelled:
        case ErrorCode::Unsupported:
        case ErrorCode::OutOfMemory:
            return false;
    }
    return false;
}

}  // namespace kp::scan
