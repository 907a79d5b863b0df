#pragma once
// The TWAIN Data Source Manager (TWAINDSM.dll, TWAIN 2.x), opened once per back end with a
// hidden message-only window as the parent that the specification requires. Windows only.
#include <expected>
#include <memory>
#include <string>
#include <windows.h>

#include "scanner-drivers/scan_error.h"
#include "scanner-drivers/twain/twain_api.h"

namespace kp::scan::twain {

class Dsm {
public:
    static std::expected<std::shared_ptr<Dsm>, Error> open();
    ~Dsm();
    Dsm(const Dsm&) = delete;
    Dsm& operator=(const Dsm&) = delete;

    // DSM_Entry with the application's identity; `source` is null for the manager itself.
    TW_UINT16 call(TW_IDENTITY* source, TW_UINT32 group, TW_UINT16 dat, TW_UINT16 msg, TW_MEMREF data);
    // The condition code after a failure, as a typed error; `what` names the operation.
    Error failure(TW_IDENTITY* source, const std::string& what);
    HWND window() const { return m_window; }

private:
    Dsm() = default;
    HMODULE m_library = nullptr;
    DSMENTRYPROC m_entry = nullptr;
    HWND m_window = nullptr;
    TW_IDENTITY m_app{};
    bool m_opened = false;
};

Error conditionError(TW_UINT16 condition, const std::string& what);

}  // namespace kp::scan::twain
