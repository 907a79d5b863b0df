// A candidate list from any pasted or CSV text: the table reader and the name finder never
// crash, and every name they give is a non-empty line of text.
#include <QString>

#include "fuzz.h"
#include "src/app/candidate_import.h"

using kp::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto names = kp::app::candidateNames(kp::app::tableFromText(text));
    if (names) {
        for (const QString& name : *names) {
            if (name.trimmed().isEmpty() || name.contains(QLatin1Char('\n'))) {
                std::fprintf(stderr, "name: \"%s\"\n", name.toUtf8().constData());
            }
            require(!name.trimmed().isEmpty() && !name.contains(QLatin1Char('\n')), "a name is one line of text");
        }
    }
    return 0;
}
