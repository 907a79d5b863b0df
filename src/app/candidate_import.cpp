#include "candidate_import.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <optional>

#include "zip_reader.h"

namespace kp::app {

namespace {

// Lower case without diacritics (đ → d): header words compare alike however typed.
QString folded(const QString& s) {
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out += (c == QChar(0x0111) || c == QChar(0x0110)) ? QChar('d') : c.toLower();
    }
    return out.simplified();
}

bool isNameHeader(const QString& cell) {
    static const QStringList HEADERS{
        "ho va ten", "ho ten", "ten", "name", "full name", "ho va ten ung cu vien", "ho va ten nguoi ung cu"};
    return HEADERS.contains(folded(cell));
}

// "1.", "01 -", "2)", "3/" before a name, as numbered lists in a word processor have it; a
// cell of numbering alone becomes empty.
QString withoutNumbering(const QString& cell) {
    static const QRegularExpression NUMBERING(QStringLiteral("^\\s*\\d{1,3}\\s*[.)/:-]?(\\s+|$)"));
    return cell.normalized(QString::NormalizationForm_C).remove(NUMBERING).simplified();
}

// Two to seven words of letters (a Vietnamese name; foreign names keep their letters).
bool looksLikeName(const QString& cell) {
    const QString s = withoutNumbering(cell);
    const auto words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 7) {
        return false;
    }
    return std::ranges::all_of(s, [](QChar c) { return c.isLetter() || c == ' ' || c == '-' || c == '\''; });
}

QStringList splitLine(const QString& line, QChar delimiter) {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"' && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == delimiter) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

// An Excel sheet has columns A to XFD and rows 1 to 1,048,576; a reference beyond them is a
// damaged or hostile file, not a place to lay out millions of empty cells.
constexpr int MAX_COLUMNS = 16'384;
constexpr int MAX_ROWS = 1'048'576;

// Column index from a cell reference ("B7" → 1); 0 for none; nullopt beyond the sheet.
std::optional<int> columnOf(QStringView reference) {
    int column = 0;
    qsizetype letters = 0;
    for (; letters < reference.size() && letters < 4; ++letters) {
        const char16_t c = reference[letters].toUpper().unicode();
        if (c < u'A' || c > u'Z') {
            break;
        }
        column = column * 26 + (c - u'A' + 1);
    }
    const bool digitsFollow = std::ranges::all_of(reference.mid(letters), [](QChar c) { return c.isDigit(); });
    if (column > MAX_COLUMNS || !digitsFollow) {
        return std::nullopt;
    }
    return std::max(column - 1, 0);
}

// The text of an <si> or <is> element: every <t> inside, rich-text runs joined.
QString textOf(QXmlStreamReader& xml) {
    const QString end = xml.name().toString();
    QString text;
    while (xml.readNextStartElement() || (xml.isEndElement() && xml.name() != end)) {
        if (xml.isStartElement() && xml.name() == QLatin1String("t")) {
            text += xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("rPh")) {
            xml.skipCurrentElement();  // phonetic hints are not part of the cell's text
        }
    }
    return text;
}

QString firstSheetPath(const ZipReader& zip) {
    auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels) {
        return QStringLiteral("xl/worksheets/sheet1.xml");
    }
    QString id;
    for (QXmlStreamReader xml(*workbook); !xml.atEnd() && id.isEmpty();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            for (const auto& a : xml.attributes()) {
                if (a.name() == QLatin1String("id")) {  // r:id
                    id = a.value().toString();
                }
            }
        }
    }
    for (QXmlStreamReader xml(*rels); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.attributes().value("Id") == id) {
            const QString target = xml.attributes().value("Target").toString();
            return target.startsWith('/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

}  // namespace

Table tableFromText(const QString& text) {
    QStringList lines = QString(text).remove(QChar(0xFEFF)).split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    QChar delimiter;
    for (const QChar d : {QChar('\t'), QChar(';'), QChar(',')}) {
        if (!lines.isEmpty() && lines.front().contains(d)) {
            delimiter = d;
            break;
        }
    }
    Table rows;
    for (const QString& line : lines) {
        rows.push_back(delimiter.isNull() ? QStringList{line} : splitLine(line, delimiter));
    }
    return rows;
}

std::expected<Table, QString> tableFromXlsx(const QByteArray& file) {
    auto zip = ZipReader::open(file);
    if (!zip) {
        return std::unexpected(zip.error());
    }
    QStringList shared;
    if (zip->contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto data = zip->read(QStringLiteral("xl/sharedStrings.xml"));
        if (!data) {
            return std::unexpected(data.error());
        }
        for (QXmlStreamReader xml(*data); !xml.atEnd();) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                shared << textOf(xml);
            }
        }
    }
    const QString sheetPath = firstSheetPath(*zip);
    auto sheet = zip->read(sheetPath);
    if (!sheet) {
        return std::unexpected(sheet.error());
    }
    Table rows;
    QXmlStreamReader xml(*sheet);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto outside = [&](const QString& what) {
            return std::unexpected(
                QStringLiteral("%1: %2 lies outside the sheet (line %3)").arg(sheetPath, what).arg(xml.lineNumber()));
        };
        if (xml.name() == QLatin1String("row")) {
            // Rows carry their number: empty rows are left out of the file but not of the table.
            const int number = xml.attributes().value("r").toInt();
            if (number > MAX_ROWS) {
                return outside(QStringLiteral("row %1").arg(number));
            }
            rows.resize(std::max<std::size_t>(rows.size() + 1, static_cast<std::size_t>(std::max(number, 1))));
        } else if (xml.name() == QLatin1String("c") && !rows.empty()) {
            const auto reference = xml.attributes().value("r");
            const auto found = columnOf(reference);
            if (!found) {
                return outside(QStringLiteral("cell \"%1\"").arg(reference));
            }
            const int column = *found;
            const QString type = xml.attributes().value("t").toString();
            QString value;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    value = textOf(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (type == QLatin1String("s")) {
                const int index = value.toInt();
                value = index >= 0 && index < shared.size() ? shared[index] : QString();
            }
            QStringList& row = rows.back();
            while (row.size() <= std::max(column, 0)) {
                row << QString();
            }
            row[std::max(column, 0)] = value;
        }
    }
    if (xml.hasError()) {
        return std::unexpected(
            QStringLiteral("%1: %2 (line %3)").arg(sheetPath, xml.errorString()).arg(xml.lineNumber()));
    }
    return rows;
}

std::expected<Table, QString> readTable(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(file.errorString());
    }
    const QByteArray data = file.readAll();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        return tableFromXlsx(data);
    }
    return tableFromText(QString::fromUtf8(data));
}

std::expected<QStringList, QString> candidateNames(const Table& rows) {
    // A header row names the column; its names are the non-empty cells below it.
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            if (!isNameHeader(rows[r][c])) {
                continue;
            }
            QStringList names;
            for (std::size_t below = r + 1; below < rows.size(); ++below) {
                const QString name = c < rows[below].size() ? withoutNumbering(rows[below][c]) : QString();
                if (!name.isEmpty()) {  // numbering alone ("7.", "30-") is no name
                    names << name;
                }
            }
            if (names.isEmpty()) {
                return std::unexpected(QStringLiteral("no names under the heading \"%1\"").arg(rows[r][c]));
            }
            return names;
        }
    }
    // No header: the column where most cells look like names; its name-like cells.
    qsizetype columns = 0;
    for (const QStringList& row : rows) {
        columns = std::max(columns, row.size());
    }
    qsizetype best = -1;
    int bestCount = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const int n = static_cast<int>(std::ranges::count_if(
            rows, [c](const QStringList& row) { return c < row.size() && looksLikeName(row[c]); }));
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    if (best < 0) {
        return std::unexpected(QStringLiteral("no column of names (a name is two to seven words of letters)"));
    }
    QStringList names;
    for (const QStringList& row : rows) {
        if (best < row.size() && looksLikeName(row[best])) {
            names << withoutNumbering(row[best]);
        }
    }
    return names;
}

}  // namespace kp::app
