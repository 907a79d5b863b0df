#include "pdf_determinism.h"

namespace kp::render {

void fixCreationDate(QByteArray& pdf) {
    static const QByteArray KEY = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(KEY);
    if (at < 0) {
        return;
    }
    // D:YYYYMMDDHHmmSS followed by Z or an offset; only the 14 digits change.
    static const QByteArray FIXED = "20000101000000";
    for (qsizetype i = 0; i < FIXED.size() && at + KEY.size() + i < pdf.size(); ++i) {
        pdf[at + KEY.size() + i] = FIXED[i];
    }
}

}  // namespace kp::render
