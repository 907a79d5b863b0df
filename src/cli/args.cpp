#include "args.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kp::cli {

std::expected<Args, std::string> Args::parse(const std::vector<std::string>& argv, const ArgSpec& spec) {
    Args out;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (!a.starts_with("--")) {
            out.m_positional.push_back(a);
            continue;
        }
        if (spec.flags.contains(a)) {
            out.m_flags.insert(a);
        } else if (spec.options.contains(a)) {
            if (i + 1 >= argv.size()) {
                return std::unexpected("option " + a + " needs a value");
            }
            if (!out.m_values.emplace(a, argv[++i]).second) {
                return std::unexpected("option " + a + " is given twice");
            }
        } else {
            return std::unexpected("unknown option " + a);
        }
    }
    return out;
}

std::optional<std::string> Args::value(const std::string& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::nullopt : std::optional(it->second);
}

}  // namespace kp::cli
