#include "CriterionChangesPanel.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/CriterionChangesTable.h"
#include "gui/analysis/ShownSiteHistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

CriterionChangesPanel::CriterionChangesPanel(const ShownSiteHistory &shown, QWidget *parent)
    : QWidget(parent)
    , m_shown(shown)
    , m_fromLabel(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new CriterionChangesTable(this))
{
    m_from->setObjectName(QStringLiteral("changesFrom"));
    m_to->setObjectName(QStringLiteral("changesTo"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_summary->setWordWrap(true);

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_fromLabel);
    choosers->addWidget(m_from, 1);
    choosers->addWidget(m_toLabel);
    choosers->addWidget(m_to, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillChanges();
    });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillChanges();
    });
}

void CriterionChangesPanel::retranslate()
{
    m_fromLabel->setText(tr("F&rom:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("Earlier review"));
    m_to->setAccessibleName(tr("Later review"));
    m_table->retranslate();
}

void CriterionChangesPanel::refresh()
{
    fillChoosers();
    fillChanges();
}

QString CriterionChangesPanel::entryLabel(int entryIndex) const
{
    const SiteHistory::Entry &entry = m_shown.history().entries().at(entryIndex);
    const QString date = AnalysisText::date(entry.review.visitStart);
    return entry.total ? tr("%1 – total %2").arg(date).arg(*entry.total)
                       : tr("%1 – incomplete").arg(date);
}

void CriterionChangesPanel::fillChoosers()
{
    m_filling = true;
    m_from->clear();
    m_to->clear();
    const int count = int(m_shown.history().entries().size());
    for (int i = 0; i < count; ++i) {
        m_from->addItem(entryLabel(i), i);
        m_to->addItem(entryLabel(i), i);
    }
    m_from->setCurrentIndex(std::max(count - 2, 0));
    m_to->setCurrentIndex(count - 1);
    m_filling = false;
}

void CriterionChangesPanel::setComparedReviews(int fromIndex, int toIndex)
{
    m_filling = true;
    m_from->setCurrentIndex(fromIndex);
    m_to->setCurrentIndex(toIndex);
    m_filling = false;
    fillChanges();
}

void CriterionChangesPanel::fillChanges()
{
    const SiteHistory &history = m_shown.history();
    const int fromIndex = m_from->currentData().isValid() ? m_from->currentData().toInt() : -1;
    const int toIndex = m_to->currentData().isValid() ? m_to->currentData().toInt() : -1;
    const QList<SiteHistory::CriterionChange> changes = history.changes(fromIndex, toIndex);
    const CriterionChangesTable::Tally tally
        = m_table->showChanges(changes, m_shown.instrumentOf(toIndex), m_shown.language());
    if (changes.isEmpty())
        m_summary->setText(history.entries().size() < 2
                               ? tr("Changes show once the site has two reviews.")
                               : QString());
    else if (fromIndex == toIndex)
        m_summary->setText(tr("Choose two different reviews to compare."));
    else
        m_summary->setText(tr("%1 criteria better, %2 worse, %3 unchanged.")
                               .arg(tally.better)
                               .arg(tally.worse)
                               .arg(tally.unchanged));
}

} // namespace laatu::gui
