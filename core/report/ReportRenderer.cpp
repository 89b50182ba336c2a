#include "ReportRenderer.h"

#include "ReportDocument.h"
#include "ReportPageFrame.h"
#include "ReportStyle.h"

#include "LaatuVersion.h"
#include "exchange/UserFileWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace laatu {

namespace {
QString escapeXml(const QString &text)
{
    return text.toHtmlEscaped();
}

using Layout = std::function<std::unique_ptr<ReportDocument>(const ReportStyle &, const QSizeF &,
                                                             QPaintDevice *)>;

Layout layoutOf(const ReportModel &model)
{
    return [&model](const ReportStyle &style, const QSizeF &body, QPaintDevice *device) {
        return std::make_unique<ReportDocument>(model, style, body, device);
    };
}

Layout layoutOf(const PagedDocument &document)
{
    return [&document](const ReportStyle &style, const QSizeF &body, QPaintDevice *device) {
        return std::make_unique<ReportDocument>(document.write, style, body, device);
    };
}

// The report's metadata and page frame in the form every paged document gives them.
PagedDocument framing(const ReportModel &model)
{
    return {model.language, model.siteName, model.author, ReportPageFrame::texts(model), {}};
}

// Qt 6.4's QPdfWriter has no author field of its own; the XMP packet carries title and author
// where PDF readers look for them (pdfinfo -meta, document properties).
QByteArray xmpMetadata(const PagedDocument &document)
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
        .arg(escapeXml(QStringLiteral("%1 \u2013 %2").arg(document.frame.title, document.siteName)),
             escapeXml(document.author), escapeXml(document.language), escapeXml(creator))
        .toUtf8();
}

void setUpPdf(QPdfWriter &writer, const PagedDocument &document)
{
    writer.setResolution(ReportRenderer::kPdfResolution);
    writer.setPageLayout(ReportRenderer::pageLayout());
    writer.setTitle(QStringLiteral("%1 \u2013 %2").arg(document.frame.title, document.siteName));
    writer.setCreator(QStringLiteral("Laatu %1").arg(QStringLiteral(LAATU_VERSION_STRING)));
    writer.setDocumentXmpMetadata(xmpMetadata(document));
}

// Draws the lines of `block` that lie in `clip` (in the layout's coordinates).
void paintLines(QPainter &painter, QAbstractTextDocumentLayout &layout, const QTextBlock &block,
                const QRectF &clip)
{
    const QTextLayout *lines = block.layout();
    // Where Qt draws the layout: its block's rectangle is placed at the layout's position.
    // (Qt draws a table at its position rounded to whole pixels, which this does not see: a
    // cell's lines drawn here can be a fraction of a device pixel off, 1/1200 inch at most.)
    const QPointF offset = layout.blockBoundingRect(block).topLeft() - lines->position();
    for (int i = 0; i < lines->lineCount(); ++i) {
        const QTextLine line = lines->lineAt(i);
        const double top = offset.y() + lines->position().y() + line.y();
        const double bottom = top + line.height();
        if (bottom <= clip.top())
            continue;
        if (top >= clip.bottom())
            return; // none on this page
        // QTextLayout::draw starts with the last line above its clip: the clip begins just
        // below the first line to draw.
        QRectF below = clip;
        below.setTop(std::min(bottom + 1, clip.bottom() - 1));
        lines->draw(&painter, offset, {}, below);
        return;
    }
}

// Paints the text area of one page: `clip` is the page's part of the layout. Qt draws every
// line that touches the clip, also the first line of the next page, which begins exactly where
// this page ends; and of a paragraph that goes on from the page before it draws the last line
// above the clip too (QTextLayout::draw starts one line early). The painter's clip hides those
// lines, but their text would be in the PDF on both pages, read twice by text extraction and
// search. So the clip is a pixel less on either edge, and the blocks that go on from the page
// before are drawn here instead, only their lines on this page: the paragraphs first, as Qt
// would, and the cells of a row taller than a third of a page (split by Qt) after the table,
// over the cell's background.
void paintBody(QPainter &painter, ReportDocument &document, const ReportStyle &style,
               const QRectF &clip, int layoutPage)
{
    QTextDocument &text = document.document();
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, style.ink);
    QList<QTextBlock> continued = document.continuedBlocks(layoutPage);
    painter.setPen(style.ink);
    for (QTextBlock &block : continued) {
        if (text.frameAt(block.position()) == text.rootFrame())
            paintLines(painter, *layout, block, context.clip);
        block.setVisible(false);
    }
    layout->draw(&painter, context);
    painter.setPen(style.ink);
    for (QTextBlock &block : continued) {
        block.setVisible(true);
        if (text.frameAt(block.position()) != text.rootFrame())
            paintLines(painter, *layout, block, context.clip);
    }
}
} // namespace

QPageLayout ReportRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 14, 18, 12),
                       QPageLayout::Millimeter);
}

int ReportRenderer::render(const ReportModel &model, QPagedPaintDevice &device)
{
    return renderPages(ReportPageFrame::texts(model), layoutOf(model), device);
}

int ReportRenderer::render(const PagedDocument &document, QPagedPaintDevice &device)
{
    return renderPages(document.frame, layoutOf(document), device);
}

int ReportRenderer::renderPages(const PageFrameTexts &frame, const Layout &layOut,
                                QPagedPaintDevice &device)
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
    const QRectF body = ReportPageFrame::body(page, style);
    const std::unique_ptr<ReportDocument> laidOut = layOut(style, body.size(), &device);
    ReportDocument &document = *laidOut;
    // Only the pages that hold content are painted and counted: no page has nothing but the
    // running header and footer.
    const QList<int> &pages = document.contentPages();
    const int count = document.pageCount();
    for (int index = 0; index < count; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, pages.at(index) * body.height(), body.width(), body.height());
        painter.translate(0, body.top() - clip.top());
        painter.setClipRect(clip);
        paintBody(painter, document, style, clip, pages.at(index));
        painter.restore();
        ReportPageFrame::paint(painter, frame, style, page, index, count);
    }
    painter.end();
    return count;
}

QByteArray ReportRenderer::pdf(const ReportModel &model, int *pageCount)
{
    return pdfBytes(framing(model), layoutOf(model), pageCount);
}

QByteArray ReportRenderer::pdf(const PagedDocument &document, int *pageCount)
{
    return pdfBytes(document, layoutOf(document), pageCount);
}

QByteArray ReportRenderer::pdfBytes(const PagedDocument &document, const Layout &layOut,
                                    int *pageCount)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer, document);
        const int pages = renderPages(document.frame, layOut, writer);
        if (pageCount)
            *pageCount = pages;
        if (pages == 0)
            return {};
    }
    return bytes;
}

QString ReportRenderer::writePdf(const ReportModel &model, const QString &path, int *pageCount)
{
    return writePdfFile(framing(model), layoutOf(model), path, pageCount);
}

QString ReportRenderer::writePdf(const PagedDocument &document, const QString &path, int *pageCount)
{
    return writePdfFile(document, layoutOf(document), path, pageCount);
}

QString ReportRenderer::writePdfFile(const PagedDocument &document, const Layout &layOut,
                                     const QString &path, int *pageCount)
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
        setUpPdf(writer, document);
        pages = renderPages(document.frame, layOut, writer);
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
