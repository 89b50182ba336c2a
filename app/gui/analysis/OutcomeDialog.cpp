#include "OutcomeDialog.h"

#include "storage/OutcomeRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace laatu::gui {

OutcomeDialog::OutcomeDialog(const SiteOutcome &initial, QWidget *parent)
    : QDialog(parent)
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_coached(new QSpinBox(this))
    , m_employed(new QSpinBox(this))
    , m_rate(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("Outcomes of a Period"));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(QStringLiteral("periodStart"));
    m_end->setObjectName(QStringLiteral("periodEnd"));
    m_coached->setObjectName(QStringLiteral("coached"));
    m_employed->setObjectName(QStringLiteral("employed"));
    for (QSpinBox *spin : {m_coached, m_employed})
        spin->setRange(0, 100000);
    m_problem->setObjectName(QStringLiteral("outcomeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *intro = new QLabel(tr("People coached during the period, and how many of them were in "
                                "competitive work. Entering a period again corrects its figures."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Period &starts:"), m_start);
    form->addRow(tr("Period &ends:"), m_end);
    form->addRow(tr("People &coached:"), m_coached);
    form->addRow(tr("People in competitive &work:"), m_employed);
    form->addRow(tr("Employment rate:"), m_rate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateEdit::dateChanged, this, &OutcomeDialog::update);
    connect(m_end, &QDateEdit::dateChanged, this, &OutcomeDialog::update);
    connect(m_coached, &QSpinBox::valueChanged, this, &OutcomeDialog::update);
    connect(m_employed, &QSpinBox::valueChanged, this, &OutcomeDialog::update);
    setOutcome(initial);
    setMinimumWidth(420);
}

SiteOutcome OutcomeDialog::outcome() const
{
    return {m_start->date(), m_end->date(), m_coached->value(), m_employed->value()};
}

void OutcomeDialog::setOutcome(const SiteOutcome &outcome)
{
    m_start->setDate(outcome.periodStart);
    m_end->setDate(outcome.periodEnd);
    m_coached->setValue(outcome.coached);
    m_employed->setValue(outcome.employed);
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
    m_rate->setText(rate && *rate <= 1.0
                        ? QLocale().toString(*rate * 100.0, 'f', 0) + QStringLiteral(" %")
                        : QStringLiteral("–"));
    const QString problem = problemText();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace laatu::gui
