#pragma once
// What every screen shares: the open congress record, its congress, who is signed in. The
// screens read the record through it and are told when it changes.
#include <QObject>
#include <QString>
#include <optional>

#include "src/store/committee.h"
#include "tally/congress.h"

namespace kp::gui {

class Session : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Opens a record (a .kpdb file); the error in words when it cannot.
    QString open(const QString& recordPath);
    // The records opened at this computer lately, newest first (those that still exist).
    static QStringList recentRecords();
    // A new record's file name ends in ".kpdb" (added when it does not), so that the open
    // dialog lists it.
    static QString recordFileName(const QString& path);
    // Makes a new record from a congress file (kiemphieu.congress/1) and opens it.
    QString create(const QString& congressFile, const QString& recordPath);
    // The same from the congress file's text (the congress editor's).
    QString createFromText(const std::string& congressJson, const QString& recordPath);

    bool isOpen() const { return m_congress.has_value(); }
    const QString& recordPath() const { return m_path; }
    QString scanDir(const QString& election, int round) const;
    QString reportsDir() const;
    const Congress& congress() const { return *m_congress; }
    bool training() const { return m_training; }
    // A fresh connection to the record (SQLite: one per use keeps the GUI thread simple).
    std::optional<store::Record> record() const;

    // The operator at this station (signed in with a password); empty before sign-in.
    const QString& operatorName() const { return m_operator; }
    const std::optional<store::SignedIn>& signedIn() const { return m_signedIn; }
    void setOperator(const store::SignedIn& member);
    void signOut();

signals:
    void changed();

private:
    QString m_path;
    std::optional<Congress> m_congress;
    bool m_training = false;
    QString m_operator;
    std::optional<store::SignedIn> m_signedIn;
};

}  // namespace kp::gui
