#include "simulate_command.h"

#include <charconv>
#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "src/app/offscreen.h"
#include "src/simulator/simulate.h"

namespace kp::cli {

int runSimulate(const std::vector<std::string>& argv) {
    const ArgSpec spec{
        {"--congress", "--election", "--round", "--readings", "--voters", "--seed", "--out", "--style", "--dpi",
         "--mode", "--threads", "--blank", "--first", "--same-choice", "--same-struck", "--rescans"},
        {"--catalogue", "--photocopy", "--blank-stamped"}};
    const char* usage =
        "usage: kiemphieu-cli simulate --congress FILE --election ID --voters N --seed S --out DIR "
        "[--style kiemphieu|word [--blank BLANK.png [--blank-stamped]]] [--dpi N] [--mode gray|colour] [--threads N] "
        "[--first K] [--catalogue] [--photocopy] [--round N --readings FILE] "
        "[--same-choice SHARE [--same-struck ID,…]] [--rescans DIR]";
    auto args = Args::parse(argv, spec);
    if (!args) {
        return usageError("simulate: " + args.error());
    }
    const auto congressPath = args->value("--congress");
    const auto election = args->value("--election");
    const auto voters = args->value("--voters");
    const auto seed = args->value("--seed");
    const auto out = args->value("--out");
    if (!congressPath || !election || !voters || !seed || !out || !args->positional().empty()) {
        return usageError(usage);
    }
    sim::Options options;
    options.outDir = *out;
    // the recognition benchmarks' variation catalogue (docs/recognition-variations.md)
    options.catalogue = args->flag("--catalogue");
    options.photocopy = args->flag("--photocopy");
    options.blankStamped = args->flag("--blank-stamped");
    const auto number = [&](const char* option, const std::string& text) { return positiveNumber(option, text); };
    const auto n = number("--voters", *voters);
    if (!n) {
        return usageError("simulate: " + n.error());
    }
    options.voters = *n;
    if (std::from_chars(seed->data(), seed->data() + seed->size(), options.seed).ptr != seed->data() + seed->size()) {
        return usageError("simulate: --seed must be a whole number, got \"" + *seed + "\"");
    }
    const std::string style = args->value("--style").value_or("kiemphieu");
    if (style != "kiemphieu" && style != "word") {
        return usageError("simulate: --style must be kiemphieu or word");
    }
    options.wordStyle = style == "word";
    if (const auto dpi = args->value("--dpi")) {
        const auto d = number("--dpi", *dpi);
        if (!d) {
            return usageError("simulate: " + d.error());
        }
        options.dpi = *d;
    }
    if (const auto mode = args->value("--mode")) {
        if (*mode != "gray" && *mode != "colour" && *mode != "color") {
            return usageError("simulate: --mode must be gray or colour");
        }
        options.colour = *mode != "gray";
    }
    if (const auto blank = args->value("--blank")) {
        options.blankPath = *blank;  // the committee's scan of a blank: what `blank` and `recognize --blank` learn from
    }
    if (const auto first = args->value("--first")) {  // sheets K … K+N−1 of the batch, as the whole batch makes them
        const auto k = number("--first", *first);
        if (!k) {
            return usageError("simulate: " + k.error());
        }
        options.first = *k - 1;
    }
    // Dry runs of the re-fed sheet check: many voters with one choice, and every sheet fed again.
    if (const auto share = args->value("--same-choice")) {
        const char* end = share->data() + share->size();
        if (std::from_chars(share->data(), end, options.sameChoice).ptr != end) {
            return usageError("simulate: --same-choice must be a share from 0 to 1, got \"" + *share + "\"");
        }
    }
    if (const auto struck = args->value("--same-struck")) {
        for (std::size_t at = 0; at < struck->size();) {
            const std::size_t comma = std::min(struck->find(',', at), struck->size());
            options.sameStruck.push_back(struck->substr(at, comma - at));
            at = comma + 1;
        }
    }
    options.rescanDir = args->value("--rescans").value_or("");
    if (const auto threads = args->value("--threads")) {
        const auto t = number("--threads", *threads);
        if (!t) {
            return usageError("simulate: " + t.error());
        }
        options.threads = *t;
    }
    const auto input = loadRoundInput(*args, "simulate");
    if (!input) {
        return input.error();
    }
    if (input->spec.issued && options.voters > *input->spec.issued) {
        std::cerr << "kiemphieu-cli: warning: " << options.voters << " voters but " << *input->spec.issued
                  << " ballots issued: the tally will refuse this batch\n";
    }
    app::OffscreenGui gui;
    const auto summary = sim::simulate(input->congress, input->theElection(), input->spec, options);
    if (!summary) {
        return inputError(summary.error());
    }
    std::cout << "simulated: " << summary->ballots << " ballots (" << summary->style << "), " << summary->lookTwice
              << " a careful counter would look at twice\n"
              << "images and truth.jsonl: " << *out << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
