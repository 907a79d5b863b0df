#include "listings.h"

#include "results_csv.h"
#include "wording.h"

namespace kp {

namespace {

using doc::Align;

doc::Paragraph centred(std::string text, bool bold, int points) {
    doc::Paragraph p;
    p.text = std::move(text);
    p.align = Align::Center;
    p.bold = bold;
    p.points = points;
    p.spaceBefore = 6;
    return p;
}

doc::Document listing(const Congress& c, const MinutesInfo& info, const RecordSeal& seal, const std::string& title,
                      doc::Table table) {
    doc::Document d;
    d.title = title + " – " + c.name;
    d.watermark = info.training ? TRAINING_WATERMARK : "";
    d.footer = sealText(seal);
    d.landscape = true;
    d.blocks.push_back(centred(upperVi(title), true, 15));
    d.blocks.push_back(centred(c.name, false, 13));
    d.blocks.push_back(std::move(table));
    return d;
}

doc::Cell small(const std::string& text, Align align = Align::Left) {
    doc::Cell cell = doc::cell(text, align);
    cell.lines.front().points = 9;
    return cell;
}

}  // namespace

doc::Document ballotListing(const Congress& c, const MinutesInfo& info, const std::vector<BallotRow>& rows,
                            const RecordSeal& seal) {
    doc::Table t{{8, 5, 9, 17, 18, 21, 22}, {}, 1, true};
    t.rows.push_back({small("Cuộc bầu", Align::Center), small("Lần", Align::Center), small("Tờ", Align::Center),
                      small("Ảnh (SHA-256, 16 ký tự đầu)", Align::Center), small("Máy đọc / nhập tay", Align::Center),
                      small("Được tính", Align::Center), small("Phán quyết của Ban kiểm phiếu", Align::Center)});
    for (const BallotRow& r : rows) {
        t.rows.push_back({small(r.election), small(std::to_string(r.round), Align::Center), small(r.sheet),
                          small(r.image.substr(0, 16)), small(r.recognized), small(r.counted), small(r.ruling)});
    }
    return listing(c, info, seal, "Danh sách phiếu bầu", std::move(t));
}

doc::Document entryJournal(const Congress& c, const MinutesInfo& info, const std::vector<JournalRow>& rows,
                           const RecordSeal& seal) {
    doc::Table t{{5, 14, 17, 13, 37, 14}, {}, 1, true};
    t.rows.push_back({small("Số", Align::Center), small("Thời gian (UTC)", Align::Center), small("Người thực hiện", Align::Center),
                      small("Việc", Align::Center), small("Chi tiết", Align::Center), small("Mã băm", Align::Center)});
    for (const JournalRow& r : rows) {
        t.rows.push_back({small(std::to_string(r.seq), Align::Right), small(r.time), small(r.actor), small(r.kind),
                          small(r.detail), small(r.hash.substr(0, 16))});
    }
    return listing(c, info, seal, "Nhật ký kiểm phiếu", std::move(t));
}

std::string ballotListingCsv(const std::vector<BallotRow>& rows) {
    std::string out = "\xEF\xBB\xBF" + csvLine({"Mã cuộc bầu", "Lần bầu", "Tờ", "Ảnh SHA-256", "Máy đọc / nhập tay",
                                                "Được tính", "Phán quyết"});
    for (const BallotRow& r : rows) {
        out += csvLine({r.election, std::to_string(r.round), r.sheet, r.image, r.recognized, r.counted, r.ruling});
    }
    return out;
}

}  // namespace kp
