#include "src/gui/blank_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include "src/gui/widgets.h"

namespace kp::gui {

QImage BlankDialog::annotated(const ocr::WordTemplate& learned) {
    const cv::Mat& g = learned.blank;
    QImage image = QImage(g.data, g.cols, g.rows, static_cast<qsizetype>(g.step), QImage::Format_Grayscale8)
                       .convertToFormat(QImage::Format_RGB32);
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(std::max(12, g.rows / 90));
    font.setBold(true);
    p.setFont(font);
    for (std::size_t i = 0; i < learned.names.size(); ++i) {
        const cv::Rect& b = learned.names[i].box;
        p.setPen(QPen(QColor(0, 140, 60), std::max(2, g.cols / 500)));
        p.drawRect(b.x, b.y, b.width, b.height);
        p.drawText(QPoint(b.x + b.width + 8, b.y + b.height), QString::number(i + 1));
    }
    return image;
}

BlankDialog::BlankDialog(const ocr::WordTemplate& learned, const RoundSpec& round, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Confirm the ballot printed elsewhere"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The recogniser found every name of the list on the scanned blank, in ballot order (%1 dpi%2). "
                                "Check that each frame is around the right name before confirming: the ballots of this "
                                "round will be read against this blank.")
                                 .arg(learned.dpi)
                                 .arg(learned.rotation != 0 ? tr(", turned %1°").arg(learned.rotation) : QString()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    auto* image = new QLabel(this);
    image->setPixmap(QPixmap::fromImage(annotated(learned)).scaledToHeight(560, Qt::SmoothTransformation));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(image);
    row->addWidget(scroll, 3);
    auto* names = table({tr("No."), tr("Candidate"), tr("Read on the blank"), tr("Alike")}, this);
    for (std::size_t i = 0; i < learned.names.size(); ++i) {
        const auto& n = learned.names[i];
        const auto c = std::ranges::find(round.candidates, n.id, &Candidate::id);
        names->insertRow(static_cast<int>(i));
        setRow(names, static_cast<int>(i),
               {QString::number(i + 1), c == round.candidates.end() ? QString() : QString::fromStdString(c->name),
                QString::fromStdString(n.read), QStringLiteral("%1 %").arg(qRound(n.similarity * 100))});
    }
    row->addWidget(names, 2);
    layout->addLayout(row, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Confirm: read this round's ballots against this blank"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(1100, 700));
}

}  // namespace kp::gui
