#include "src/gui/session.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "reports/congress_json.h"
#include "reports/minutes_info.h"
#include "src/app/inputs.h"
#include "src/common/utc_time.h"
#include "src/gui/error_text.h"

namespace kp::gui {

namespace {

constexpr int RECENT = 8;

QSettings settings() { return QSettings(QStringLiteral("KiemPhieu"), QStringLiteral("kiemphieu")); }

void remember(const QString& recordPath) {
    QSettings s = settings();
    QStringList recent = s.value(QStringLiteral("recentRecords")).toStringList();
    const QString path = QFileInfo(recordPath).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    s.setValue(QStringLiteral("recentRecords"), recent.mid(0, RECENT));
}

}  // namespace

QStringList Session::recentRecords() {
    QStringList out;
    for (const QString& path : settings().value(QStringLiteral("recentRecords")).toStringList()) {
        if (QFileInfo::exists(path)) {
            out << path;
        }
    }
    return out;
}

QString Session::recordFileName(const QString& path) {
    return path.endsWith(QLatin1String(".kpdb"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".kpdb");
}

QString Session::open(const QString& recordPath) {
    auto record = store::Record::open(recordPath.toStdString());
    if (!record) {
        return storeErrorText(record.error()).text;
    }
    const auto text = record->congressJson();
    auto congress = text ? parseCongress(*text) : std::unexpected(InputError{});
    if (!text || !congress) {
        return tr("%1: the record's congress cannot be read").arg(recordPath);
    }
    const auto info = parseMinutesInfo(*text);
    m_path = recordPath;
    m_congress = std::move(*congress);
    m_training = info && info->training;
    m_operator.clear();
    m_signedIn.reset();
    remember(recordPath);
    emit changed();
    return {};
}

QString Session::create(const QString& congressFile, const QString& recordPath) {
    const auto text = app::readFile(congressFile.toStdString());
    if (!text) {
        return tr("%1 cannot be read.").arg(congressFile);
    }
    if (const auto parsed = parseCongress(*text); !parsed) {
        return congressFile + ": " + congressErrorText(parsed.error()).text;
    }
    return createFromText(*text, recordPath);
}

QString Session::createFromText(const std::string& congressJson, const QString& recordPath) {
    if (const auto parsed = parseCongress(congressJson); !parsed) {
        return congressErrorText(parsed.error()).text;
    }
    const QString path = recordFileName(recordPath);
    auto made = store::Record::create(path.toStdString(), congressJson, "system", utcNow());
    if (!made) {
        return storeErrorText(made.error()).text;
    }
    return open(path);
}

QString Session::scanDir(const QString& election, int round) const {
    return m_path + QStringLiteral(".scans/%1-lan-%2").arg(election).arg(round);
}

QString Session::reportsDir() const { return m_path + QStringLiteral(".reports"); }

std::optional<store::Record> Session::record() const {
    if (m_path.isEmpty()) {
        return std::nullopt;
    }
    auto record = store::Record::open(m_path.toStdString());
    return record ? std::optional<store::Record>(std::move(*record)) : std::nullopt;
}

void Session::setOperator(const store::SignedIn& member) {
    m_signedIn = member;
    m_operator = QString::fromStdString(member.member().name);
    emit changed();
}

void Session::signOut() {
    m_signedIn.reset();
    m_operator.clear();
    emit changed();
}

}  // namespace kp::gui
