#pragma once

#include "ReportModel.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QSizeF;

namespace laatu {

class ReportDocument;
struct PagedDocument;
struct PageFrameTexts;
struct ReportStyle;

// Paints a report onto pages: the flowing document page by page, with a running header (site,
// title) and a footer (site visit, "n / N"). Works on any QPagedPaintDevice, so the PDF file
// and a printer (QPrinter, print preview) get the same pages.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // A4 portrait with the report's margins; set it on a printer before render() to get the
    // same pages as the PDF.
    static QPageLayout pageLayout();
    // The resolution the PDF is laid out at; a printer at the same resolution matches it.
    static constexpr int kPdfResolution = 1200;

    // Paints every page onto `device` (which needs a QGuiApplication for fonts). Returns the
    // number of pages, 0 when the device cannot be painted on.
    static int render(const ReportModel &model, QPagedPaintDevice &device);
    // Writes the report as a PDF file (through QSaveFile: the old file stays until the new
    // one is complete). Returns an empty string on success, otherwise what went wrong.
    static QString writePdf(const ReportModel &model, const QString &path,
                            int *pageCount = nullptr);
    // The PDF as bytes (benchmarks, tests).
    static QByteArray pdf(const ReportModel &model, int *pageCount = nullptr);

    // The same for another document laid out like the report (the data request).
    static int render(const PagedDocument &document, QPagedPaintDevice &device);
    static QString writePdf(const PagedDocument &document, const QString &path,
                            int *pageCount = nullptr);
    static QByteArray pdf(const PagedDocument &document, int *pageCount = nullptr);

private:
    // Lays out the report or another document for a page body on a device.
    using Layout = std::function<std::unique_ptr<ReportDocument>(const ReportStyle &,
                                                                 const QSizeF &, QPaintDevice *)>;
    static int renderPages(const PageFrameTexts &frame, const Layout &layOut,
                           QPagedPaintDevice &device);
    static QByteArray pdfBytes(const PagedDocument &document, const Layout &layOut, int *pageCount);
    static QString writePdfFile(const PagedDocument &document, const Layout &layOut,
                                const QString &path, int *pageCount);
};

} // namespace laatu
