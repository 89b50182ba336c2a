#include "CriterionNavigator.h"

#include "gui/common/WrappingItemDelegate.h"
#include "gui/session/ReviewSession.h"

#include <algorithm>

namespace laatu::gui {

namespace {
constexpr int kCriterionIdRole = Qt::UserRole + 1;
} // namespace

CriterionNavigator::CriterionNavigator(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("criterionNavigator"));
    setAccessibleName(tr("Criteria of the review"));
    // Whole titles, wrapped to the list's width: long Finnish titles never scroll sideways.
    setUniformItemSizes(false);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(new WrappingItemDelegate(this));
    setIconSize(QSize(18, 18));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            emit criterionChosen(current->data(kCriterionIdRole).toString());
    });
}

void CriterionNavigator::setSession(const ReviewSession *session, const QString &language)
{
    m_session = session;
    m_language = language;
    const QString current = currentCriterionId();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_session)
        return;
    for (const Criterion &criterion : m_session->instrument().criteria()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(criterion.number).arg(criterion.title.text(language)),
            this);
        item->setData(kCriterionIdRole, criterion.id);
        item->setToolTip(criterion.title.text(language));
    }
    setCurrentCriterion(current);
    refresh();
}

void CriterionNavigator::setSheet(const QString &raterUuid)
{
    m_sheet = raterUuid;
    refresh();
}

QIcon CriterionNavigator::iconFor(StateIcons::State state, bool hasNotes)
{
    const int key = int(state) * 2 + (hasNotes ? 1 : 0);
    auto it = m_icons.find(key);
    if (it == m_icons.end())
        it = m_icons.emplace(key, StateIcons::icon(state, hasNotes, QColor(0x2e, 0x7d, 0x32)))
                 .first;
    return it->second;
}

QString CriterionNavigator::stateText(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(Qt::AccessibleDescriptionRole).toString() : QString();
}

void CriterionNavigator::refresh()
{
    if (!m_session)
        return;
    const QList<Rater> &raters = m_session->document().raters;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *entry = item(row);
        const QString id = entry->data(kCriterionIdRole).toString();
        QList<int> given;
        for (const Rater &rater : raters)
            if (const std::optional<int> value = m_session->rating(rater.uuid, id))
                given << *value;
        int spread = 0;
        // While the reviewers rate independently, nobody's sheet hints at the others'.
        if (given.size() >= 2 && !m_session->isBlind()) {
            const auto [low, high] = std::minmax_element(given.cbegin(), given.cend());
            spread = *high - *low;
        }
        const std::optional<int> own = m_session->rating(m_sheet, id);
        QStringList description;
        description << (own ? tr("rated %1").arg(*own) : tr("unrated"));
        if (spread > 0)
            description << tr("reviewers differ by %1").arg(spread);
        // On the consensus sheet a difference is settled once the consensus is set (with the
        // reason a difference of 2 or more needs); a reviewer's sheet always shows it.
        const bool settled = m_sheet.isEmpty() && own
            && (spread < 2 || !m_session->consensusReason(id).trimmed().isEmpty());
        StateIcons::State state = own ? StateIcons::State::Rated : StateIcons::State::Unrated;
        if (!settled && spread >= 2)
            state = StateIcons::State::RatersDifferByTwo;
        else if (!settled && spread == 1)
            state = StateIcons::State::RatersDiffer;
        const bool notes = m_session->hasNotes(id);
        if (notes)
            description << tr("has notes");
        entry->setIcon(iconFor(state, notes));
        entry->setData(Qt::AccessibleDescriptionRole, description.join(QStringLiteral(", ")));
        entry->setToolTip(QStringLiteral("%1\n%2").arg(
            m_session->instrument().criterion(id)->title.text(m_language),
            description.join(QStringLiteral(", "))));
    }
}

QString CriterionNavigator::currentCriterionId() const
{
    return currentItem() ? currentItem()->data(kCriterionIdRole).toString() : QString();
}

void CriterionNavigator::setCurrentCriterion(const QString &criterionId)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kCriterionIdRole).toString() == criterionId) {
            setCurrentRow(row);
            return;
        }
    }
}

} // namespace laatu::gui
