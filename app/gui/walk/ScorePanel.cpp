#include "ScorePanel.h"

#include "instrument/Instrument.h"
#include "scoring/ScoreCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace laatu::gui {

ScorePanel::ScorePanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_total(new QLabel(this))
    , m_mean(new QLabel(this))
    , m_level(new QLabel(this))
    , m_sections(new QGridLayout)
    , m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("scorePanel"));
    QFont headingFont = font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont totalFont = font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 2.0);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    m_level->setObjectName(QStringLiteral("scoreLevel"));
    QFont levelFont = font();
    levelFont.setPointSizeF(levelFont.pointSizeF() * 1.15);
    levelFont.setBold(true);
    m_level->setFont(levelFont);
    for (QLabel *label : {m_heading, m_total, m_mean, m_level, m_missing}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_total);
    layout->addWidget(m_mean);
    layout->addWidget(m_level);
    layout->addSpacing(8);
    m_sections->setHorizontalSpacing(8);
    m_sections->setVerticalSpacing(4);
    layout->addLayout(m_sections);
    layout->addSpacing(8);
    layout->addWidget(m_missing);
    layout->addStretch(1);
    setMinimumWidth(190);
}

QString ScorePanel::totalText() const
{
    return m_total->text();
}

QString ScorePanel::levelText() const
{
    return m_level->text();
}

void ScorePanel::showScore(const Instrument &instrument, const ScoreCard &card,
                           const QString &sheetName, const QString &language)
{
    const QLocale locale;
    m_heading->setText(tr("Score: %1").arg(sheetName));
    m_total->setText(tr("%1 / %2").arg(locale.toString(card.total().value_or(card.ratedTotal())),
                                       locale.toString(card.maximumTotal())));
    // The number itself in the name: a label's text is not read out on its own.
    m_total->setAccessibleName(tr("Total %1").arg(m_total->text()));
    if (card.isComplete()) {
        const Level *level = instrument.level(card.levelKey());
        m_mean->setText(tr("Mean %1").arg(card.meanText(locale)));
        m_level->setText(level ? level->name.text(language) : card.levelKey());
        m_level->setToolTip(level ? level->description.text(language) : QString());
    } else {
        m_mean->setText(
            tr("%1 of %2 criteria rated").arg(card.ratedCount()).arg(card.criterionCount()));
        m_level->setText(tr("Level: when all are rated"));
        m_level->setToolTip({});
    }

    while (QLayoutItem *item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const ScoreCard::SectionScore &section : card.sections()) {
        const Section *info = instrument.section(section.sectionId);
        auto *name = new QLabel(info ? info->name.text(language) : section.sectionId, this);
        name->setWordWrap(true);
        auto *bar = new QProgressBar(this);
        bar->setRange(0, section.maximum);
        bar->setValue(section.subtotal);
        bar->setFormat(QStringLiteral("%1 / %2").arg(section.subtotal).arg(section.maximum));
        bar->setAccessibleName(name->text());
        bar->setMaximumHeight(name->fontMetrics().height() + 6);
        m_sections->addWidget(name, row++, 0);
        m_sections->addWidget(bar, row++, 0);
    }

    if (card.unrated().isEmpty()) {
        m_missing->setText(tr("Every criterion is rated."));
    } else {
        QStringList numbers;
        for (const QString &id : card.unrated())
            if (const Criterion *criterion = instrument.criterion(id))
                numbers << QString::number(criterion->number);
        m_missing->setText(tr("Unrated: %1").arg(numbers.join(QStringLiteral(", "))));
    }
}

} // namespace laatu::gui
