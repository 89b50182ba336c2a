#pragma once

#include "review/ReviewDocument.h"

#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class NewReviewWizard;
}

namespace laatu {
class Instrument;
}

namespace laatu::gui {

// The short wizard for a new review: the site (or a new one), the kind and the visit dates,
// then the reviewers. The review is rated against the catalog in use.
class NewReviewWizard : public QWizard
{
    Q_OBJECT

public:
    // Asks for a new site (the site dialog) and stores it; nullopt when cancelled or refused.
    using SiteCreator = std::function<std::optional<Site>()>;

    NewReviewWizard(const QList<Site> &sites, const Instrument &instrument, SiteCreator createSite,
                    QWidget *parent = nullptr);
    ~NewReviewWizard() override;

    void setSite(const QString &siteUuid);
    void setRaters(const QStringList &names);
    void setKind(ReviewKind kind);
    void setVisit(const QDate &start, const QDate &end);
    // The new review's document: site, header and reviewers (with fresh UUIDs).
    ReviewDocument document() const;

protected:
    bool validateCurrentPage() override;

private:
    void addSite();

    std::unique_ptr<Ui::NewReviewWizard> m_ui;
    QList<Site> m_sites;
    const Instrument &m_instrument;
    SiteCreator m_createSite;
};

} // namespace laatu::gui
