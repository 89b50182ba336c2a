#include "SiteActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/sites/SiteDialog.h"

#include "storage/SiteRepository.h"

namespace laatu::gui {

SiteActions::SiteActions(ReviewHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{ }

std::optional<Site> SiteActions::askNewSite()
{
    SiteDialog dialog(Site {}, m_host.reviewList()->counties(), m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    Site site = dialog.site();
    if (StorageError error = m_host.siteRepository()->saveSite(site)) {
        MessageBox::critical(m_host.dialogParent(), tr("Site Not Saved"), error.message());
        return std::nullopt;
    }
    m_host.reloadReviews();
    return site;
}

void SiteActions::newSite()
{
    if (!m_host.siteRepository())
        return;
    if (const std::optional<Site> site = askNewSite()) {
        m_host.reviewList()->selectSite(site->uuid);
        m_host.showStatusMessage(tr("Site %1 added").arg(site->name));
    }
}

void SiteActions::editSite()
{
    const Site *current = m_host.reviewList()->site(m_host.reviewList()->currentSiteUuid());
    if (!current || !m_host.siteRepository())
        return;
    SiteDialog dialog(*current, m_host.reviewList()->counties(), m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    Site site = dialog.site();
    if (StorageError error = m_host.siteRepository()->saveSite(site)) {
        MessageBox::critical(m_host.dialogParent(), tr("Site Not Saved"), error.message());
        return;
    }
    m_host.reloadReviews();
    m_host.showStatusMessage(tr("Site %1 saved").arg(site.name));
}

void SiteActions::toggleArchiveSite()
{
    const Site *current = m_host.reviewList()->site(m_host.reviewList()->currentSiteUuid());
    if (!current || !m_host.siteRepository())
        return;
    Site site = *current;
    site.archived = !site.archived;
    if (StorageError error = m_host.siteRepository()->saveSite(site)) {
        MessageBox::critical(m_host.dialogParent(), tr("Site Not Saved"), error.message());
        return;
    }
    m_host.reloadReviews();
    m_host.showStatusMessage(
        site.archived ? tr("Site %1 archived; “Show archived sites” lists it.").arg(site.name)
                      : tr("Site %1 is active again").arg(site.name));
    m_host.updateActions();
}

} // namespace laatu::gui
