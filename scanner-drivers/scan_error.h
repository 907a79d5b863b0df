#pragma once
// Typed scanner errors. Lower layers return codes with the device's own words as detail; the
// operator's message (Vietnamese first, English second) is made from the code at the edge.
#include <string>
#include <string_view>

namespace kp::scan {

enum class ErrorCode {
    DeviceOffline,   // unplugged, switched off, never found
    DeviceBusy,      // another program holds it
    FeederEmpty,     // no sheet in the feeder when the batch started
    PaperJam,
    CoverOpen,
    DoubleFeed,      // two sheets pulled at once (ultrasonic sensor)
    IoError,
    AccessDenied,    // permissions (udev group, locked device)
    Cancelled,
    Unsupported,     // the request asks for something the device cannot do
    OutOfMemory,
    StorageFailed,   // the page could not be written to disk: the batch stops before the next sheet
};

struct Error {
    ErrorCode code = ErrorCode::IoError;
    std::string detail;  // the back end's words ("sane_start: Document feeder jammed"), the device
};

std::string_view errorCode(ErrorCode code);  // stable snake_case, for logs and files
// A fault the operator can clear at the scanner, after which the rest of the stack is fed.
bool isResumable(ErrorCode code);

}  // namespace kp::scan
