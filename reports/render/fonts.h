#pragma once
// The bundled fonts (reports/render/fonts). Needs a QGuiApplication; call from the GUI thread
// or before starting workers (Qt's font database is not safe to fill concurrently).
#include <QString>

namespace kp::render {

struct Fonts {
    QString ballot;  // Noto Serif
    QString office;  // Liberation Serif (Times New Roman metrics): regular, bold, italic
};

// Registers the bundled fonts once and returns their family names. Throws std::runtime_error
// if the resources are missing (a build error, not a user error).
const Fonts& fonts();

}  // namespace kp::render
