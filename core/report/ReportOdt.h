#pragma once

#include "ReportModel.h"

#include <QCoreApplication>
#include <QString>

namespace laatu {

struct PagedDocument;

// The report as an OpenDocument text (ODT), for a reviewer who edits the narrative in
// LibreOffice or Word before sending it. The same content as the PDF (QTextDocumentWriter
// writes the report's own QTextDocument), with the bar chart as an embedded picture; page
// breaks are left to the word processor, which lays the edited text out again anyway.
class ReportOdt
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdt)

public:
    // Writes the file through QSaveFile (the old file stays until the new one is complete),
    // readable by the owner only. Empty on success, otherwise what went wrong.
    static QString write(const ReportModel &model, const QString &path);
    // The ODT as bytes (tests); empty when it could not be made.
    static QByteArray odt(const ReportModel &model);

    // Another document laid out like the report (the data request), written through
    // UserFileWriter (complete or not at all, owner only, read back).
    static QString write(const PagedDocument &document, const QString &path);
    static QByteArray odt(const PagedDocument &document);
};

} // namespace laatu
