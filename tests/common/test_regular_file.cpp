// Reading input files: a regular file is read whole; a folder, FIFO, broken link or a file
// above the limit is refused at once, naming what it is.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <filesystem>
#include <fstream>

#include "src/common/regular_file.h"

namespace fs = std::filesystem;
using kp::notARegularFile;
using kp::readRegularFile;

namespace {

// Each case its own folder: ctest runs cases in parallel.
fs::path scratch(const char* name) {
    const fs::path dir = fs::path(KP_TEST_OUT) / "regular-file" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("regular files: a file is read whole, through a link too") {
    const fs::path dir = scratch("read");
    std::ofstream(dir / "a.txt", std::ios::binary) << std::string(100'000, 'x') << "end";
    fs::create_symlink(dir / "a.txt", dir / "link.txt");
    for (const char* name : {"a.txt", "link.txt"}) {
        const auto text = readRegularFile((dir / name).string());
        REQUIRE(text);
        CHECK(text->size() == 100'003);
        CHECK(text->ends_with("end"));
        CHECK_FALSE(notARegularFile((dir / name).string()));
    }
    std::ofstream(dir / "empty.txt");
    CHECK(readRegularFile((dir / "empty.txt").string()) == std::string());
}

TEST_CASE("regular files: a folder, a FIFO, a link to nothing and a loop of links are refused, naming what they are") {
    const fs::path dir = scratch("refused");
    fs::create_directory(dir / "folder");
    REQUIRE(mkfifo((dir / "fifo").c_str(), 0600) == 0);
    fs::create_symlink(dir / "missing", dir / "dangling");
    fs::create_symlink(dir / "loop-b", dir / "loop-a");
    fs::create_symlink(dir / "loop-a", dir / "loop-b");
    const std::pair<const char*, std::string> cases[] = {
        {"folder", "is a folder, not a file"},
        {"fifo", "is a FIFO, not a file"},  // opening it to read would block until a writer comes
        {"dangling", "is a link to nothing (→ " + (dir / "missing").string() + ")"},
        {"loop-a", "is a loop of links"},
    };
    for (const auto& [name, why] : cases) {
        CAPTURE(name);
        const std::string path = (dir / name).string();
        CHECK(notARegularFile(path) == why);
        const auto text = readRegularFile(path);
        REQUIRE_FALSE(text);
        CHECK(text.error() == path + " " + why);
    }
    CHECK(notARegularFile((dir / "none").string()) == "does not exist");
    CHECK(readRegularFile((dir / "none").string()).error() ==
          "cannot open " + (dir / "none").string() + ": No such file or directory");
    CHECK(notARegularFile("/dev/null") == "is a device, not a file");
}

TEST_CASE("regular files: a file above the limit is refused") {
    const fs::path dir = scratch("limit");
    std::ofstream(dir / "big", std::ios::binary) << std::string(1001, 'x');
    CHECK(readRegularFile((dir / "big").string(), 1000).error() ==
          (dir / "big").string() + " is larger than 1000 bytes");
    CHECK(readRegularFile((dir / "big").string(), 1001));
}
