#include "NextReviewDueLabel.h"

#include "gui/analysis/AnalysisText.h"

#include "analysis/SiteHistory.h"

namespace laatu::gui {

NextReviewDueLabel::NextReviewDueLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("historyNextDue"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont dueFont = font();
    dueFont.setPointSizeF(dueFont.pointSizeF() * 1.05);
    setFont(dueFont);
}

void NextReviewDueLabel::retranslate()
{
    setAccessibleName(tr("Next review due"));
}

void NextReviewDueLabel::showDue(const SiteHistory &history)
{
    const std::optional<QDate> due = history.nextDue();
    if (!due) {
        setText(history.site().uuid.isEmpty()
                    ? tr("Choose a site to see its history.")
                    : tr("The site has no reviews yet: the first review is due."));
        setStyleSheet({});
        return;
    }
    const SiteHistory::Entry &last = history.entries().constLast();
    QString why;
    if (history.nextDueMonths() == 12)
        why = tr("12 months after the last visit: the last review reached good fidelity, so "
                 "the reviews are now yearly.");
    else if (!last.isComplete())
        why = tr("6 months after the last visit: the last review is incomplete.");
    else
        why = tr("6 months after the last visit: reviews repeat every 6 months until the site "
                 "reaches good fidelity.");
    QString text = tr("Next review due %1 – %2").arg(AnalysisText::date(*due), why);
    const qint64 late = due->daysTo(QDate::currentDate());
    if (late > 0) {
        text += QLatin1Char(' ') + tr("Overdue by %n day(s).", nullptr, int(late));
        setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        setStyleSheet({});
    }
    setText(text);
}

} // namespace laatu::gui
