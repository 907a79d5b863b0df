#include "fonts.h"

#include <QFontDatabase>
#include <QStringList>
#include <mutex>
#include <stdexcept>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFontResources() {
    Q_INIT_RESOURCE(fonts);
}

namespace kp::render {

namespace {

QString load(const char* resource) {
    const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(resource));
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    if (id < 0 || families.isEmpty()) {
        throw std::runtime_error(std::string("bundled font missing: ") + resource);
    }
    return families.front();
}

}  // namespace

const Fonts& fonts() {
    // Qt's font database lives and dies with the QGuiApplication. A command that checks several
    // election rounds makes and drops one per round (app/offscreen.h): registering only once per
    // process drew the second round's template in a fallback font, and every ballot of it was
    // misread (verify of a two-election bundle failed on every sheet). Register again whenever
    // the current application does not have the fonts.
    static Fonts loaded;
    static std::mutex guard;
    const std::lock_guard lock(guard);
    if (loaded.ballot.isEmpty() || !QFontDatabase::hasFamily(loaded.ballot)) {
        initFontResources();
        loaded.ballot = load(":/kp/fonts/NotoSerif-Regular.ttf");
        load(":/kp/fonts/NotoSerif-Bold.ttf");
        loaded.office = load(":/kp/fonts/LiberationSerif-Regular.ttf");
        load(":/kp/fonts/LiberationSerif-Bold.ttf");
        load(":/kp/fonts/LiberationSerif-Italic.ttf");  // the minutes' date line and signature hints
    }
    return loaded;
}

}  // namespace kp::render
