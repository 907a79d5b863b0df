// kiemphieu: the desktop application for the counting committee.
#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <unistd.h>
#include <cstdio>
#include <iostream>

#include "kp_version.h"
#include "reports/render/fonts.h"
#include "src/common/freed_memory.h"
#include "src/gui/main_window.h"
#include "src/gui/session.h"

int main(int argc, char** argv) {
    kp::keepFreedMemory();  // page-sized images, ballot after ballot
    for (int i = 1; i < argc; ++i) {  // before Qt starts: works without a display
        if (std::string(argv[i]) == "--version") {
            std::cout << "kiemphieu " << kp::VERSION << " (commit " << kp::GIT_COMMIT << ")\n";
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KiemPhieu"));
    QApplication::setApplicationVersion(QString::fromLatin1(kp::VERSION));
    kp::render::fonts();  // Qt's font database is filled on the GUI thread, before any worker draws
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("vi or en"), QStringLiteral("code"), QStringLiteral("vi")});
    parser.addPositionalArgument(QStringLiteral("record"), QStringLiteral("a congress record (.kpdb) to open"));
    parser.process(app);
    int code = 0;
    {
        kp::gui::Session session;
        kp::gui::MainWindow window(session);
        window.setLanguage(parser.value(QStringLiteral("lang")));
        if (!parser.positionalArguments().isEmpty()) {
            if (const QString error = session.open(parser.positionalArguments().front()); !error.isEmpty()) {
                std::cerr << error.toStdString() << "\n";
            }
        }
        // The whole window on the screen, status bar included: maximised on a laptop's or a
        // netbook's screen, 1366×768 on a larger one.
        const QScreen* screen = window.screen();
        if (screen && (screen->availableGeometry().width() <= 1400 || screen->availableGeometry().height() <= 820)) {
            window.showMaximized();
        } else {
            window.resize(1366, 768);
            window.show();
        }
        code = QApplication::exec();
    }  // the screens are gone: a running count stopped, every record change committed
    // libsane's back ends stop their reader threads with asynchronous cancellation; one killed
    // inside malloc or setlocale leaves a libc lock taken and the exit handlers would hang.
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    _exit(code);
}
