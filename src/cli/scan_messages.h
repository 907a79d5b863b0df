#pragma once
// What the operator reads when a scan stops: Vietnamese first, then English, each saying what
// happened and what to do. (The desktop app has its own, through Qt Linguist.)
#include <string>

#include "scanner-drivers/scan_error.h"

namespace kp::cli {

std::string operatorMessage(const scan::Error& error, int sheetsSoFar);

}  // namespace kp::cli
