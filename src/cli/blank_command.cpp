#include "blank_command.h"

#include <cstdio>
#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "ocr/word/word_template.h"
#include "src/app/word_blank.h"

namespace kp::cli {

int runBlank(const std::vector<std::string>& argv) {
    const char* usage = "usage: kiemphieu-cli blank --congress FILE --election ID [--round N] [--readings FILE] [--dpi N] "
                        "BLANK-SCAN";
    auto args = Args::parse(argv, ArgSpec{{"--congress", "--election", "--round", "--readings", "--dpi"}, {}});
    if (!args) {
        return usageError("blank: " + args.error());
    }
    if (!args->value("--congress") || !args->value("--election") || args->positional().size() != 1) {
        return usageError(usage);
    }
    const auto input = loadRoundInput(*args, "blank");
    if (!input) {
        return input.error();
    }
    int dpi = 0;  // the file's own
    if (const auto d = args->value("--dpi")) {
        const auto n = positiveNumber("--dpi", *d);
        if (!n) {
            return usageError("blank: " + n.error());
        }
        dpi = *n;
    }
    const std::string path = args->positional().front();
    const auto learned = app::learnBlank(path, dpi, *input);
    if (!learned) {
        return inputError("blank: " + learned.error());
    }
    dpi = static_cast<int>(learned->dpi);
    std::cout << "Mẫu phiếu học từ " << path << " (" << dpi << " dpi): đủ " << learned->names.size()
              << " tên, đúng thứ tự / all " << learned->names.size() << " names found, in order\n";
    const double mm = 25.4 / dpi;
    for (std::size_t i = 0; i < learned->names.size(); ++i) {
        const auto& n = learned->names[i];
        char line[160];
        std::snprintf(line, sizeof line, "%2zu  %-8s  y %6.1f mm  x %6.1f–%6.1f mm  %.2f  ", i + 1, n.id.value.c_str(),
                      n.box.y * mm, n.box.x * mm, (n.box.x + n.box.width) * mm, n.similarity);
        std::cout << line << n.read << "\n";
    }
    return EXIT_OK;
}

}  // namespace kp::cli
