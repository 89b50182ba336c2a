#pragma once

#include "ReportModel.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace laatu {

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
};

} // namespace laatu
