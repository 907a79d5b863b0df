#include "fonts.h"

#include <QFontDatabase>
#include <QStringList>
#include <stdexcept>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFontResources() { Q_INIT_RESOURCE(fonts); }

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
    static const Fonts loaded = [] {
        initFontResources();
        Fonts f;
        f.ballot = load(":/kp/fonts/NotoSerif-Regular.ttf");
        load(":/kp/fonts/NotoSerif-Bold.ttf");
        f.office = load(":/kp/fonts/LiberationSerif-Regular.ttf");
        load(":/kp/fonts/LiberationSerif-Bold.ttf");
        load(":/kp/fonts/LiberationSerif-Italic.ttf");  // the minutes' date line and signature hints
        return f;
    }();
    return loaded;
}

}  // namespace kp::render
