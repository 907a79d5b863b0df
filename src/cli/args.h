#pragma once
// A small, strict command-line parser: "--name value" options, "--flag" switches and
// positional arguments. Unknown options are errors, so a typo never runs a different count.
#include <expected>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "src/app/inputs.h"

namespace kp::cli {

struct ArgSpec {
    std::set<std::string> options;  // take a value
    std::set<std::string> flags;    // take none
};

class Args {
public:
    static std::expected<Args, std::string> parse(const std::vector<std::string>& argv, const ArgSpec& spec);

    std::optional<std::string> value(const std::string& name) const;
    bool flag(const std::string& name) const { return m_flags.contains(name); }
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

using app::readFile;

}  // namespace kp::cli
