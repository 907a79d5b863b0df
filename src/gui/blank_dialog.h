#pragma once
// The learned template of a ballot printed in a word processor, for the committee to confirm
// before any ballot is read against it: the scanned blank with a frame around each name where
// the recogniser found it, and beside it the list — the candidate, what Tesseract read there,
// how alike the two are. Confirming keeps the blank in the record for this round.
#include <QDialog>

#include "ocr/word/word_template.h"
#include "tally/round_spec.h"

namespace kp::gui {

class BlankDialog : public QDialog {
    Q_OBJECT
public:
    BlankDialog(const ocr::WordTemplate& learned, const RoundSpec& round, QWidget* parent = nullptr);
    // The blank with the names framed (what the dialog shows; the screenshots use it too).
    static QImage annotated(const ocr::WordTemplate& learned);
};

}  // namespace kp::gui
