#pragma once

#include "review/Site.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SiteDialog;
}

namespace laatu::gui {

// Adds a site or changes its details. OK stays disabled until the site has a name and a county.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    SiteDialog(const Site &site, const QStringList &knownCounties, QWidget *parent = nullptr);
    ~SiteDialog() override;

    Site site() const;
    void setValues(const QString &name, const QString &municipality, const QString &county);

private:
    void updateOk();

    std::unique_ptr<Ui::SiteDialog> m_ui;
    Site m_site;
};

} // namespace laatu::gui
