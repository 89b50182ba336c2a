#include "FidelityTrendChart.h"

#include "gui/analysis/FidelityTrendPainter.h"
#include "gui/common/ChartAccessibility.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace laatu::gui {

FidelityTrendChart::FidelityTrendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fidelityTrendChart"));
    ChartAccessibility::markAsChart(this);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::TabFocus); // reachable, so a screen reader reads its description
    updateAccessibleText();
}

QSize FidelityTrendChart::sizeHint() const
{
    return {720, 360};
}

QSize FidelityTrendChart::minimumSizeHint() const
{
    return {360, 220};
}

void FidelityTrendChart::setHistory(const SiteHistory &history, const Instrument &instrument,
                                    const QString &language)
{
    m_data = FidelityTrendData::fromHistory(history, instrument, language);
    updateAccessibleText();
    update();
}

void FidelityTrendChart::clear()
{
    m_data.clearReviews();
    updateAccessibleText();
    update();
}

void FidelityTrendChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void FidelityTrendChart::setShowSections(bool show)
{
    m_showSections = show;
    update();
}

void FidelityTrendChart::setShowOutcomes(bool show)
{
    m_showOutcomes = show;
    update();
}

int FidelityTrendChart::totalPointCount() const
{
    return m_data.totalPointCount();
}

int FidelityTrendChart::outcomePointCount() const
{
    return int(m_data.outcomes.size());
}

QString FidelityTrendChart::summary() const
{
    return m_data.summary();
}

void FidelityTrendChart::updateAccessibleText()
{
    setAccessibleName(tr("Fidelity trend chart"));
    setAccessibleDescription(summary());
}

bool FidelityTrendChart::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    } else if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_screenPoints.size() && i < m_data.points.size(); ++i) {
            if (QLineF(m_screenPoints.at(i), help->pos()).length() <= 12.0) {
                QToolTip::showText(help->globalPos(), m_data.pointText(m_data.points.at(i)), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void FidelityTrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

void FidelityTrendChart::render(QPainter &painter, const QRectF &rect) const
{
    const FidelityTrendPainter::Options options {m_title, font(), m_showSections, m_showOutcomes};
    m_screenPoints = FidelityTrendPainter(m_data, options).paint(painter, rect);
}

} // namespace laatu::gui
