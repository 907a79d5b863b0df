#include "src/gui/error_text.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>

namespace kp::gui {

// The sentences' translation context.
struct ErrorWords {
    Q_DECLARE_TR_FUNCTIONS(kp::gui::ErrorText)
};

namespace {

// The store's own refusals (StoreError code 0), recognised by their English words until the
// store returns typed codes: the pattern, and the sentence with the pattern's captures as %1….
struct Known {
    const char* pattern;
    const char* sentence;
};
const Known KNOWN[] = {
    {R"(^sign-in refused for (.*): unknown name or wrong password$)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "Sign-in refused for %1: unknown name or wrong password.")},
    {R"(^a ruling needs two different members of the committee; (.*) cannot confirm)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText",
                       "A ruling needs two different members of the committee: %1 cannot confirm their own ruling.")},
    {R"(^(.*) is a technician \(kỹ thuật viên\); rulings are made)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText",
                       "%1 is a technician: rulings are made by the chair and the members of the counting committee.")},
    {R"(^a ruling must say why)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "A ruling must say why: the reason goes into the minutes.")},
    {R"(^only the trưởng ban, signed in, adds operators)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "Only the chair of the committee, with their password, adds members.")},
    {R"(^an operator needs a name$)", QT_TRANSLATE_NOOP("kp::gui::ErrorText", "Type the member's full name.")},
    {R"(^a password needs at least 6 characters$)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "A password needs at least 6 characters.")},
    {R"(^an operator named (.*) already exists$)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "%1 is already a member of the committee.")},
    {R"(^(.*) already entered ballot (.*) \(an entry is never changed)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText",
                       "%1 has already entered ballot %2. An entry is never changed: a mistake is settled by a ruling "
                       "of the committee.")},
    {R"(^(.*) already exists; a record is never overwritten$)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "%1 already exists: a record is never overwritten. Choose another name.")},
    {R"(^no congress record at (.*)$)", QT_TRANSLATE_NOOP("kp::gui::ErrorText", "There is no congress record at %1.")},
    {R"(^sheet (\d+) is a re-fed copy of sheet (\d+))",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "Sheet %1 is the same paper as sheet %2, fed again: it is not ruled on.")},
    {R"(^sheet (\d+) has not been read yet)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "Sheet %1 has not been read yet: count it first.")},
    {R"(^there is no sheet (\d+) in the record$)",
     QT_TRANSLATE_NOOP("kp::gui::ErrorText", "There is no sheet %1 in the record.")},
};

}  // namespace

ErrorText storeErrorText(const store::StoreError& error) {
    const QString message = QString::fromStdString(error.message);
    if (error.code != 0) {  // SQLite's own failure: the file, the disk, another program
        return {ErrorWords::tr(
                    "The congress record could not be read or written (the file may be locked by another program, "
                    "damaged, or the disk full). Nothing was changed by this action."),
                message};
    }
    for (const Known& k : KNOWN) {
        const QRegularExpressionMatch m = QRegularExpression(QString::fromUtf8(k.pattern)).match(message);
        if (m.hasMatch()) {
            QString text = ErrorWords::tr(k.sentence);
            for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
                text = text.arg(m.captured(i));
            }
            return {text, {}};
        }
    }
    return {ErrorWords::tr("The congress record refused this action."), message};
}

ErrorText congressErrorText(const InputError& error, const QStringList& elections) {
    const auto n = [&](std::size_t i) {
        return i < error.figures.size() ? QString::number(error.figures[i]) : QString();
    };
    const QString id = QString::fromStdString(error.id);
    QString text;
    switch (error.check) {
        case CongressCheck::None: break;
        case CongressCheck::NoElection: text = ErrorWords::tr("Add at least one election."); break;
        case CongressCheck::ElectionIdNotUnique:
            text = ErrorWords::tr("Each election needs its own short id (not empty, not used twice).");
            break;
        case CongressCheck::ConvenedNegative: text = ErrorWords::tr("The number convened cannot be negative."); break;
        case CongressCheck::DeductionNegative:
            text = ErrorWords::tr("A number not counted in the base cannot be negative.");
            break;
        case CongressCheck::BaseNotPositive:
            text = ErrorWords::tr(
                       "The base for the majority (convened %1 minus those not counted) is %2: it must be at least 1.")
                       .arg(n(0), n(1));
            break;
        case CongressCheck::SeatsBelowOne: text = ErrorWords::tr("At least 1 seat is to be filled."); break;
        case CongressCheck::SeatsOverList:
            text = ErrorWords::tr(
                       "%1 seat(s) to fill but only %2 name(s) on the list: add the candidates, or lower the seats.")
                       .arg(n(0), n(1));
            break;
        case CongressCheck::AlternatesNegative:
            text = ErrorWords::tr("The number of alternates cannot be negative.");
            break;
        case CongressCheck::IssuedNegative:
            text = ErrorWords::tr("The number of ballots issued cannot be negative.");
            break;
        case CongressCheck::CandidateIdEmpty: text = ErrorWords::tr("A candidate has no id."); break;
        case CongressCheck::CandidateIdTwice:
            text = ErrorWords::tr("The candidate id \"%1\" appears twice on the list.").arg(id);
            break;
        case CongressCheck::RoundNumbering:
            text = ErrorWords::tr("Later rounds are numbered 2, 3, … and each appears once.");
            break;
        case CongressCheck::RoundSeatsBelowOne:
            text = ErrorWords::tr("Round %1: at least 1 seat is to be filled.").arg(error.round);
            break;
        case CongressCheck::RoundRenamesCandidate:
            text = ErrorWords::tr("Round %1: the candidate id \"%2\" names another person than in round 1.")
                       .arg(error.round)
                       .arg(id);
            break;
        case CongressCheck::PresentOverBase:
            text = ErrorWords::tr(
                       "Present at the vote: %1, more than the base for the majority (%2: those convened minus those "
                       "not counted). "
                       "Those present are at most the base: check both figures.")
                       .arg(n(0), n(1));
            break;
        case CongressCheck::IssuedOverBase:
            text = ErrorWords::tr("Ballots issued: %1, more than the base for the majority (%2). Check both figures.")
                       .arg(n(0), n(1));
            break;
    }
    const QString detail = QString::fromStdString(error.message());
    if (text.isEmpty()) {  // the file itself: not JSON, a field missing or of the wrong kind
        return {ErrorWords::tr(
                    "The congress file is not in the expected form (kiemphieu.congress/1); the details say where."),
                detail};
    }
    if (error.election >= 0) {
        const QString election = error.election < elections.size()
                                     ? elections[error.election]
                                     : ErrorWords::tr("election %1").arg(error.election + 1);
        text = ErrorWords::tr("%1: %2").arg(election, text);
    }
    return {text, detail};
}

ErrorText countErrorText(const std::string& message) {
    const QString detail = QString::fromStdString(message);
    static const QRegularExpression overIssued(
        QString::fromUtf8(R"re(election "([^"]*)" round (\d+): (\d+) ballots collected but (\d+) issued)re"));
    if (const auto m = overIssued.match(detail); m.hasMatch()) {
        return {ErrorWords::tr(
                    "Election %1, round %2: %3 ballots collected but only %4 issued. The counting committee must "
                    "find and settle the difference before there is a result.")
                    .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4)),
                detail};
    }
    if (detail.contains(QLatin1String("waiting for the counting committee's review"))) {
        return {
            ErrorWords::tr("Ballots are still waiting for the counting committee (step 6, Review): the result and the "
                           "minutes come once every one of them is ruled on."),
            detail};
    }
    if (detail.contains(QLatin1String("no ballot has been counted yet"))) {
        return {ErrorWords::tr("No ballot has been counted yet: there are no minutes to make."), detail};
    }
    return {ErrorWords::tr("The count cannot be tallied from the record; the details say why."), detail};
}

QString signInRefusedText(const QString& name, const store::StoreError& error) {
    if (error.code != 0) {
        return storeErrorText(error).text;
    }
    return ErrorWords::tr(KNOWN[0].sentence).arg(name);
}

void setErrorLabel(QLabel* label, const QString& prefix, const ErrorText& error) {
    QString html = (prefix + error.text).toHtmlEscaped();
    if (!error.detail.isEmpty()) {
        html += QStringLiteral(" <a href=\"#details\">%1</a>").arg(ErrorWords::tr("Details"));
    }
    label->setTextFormat(Qt::RichText);
    label->setText(html);
    label->setProperty("kpErrorDetail", error.detail);
    if (!label->property("kpErrorLinked").toBool()) {
        label->setProperty("kpErrorLinked", true);
        QObject::connect(label, &QLabel::linkActivated, label, [label] {
            QMessageBox::information(label, ErrorWords::tr("Details"), label->property("kpErrorDetail").toString());
        });
    }
}

void showError(QWidget* parent, const QString& title, const ErrorText& error) {
    QMessageBox box(QMessageBox::Warning, title, error.text, QMessageBox::Ok, parent);
    if (!error.detail.isEmpty()) {
        box.setDetailedText(error.detail);
    }
    box.exec();
}

}  // namespace kp::gui
