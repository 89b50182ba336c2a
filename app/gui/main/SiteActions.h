#pragma once

#include "review/Site.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace laatu::gui {

class ReviewHost;

// The Site menu: add a site, edit the chosen one, archive or restore it. New reviews ask for a
// new site through askNewSite() too. A change to a site's details or archiving is undoable: it
// goes on the sites' own undo stack, which Edit → Undo follows right after the change.
class SiteActions : public QObject
{
    Q_OBJECT

public:
    explicit SiteActions(ReviewHost &host, QObject *parent = nullptr);

    void newSite();
    void editSite();
    void toggleArchiveSite();
    // Asks for a new site in the site dialog and saves it; nothing when cancelled or refused.
    std::optional<Site> askNewSite();
    QUndoStack *undoStack() { return &m_undoStack; }

signals:
    // A site change went on the undo stack.
    void undoableChange();

private:
    // Saves `changed` over `before` as one undoable step described by `description`.
    bool saveChange(const Site &before, const Site &changed, const QString &description);
    bool save(const Site &site);

    ReviewHost &m_host;
    QUndoStack m_undoStack;
};

} // namespace laatu::gui
