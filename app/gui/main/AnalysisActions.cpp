#include "AnalysisActions.h"

#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/main/ReviewHost.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"

#include <QShortcut>

namespace laatu::gui {

AnalysisActions::AnalysisActions(ReviewHost &host, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_window(window)
{ }

AnalysisActions::~AnalysisActions() = default;

void AnalysisActions::closeOnEscape(QWidget *view)
{
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), view);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, view, &QWidget::close);
}

void AnalysisActions::closeViews()
{
    for (QWidget *view :
         std::initializer_list<QWidget *> {m_historyView.get(), m_comparisonView.get()})
        if (view)
            view->close();
}

void AnalysisActions::programmeCopyChanged()
{
    if (m_historyView && m_historyView->isVisible())
        m_historyView->reload();
    if (m_comparisonView && m_comparisonView->isVisible())
        m_comparisonView->reload();
}

void AnalysisActions::reset()
{
    m_historyView.reset();
    m_comparisonView.reset();
}

SiteHistoryView *AnalysisActions::showSiteHistory()
{
    if (!m_host.database())
        return nullptr;
    if (!m_historyView) {
        m_historyView = std::make_unique<SiteHistoryView>(*m_host.database(), *m_host.repository());
        m_historyView->setWindowFlag(Qt::Window);
        m_historyView->resize(m_window->size() * 9 / 10);
        closeOnEscape(m_historyView.get());
        connect(m_historyView.get(), &SiteHistoryView::reviewActivated, this, [this](qint64 id) {
            m_host.openReview(id);
            m_window->raise();
            m_window->activateWindow();
        });
    } else {
        m_historyView->reload();
    }
    const ReviewSession *session = m_host.session();
    const QString site
        = session ? session->document().site.uuid : m_host.reviewList()->currentSiteUuid();
    if (!site.isEmpty())
        m_historyView->showSite(site);
    m_historyView->setWindowTitle(tr("Site History – Laatu"));
    m_historyView->show();
    m_historyView->raise();
    m_historyView->activateWindow();
    return m_historyView.get();
}

CountyComparisonView *AnalysisActions::showCountyComparison()
{
    if (!m_host.database())
        return nullptr;
    if (!m_comparisonView) {
        m_comparisonView
            = std::make_unique<CountyComparisonView>(*m_host.database(), *m_host.repository());
        m_comparisonView->setWindowFlag(Qt::Window);
        m_comparisonView->resize(m_window->size() * 9 / 10);
        closeOnEscape(m_comparisonView.get());
    } else {
        m_comparisonView->reload();
    }
    const ReviewListPanel *list = m_host.reviewList();
    const Site *site = list->listedSite(list->currentSiteUuid());
    if (const ReviewSession *session = m_host.session())
        m_comparisonView->setCounty(session->document().site.county);
    else if (site)
        m_comparisonView->setCounty(site->county);
    m_comparisonView->setWindowTitle(tr("County Comparison – Laatu"));
    m_comparisonView->show();
    m_comparisonView->raise();
    m_comparisonView->activateWindow();
    return m_comparisonView.get();
}

} // namespace laatu::gui
