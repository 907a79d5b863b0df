#include "scanner-drivers/twain/twain_dsm.h"

#include <cstring>

namespace kp::scan::twain {

Error conditionError(TW_UINT16 condition, const std::string& what) {
    ErrorCode code = ErrorCode::IoError;
    switch (condition) {
        case TWCC_PAPERJAM: code = ErrorCode::PaperJam; break;
        case TWCC_PAPERDOUBLEFEED: code = ErrorCode::DoubleFeed; break;
        case TWCC_INTERLOCK: code = ErrorCode::CoverOpen; break;
        case TWCC_NOMEDIA: code = ErrorCode::FeederEmpty; break;
        case TWCC_CHECKDEVICEONLINE:
        case TWCC_NODS: code = ErrorCode::DeviceOffline; break;
        case TWCC_MAXCONNECTIONS: code = ErrorCode::DeviceBusy; break;
        case TWCC_DENIED: code = ErrorCode::AccessDenied; break;
        case TWCC_LOWMEMORY: code = ErrorCode::OutOfMemory; break;
        case TWCC_BADCAP:
        case TWCC_CAPUNSUPPORTED:
        case TWCC_BADVALUE: code = ErrorCode::Unsupported; break;
        default: break;
    }
    return Error{code, what + ": TWAIN condition code " + std::to_string(condition)};
}

std::expected<std::shared_ptr<Dsm>, Error> Dsm::open() {
    std::shared_ptr<Dsm> dsm(new Dsm());
    // TWAINDSM.dll is the TWAIN 2.x manager (the old twain_32.dll cannot serve 64-bit programs).
    dsm->m_library = LoadLibraryW(L"TWAINDSM.dll");
    if (dsm->m_library == nullptr) {
        return std::unexpected(Error{ErrorCode::DeviceOffline, "TWAINDSM.dll is not installed"});
    }
    dsm->m_entry = reinterpret_cast<DSMENTRYPROC>(reinterpret_cast<void*>(GetProcAddress(dsm->m_library, "DSM_Entry")));
    if (dsm->m_entry == nullptr) {
        return std::unexpected(Error{ErrorCode::DeviceOffline, "TWAINDSM.dll has no DSM_Entry"});
    }
    dsm->m_window = CreateWindowExW(0, L"STATIC", L"KiemPhieu TWAIN", 0, 0, 0, 0, 0, HWND_MESSAGE, nullptr, nullptr, nullptr);
    TW_IDENTITY& app = dsm->m_app;
    app.Version.MajorNum = 0;
    app.Version.MinorNum = 1;
    app.Version.Language = TWLG_ENGLISH;
    app.Version.Country = TWCY_USA;
    std::strncpy(app.Version.Info, "KiemPhieu", sizeof app.Version.Info - 1);
    app.ProtocolMajor = 2;
    app.ProtocolMinor = 4;
    app.SupportedGroups = DG_CONTROL | DG_IMAGE | DF_APP2;
    std::strncpy(app.Manufacturer, "KiemPhieu", sizeof app.Manufacturer - 1);
    std::strncpy(app.ProductFamily, "KiemPhieu", sizeof app.ProductFamily - 1);
    std::strncpy(app.ProductName, "KiemPhieu", sizeof app.ProductName - 1);
    HWND parent = dsm->m_window;
    if (dsm->call(nullptr, DG_CONTROL, DAT_PARENT, MSG_OPENDSM, &parent) != TWRC_SUCCESS) {
        return std::unexpected(Error{ErrorCode::DeviceOffline, "the TWAIN manager did not open"});
    }
    dsm->m_opened = true;
    return dsm;
}

Dsm::~Dsm() {
    if (m_opened) {
        HWND parent = m_window;
        call(nullptr, DG_CONTROL, DAT_PARENT, MSG_CLOSEDSM, &parent);
    }
    if (m_window != nullptr) {
        DestroyWindow(m_window);
    }
    if (m_library != nullptr) {
        FreeLibrary(m_library);
    }
}

TW_UINT16 Dsm::call(TW_IDENTITY* source, TW_UINT32 group, TW_UINT16 dat, TW_UINT16 msg, TW_MEMREF data) {
    return m_entry(&m_app, source, group, dat, msg, data);
}

Error Dsm::failure(TW_IDENTITY* source, const std::string& what) {
    TW_STATUS status{};
    call(source, DG_CONTROL, DAT_STATUS, MSG_GET, &status);
    return conditionError(status.ConditionCode, what);
}

}  // namespace kp::scan::twain
