#pragma once
// Commands that draw (ballots, reports, simulated scans) need a QGuiApplication for fonts, but
// never a window: run Qt on its offscreen platform, so they work over ssh and in CI alike.
#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <memory>

namespace kp::app {

class OffscreenGui {
public:
    OffscreenGui() {
        if (QGuiApplication::instance() == nullptr) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Qt wants a runtime folder; without one it warns on every command (an auditor's
            // verify printed the warning once per election round).
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QByteArray dir = QDir::tempPath().toUtf8() + "/kiemphieu-runtime-" + QByteArray::number(getuid());
                QDir().mkpath(QString::fromUtf8(dir));
                QFile::setPermissions(QString::fromUtf8(dir),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", dir);
            }
            m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
        }
    }

private:
    int m_argc = 1;
    char m_name[16] = "kiemphieu-cli";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

}  // namespace kp::app
