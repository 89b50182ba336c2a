#pragma once

#include <QObject>

class QTextBrowser;
class QTreeWidget;
class QWidget;

namespace laatu {
class Instrument;
}

namespace laatu::gui {

// The criteria catalog shown when no review is open: the sections and criteria in a tree, the
// chosen criterion (or the overview) beside it, and File's commands to show another catalog file
// or the built-in one.
class CatalogActions : public QObject
{
    Q_OBJECT

public:
    CatalogActions(QTreeWidget *tree, QTextBrowser *view, QWidget *dialogParent);

    // Fills the tree from `instrument` in `language`, keeping the chosen criterion.
    void show(const Instrument &instrument, const QString &language);
    // Chooses the criterion with `id` in the tree; false when the catalog has none.
    bool showCriterion(const QString &id);
    void openCatalogFile();
    void useBuiltInCatalog();

signals:
    void instrumentChosen(const laatu::Instrument &instrument);

private:
    void showCurrentItem();
    // Shows the overview (empty id) or a criterion, unless it is shown already: the tree makes
    // its first row current when it is first shown, and laying the same page out again was a
    // twentieth of the window's start.
    void showPage(const QString &criterionId);

    QTreeWidget *m_tree;
    QTextBrowser *m_view;
    QWidget *m_dialogParent;
    const Instrument *m_instrument = nullptr;
    QString m_language;
    // What the view shows: the catalog, language and criterion it was made from.
    const Instrument *m_shownInstrument = nullptr;
    QString m_shownLanguage;
    QString m_shownCriterion;
};

} // namespace laatu::gui
