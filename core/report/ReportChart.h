#pragma once

#include "ReportModel.h"
#include "ReportStyle.h"

#include <QObject>
#include <QTextObjectInterface>

namespace laatu {

// The bar chart of the 25 consensus ratings, painted as vector graphics where the document
// places it (an object inside the QTextDocument flow), so it prints crisp at any resolution.
class ReportChart
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    ReportChart(const ReportModel &model, const ReportStyle &style, double width,
                QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    void drawLegend(QPainter &painter, double left, double top) const;

    const ReportModel &m_model;
    ReportStyle m_style;
    double m_width; // device pixels
};

} // namespace laatu
