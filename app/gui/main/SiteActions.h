#pragma once

#include "review/Site.h"

#include <QObject>

#include <optional>

namespace laatu::gui {

class ReviewHost;

// The Site menu: add a site, edit the chosen one, archive or restore it. New reviews ask for a
// new site through askNewSite() too.
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

private:
    ReviewHost &m_host;
};

} // namespace laatu::gui
