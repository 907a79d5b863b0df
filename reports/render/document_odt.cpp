#include "document_odt.h"

#include <map>
#include <tuple>

#include "zip_store.h"

namespace kp::render {

namespace {

const std::string NS =
    R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
    R"( xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")"
    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
    R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"
    R"( xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3")";

std::string xml(const std::string& s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

const char* alignOdf(doc::Align a) {
    switch (a) {
    case doc::Align::Left: return "start";
    case doc::Align::Center: return "center";
    case doc::Align::Right: return "end";
    case doc::Align::Justify: return "justify";
    }
    return "start";
}

// Automatic styles, one per distinct look, named in order of first use (deterministic).
class Styles {
public:
    std::string paragraph(const doc::Paragraph& p) {
        const auto key = std::make_tuple(p.bold, p.italic, p.underline, static_cast<int>(p.align), p.points, p.spaceBefore,
                                         p.firstLineIndent);
        auto [it, added] = m_paragraphs.try_emplace(key, "P" + std::to_string(m_paragraphs.size() + 1));
        if (added) {
            m_xml += "<style:style style:name=\"" + it->second +
                     "\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"" + alignOdf(p.align) +
                     "\" fo:margin-top=\"" + std::to_string(p.spaceBefore) + "pt\" fo:margin-bottom=\"0pt\"" +
                     (p.firstLineIndent ? " fo:text-indent=\"10mm\"" : "") + "/><style:text-properties fo:font-size=\"" +
                     std::to_string(p.points) + "pt\"" + (p.bold ? " fo:font-weight=\"bold\"" : "") +
                     (p.italic ? " fo:font-style=\"italic\"" : "") +
                     (p.underline ? R"( style:text-underline-style="solid" style:text-underline-width="auto")" : "") +
                     "/></style:style>";
        }
        return it->second;
    }
    std::string column(int percent, bool landscape) {
        // Text width: A4 minus margins (30 mm + 15 mm): 165 mm portrait, 252 mm landscape.
        const int width = percent * (landscape ? 252 : 165) / 10;  // tenths of a millimetre
        auto [it, added] = m_columns.try_emplace(width, "C" + std::to_string(m_columns.size() + 1));
        if (added) {
            m_xml += "<style:style style:name=\"" + it->second +
                     "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"" +
                     std::to_string(width / 10) + "." + std::to_string(width % 10) + "mm\"/></style:style>";
        }
        return it->second;
    }
    const std::string& xmlText() const { return m_xml; }

private:
    std::map<std::tuple<bool, bool, bool, int, int, int, bool>, std::string> m_paragraphs;
    std::map<int, std::string> m_columns;
    std::string m_xml;
};

std::string paragraphXml(Styles& s, const doc::Paragraph& p) {
    return "<text:p text:style-name=\"" + s.paragraph(p) + "\">" + xml(p.text) + "</text:p>";
}

std::string tableXml(Styles& s, const doc::Table& t, int number, bool landscape) {
    std::string out = "<table:table table:name=\"Bang" + std::to_string(number) + "\" table:style-name=\"Table\">";
    for (const int w : t.widths) {
        out += "<table:table-column table:style-name=\"" + s.column(w, landscape) + "\"/>";
    }
    const std::string cellStyle = t.borders ? "CellBorder" : "CellPlain";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool header = static_cast<int>(r) < t.headerRows;
        if (r == 0 && header) {
            out += "<table:table-header-rows>";
        }
        out += "<table:table-row>";
        for (const doc::Cell& c : t.rows[r]) {
            out += "<table:table-cell table:style-name=\"" + (header ? std::string("CellHeader") : cellStyle) +
                   "\" office:value-type=\"string\">";
            for (const doc::Paragraph& p : c.lines) {
                out += paragraphXml(s, p);
            }
            out += "</table:table-cell>";
        }
        out += "</table:table-row>";
        if (header && static_cast<int>(r) + 1 == t.headerRows) {
            out += "</table:table-header-rows>";
        }
    }
    return out + "</table:table>";
}

std::string contentXml(const doc::Document& d) {
    Styles styles;
    std::string body;
    int tables = 0;
    for (const doc::Block& block : d.blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
            body += paragraphXml(styles, *p);
        } else if (const auto* t = std::get_if<doc::Table>(&block)) {
            body += tableXml(styles, *t, ++tables, d.landscape);
        } else {
            body += "<text:p text:style-name=\"PageBreak\"/>";
        }
    }
    const std::string fixed =
        R"(<style:style style:name="Table" style:family="table"><style:table-properties style:width=")" +
        std::string(d.landscape ? "252mm" : "165mm") +
        R"(" table:align="margins" fo:margin-top="4pt"/></style:style>)"
        R"(<style:style style:name="CellBorder" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm"/></style:style>)"
        R"(<style:style style:name="CellHeader" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm" fo:background-color="#e8e8e8"/></style:style>)"
        R"(<style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0mm"/></style:style>)"
        R"(<style:style style:name="PageBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>)";
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           "<office:document-content" + NS + "><office:font-face-decls>" +
           R"(<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>)" +
           "</office:font-face-decls><office:automatic-styles>" + fixed + styles.xmlText() +
           "</office:automatic-styles><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
}

// Page size and margins as the PDF's; the footer (hashes, page x/y) and, for training
// congresses, the watermark text in the header of every page.
std::string stylesXml(const doc::Document& d) {
    const std::string width = d.landscape ? "297mm" : "210mm";
    const std::string height = d.landscape ? "210mm" : "297mm";
    std::string header;
    if (!d.watermark.empty()) {
        header = R"(<style:header><text:p text:style-name="Watermark">)" + xml(d.watermark) + "</text:p></style:header>";
    }
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           "<office:document-styles" + NS + "><office:font-face-decls>" +
           R"(<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>)" +
           "</office:font-face-decls><office:styles>" +
           R"(<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>)"
           R"(<style:style style:name="Footer" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style>)"
           R"(<style:style style:name="Watermark" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#c82828"/></style:style>)"
           "</office:styles><office:automatic-styles>"
           R"(<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width=")" + width +
           "\" fo:page-height=\"" + height + "\" style:print-orientation=\"" + (d.landscape ? "landscape" : "portrait") +
           R"(" fo:margin-top="20mm" fo:margin-bottom="12mm" fo:margin-left="30mm" fo:margin-right="15mm"/>)"
           R"(<style:footer-style><style:header-footer-properties fo:min-height="8mm" fo:margin-top="3mm"/></style:footer-style></style:page-layout>)"
           "</office:automatic-styles><office:master-styles>"
           R"(<style:master-page style:name="Standard" style:page-layout-name="Page">)" + header +
           R"(<style:footer><text:p text:style-name="Footer">)" + xml(d.footer) +
           " · Trang <text:page-number text:select-page=\"current\">1</text:page-number>/<text:page-count>1</text:page-count>"
           "</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>";
}

std::string metaXml(const doc::Document& d) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           "<office:document-meta" + NS + "><office:meta><dc:title>" + xml(d.title) +
           "</dc:title><meta:generator>KiemPhieu</meta:generator><dc:language>vi-VN</dc:language></office:meta></office:document-meta>";
}

const char* MANIFEST = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                       R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
                       R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
                       R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
                       R"(<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>)"
                       R"(<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>)"
                       R"(</manifest:manifest>)";

}  // namespace

std::string documentOdt(const doc::Document& d) {
    return zipStored({{"mimetype", "application/vnd.oasis.opendocument.text"},
                      {"META-INF/manifest.xml", MANIFEST},
                      {"content.xml", contentXml(d)},
                      {"styles.xml", stylesXml(d)},
                      {"meta.xml", metaXml(d)}});
}

}  // namespace kp::render
