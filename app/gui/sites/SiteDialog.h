#pragma once

#include "review/Site.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

namespace Ui {
class SiteDialog;
}

namespace laatu {
struct County;
}

namespace laatu::gui {

// Adds a site or changes its details. OK stays disabled until the site has a name and a county.
//
// The county is chosen from the wellbeing services counties, Helsinki and Åland (CountyList) in
// the user-interface language, from counties already used in the database that are not in that
// list (`knownCounties`), or typed after choosing "Other…". A site keeps its stored county text
// while the same county stays chosen.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    SiteDialog(const Site &site, const QStringList &knownCounties, QWidget *parent = nullptr);
    ~SiteDialog() override;

    Site site() const;
    // Fills the fields as a user would; a county that is neither listed nor known is taken as
    // "Other…" with the text typed in.
    void setValues(const QString &name, const QString &municipality, const QString &county);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class CountyKind { Listed, Stored, Other };

    void fillCounties(const QString &current);
    void setCounty(const QString &county);
    int countyIndex(CountyKind kind, const QString &value = QString()) const;
    QString countyText() const;
    QString listedCountyText(const County &county) const;
    bool searchCounty(const QString &typed);
    void countyChanged();
    void updateOk();

    std::unique_ptr<Ui::SiteDialog> m_ui;
    Site m_site;
    QStringList m_knownCounties;
    QString m_language;
    QString m_search;
    QElapsedTimer m_searchTimer;
};

} // namespace laatu::gui
