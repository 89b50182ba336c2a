#include "StateIcons.h"

#include <QPainter>
#include <QPixmap>

namespace laatu::gui {

namespace {
QPixmap paint(StateIcons::State state, bool hasNotes, const QColor &accent, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(2, 2, size - 4, size - 4);
    QColor colour;
    switch (state) {
    case StateIcons::State::Unrated:
        painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
        break;
    case StateIcons::State::Rated:
        colour = accent;
        break;
    case StateIcons::State::RatersDiffer:
        colour = QColor(0xd9, 0x8c, 0x00); // amber: talk about it
        break;
    case StateIcons::State::RatersDifferByTwo:
        colour = QColor(0xc6, 0x28, 0x28); // red: needs a written reason
        break;
    }
    if (colour.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, size / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (state == StateIcons::State::Rated) {
            const qreal s = size;
            painter.drawPolyline(
                QPolygonF({QPointF(s * 0.30, s * 0.52), QPointF(s * 0.45, s * 0.67),
                           QPointF(s * 0.72, s * 0.36)}));
        } else {
            const qreal s = size;
            painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
            painter.drawPoint(QPointF(s * 0.5, s * 0.72));
        }
    }
    if (hasNotes) {
        // A small dark dot at the lower right: the criterion has notes or findings.
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(QColor(0x37, 0x47, 0x4f));
        painter.drawEllipse(QRectF(size * 0.62, size * 0.62, size * 0.38, size * 0.38));
    }
    return pixmap;
}
} // namespace

QIcon StateIcons::icon(State state, bool hasNotes, const QColor &accent)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32})
        for (const qreal ratio : {1.0, 2.0})
            icon.addPixmap(paint(state, hasNotes, accent, size, ratio));
    return icon;
}

} // namespace laatu::gui
