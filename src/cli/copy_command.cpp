#include "copy_command.h"

#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "src/store/copy.h"

namespace kp::cli {

int runCopy(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{"--from", "--to"}, {}});
    if (!args) {
        return usageError("copy: " + args.error());
    }
    const auto from = args->value("--from");
    const auto to = args->value("--to");
    if (!from || !to) {
        return usageError(
            "usage: kiemphieu-cli copy --from RECORD --to RECORD   (a .kpdb file or a server's "
            "postgresql://USER@HOST/DATABASE; the destination must not exist yet / be empty)");
    }
    const auto copied = store::copyRecord(*from, *to);
    if (!copied) {
        return inputError("copy: " + copied.error().message);
    }
    std::cout << "Đã sao chép / copied: " << copied->rows << " rows, " << copied->events << " events, "
              << copied->images << " images\n"
              << "Mã cuối chuỗi nhật ký / chain head: " << copied->head << " (the same in both)\n";
    return EXIT_OK;
}

}  // namespace kp::cli
