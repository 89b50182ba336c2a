#pragma once

#include "review/ReviewEnums.h"

#include <QTreeWidget>

namespace laatu {
struct Finding;
}

namespace laatu::gui {

class ReviewSession;

// The strengths and recommendations, by criterion in catalog order, the whole-service ones
// first; each text is edited in place and saved when the editor closes. A new finding opens as
// an empty row with its editor: it is stored once it has text, and an empty one goes when the
// editor closes. Refreshing keeps the rows, the current row and an open editor in place.
class FindingsList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { CriterionColumn, KindColumn, TextColumn };

    explicit FindingsList(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    // Shows what is stored: changed rows are updated, others are left as they are.
    void refresh();
    void retranslate();

    // Opens a new whole-service finding for typing (not stored until it has text).
    void startNewFinding(FindingKind kind);
    void removeCurrentFinding();

signals:
    // What a command did, for the status bar.
    void reported(const QString &message);
    void criterionActivated(const QString &criterionId);

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QList<Finding> sortedFindings() const;
    void showFinding(QTreeWidgetItem *item, const Finding &finding, bool editable);
    QTreeWidgetItem *newItem() const;
    void itemEdited(QTreeWidgetItem *item, int column);
    // Removes the new row when the user is no longer typing in it.
    void dropNewItemIfLeft();
    QString droppedMessage() const;

    ReviewSession *m_session = nullptr;
    QString m_language;
    QString m_newUuid; // the row being typed, not stored yet
    FindingKind m_newKind = FindingKind::Strength;
    bool m_filling = false;
};

} // namespace laatu::gui
