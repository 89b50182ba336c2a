#include "ReportRenderer.h"

#include "ReportDocument.h"
#include "ReportStyle.h"

#include "LaatuVersion.h"
#include "exchange/UserFileWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace laatu {

namespace {
// Room for the running header above the text and the footer below it, in points.
constexpr double kHeaderBand = 26;
constexpr double kFooterBand = 26;

QString escapeXml(const QString &text)
{
    return text.toHtmlEscaped();
}

// Qt 6.4's QPdfWriter has no author field of its own; the XMP packet carries title and author
// where PDF readers look for them (pdfinfo -meta, document properties).
QByteArray xmpMetadata(const ReportModel &model)
{
    const QString creator = QStringLiteral("Laatu %1").arg(QStringLiteral(LAATU_VERSION_STRING));
    return QStringLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
               "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
               "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
               "xmlns:xmp='http://ns.adobe.com/xap/1.0/' "
               "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "<dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
               "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
               "<pdf:Producer>%4</pdf:Producer>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
        .arg(escapeXml(QStringLiteral("%1 \u2013 %2").arg(model.title, model.siteName)),
             escapeXml(model.author), escapeXml(model.language), escapeXml(creator))
        .toUtf8();
}

void setUpPdf(QPdfWriter &writer, const ReportModel &model)
{
    writer.setResolution(ReportRenderer::kPdfResolution);
    writer.setPageLayout(ReportRenderer::pageLayout());
    writer.setTitle(QStringLiteral("%1 \u2013 %2").arg(model.title, model.siteName));
    writer.setCreator(QStringLiteral("Laatu %1").arg(QStringLiteral(LAATU_VERSION_STRING)));
    writer.setDocumentXmpMetadata(xmpMetadata(model));
}

void paintHeaderAndFooter(QPainter &painter, const ReportModel &model, const ReportStyle &style,
                          const QRectF &page, int index, int count)
{
    painter.save();
    painter.setFont(style.font(ReportStyle::kSmallSize));
    const double line = style.px(10);
    const QRectF header(0, 0, page.width(), line);
    if (index > 0) {
        painter.setPen(style.muted);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, model.headerText);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, model.title);
        painter.setPen(QPen(style.rule, style.px(0.5)));
        painter.drawLine(QPointF(0, line + style.px(4)), QPointF(page.width(), line + style.px(4)));
    }
    if (!model.draftMark.isEmpty()) {
        // A review that is not final says so on every page, the cover included: in the
        // middle of the header band, framed, in the warning colour.
        painter.setFont(style.font(ReportStyle::kBodySize, QFont::Bold));
        const QFontMetricsF metrics(painter.font(), painter.device());
        const double padding = style.px(4);
        const double width = metrics.horizontalAdvance(model.draftMark) + 2 * padding;
        const QRectF mark((page.width() - width) / 2, -style.px(2), width, line + style.px(4));
        painter.setPen(QPen(style.warning, style.px(0.8)));
        painter.setBrush(Qt::white);
        painter.drawRect(mark);
        painter.drawText(mark, Qt::AlignCenter, model.draftMark);
        painter.setFont(style.font(ReportStyle::kSmallSize));
    }
    const double top = page.height() - line;
    painter.setPen(QPen(style.rule, style.px(0.5)));
    painter.drawLine(QPointF(0, top - style.px(5)), QPointF(page.width(), top - style.px(5)));
    painter.setPen(style.muted);
    const QRectF footer(0, top, page.width(), line);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, model.footerText);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 / %2").arg(index + 1).arg(count));
    painter.restore();
}
} // namespace

QPageLayout ReportRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 14, 18, 12),
                       QPageLayout::Millimeter);
}

int ReportRenderer::render(const ReportModel &model, QPagedPaintDevice &device)
{
    // Fonts exist only in a GUI application (the command line makes an offscreen one).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return 0;
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const ReportStyle style(device.logicalDpiY());
    const QRectF page(QPointF(0, 0),
                      QSizeF(device.pageLayout().paintRectPixels(device.logicalDpiX()).size()));
    const double bodyTop = style.px(kHeaderBand);
    const QSizeF body(page.width(), page.height() - bodyTop - style.px(kFooterBand));
    ReportDocument document(model, style, body, &device);
    QAbstractTextDocumentLayout *layout = document.document().documentLayout();
    // Only the pages that hold content are painted and counted: no page has nothing but the
    // running header and footer.
    const QList<int> &pages = document.contentPages();
    const int count = document.pageCount();
    for (int index = 0; index < count; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, pages.at(index) * body.height(), body.width(), body.height());
        painter.translate(0, bodyTop - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, style.ink);
        layout->draw(&painter, context);
        painter.restore();
        paintHeaderAndFooter(painter, model, style, page, index, count);
    }
    painter.end();
    return count;
}

QByteArray ReportRenderer::pdf(const ReportModel &model, int *pageCount)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer, model);
        const int pages = render(model, writer);
        if (pageCount)
            *pageCount = pages;
        if (pages == 0)
            return {};
    }
    return bytes;
}

QString ReportRenderer::writePdf(const ReportModel &model, const QString &path, int *pageCount)
{
    const QString native = QDir::toNativeSeparators(path);
    if (const QString problem = UserFileWriter::targetProblem(path); !problem.isEmpty())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2.").arg(native, UserFileWriter::failure(file, path, 0));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        setUpPdf(writer, model);
        pages = render(model, writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return tr("%1 was not written: the report could not be laid out (fonts need a "
                  "graphical application).")
            .arg(native);
    }
    const qint64 written = file.size();
    if (file.error() != QFileDevice::NoError)
        return tr("%1 cannot be written: %2.")
            .arg(native, UserFileWriter::failure(file, path, written));
    if (!file.commit())
        return tr("%1 could not be saved: %2.")
            .arg(native, UserFileWriter::failure(file, path, written));
    if (pageCount)
        *pageCount = pages;
    return {};
}

} // namespace laatu
