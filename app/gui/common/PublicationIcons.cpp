#include "PublicationIcons.h"

#include <QPainter>
#include <QPixmap>

namespace laatu::gui {

namespace {
using Publication = OutboxRepository::Publication;

void drawArrow(QPainter &painter, qreal s, bool up)
{
    const qreal tip = up ? s * 0.27 : s * 0.73;
    const qreal tail = up ? s * 0.73 : s * 0.27;
    const qreal wing = up ? s * 0.47 : s * 0.53;
    painter.drawLine(QPointF(s * 0.5, tail), QPointF(s * 0.5, tip));
    painter.drawPolyline(
        QPolygonF({QPointF(s * 0.30, wing), QPointF(s * 0.5, tip), QPointF(s * 0.70, wing)}));
}

QPixmap paint(Publication publication, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(2, 2, s - 4, s - 4);
    const QPen stroke(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QColor fill;
    switch (publication) {
    case Publication::NotPublished:
        // An outline: nothing has happened yet.
        painter.setPen(QPen(QColor(0x75, 0x75, 0x75), 1.5));
        painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
        painter.setPen(
            QPen(QColor(0x75, 0x75, 0x75), s / 10.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        drawArrow(painter, s, true);
        return pixmap;
    case Publication::Pending:
        fill = QColor(0xd9, 0x8c, 0x00);
        break;
    case Publication::Published:
        fill = QColor(0x2e, 0x7d, 0x32);
        break;
    case Publication::ChangedSincePublication:
        fill = QColor(0xd9, 0x8c, 0x00);
        break;
    case Publication::Conflict:
        fill = QColor(0xc6, 0x28, 0x28);
        break;
    case Publication::Pulled:
        fill = QColor(0x15, 0x65, 0xc0);
        break;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(circle);
    painter.setPen(stroke);
    switch (publication) {
    case Publication::Published:
        painter.drawPolyline(QPolygonF({QPointF(s * 0.30, s * 0.52), QPointF(s * 0.45, s * 0.67),
                                        QPointF(s * 0.72, s * 0.36)}));
        break;
    case Publication::ChangedSincePublication:
    case Publication::Conflict:
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.72));
        break;
    case Publication::Pending:
        drawArrow(painter, s, true);
        break;
    default:
        drawArrow(painter, s, false);
        break;
    }
    return pixmap;
}
} // namespace

QIcon PublicationIcons::icon(Publication publication)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32})
        for (const qreal ratio : {1.0, 2.0})
            icon.addPixmap(paint(publication, size, ratio));
    return icon;
}

QIcon PublicationIcons::blank()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

} // namespace laatu::gui
