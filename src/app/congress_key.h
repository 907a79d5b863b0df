#pragma once
// The congress's signing key, made once for its whole record: DIR/congress.key (secret, readable
// by its owner only) and DIR/congress.pub. The command line (`keygen`) and the desktop app's
// reports screen make it the same way.
#include <expected>
#include <string>

namespace kp::app {

// The public key (hex), or why not: a folder that already holds a congress key is refused
// untouched (replacing it would orphan every signature made with it).
std::expected<std::string, std::string> makeCongressKey(const std::string& dir);

}  // namespace kp::app
