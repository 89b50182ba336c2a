#pragma once

#include "gui/common/StateIcons.h"

#include <QListWidget>

#include <map>

namespace laatu::gui {

class ReviewSession;

// All criteria of the open review in a list with their state (unrated, rated, the reviewers
// differ, differ by 2 or more, has notes); choosing one opens its page.
class CriterionNavigator : public QListWidget
{
    Q_OBJECT

public:
    explicit CriterionNavigator(QWidget *parent = nullptr);

    void setSession(const ReviewSession *session, const QString &language);
    // Whose ratings count as "rated": a reviewer's UUID or empty for the consensus.
    void setSheet(const QString &raterUuid);
    void refresh();
    QString currentCriterionId() const;
    void setCurrentCriterion(const QString &criterionId);
    QString stateText(int row) const;

signals:
    void criterionChosen(const QString &criterionId);

private:
    QIcon iconFor(StateIcons::State state, bool hasNotes);

    const ReviewSession *m_session = nullptr;
    QString m_language;
    QString m_sheet;
    std::map<int, QIcon> m_icons;
};

} // namespace laatu::gui
