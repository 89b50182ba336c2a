#include "SiteActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"
#include "gui/session/SessionEditCommand.h"
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

bool SiteActions::save(const Site &site)
{
    Site stored = site;
    if (StorageError error = m_host.siteRepository()->saveSite(stored)) {
        MessageBox::critical(m_host.dialogParent(), tr("Site Not Saved"), error.message());
        return false;
    }
    m_host.reloadReviews();
    m_host.reviewList()->selectSite(site.uuid);
    m_host.updateActions();
    return true;
}

bool SiteActions::saveChange(const Site &before, const Site &changed, const QString &description)
{
    if (!save(changed))
        return false;
    m_undoStack.push(new SessionEditCommand(
        description, [this, changed] { return save(changed); },
        [this, before] { return save(before); }));
    emit undoableChange();
    return true;
}

void SiteActions::editSite()
{
    const Site *current = m_host.reviewList()->site(m_host.reviewList()->currentSiteUuid());
    if (!current || !m_host.siteRepository())
        return;
    const Site before = *current;
    SiteDialog dialog(before, m_host.reviewList()->counties(), m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const Site site = dialog.site();
    if (site == before)
        return;
    if (saveChange(before, site, tr("Site %1 changed").arg(site.name)))
        m_host.showStatusMessage(tr("Site %1 saved (Ctrl+Z undoes it)").arg(site.name));
}

void SiteActions::toggleArchiveSite()
{
    const Site *current = m_host.reviewList()->site(m_host.reviewList()->currentSiteUuid());
    if (!current || !m_host.siteRepository())
        return;
    const Site before = *current;
    Site site = before;
    site.archived = !site.archived;
    if (!saveChange(before, site,
                    site.archived ? tr("Site %1 archived").arg(site.name)
                                  : tr("Site %1 restored").arg(site.name)))
        return;
    m_host.showStatusMessage(
        site.archived ? tr("Site %1 archived; “Show archived sites” lists it.").arg(site.name)
                      : tr("Site %1 is active again").arg(site.name));
}

} // namespace laatu::gui
