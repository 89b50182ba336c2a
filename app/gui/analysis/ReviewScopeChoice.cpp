#include "ReviewScopeChoice.h"

#include "i18n/DateText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace laatu::gui {

namespace {
// In the order of the words: this laptop, or the programme.
constexpr int kLaptopIndex = 0;
constexpr int kProgrammeIndex = 1;
} // namespace

ReviewScopeChoice::ReviewScopeChoice(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_scope(new QComboBox(this))
{
    setObjectName(QStringLiteral("reviewScopeChoice"));
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->addItem(QString(), static_cast<int>(AnalysisSource::Scope::Laptop));
    m_scope->addItem(QString(), static_cast<int>(AnalysisSource::Scope::Programme));
    m_scope->setCurrentIndex(kProgrammeIndex);
    m_label->setBuddy(m_scope);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // a part of the view's row of choices
    layout->addWidget(m_label);
    layout->addWidget(m_scope);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit scopeChosen(scope());
    });
    setVisible(false);
}

void ReviewScopeChoice::retranslate()
{
    m_label->setText(tr("Revie&ws from:"));
    m_scope->setAccessibleName(tr("Reviews from"));
    const QString explained
        = tr("This laptop: only the reviews made on this laptop. The programme: these and the "
             "reviews pulled from the programme server at the last pull.");
    m_scope->setAccessibleDescription(explained);
    m_scope->setToolTip(explained);
    m_scope->setItemText(kLaptopIndex, tr("This laptop"));
    m_scope->setItemData(kLaptopIndex, tr("Only the reviews made on this laptop."),
                         Qt::ToolTipRole);
    m_scope->setItemText(kProgrammeIndex, programmeText());
    m_scope->setItemData(kProgrammeIndex,
                         tr("This laptop's reviews and those pulled from the programme server."),
                         Qt::ToolTipRole);
}

QString ReviewScopeChoice::programmeText() const
{
    if (!m_lastPull.isValid())
        return tr("The programme");
    //: The reviews of the whole programme as pulled from its server; %1 is the date and
    //: time of the last pull, e.g. "1.12.2026 14.30".
    return tr("The programme (pulled %1)").arg(DateText::dateTime(m_lastPull));
}

void ReviewScopeChoice::showSource(const AnalysisSource &source)
{
    m_lastPull = source.lastPull();
    m_filling = true;
    m_scope->setCurrentIndex(source.scope() == AnalysisSource::Scope::Laptop ? kLaptopIndex
                                                                             : kProgrammeIndex);
    m_filling = false;
    retranslate();
    setVisible(source.hasProgrammeCopy());
}

bool ReviewScopeChoice::choose(AnalysisSource::Scope scope)
{
    if (isHidden())
        return false;
    m_scope->setCurrentIndex(scope == AnalysisSource::Scope::Laptop ? kLaptopIndex
                                                                    : kProgrammeIndex);
    return true;
}

AnalysisSource::Scope ReviewScopeChoice::scope() const
{
    return m_scope->currentIndex() == kLaptopIndex ? AnalysisSource::Scope::Laptop
                                                   : AnalysisSource::Scope::Programme;
}

} // namespace laatu::gui
