#include "OutcomeDialog.h"

#include "ui_OutcomeDialog.h"

#include "gui/analysis/AnalysisText.h"

#include "i18n/DateText.h"
#include "storage/OutcomeRepository.h"

#include <QLocale>
#include <QPushButton>

namespace laatu::gui {

OutcomeDialog::OutcomeDialog(const SiteOutcome &initial, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutcomeDialog>())
{
    m_ui->setupUi(this);
    // The dates as the user's locale writes them, which a form cannot know.
    for (QDateEdit *edit : {m_ui->periodStart, m_ui->periodEnd})
        edit->setDisplayFormat(DateText::dateFormat());
    connect(m_ui->periodStart, &QDateEdit::dateChanged, this, &OutcomeDialog::update);
    connect(m_ui->periodEnd, &QDateEdit::dateChanged, this, &OutcomeDialog::update);
    connect(m_ui->coached, &QSpinBox::valueChanged, this, &OutcomeDialog::update);
    connect(m_ui->employed, &QSpinBox::valueChanged, this, &OutcomeDialog::update);
    setOutcome(initial);
}

OutcomeDialog::~OutcomeDialog() = default;

SiteOutcome OutcomeDialog::outcome() const
{
    return {m_ui->periodStart->date(), m_ui->periodEnd->date(), m_ui->coached->value(),
            m_ui->employed->value()};
}

void OutcomeDialog::setOutcome(const SiteOutcome &outcome)
{
    m_ui->periodStart->setDate(outcome.periodStart);
    m_ui->periodEnd->setDate(outcome.periodEnd);
    m_ui->coached->setValue(outcome.coached);
    m_ui->employed->setValue(outcome.employed);
    update();
}

QString OutcomeDialog::problemText() const
{
    return OutcomeRepository::problem(outcome());
}

bool OutcomeDialog::canAccept() const
{
    return problemText().isEmpty();
}

void OutcomeDialog::update()
{
    const SiteOutcome current = outcome();
    const std::optional<double> rate = current.employmentRate();
    m_ui->employmentRate->setText(rate && *rate <= 1.0 ? AnalysisText::percent(*rate)
                                                       : QStringLiteral("–"));
    const QString problem = problemText();
    m_ui->outcomeProblem->setText(problem);
    m_ui->outcomeProblem->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace laatu::gui
