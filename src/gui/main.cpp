// kiemphieu: the desktop application for the counting committee.
#include <QApplication>
#include <QCommandLineParser>
#include <iostream>

#include "kp_version.h"
#include "reports/render/fonts.h"
#include "src/gui/main_window.h"
#include "src/gui/session.h"

int main(int argc, char** argv) {
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
    kp::gui::Session session;
    kp::gui::MainWindow window(session);
    window.setLanguage(parser.value(QStringLiteral("lang")));
    if (!parser.positionalArguments().isEmpty()) {
        if (const QString error = session.open(parser.positionalArguments().front()); !error.isEmpty()) {
            std::cerr << error.toStdString() << "\n";
        }
    }
    window.resize(1366, 768);
    window.show();
    return QApplication::exec();
}
