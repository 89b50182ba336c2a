#include "FollowUpTree.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/ShownSiteHistory.h"
#include "gui/common/DisplayText.h"

#include "instrument/Instrument.h"

#include <QHeaderView>

#include <algorithm>

namespace laatu::gui {

namespace {
QTreeWidgetItem *addChild(QTreeWidgetItem *parent, const QString &text, const QString &result = {})
{
    auto *item = new QTreeWidgetItem(parent, {text, result});
    item->setToolTip(0, text);
    return item;
}

void setBold(QTreeWidgetItem *item)
{
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFont(1, bold);
}
} // namespace

FollowUpTree::FollowUpTree(const ShownSiteHistory &shown, QWidget *parent)
    : QTreeWidget(parent)
    , m_shown(shown)
{
    setObjectName(QStringLiteral("historyFollowUps"));
    setColumnCount(2);
    setWordWrap(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void FollowUpTree::retranslate()
{
    setAccessibleName(tr("Recommendations and actions followed up"));
    setHeaderLabels({tr("Recommendation or action"), tr("Result")});
}

QString FollowUpTree::criterionLabel(int entryIndex, const QString &criterionId) const
{
    const Instrument *instrument = m_shown.instrumentOf(entryIndex);
    const Criterion *criterion = instrument ? instrument->criterion(criterionId) : nullptr;
    return criterion
        ? tr("%1. %2").arg(criterion->number).arg(criterion->title.text(m_shown.language()))
        : QString();
}

void FollowUpTree::refresh()
{
    clear();
    addFollowUps();
    addNewestPlan();
    if (topLevelItemCount() == 0)
        new QTreeWidgetItem(this, {tr("No recommendations or actions recorded yet.")});
}

void FollowUpTree::addFollowUps()
{
    const SiteHistory &history = m_shown.history();
    // The newest first and open; older pairs below, closed.
    QList<SiteHistory::FollowUp> followUps = history.followUps();
    std::reverse(followUps.begin(), followUps.end());
    for (const SiteHistory::FollowUp &followUp : followUps) {
        const SiteHistory::Entry &from = history.entries().at(followUp.fromIndex);
        const SiteHistory::Entry &to = history.entries().at(followUp.toIndex);
        auto *pair
            = new QTreeWidgetItem(this,
                                  {tr("Review of %1, followed up on %2")
                                       .arg(AnalysisText::date(from.review.visitStart),
                                            AnalysisText::date(to.review.visitStart)),
                                   tr("%1 of %2 actions done")
                                       .arg(followUp.done.size())
                                       .arg(followUp.done.size() + followUp.notDone.size())});
        setBold(pair);
        if (!followUp.recommendations.isEmpty()) {
            auto *group = addChild(pair, tr("Recommendations"));
            for (int i = 0; i < followUp.recommendations.size(); ++i) {
                const Finding &recommendation = followUp.recommendations.at(i);
                const std::optional<SiteHistory::CriterionChange> &change
                    = followUp.recommendationChanges.value(i);
                QString result = tr("general");
                QColor colour;
                if (change) {
                    const std::optional<int> delta = change->delta();
                    result = tr("%1 → %2").arg(AnalysisText::rating(change->from),
                                               AnalysisText::rating(change->to));
                    if (delta && *delta > 0) {
                        result += QStringLiteral(" ▲");
                        colour = ChartPalette::improved();
                    } else if (delta && *delta < 0) {
                        result += QStringLiteral(" ▼");
                        colour = ChartPalette::worsened();
                    }
                }
                const QString about = criterionLabel(followUp.toIndex, recommendation.criterionId);
                auto *item
                    = addChild(group,
                               about.isEmpty() ? recommendation.text
                                               : tr("%1 (%2)").arg(recommendation.text, about),
                               result);
                if (colour.isValid())
                    item->setForeground(1, colour);
            }
        }
        auto *done
            = addChild(pair, tr("Actions carried out"), QString::number(followUp.done.size()));
        for (const ActionItem &action : followUp.done) {
            auto *item = addChild(done,
                                  action.who.isEmpty() ? action.what
                                                       : tr("%1 (%2)").arg(action.what, action.who),
                                  tr("✓ Done"));
            item->setForeground(1, ChartPalette::improved());
        }
        auto *notDone = addChild(pair, tr("Actions not carried out"),
                                 QString::number(followUp.notDone.size()));
        for (const ActionItem &action : followUp.notDone) {
            auto *item = addChild(notDone,
                                  action.who.isEmpty() ? action.what
                                                       : tr("%1 (%2)").arg(action.what, action.who),
                                  DisplayText::actionStatus(action.status));
            if (action.status != ActionStatus::InProgress)
                item->setForeground(1, ChartPalette::worsened());
        }
        pair->setExpanded(topLevelItemCount() == 1);
        for (int c = 0; c < pair->childCount(); ++c)
            pair->child(c)->setExpanded(true);
    }
}

void FollowUpTree::addNewestPlan()
{
    // The newest review's own plan: followed up at the next review.
    const SiteHistory &history = m_shown.history();
    if (history.entries().isEmpty())
        return;
    const SiteHistory::Entry &last = history.entries().constLast();
    if (last.actions.isEmpty() && last.recommendations.isEmpty())
        return;
    auto *open = new QTreeWidgetItem(
        {tr("Review of %1: to follow up at the next review")
             .arg(AnalysisText::date(last.review.visitStart)),
         tr("%1 of %2 actions done").arg(last.doneActions().size()).arg(last.actions.size())});
    insertTopLevelItem(0, open);
    setBold(open);
    for (const Finding &recommendation : last.recommendations)
        addChild(open, recommendation.text, tr("recommendation"));
    for (const ActionItem &action : last.actions)
        addChild(open,
                 action.due.isValid()
                     ? tr("%1 (due %2)").arg(action.what, AnalysisText::date(action.due))
                     : action.what,
                 DisplayText::actionStatus(action.status));
    open->setExpanded(false);
}

} // namespace laatu::gui
