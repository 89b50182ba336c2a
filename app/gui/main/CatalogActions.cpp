#include "CatalogActions.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/walk/CriterionHtml.h"

#include "instrument/CatalogReader.h"
#include "instrument/Instrument.h"

#include <QTextBrowser>
#include <QTreeWidget>

namespace laatu::gui {

namespace {
constexpr int kCriterionIdRole = Qt::UserRole + 1;
}

CatalogActions::CatalogActions(QTreeWidget *tree, QTextBrowser *view, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_tree(tree)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CatalogActions::showCurrentItem);
}

void CatalogActions::show(const Instrument &instrument, const QString &language)
{
    m_instrument = &instrument;
    m_language = language;
    const QString selectedId = m_tree->currentItem()
        ? m_tree->currentItem()->data(0, kCriterionIdRole).toString()
        : QString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const Section &section : instrument.sections()) {
        auto *sectionItem = new QTreeWidgetItem(m_tree, {section.name.text(language)});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (const QString &id : section.criterionIds) {
            const Criterion *criterion = instrument.criterion(id);
            auto *item = new QTreeWidgetItem(sectionItem,
                                             {QStringLiteral("%1. %2")
                                                  .arg(criterion->number)
                                                  .arg(criterion->title.text(language))});
            item->setData(0, kCriterionIdRole, id);
            item->setToolTip(0, criterion->title.text(language));
        }
    }
    m_tree->expandAll();
    // A catalog or language shown anew is always drawn again.
    m_shownInstrument = nullptr;
    if (selectedId.isEmpty() || !showCriterion(selectedId))
        showPage({});
    else
        showCurrentItem();
}

bool CatalogActions::showCriterion(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kCriterionIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void CatalogActions::showCurrentItem()
{
    if (!m_instrument)
        return;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Criterion *criterion
        = item ? m_instrument->criterion(item->data(0, kCriterionIdRole).toString()) : nullptr;
    showPage(criterion ? criterion->id : QString());
}

void CatalogActions::showPage(const QString &criterionId)
{
    if (m_shownInstrument == m_instrument && m_shownLanguage == m_language
        && m_shownCriterion == criterionId)
        return;
    const Criterion *criterion
        = criterionId.isEmpty() ? nullptr : m_instrument->criterion(criterionId);
    m_view->setHtml(criterion ? CriterionHtml::criterion(*m_instrument, *criterion, m_language)
                              : CriterionHtml::overview(*m_instrument, m_language));
    m_shownInstrument = m_instrument;
    m_shownLanguage = m_language;
    m_shownCriterion = criterion ? criterionId : QString();
}

void CatalogActions::openCatalogFile()
{
    const QString path = FileDialog::openFileName(m_dialogParent, tr("Open Criteria Catalog"),
                                                  tr("Laatu catalogs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const CatalogReader::Result result = CatalogReader::readFile(path);
    if (!result.ok()) {
        MessageBox::critical(
            m_dialogParent, tr("Catalog Not Loaded"),
            tr("%1 is not a valid criteria catalog, so the current catalog stays "
               "in use.\n\nProblems found:\n%2")
                .arg(path,
                     QStringLiteral("• ") + result.errors.mid(0, 12).join(QStringLiteral("\n• "))));
        return;
    }
    emit instrumentChosen(*result.instrument);
}

void CatalogActions::useBuiltInCatalog()
{
    const CatalogReader::Result result = CatalogReader::readBuiltIn();
    if (result.ok())
        emit instrumentChosen(*result.instrument);
}

} // namespace laatu::gui
