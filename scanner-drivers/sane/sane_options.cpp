#include "scanner-drivers/sane/sane_options.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace kp::scan {

Error saneError(SANE_Status status, const std::string& what) {
    ErrorCode code = ErrorCode::IoError;
    switch (status) {
        case SANE_STATUS_DEVICE_BUSY: code = ErrorCode::DeviceBusy; break;
        case SANE_STATUS_JAMMED: code = ErrorCode::PaperJam; break;
        case SANE_STATUS_NO_DOCS: code = ErrorCode::FeederEmpty; break;
        case SANE_STATUS_COVER_OPEN: code = ErrorCode::CoverOpen; break;
        case SANE_STATUS_NO_MEM: code = ErrorCode::OutOfMemory; break;
        case SANE_STATUS_ACCESS_DENIED: code = ErrorCode::AccessDenied; break;
        case SANE_STATUS_CANCELLED: code = ErrorCode::Cancelled; break;
        case SANE_STATUS_UNSUPPORTED:
        case SANE_STATUS_INVAL: code = ErrorCode::Unsupported; break;
        default: code = ErrorCode::IoError; break;  // IO_ERROR, EOF out of place, WARMING_UP, HW_LOCKED
    }
    return Error{code, what + ": " + sane_strstatus(status)};
}

void SaneOptions::reload() {
    m_index.clear();
    SANE_Int count = 0;
    if (sane_control_option(m_handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD) {
        return;
    }
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, i);
        if (d != nullptr && d->name != nullptr && d->name[0] != '\0' && d->type != SANE_TYPE_GROUP) {
            m_index[d->name] = i;
        }
    }
}

const SANE_Option_Descriptor* SaneOptions::find(const std::string& name, SANE_Int* index) const {
    const auto it = m_index.find(name);
    if (it == m_index.end()) {
        return nullptr;
    }
    const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, it->second);
    if (d == nullptr || !SANE_OPTION_IS_ACTIVE(d->cap)) {
        return nullptr;
    }
    if (index != nullptr) {
        *index = it->second;
    }
    return d;
}

bool SaneOptions::has(const std::string& name) const { return find(name, nullptr) != nullptr; }

std::vector<std::string> SaneOptions::strings(const std::string& name) const {
    std::vector<std::string> out;
    const SANE_Option_Descriptor* d = find(name, nullptr);
    if (d != nullptr && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
        for (const SANE_String_Const* s = d->constraint.string_list; *s != nullptr; ++s) {
            out.emplace_back(*s);
        }
    }
    return out;
}

namespace {

double toDouble(const SANE_Option_Descriptor* d, SANE_Word w) {
    return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : static_cast<double>(w);
}

}  // namespace

std::vector<int> SaneOptions::numbers(const std::string& name) const {
    std::vector<int> out;
    const SANE_Option_Descriptor* d = find(name, nullptr);
    if (d == nullptr) {
        return out;
    }
    if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        for (SANE_Int i = 1; i <= d->constraint.word_list[0]; ++i) {
            out.push_back(static_cast<int>(std::lround(toDouble(d, d->constraint.word_list[i]))));
        }
    } else if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        // A continuous range: offer the resolutions ballots are scanned at that it contains.
        const double lo = toDouble(d, d->constraint.range->min);
        const double hi = toDouble(d, d->constraint.range->max);
        for (int dpi : {75, 100, 150, 200, 240, 300, 400, 600, 1200}) {
            if (dpi >= lo && dpi <= hi) {
                out.push_back(dpi);
            }
        }
    }
    std::ranges::sort(out);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<double> SaneOptions::maximum(const std::string& name) const {
    const SANE_Option_Descriptor* d = find(name, nullptr);
    if (d == nullptr || d->constraint_type != SANE_CONSTRAINT_RANGE) {
        return std::nullopt;
    }
    return toDouble(d, d->constraint.range->max);
}

std::optional<double> SaneOptions::number(const std::string& name) const {
    SANE_Int index = 0;
    const SANE_Option_Descriptor* d = find(name, &index);
    if (d == nullptr || d->size != sizeof(SANE_Word) || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED)) {
        return std::nullopt;
    }
    SANE_Word word = 0;
    if (sane_control_option(m_handle, index, SANE_ACTION_GET_VALUE, &word, nullptr) != SANE_STATUS_GOOD) {
        return std::nullopt;
    }
    return toDouble(d, word);
}

std::expected<void, Error> SaneOptions::setNumber(const std::string& name, double value) {
    SANE_Int index = 0;
    const SANE_Option_Descriptor* d = find(name, &index);
    if (d == nullptr) {
        return std::unexpected(Error{ErrorCode::Unsupported, "the device has no active option \"" + name + "\""});
    }
    if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        value = std::clamp(value, toDouble(d, d->constraint.range->min), toDouble(d, d->constraint.range->max));
    }
    SANE_Word word = 0;
    if (d->type == SANE_TYPE_FIXED) {
        word = SANE_FIX(value);
    } else if (d->type == SANE_TYPE_INT || d->type == SANE_TYPE_BOOL) {
        word = static_cast<SANE_Word>(std::lround(value));
    } else {
        return std::unexpected(Error{ErrorCode::Unsupported, "option \"" + name + "\" is not a number"});
    }
    SANE_Int info = 0;
    const SANE_Status status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &word, &info);
    if (status != SANE_STATUS_GOOD) {
        return std::unexpected(saneError(status, "setting \"" + name + "\""));
    }
    if ((info & SANE_INFO_RELOAD_OPTIONS) != 0) {
        reload();
    }
    return {};
}

std::expected<void, Error> SaneOptions::set(const std::string& name, const std::string& value) {
    SANE_Int index = 0;
    const SANE_Option_Descriptor* d = find(name, &index);
    if (d == nullptr) {
        return std::unexpected(Error{ErrorCode::Unsupported, "the device has no active option \"" + name + "\""});
    }
    if (d->type == SANE_TYPE_BOOL) {
        const bool on = value == "yes" || value == "true" || value == "1";
        return setNumber(name, on ? 1 : 0);
    }
    if (d->type == SANE_TYPE_INT || d->type == SANE_TYPE_FIXED) {
        try {
            return setNumber(name, std::stod(value));
        } catch (const std::exception&) {
            return std::unexpected(Error{ErrorCode::Unsupported, "option \"" + name + "\" needs a number, not \"" + value + "\""});
        }
    }
    if (d->type != SANE_TYPE_STRING) {
        return std::unexpected(Error{ErrorCode::Unsupported, "option \"" + name + "\" cannot be set from text"});
    }
    std::vector<char> buffer(std::max<std::size_t>(static_cast<std::size_t>(d->size), value.size() + 1), '\0');
    std::ranges::copy(value, buffer.begin());
    SANE_Int info = 0;
    const SANE_Status status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, buffer.data(), &info);
    if (status != SANE_STATUS_GOOD) {
        return std::unexpected(saneError(status, "setting \"" + name + "\" to \"" + value + "\""));
    }
    if ((info & SANE_INFO_RELOAD_OPTIONS) != 0) {
        reload();
    }
    return {};
}

}  // namespace kp::scan
