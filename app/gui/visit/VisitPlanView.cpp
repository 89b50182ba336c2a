#include "VisitPlanView.h"

#include "VisitPlanDelegate.h"
#include "VisitPlanTableModel.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/session/ReviewSession.h"

#include "exchange/VisitPlanTemplate.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/VisitPlanBuilder.h"
#include "report/VisitPlanContent.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace laatu::gui {

VisitPlanView::VisitPlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new VisitPlanTableModel(this))
    , m_intro(new QLabel(this))
    , m_state(new QLabel(this))
    , m_table(new QTableView(this))
    , m_rowHeights(new QTimer(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_fromTemplate(new QPushButton(this))
    , m_fromFile(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_exportOdt(new QPushButton(this))
    , m_print(new QPushButton(this))
{
    setObjectName(QStringLiteral("visitPlanView"));
    m_table->setObjectName(QStringLiteral("visitPlanTable"));
    m_state->setObjectName(QStringLiteral("visitPlanState"));
    for (QLabel *label : {m_intro, m_state}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_table->setModel(m_model);
    m_table->setItemDelegate(new VisitPlanDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    // Day and times as narrow as their text; what and with whom share the rest and wrap, so
    // the table fits a 1366x768 screen without scrolling sideways.
    for (int column : {VisitPlanTableModel::DayColumn, VisitPlanTableModel::StartColumn,
                       VisitPlanTableModel::EndColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VisitPlanTableModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VisitPlanTableModel::WithWhomColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VisitPlanTableModel::WhereColumn, QHeaderView::Interactive);
    header->resizeSection(VisitPlanTableModel::WhereColumn, 200);

    auto *editing = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        editing->addWidget(button);
    editing->addSpacing(16);
    editing->addWidget(m_fromTemplate);
    editing->addWidget(m_fromFile);
    editing->addStretch(1);
    // What goes to the service sits at the top beside the intro, the editing under the table:
    // one row of all nine buttons would make the window wider than a 1024-pixel screen.
    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    for (QPushButton *button : {m_exportPdf, m_exportOdt, m_print})
        top->addWidget(button, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(editing);

    connect(m_add, &QPushButton::clicked, this, &VisitPlanView::addItem);
    connect(m_remove, &QPushButton::clicked, this, &VisitPlanView::removeCurrentItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentItem(+1); });
    connect(m_fromTemplate, &QPushButton::clicked, this, &VisitPlanView::startFromTemplate);
    connect(m_fromFile, &QPushButton::clicked, this, &VisitPlanView::startFromTemplateFile);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportLetter(false); });
    connect(m_exportOdt, &QPushButton::clicked, this, [this] { exportLetter(true); });
    connect(m_print, &QPushButton::clicked, this, &VisitPlanView::printLetter);
    connect(m_model, &VisitPlanTableModel::problem, this, &VisitPlanView::showProblem);
    // Wrapped rows take their height from the columns' widths, which settle only after the
    // table is laid out (and change with the window): measured once things have settled, not
    // during the layout, where the stretched columns are still on their way to their widths.
    m_rowHeights->setSingleShot(true);
    m_rowHeights->setInterval(0);
    connect(m_rowHeights, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    const auto measureRows = [this] { m_rowHeights->start(); };
    connect(m_model, &QAbstractItemModel::dataChanged, this, measureRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, measureRows);
    connect(header, &QHeaderView::sectionResized, this, measureRows);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VisitPlanView::updateButtons);
    retranslate();
    refresh();
}

void VisitPlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitPlanView::retranslate()
{
    m_intro->setText(tr("The agenda of the site visit, agreed with the service and sent to it "
                        "before the visit. Type in a cell to change it (F2 edits, Enter saves, "
                        "Shift+Enter starts a new line in What and With whom, Esc cancels)."));
    m_table->setAccessibleName(tr("Visit plan"));
    // Mnemonics clear of the menus (F, E, I, R, A, S, H) and the review's tabs (V, W, C, O, D).
    m_add->setText(tr("Add I&tem"));
    m_add->setAccessibleName(tr("Add an item to the visit plan"));
    m_remove->setText(tr("Re&move Item"));
    m_remove->setAccessibleName(tr("Remove the current item of the visit plan"));
    m_up->setText(tr("Move &Up"));
    m_up->setAccessibleName(tr("Move the current item up"));
    m_down->setText(tr("Move Dow&n"));
    m_down->setAccessibleName(tr("Move the current item down"));
    m_fromTemplate->setText(tr("Start from Tem&plate"));
    m_fromTemplate->setAccessibleName(tr("Start the visit plan from the built-in template"));
    m_fromFile->setText(tr("Use &Your Own Template…"));
    m_fromFile->setAccessibleName(tr("Start the visit plan from a template file"));
    m_exportPdf->setText(tr("E&xport PDF…"));
    m_exportPdf->setAccessibleName(tr("Save the visit plan as a PDF letter"));
    m_exportOdt->setText(tr("Export for Editin&g (ODT)…"));
    m_exportOdt->setAccessibleName(tr("Save the visit plan as an OpenDocument text to edit"));
    m_print->setText(tr("Print P&lan…"));
    m_print->setAccessibleName(tr("Print the visit plan"));
    refresh();
}

void VisitPlanView::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_language = language;
    m_model->setSession(session);
    if (m_session)
        connect(m_session, &ReviewSession::changed, this, &VisitPlanView::refresh);
    refresh();
}

void VisitPlanView::refresh()
{
    m_model->refresh();
    QString state;
    if (m_session && m_session->isFinal())
        state = tr("The review is final, so its visit plan is read-only. Reopen the review to "
                   "change it.");
    else if (m_session && !m_session->isEditable())
        state = tr("The database is open read-only, so the visit plan cannot be changed.");
    else if (m_session && m_session->document().visitPlan.isEmpty())
        state = tr("This review has no visit plan yet. Start from the template and change what "
                   "differs at this site.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    updateButtons();
}

void VisitPlanView::updateButtons()
{
    const bool editable = m_session && m_session->isEditable();
    const bool empty = m_model->rowCount() == 0;
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
    // The built-in start is offered while the plan is empty; an own template may replace one.
    m_fromTemplate->setVisible(empty);
    m_fromTemplate->setEnabled(editable);
    m_fromFile->setEnabled(editable);
    for (QPushButton *button : {m_exportPdf, m_exportOdt, m_print})
        button->setEnabled(m_session != nullptr);
}

QString VisitPlanView::currentUuid() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->items().size()
        ? m_model->items().at(current.row()).uuid
        : QString();
}

void VisitPlanView::selectItem(const QString &uuid, int column)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->setFocus();
    updateButtons();
}

void VisitPlanView::showProblem(const QString &message)
{
    m_state->setText(message);
    m_state->setVisible(true);
    emit reported(message);
}

void VisitPlanView::addItem()
{
    if (!m_session)
        return;
    // After the current item, on its day and from its end, so a day is typed top to bottom.
    const QList<VisitPlanItem> &items = m_model->items();
    const QModelIndex current = m_table->currentIndex();
    const int after = current.isValid() ? current.row() : int(items.size()) - 1;
    VisitPlanItem item;
    item.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.start = QTime(9, 0);
    if (after >= 0) {
        const VisitPlanItem &previous = items.at(after);
        item.day = previous.day;
        item.start = previous.end.isValid() ? previous.end : previous.start;
    }
    item.activity = tr("New item");
    if (!m_session->saveVisitPlanItem(item, after + 1))
        return;
    selectItem(item.uuid, VisitPlanTableModel::WhatColumn);
    m_table->edit(m_table->currentIndex());
}

void VisitPlanView::removeCurrentItem()
{
    const QString uuid = currentUuid();
    if (!m_session || uuid.isEmpty())
        return;
    const int row = m_table->currentIndex().row();
    const int column = m_table->currentIndex().column();
    if (!m_session->removeVisitPlanItem(uuid))
        return;
    const QList<VisitPlanItem> &items = m_model->items();
    if (!items.isEmpty())
        selectItem(items.at(std::min<int>(row, int(items.size()) - 1)).uuid, column);
}

void VisitPlanView::moveCurrentItem(int offset)
{
    const QString uuid = currentUuid();
    if (!m_session || uuid.isEmpty())
        return;
    const int column = m_table->currentIndex().column();
    if (m_session->moveVisitPlanItem(uuid, offset))
        selectItem(uuid, column);
}

void VisitPlanView::replacePlan(const VisitPlan &templatePlan)
{
    const VisitPlan plan = VisitPlanTemplate::instantiate(templatePlan);
    const int existing = int(m_session->document().visitPlan.items.size());
    if (existing > 0
        && MessageBox::question(this, tr("Replace the Visit Plan"),
                                tr("The visit plan has %n item(s). Replace them with the "
                                   "template's? Undo brings them back.",
                                   nullptr, existing))
            != QMessageBox::Yes)
        return;
    if (m_session->replaceVisitPlan(plan) && !plan.isEmpty())
        selectItem(plan.items.constFirst().uuid, VisitPlanTableModel::WhatColumn);
}

void VisitPlanView::startFromTemplate()
{
    if (m_session)
        replacePlan(VisitPlanTemplate::builtIn(m_language));
}

void VisitPlanView::startFromTemplateFile()
{
    if (!m_session)
        return;
    const QString path = FileDialog::openFileName(this, tr("Start from a Visit Plan Template"),
                                                  tr("Visit plan templates (*.json)"));
    if (path.isEmpty())
        return;
    QStringList errors;
    const std::optional<VisitPlan> plan = VisitPlanTemplate::fromFile(path, errors);
    if (!plan) {
        MessageBox::critical(
            this, tr("Not a Visit Plan Template"),
            tr("%1 cannot be used as a visit plan template:\n\n%2")
                .arg(QDir::toNativeSeparators(path), errors.join(QLatin1Char('\n'))));
        return;
    }
    replacePlan(*plan);
}

bool VisitPlanView::exportLetter(bool editable)
{
    if (!m_session)
        return false;
    const ReviewDocument &review = m_session->document();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 visit plan %2.%3")
                            .arg(review.site.name, review.review.visitStart.toString(Qt::ISODate),
                                 editable ? QStringLiteral("odt") : QStringLiteral("pdf")));
    const QString path = FileDialog::saveFileName(
        this, editable ? tr("Save Visit Plan for Editing") : tr("Save Visit Plan"), suggested,
        editable ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    const PagedDocument letter = VisitPlanContent::paged(
        VisitPlanBuilder::build(m_session->instrument(), review, m_language));
    int pages = 0;
    const QString problem = editable ? ReportOdt::write(letter, path)
                                     : ReportRenderer::writePdf(letter, path, &pages);
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Visit Plan Not Saved"), problem);
        return false;
    }
    emit reported(editable
                      ? tr("Visit plan saved for editing: %1").arg(QDir::toNativeSeparators(path))
                      : tr("Visit plan saved: %1 (%n page(s))", nullptr, pages)
                            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void VisitPlanView::printLetter()
{
    if (!m_session)
        return;
    const PagedDocument letter = VisitPlanContent::paged(
        VisitPlanBuilder::build(m_session->instrument(), m_session->document(), m_language));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setResolution(ReportRenderer::kPdfResolution);
    printer.setDocName(QStringLiteral("%1 \u2013 %2").arg(letter.frame.title, letter.siteName));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Visit Plan"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&letter](QPrinter *target) { ReportRenderer::render(letter, *target); });
    preview.exec();
}

} // namespace laatu::gui
