#pragma once
// The options of one open SANE device, by name. Options are re-read after a change that says
// SANE_INFO_RELOAD_OPTIONS (setting "source" often changes which other options are active).
#include <expected>
#include <map>
#include <optional>
#include <sane/sane.h>
#include <string>
#include <vector>

#include "scanner-drivers/scan_error.h"

namespace kp::scan {

class SaneOptions {
public:
    explicit SaneOptions(SANE_Handle handle) : m_handle(handle) { reload(); }

    void reload();
    bool has(const std::string& name) const;  // present and active
    std::vector<std::string> strings(const std::string& name) const;  // string-list constraint
    std::vector<int> numbers(const std::string& name) const;          // word list, or range samples
    std::optional<double> maximum(const std::string& name) const;     // range maximum, in the option's unit
    std::optional<double> number(const std::string& name) const;      // current value of an int/fixed option

    // Set by the option's type: string, int, fixed (decimal) or bool ("yes"/"no"/"true"/"1").
    std::expected<void, Error> set(const std::string& name, const std::string& value);
    std::expected<void, Error> setNumber(const std::string& name, double value);

private:
    const SANE_Option_Descriptor* find(const std::string& name, SANE_Int* index) const;

    SANE_Handle m_handle;
    std::map<std::string, SANE_Int> m_index;
};

// SANE's status as a typed error; `what` says which call failed.
Error saneError(SANE_Status status, const std::string& what);

}  // namespace kp::scan
