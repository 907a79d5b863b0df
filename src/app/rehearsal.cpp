#include "rehearsal.h"

#include <filesystem>

#include "src/app/rounds.h"
#include "src/simulator/simulate.h"

namespace kp::app {

std::expected<int, std::string> makeRehearsalBallots(const RehearsalRequest& request) {
    auto record = store::Record::open(request.recordPath);
    if (!record) {
        return std::unexpected(record.error().message);
    }
    auto input = roundInput(*record, request.election, request.round);
    if (!input) {
        return std::unexpected(input.error());
    }
    if (!input->congress.training) {
        return std::unexpected("simulated ballots are made only for a training congress, never for a real one");
    }
    if (request.voters < 1) {
        return std::unexpected("at least one voter is needed");
    }
    std::error_code exists;
    if (std::filesystem::exists(request.outDir, exists)) {
        return std::unexpected(request.outDir + " exists already");
    }
    sim::Options options;
    options.voters = request.voters;
    options.seed = request.seed;
    options.outDir = request.outDir;
    options.progress = request.progress;
    auto made = sim::simulate(input->congress, input->theElection(), input->spec, options);
    if (!made) {
        return std::unexpected(made.error());
    }
    return made->ballots;
}

}  // namespace kp::app
