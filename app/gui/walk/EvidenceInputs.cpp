#include "EvidenceInputs.h"

#include "gui/common/AutoSaveTextEdit.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/PageFocus.h"
#include "gui/walk/WrappingLabel.h"

#include "instrument/ExactNumber.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
QString shownNumber(const QString &stored)
{
    QString text = stored;
    text.replace(QLatin1Char('.'), QLocale().decimalPoint());
    return text;
}
} // namespace

EvidenceInputs::EvidenceInputs(QGroupBox *suggestionBox, QGroupBox *notesBox, QObject *parent)
    : QObject(parent)
    , m_suggestionBox(suggestionBox)
    , m_notesBox(notesBox)
    , m_figuresLayout(new QVBoxLayout)
    , m_notesLayout(new QVBoxLayout(notesBox))
{ }

QString EvidenceInputs::storedNumber(const QString &typed)
{
    QString text = typed.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text;
}

void EvidenceInputs::build(const Instrument &instrument, const Criterion &criterion,
                           const QString &language)
{
    buildFigures(criterion, language);
    buildNotes(instrument, criterion, language);
}

void EvidenceInputs::buildFigures(const Criterion &criterion, const QString &language)
{
    const SuggestionRule &rule = criterion.rule;

    // Suggestion inputs: the two figures of a numeric rule or the checklist of a counted one.
    while (QLayoutItem *item = m_figuresLayout->takeAt(0)) {
        if (QLayout *inner = item->layout()) {
            while (inner->count() > 0) {
                QLayoutItem *child = inner->takeAt(0);
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_numberEdits.clear();
    m_elementChecks.clear();
    m_basisLabel = nullptr;
    m_showRows = nullptr;
    m_suggestionBox->setVisible(rule.kind != RuleKind::Descriptive);
    if (rule.kind == RuleKind::NumericBands) {
        // A group box title never wraps: the quantity, often a long sentence, goes in a label.
        m_suggestionBox->setTitle(tr("Figures"));
        QLabel *quantity = wrappingLabel(m_suggestionBox);
        quantity->setObjectName(QStringLiteral("quantityLabel"));
        quantity->setText(rule.quantity.text(language));
        m_figuresLayout->addWidget(quantity);
        // A grid rather than a form: the label takes the width left beside the box and wraps
        // only when it must, so long Finnish labels never make the page scroll sideways.
        auto *grid = new QGridLayout;
        grid->setColumnStretch(0, 1);
        for (const EvidenceInput &input : rule.inputs) {
            auto *edit = new QLineEdit(m_suggestionBox);
            edit->setObjectName(QStringLiteral("number_%1").arg(input.key));
            edit->setAccessibleName(input.label.text(language));
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9]{0,7}([.,][0-9]{0,4})?")), edit));
            edit->setMaximumWidth(160);
            const QString key = input.key;
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, key, edit] { emit numberEditingFinished(key, edit); });
            QLabel *label = wrappingLabel(m_suggestionBox);
            label->setText(input.label.text(language));
            label->setBuddy(edit);
            const int row = grid->rowCount();
            grid->addWidget(label, row, 0);
            grid->addWidget(edit, row, 1);
            m_numberEdits << edit;
        }
        m_figuresLayout->addLayout(grid);
        if (!criterion.figures.isEmpty()) {
            m_basisLabel = wrappingLabel(m_suggestionBox);
            m_basisLabel->setObjectName(QStringLiteral("figureBasisLabel"));
            m_showRows = new QPushButton(tr("Show Rows"), m_suggestionBox);
            m_showRows->setObjectName(QStringLiteral("showFigureRows"));
            m_showRows->setAccessibleName(tr("Show rows"));
            m_showRows->setToolTip(
                tr("Opens the workbook with the rows these figures are computed from selected"));
            connect(m_showRows, &QPushButton::clicked, this, &EvidenceInputs::rowsBehindRequested);
            auto *basis = new QHBoxLayout;
            basis->addWidget(m_basisLabel, 1);
            basis->addWidget(m_showRows, 0, Qt::AlignTop);
            m_figuresLayout->addLayout(basis);
        }
    } else if (rule.kind == RuleKind::CountedElements) {
        m_suggestionBox->setTitle(tr("Elements present"));
        for (const ChecklistElement &element : rule.elements) {
            // A check box does not wrap its text: the text goes in a wrapping label beside it,
            // so long Finnish items never make the page scroll sideways.
            auto *row = new QHBoxLayout;
            auto *check = new QCheckBox(m_suggestionBox);
            QLabel *text = wrappingLabel(m_suggestionBox);
            text->setText(element.label.text(language));
            text->setBuddy(check);
            PageFocus::clickWith(text, check);
            check->setAccessibleName(element.label.text(language));
            check->setToolTip(element.label.text(language));
            row->addWidget(check, 0, Qt::AlignTop);
            row->addWidget(text, 1);
            m_figuresLayout->addLayout(row);
            check->setObjectName(QStringLiteral("element_%1").arg(element.key));
            const QString key = element.key;
            connect(check, &QCheckBox::clicked, this,
                    [this, key](bool checked) { emit elementClicked(key, checked); });
            m_elementChecks << check;
        }
    }
}

void EvidenceInputs::buildNotes(const Instrument &instrument, const Criterion &criterion,
                                const QString &language)
{
    // One note per evidence source the catalog names for this criterion.
    while (QLayoutItem *item = m_notesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_noteEdits.clear();
    for (const QString &source : criterion.sources) {
        const EvidenceSource *info = instrument.source(source);
        const QString name = info ? info->name.text(language) : source;
        auto *label = new QLabel(name, m_notesBox);
        auto *edit = new AutoSaveTextEdit(m_notesBox);
        edit->setObjectName(QStringLiteral("note_%1").arg(source));
        edit->setAccessibleName(tr("Note: %1").arg(name));
        label->setBuddy(edit);
        connect(edit, &AutoSaveTextEdit::textCommitted, this,
                [this, source](const QString &text) { emit noteCommitted(source, text); });
        connect(edit, &AutoSaveTextEdit::escaped, this, &EvidenceInputs::escaped);
        m_notesLayout->addWidget(label);
        m_notesLayout->addWidget(edit);
        m_noteEdits << edit;
    }
    m_notesBox->setVisible(!criterion.sources.isEmpty());
}

void EvidenceInputs::refresh(const ReviewSession &session, const Criterion &criterion)
{
    const SuggestionRule &rule = criterion.rule;
    const CriterionFigures figures
        = rule.kind == RuleKind::NumericBands ? session.figures(criterion.id) : CriterionFigures();
    for (int i = 0; i < m_numberEdits.size() && i < rule.inputs.size(); ++i) {
        QLineEdit *edit = m_numberEdits.at(i);
        if (!edit->hasFocus() || !edit->isModified())
            edit->setText(shownNumber(session.number(criterion.id, rule.inputs.at(i).key)));
        // The workbook's figure shows in the empty field; typing a figure overrides it.
        const std::optional<ExactNumber> computed
            = i < figures.inputs.size() ? figures.inputs.at(i).computed.value : std::nullopt;
        edit->setPlaceholderText(computed ? shownNumber(computed->toString(4)) : QString());
    }
    if (m_basisLabel)
        m_basisLabel->setText(basisText(figures));
    for (int i = 0; i < m_elementChecks.size() && i < rule.elements.size(); ++i)
        m_elementChecks.at(i)->setChecked(
            session.element(criterion.id, rule.elements.at(i).key).value_or(false));
    for (int i = 0; i < m_noteEdits.size() && i < criterion.sources.size(); ++i)
        m_noteEdits.at(i)->setStoredText(session.note(criterion.id, criterion.sources.at(i)));
}

QString EvidenceInputs::summary(const ReviewSession &session, const Criterion &criterion,
                                const QString &language) const
{
    const SuggestionRule &rule = criterion.rule;
    const std::optional<int> suggested = session.suggestion(criterion.id);
    QString result;
    if (rule.kind == RuleKind::NumericBands && rule.inputs.size() == 2) {
        const CriterionFigures figures = session.figures(criterion.id);
        const bool both = figures.inputs.size() == 2 && figures.inputs.at(0).value
            && figures.inputs.at(1).value;
        if (figures.value && suggested)
            result = tr("%1: %2, which suggests %3.")
                         .arg(rule.quantity.text(language), shownNumber(figures.value->toString(2)))
                         .arg(*suggested);
        else if (both)
            result = tr("These figures give no rating: check them.");
        else if (!criterion.figures.isEmpty())
            result = tr("Fill the workbook or enter both figures to get a suggested rating.");
        else
            result = tr("Enter both figures to get a suggested rating.");
    } else if (rule.kind == RuleKind::CountedElements) {
        int present = 0;
        for (const ChecklistElement &element : rule.elements)
            present += session.element(criterion.id, element.key).value_or(false) ? 1 : 0;
        result = suggested ? tr("%1 of %2 present, which suggests %3.")
                                 .arg(present)
                                 .arg(rule.elements.size())
                                 .arg(*suggested)
                           : tr("Tick the elements that are present to get a suggested rating.");
    }
    return result;
}

QString EvidenceInputs::basisText(const CriterionFigures &figures)
{
    const QStringList problems = figures.problems();
    if (!problems.isEmpty())
        return tr("The workbook cannot compute these figures: %1")
            .arg(problems.join(QStringLiteral("; ")));
    if (figures.fromWorkbook() && figures.anyTyped())
        return tr("Computed from the workbook (%1); a figure typed here is used instead.")
            .arg(EvidenceFigures::restsOn(figures));
    if (figures.fromWorkbook())
        return tr("Computed from the workbook: %1.").arg(EvidenceFigures::restsOn(figures));
    if (figures.anyTyped())
        return tr("Typed by hand.");
    return tr("The workbook computes these figures once it holds the coaches or records they "
              "need.");
}

void EvidenceInputs::flush()
{
    for (int i = 0; i < m_numberEdits.size(); ++i)
        if (m_numberEdits.at(i)->isModified())
            emit m_numberEdits.at(i)->editingFinished();
}

void EvidenceInputs::setEditable(bool editable)
{
    for (QLineEdit *edit : m_numberEdits)
        edit->setReadOnly(!editable);
    for (QCheckBox *check : m_elementChecks)
        check->setEnabled(editable);
}

QList<QWidget *> EvidenceInputs::figureWidgets() const
{
    QList<QWidget *> widgets(m_numberEdits.cbegin(), m_numberEdits.cend());
    widgets.append(QList<QWidget *>(m_elementChecks.cbegin(), m_elementChecks.cend()));
    return widgets;
}

QList<QWidget *> EvidenceInputs::noteWidgets() const
{
    return QList<QWidget *>(m_noteEdits.cbegin(), m_noteEdits.cend());
}

QWidget *EvidenceInputs::firstFigure() const
{
    return !m_numberEdits.isEmpty()  ? static_cast<QWidget *>(m_numberEdits.constFirst())
        : !m_elementChecks.isEmpty() ? m_elementChecks.constFirst()
                                     : nullptr;
}

} // namespace laatu::gui
