#include "src/gui/session.h"

#include <QDir>
#include <QFileInfo>

#include "reports/congress_json.h"
#include "reports/minutes_info.h"
#include "src/app/inputs.h"
#include "src/common/utc_time.h"

namespace kp::gui {

QString Session::open(const QString& recordPath) {
    auto record = store::Record::open(recordPath.toStdString());
    if (!record) {
        return QString::fromStdString(record.error().message);
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
    emit changed();
    return {};
}

QString Session::create(const QString& congressFile, const QString& recordPath) {
    const auto text = app::readFile(congressFile.toStdString());
    if (!text) {
        return QString::fromStdString(text.error());
    }
    if (const auto parsed = parseCongress(*text); !parsed) {
        return congressFile + ": " + QString::fromStdString(parsed.error().message());
    }
    return createFromText(*text, recordPath);
}

QString Session::createFromText(const std::string& congressJson, const QString& recordPath) {
    if (const auto parsed = parseCongress(congressJson); !parsed) {
        return QString::fromStdString(parsed.error().message());
    }
    auto made = store::Record::create(recordPath.toStdString(), congressJson, "system", utcNow());
    if (!made) {
        return QString::fromStdString(made.error().message);
    }
    return open(recordPath);
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

}  // namespace kp::gui
