#include "ReportActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/report/ReportOptionsDialog.h"
#include "gui/sites/ReviewListPanel.h"

#include "i18n/Translator.h"
#include "report/DataRequestBuilder.h"
#include "report/DataRequestContent.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/ReportSource.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace laatu::gui {

ReportActions::ReportActions(ReviewHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    // The window is told when the language changes; the action made here follows it.
    if (parent)
        parent->installEventFilter(this);
}

QAction *ReportActions::dataRequestAction()
{
    if (!m_dataRequestAction) {
        m_dataRequestAction = new QAction(this);
        m_dataRequestAction->setObjectName(QStringLiteral("dataRequestAction"));
        retranslate();
    }
    return m_dataRequestAction;
}

void ReportActions::retranslate()
{
    if (m_dataRequestAction)
        m_dataRequestAction->setText(tr("Da&ta Request…"));
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

bool ReportActions::askReportOptions(ReportOptions &options)
{
    options.language = Translator::currentLanguage();
    ReportOptionsDialog dialog(options, m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    options = dialog.options();
    return true;
}

bool ReportActions::exportReport()
{
    const qint64 id = m_host.currentReviewId();
    if (!m_host.repository() || id == 0)
        return false;
    m_host.workspace()->flush();
    ReportOptions options;
    if (!askReportOptions(options))
        return false;
    ReportModel model;
    if (StorageError error = ReportSource::build(*m_host.repository(), id, options, model)) {
        MessageBox::critical(m_host.dialogParent(), tr("Report Not Made"), error.message());
        return false;
    }
    const ReviewSummary *summary = m_host.reviewList()->review(id);
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 review %2.pdf")
                            .arg(summary ? summary->siteName : tr("Laatu"),
                                 summary ? summary->visitStart.toString(Qt::ISODate) : QString()));
    // PDF to send; ODT to edit the narrative in a word processor first. The name's ending
    // chooses.
    const QString path
        = FileDialog::saveFileName(m_host.dialogParent(), tr("Export Report"), suggested,
                                   tr("PDF documents (*.pdf);;OpenDocument text, to edit (*.odt)"));
    if (path.isEmpty())
        return false;
    const bool editable = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    int pages = 0;
    const QString problem
        = editable ? ReportOdt::write(model, path) : ReportRenderer::writePdf(model, path, &pages);
    if (!problem.isEmpty()) {
        MessageBox::critical(m_host.dialogParent(), tr("Report Not Saved"), problem);
        return false;
    }
    m_host.showStatusMessage(
        editable ? tr("Report saved for editing: %1").arg(QDir::toNativeSeparators(path))
                 : tr("Report saved: %1 (%n page(s))", nullptr, pages)
                       .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportActions::exportDataRequest()
{
    const qint64 id = m_host.currentReviewId();
    if (!m_host.repository() || id == 0)
        return false;
    m_host.workspace()->flush();
    DataRequestModel model;
    if (StorageError error = DataRequestBuilder::fromDatabase(
            *m_host.repository(), id, Translator::currentLanguage(), model)) {
        MessageBox::critical(m_host.dialogParent(), tr("Data Request Not Made"), error.message());
        return false;
    }
    const ReviewSummary *summary = m_host.reviewList()->review(id);
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 data request %2.pdf")
                            .arg(summary ? summary->siteName : tr("Laatu"),
                                 summary ? summary->visitStart.toString(Qt::ISODate) : QString()));
    // PDF to send; ODT to add the service's own details in a word processor first.
    const QString path
        = FileDialog::saveFileName(m_host.dialogParent(), tr("Save Data Request"), suggested,
                                   tr("PDF documents (*.pdf);;OpenDocument text, to edit (*.odt)"));
    if (path.isEmpty())
        return false;
    const bool editable = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    const PagedDocument letter = DataRequestContent::paged(model);
    int pages = 0;
    const QString problem = editable ? ReportOdt::write(letter, path)
                                     : ReportRenderer::writePdf(letter, path, &pages);
    if (!problem.isEmpty()) {
        MessageBox::critical(m_host.dialogParent(), tr("Data Request Not Saved"), problem);
        return false;
    }
    m_host.showStatusMessage(
        editable ? tr("Data request saved for editing: %1").arg(QDir::toNativeSeparators(path))
                 : tr("Data request saved: %1 (%n page(s))", nullptr, pages)
                       .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportActions::printReport()
{
    const qint64 id = m_host.currentReviewId();
    if (!m_host.repository() || id == 0)
        return;
    m_host.workspace()->flush();
    ReportOptions options;
    if (!askReportOptions(options))
        return;
    ReportModel model;
    if (StorageError error = ReportSource::build(*m_host.repository(), id, options, model)) {
        MessageBox::critical(m_host.dialogParent(), tr("Report Not Made"), error.message());
        return;
    }
    // The same pages as the PDF: the renderer's page layout and resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setResolution(ReportRenderer::kPdfResolution);
    printer.setDocName(QStringLiteral("%1 \u2013 %2").arg(model.title, model.siteName));
    QPrintPreviewDialog preview(&printer, m_host.dialogParent());
    preview.setWindowTitle(tr("Print Report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&model](QPrinter *target) { ReportRenderer::render(model, *target); });
    DialogRunner::exec(preview);
}

} // namespace laatu::gui
