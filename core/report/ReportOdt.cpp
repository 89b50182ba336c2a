#include "ReportOdt.h"

#include "ReportChart.h"
#include "ReportDocument.h"
#include "ReportRenderer.h"
#include "ReportStyle.h"

#include "exchange/UserFileWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace laatu {

namespace {
constexpr double kChartDotsPerInch = 200.0; // sharp on paper, small in the file
const QString kChartName = QStringLiteral("report-chart.png");

// The positions of the bar chart's object characters.
QList<int> chartPositions(QTextDocument &document)
{
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().objectType() == ReportChart::kObjectType)
                positions << it.fragment().position();
    return positions;
}

// The chart painted into a picture, and put in the document in its place.
void replaceChart(QTextDocument &document, const ReportStyle &style)
{
    QTextObjectInterface *chart
        = document.documentLayout()->handlerForObject(ReportChart::kObjectType);
    if (!chart)
        return;
    const QList<int> positions = chartPositions(document);
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(*it);
        cursor.setPosition(*it + 1, QTextCursor::KeepAnchor);
        const QTextFormat format = cursor.charFormat();
        const QSizeF size = chart->intrinsicSize(&document, *it, format); // device pixels
        const QSizeF points(size.width() / style.pixelsPerPoint,
                            size.height() / style.pixelsPerPoint);
        const double scale = kChartDotsPerInch / 72.0;
        QImage image((points * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        // The chart sizes its text in points for the PDF's resolution; the picture claims that
        // resolution while painting, so the text keeps its size against the bars.
        const int devicePerMeter = qRound(style.pixelsPerPoint * 72.0 / 0.0254);
        image.setDotsPerMeterX(devicePerMeter);
        image.setDotsPerMeterY(devicePerMeter);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(image.width() / size.width(), image.height() / size.height());
            chart->drawObject(&painter, QRectF(QPointF(0, 0), size), &document, *it, format);
        }
        image.setDotsPerMeterX(qRound(kChartDotsPerInch / 0.0254));
        image.setDotsPerMeterY(qRound(kChartDotsPerInch / 0.0254));
        document.addResource(QTextDocument::ImageResource, QUrl(kChartName), image);
        QTextImageFormat picture;
        picture.setName(kChartName);
        // The ODF writer takes lengths in screen pixels, as the document's formats are given.
        picture.setWidth(style.layoutPx(points.width()));
        picture.setHeight(style.layoutPx(points.height()));
        cursor.insertImage(picture);
    }
}

// The word processor paginates: the PDF's page breaks (kept-together rows, headings kept with
// what follows) would be hard breaks in odd places once the text is edited.
void removePageBreaks(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() == QTextFormat::PageBreak_Auto)
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        QTextFrameFormat format = frame->frameFormat();
        if (format.pageBreakPolicy() == QTextFormat::PageBreak_Auto)
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        frame->setFrameFormat(format);
    }
}

// Qt's ODF writer writes a table's width and fixed column widths as numbers of points, and a
// percentage as "100pt": every table gets its widths in points of the page's text area, as
// they are laid out in the PDF.
QTextLength inPoints(const QTextLength &length, double whole, const ReportStyle &style, int count)
{
    switch (length.type()) {
    case QTextLength::PercentageLength:
        return QTextLength(QTextLength::FixedLength, whole * length.rawValue() / 100.0);
    case QTextLength::FixedLength:
        return QTextLength(QTextLength::FixedLength,
                           length.rawValue() / style.screenPixelsPerPoint);
    case QTextLength::VariableLength:
        break;
    }
    return QTextLength(QTextLength::FixedLength, whole / std::max(1, count));
}

void fixTableWidths(QTextFrame *frame, double bodyPoints, const ReportStyle &style)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            const QTextLength width = format.width().type() == QTextLength::VariableLength
                ? QTextLength(QTextLength::FixedLength, bodyPoints)
                : inPoints(format.width(), bodyPoints, style, 1);
            QList<QTextLength> columns = format.columnWidthConstraints();
            for (QTextLength &column : columns)
                column = inPoints(column, width.rawValue(), style, int(columns.size()));
            format.setWidth(width);
            format.setColumnWidthConstraints(columns);
            table->setFormat(format);
        }
        fixTableWidths(child, bodyPoints, style);
    }
}

void addDraftMark(QTextDocument &document, const QString &draftMark, const ReportStyle &style)
{
    if (draftMark.isEmpty())
        return;
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);
    QTextCharFormat mark;
    mark.setFont(style.font(ReportStyle::kBodySize + 3, QFont::Bold));
    mark.setForeground(style.warning);
    cursor.insertText(draftMark, mark);
}

using Layout = std::function<std::unique_ptr<ReportDocument>(const ReportStyle &, const QSizeF &,
                                                             QPaintDevice *)>;

bool writeTo(const PageFrameTexts &frame, const Layout &layOut, QIODevice &out)
{
    // Fonts exist only in a GUI application (the command line makes an offscreen one).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    // Laid out as for the PDF, on a PDF device that is never painted on, so the content and
    // the chart are exactly the PDF's.
    QByteArray scratch;
    QBuffer buffer(&scratch);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter device(&buffer);
    device.setResolution(ReportRenderer::kPdfResolution);
    device.setPageLayout(ReportRenderer::pageLayout());
    const ReportStyle style(device.logicalDpiY());
    const QSizeF body(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const std::unique_ptr<ReportDocument> report = layOut(style, body, &device);
    QTextDocument &document = report->document();
    replaceChart(document, style);
    removePageBreaks(document);
    fixTableWidths(document.rootFrame(), body.width() / style.pixelsPerPoint, style);
    addDraftMark(document, frame.draftMark, style);
    document.setMetaInformation(QTextDocument::DocumentTitle, frame.title);
    QTextDocumentWriter writer(&out, QByteArrayLiteral("ODF"));
    return writer.write(&document);
}

QByteArray bytesOf(const PageFrameTexts &frame, const Layout &layOut)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return writeTo(frame, layOut, buffer) ? bytes : QByteArray();
}
} // namespace

QByteArray ReportOdt::odt(const ReportModel &model)
{
    return bytesOf(ReportPageFrame::texts(model),
                   [&model](const ReportStyle &style, const QSizeF &body, QPaintDevice *device) {
                       return std::make_unique<ReportDocument>(model, style, body, device);
                   });
}

QByteArray ReportOdt::odt(const PagedDocument &document)
{
    return bytesOf(document.frame,
                   [&document](const ReportStyle &style, const QSizeF &body, QPaintDevice *device) {
                       return std::make_unique<ReportDocument>(document.write, style, body, device);
                   });
}

QString ReportOdt::write(const PagedDocument &document, const QString &path)
{
    const QByteArray bytes = odt(document);
    if (bytes.isEmpty())
        return tr("%1 was not written: the report could not be laid out (fonts need a "
                  "graphical application).")
            .arg(QDir::toNativeSeparators(path));
    return UserFileWriter::write(path, bytes);
}

QString ReportOdt::write(const ReportModel &model, const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    // Made in memory first: the ODF writer closes the device it writes to, which a QSaveFile
    // does not allow.
    const QByteArray bytes = odt(model);
    if (bytes.isEmpty())
        return tr("%1 was not written: the report could not be laid out (fonts need a "
                  "graphical application).")
            .arg(native);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2.").arg(native, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("%1 cannot be written: %2.").arg(native, reason);
    }
    if (!file.commit())
        return tr("%1 could not be saved: %2.").arg(native, file.errorString());
    return {};
}

} // namespace laatu
