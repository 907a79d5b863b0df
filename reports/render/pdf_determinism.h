#pragma once
#include <QByteArray>

namespace kp::render {

// Qt writes the current time as the PDF's /CreationDate. Replace it, digit for digit, with a
// fixed date so that the same input gives the same bytes (and the xref offsets stay right).
// Reports whose date comes from the record set it through their own metadata instead.
void fixCreationDate(QByteArray& pdf);

}  // namespace kp::render
