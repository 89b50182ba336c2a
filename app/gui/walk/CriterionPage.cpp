#include "CriterionPage.h"

#include "gui/common/AutoSaveTextEdit.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/AnchorCard.h"
#include "gui/walk/EvidenceInputs.h"
#include "gui/walk/PageFocus.h"
#include "gui/walk/WrappingLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

CriterionPage::CriterionPage(QWidget *parent)
    : QWidget(parent)
    , m_position(wrappingLabel(this))
    , m_title(wrappingLabel(this))
    , m_definition(wrappingLabel(this))
    , m_guidance(wrappingLabel(this))
    , m_ratingHeading(new QLabel(this))
    , m_reasonBox(new QGroupBox(this))
    , m_reasonHint(wrappingLabel(m_reasonBox))
    , m_reasonEdit(new AutoSaveTextEdit(m_reasonBox))
    , m_suggestionBox(new QGroupBox(this))
    , m_suggestionResult(wrappingLabel(m_suggestionBox))
    , m_acceptButton(new QPushButton(m_suggestionBox))
    , m_notesBox(new QGroupBox(this))
    , m_evidence(new EvidenceInputs(m_suggestionBox, m_notesBox, this))
    , m_strengthEdit(new AutoSaveTextEdit(this))
    , m_recommendationEdit(new AutoSaveTextEdit(this))
{
    setObjectName(QStringLiteral("criterionPage"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("criterionTitle"));
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_position->setPalette(muted);
    m_guidance->setPalette(muted);
    QFont definitionFont = font();
    definitionFont.setPointSizeF(definitionFont.pointSizeF() * 1.05);
    m_definition->setFont(definitionFont);
    QFont headingFont = font();
    headingFont.setBold(true);
    m_ratingHeading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->setSpacing(8);
    layout->addWidget(m_position);
    layout->addWidget(m_title);
    layout->addWidget(m_definition);
    layout->addWidget(m_guidance);
    layout->addSpacing(6);
    layout->addWidget(m_ratingHeading);
    for (int rating = 1; rating <= 5; ++rating) {
        auto *card = new AnchorCard(rating, this);
        card->setObjectName(QStringLiteral("anchorCard%1").arg(rating));
        connect(card, &QAbstractButton::clicked, this, [this, rating] { rate(rating); });
        m_cards << card;
        layout->addWidget(card);
    }

    auto *reasonLayout = new QVBoxLayout(m_reasonBox);
    reasonLayout->addWidget(m_reasonHint);
    reasonLayout->addWidget(m_reasonEdit);
    m_reasonEdit->setObjectName(QStringLiteral("consensusReason"));
    connect(m_reasonEdit, &AutoSaveTextEdit::textCommitted, this, [this](const QString &text) {
        if (m_session)
            m_session->setConsensusReason(m_criterionId, text);
    });
    connect(m_reasonEdit, &AutoSaveTextEdit::escaped, this, &CriterionPage::focusRating);
    layout->addWidget(m_reasonBox);

    auto *suggestionLayout = new QVBoxLayout(m_suggestionBox);
    suggestionLayout->addLayout(m_evidence->figuresLayout());
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_suggestionResult, 1);
    resultRow->addWidget(m_acceptButton);
    suggestionLayout->addLayout(resultRow);
    m_acceptButton->setObjectName(QStringLiteral("acceptSuggestion"));
    connect(m_acceptButton, &QPushButton::clicked, this, &CriterionPage::acceptSuggestion);
    layout->addWidget(m_suggestionBox);

    layout->addWidget(m_notesBox);
    connect(m_evidence, &EvidenceInputs::numberEditingFinished, this, &CriterionPage::saveNumber);
    connect(m_evidence, &EvidenceInputs::elementClicked, this,
            [this](const QString &key, bool checked) {
                if (m_session)
                    m_session->setElement(m_criterionId, key, checked);
            });
    connect(m_evidence, &EvidenceInputs::noteCommitted, this,
            [this](const QString &source, const QString &text) {
                if (m_session)
                    m_session->setNote(m_criterionId, source, text);
            });
    connect(m_evidence, &EvidenceInputs::escaped, this, &CriterionPage::focusRating);
    connect(m_evidence, &EvidenceInputs::rowsBehindRequested, this,
            [this] { emit rowsBehindFiguresRequested(m_criterionId); });

    auto *findingsBox = new QGroupBox(this);
    findingsBox->setObjectName(QStringLiteral("criterionFindings"));
    auto *findingsLayout = new QFormLayout(findingsBox);
    findingsLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    findingsLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *strengthLabel = new QLabel(findingsBox);
    strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    strengthLabel->setBuddy(m_strengthEdit);
    auto *recommendationLabel = new QLabel(findingsBox);
    recommendationLabel->setObjectName(QStringLiteral("recommendationLabel"));
    recommendationLabel->setBuddy(m_recommendationEdit);
    findingsLayout->addRow(strengthLabel, m_strengthEdit);
    findingsLayout->addRow(recommendationLabel, m_recommendationEdit);
    m_strengthEdit->setObjectName(QStringLiteral("strengthEdit"));
    m_recommendationEdit->setObjectName(QStringLiteral("recommendationEdit"));
    connect(m_strengthEdit, &AutoSaveTextEdit::textCommitted, this, [this](const QString &text) {
        if (m_session)
            m_session->setCriterionFinding(m_criterionId, FindingKind::Strength, text);
    });
    connect(
        m_recommendationEdit, &AutoSaveTextEdit::textCommitted, this, [this](const QString &text) {
            if (m_session)
                m_session->setCriterionFinding(m_criterionId, FindingKind::Recommendation, text);
        });
    for (AutoSaveTextEdit *edit : {m_strengthEdit, m_recommendationEdit})
        connect(edit, &AutoSaveTextEdit::escaped, this, &CriterionPage::focusRating);
    layout->addWidget(findingsBox);
    layout->addStretch(1);
    PageFocus::markFocus(this);
}

AnchorCard *CriterionPage::card(int rating) const
{
    return rating >= 1 && rating <= m_cards.size() ? m_cards.at(rating - 1) : nullptr;
}

void CriterionPage::setSession(ReviewSession *session, const QString &language)
{
    flush();
    m_session = session;
    m_language = language;
    const QString current = m_criterionId;
    m_criterionId.clear();
    if (m_session)
        showCriterion(current.isEmpty() || !m_session->instrument().criterion(current)
                          ? m_session->instrument().criteria().constFirst().id
                          : current);
}

void CriterionPage::setSheet(const QString &raterUuid)
{
    flush();
    m_sheet = raterUuid;
    refresh();
}

void CriterionPage::flush()
{
    for (AutoSaveTextEdit *edit : findChildren<AutoSaveTextEdit *>())
        edit->flush();
    m_evidence->flush();
}

void CriterionPage::showCriterion(const QString &criterionId)
{
    if (!m_session)
        return;
    flush();
    const Criterion *criterion = m_session->instrument().criterion(criterionId);
    if (!criterion)
        return;
    m_criterionId = criterionId;
    const Instrument &instrument = m_session->instrument();
    const Section *section = instrument.section(criterion->sectionId);
    m_position->setText(tr("%1 · criterion %2 of %3")
                            .arg(section ? section->name.text(m_language) : QString())
                            .arg(criterion->number)
                            .arg(instrument.criteria().size()));
    m_title->setText(
        QStringLiteral("%1. %2").arg(criterion->number).arg(criterion->title.text(m_language)));
    m_title->setAccessibleName(m_title->text());
    m_definition->setText(criterion->definition.text(m_language));
    const QString guidance = criterion->guidance.text(m_language);
    m_guidance->setText(guidance.isEmpty() ? QString() : tr("Evidence: %1").arg(guidance));
    m_guidance->setVisible(!guidance.isEmpty());
    for (int i = 0; i < m_cards.size() && i < criterion->anchors.size(); ++i)
        m_cards.at(i)->setAnchorText(criterion->anchors.at(i).text(m_language));
    m_reasonBox->setTitle(tr("Reason for the consensus rating"));
    m_reasonEdit->setAccessibleName(tr("Reason for the consensus rating"));
    m_notesBox->setTitle(tr("Evidence notes"));
    auto *findingsBox = findChild<QGroupBox *>(QStringLiteral("criterionFindings"));
    findingsBox->setTitle(tr("Findings for the report"));
    findingsBox->findChild<QLabel *>(QStringLiteral("strengthLabel"))->setText(tr("S&trength:"));
    findingsBox->findChild<QLabel *>(QStringLiteral("recommendationLabel"))
        ->setText(tr("Reco&mmendation:"));
    m_strengthEdit->setAccessibleName(tr("Strength on this criterion"));
    m_recommendationEdit->setAccessibleName(tr("Recommendation on this criterion"));
    m_strengthEdit->setPlaceholderText(tr("What works well here (goes into the report)"));
    m_recommendationEdit->setPlaceholderText(tr("What to improve (goes into the report)"));
    buildEvidence();
    refresh();
}

void CriterionPage::buildEvidence()
{
    m_evidence->build(m_session->instrument(), *m_session->instrument().criterion(m_criterionId),
                      m_language);

    // The order of the page: cards, reason, figures or checklist, accept, notes, findings.
    QList<QWidget *> order(m_cards.cbegin(), m_cards.cend());
    order << m_reasonEdit;
    order.append(m_evidence->figureWidgets());
    if (QWidget *rows = m_evidence->showRowsButton())
        order << rows;
    order << m_acceptButton;
    order.append(m_evidence->noteWidgets());
    order << m_strengthEdit << m_recommendationEdit;
    PageFocus::chain(order);
}

void CriterionPage::saveNumber(const QString &inputKey, const QLineEdit *edit)
{
    if (!m_session || !edit->isModified())
        return;
    const_cast<QLineEdit *>(edit)->setModified(false);
    m_session->setNumber(m_criterionId, inputKey, EvidenceInputs::storedNumber(edit->text()));
}

void CriterionPage::refresh()
{
    if (!m_session || m_criterionId.isEmpty())
        return;
    const Criterion *criterion = m_session->instrument().criterion(m_criterionId);
    const std::optional<int> chosen = m_session->rating(m_sheet, m_criterionId);
    const QString sheetName
        = m_sheet.isEmpty() ? tr("the consensus") : m_session->raterName(m_sheet);
    m_ratingHeading->setText(tr("Rating for %1").arg(sheetName));

    // Who else chose each anchor: the reviewers (and, on a reviewer's sheet, the consensus).
    QList<QStringList> markers(m_cards.size());
    for (const Rater &rater : m_session->document().raters) {
        // Independent rating: the other reviewers' choices stay hidden until revealed.
        if (rater.uuid == m_sheet || m_session->isBlind())
            continue;
        if (const std::optional<int> value = m_session->rating(rater.uuid, m_criterionId))
            if (*value >= 1 && *value <= m_cards.size())
                markers[*value - 1] << rater.name;
    }
    if (!m_sheet.isEmpty())
        if (const std::optional<int> value = m_session->rating({}, m_criterionId))
            if (*value >= 1 && *value <= m_cards.size())
                markers[*value - 1] << tr("consensus");
    const std::optional<int> suggested = m_session->suggestion(m_criterionId);
    for (AnchorCard *card : m_cards) {
        const QSignalBlocker blocker(card);
        card->setChecked(chosen == card->rating());
        const QStringList &who = markers.at(card->rating() - 1);
        card->setMarkers(who.isEmpty() ? QString()
                                       : tr("Chosen by: %1").arg(who.join(QStringLiteral(", "))));
        card->setSuggested(suggested == card->rating());
    }

    // The consensus reason: asked for when the reviewers differ, required at 2 or more.
    QList<int> given;
    for (const Rater &rater : m_session->document().raters)
        if (const std::optional<int> value = m_session->rating(rater.uuid, m_criterionId))
            given << *value;
    const int spread = given.size() >= 2 ? *std::max_element(given.cbegin(), given.cend())
            - *std::min_element(given.cbegin(), given.cend())
                                         : 0;
    const QString reason = m_session->consensusReason(m_criterionId);
    m_reasonBox->setVisible(m_sheet.isEmpty() && (spread > 0 || !reason.isEmpty()));
    m_reasonHint->setText(spread >= 2
                              ? tr("The reviewers' ratings differ by %1. Write why the consensus "
                                   "is what it is; the review cannot be final without it.")
                                    .arg(spread)
                              : tr("The reviewers' ratings differ. A short reason helps the "
                                   "report's readers."));
    m_reasonEdit->setStoredText(reason);
    m_reasonEdit->setEnabled(chosen.has_value());
    if (!chosen)
        m_reasonEdit->setPlaceholderText(tr("Choose the consensus rating first."));
    else
        m_reasonEdit->setPlaceholderText({});

    m_evidence->refresh(*m_session, *criterion);
    refreshSuggestion();

    m_strengthEdit->setStoredText(
        m_session->criterionFinding(m_criterionId, FindingKind::Strength));
    m_recommendationEdit->setStoredText(
        m_session->criterionFinding(m_criterionId, FindingKind::Recommendation));
    refreshEditable();
}

void CriterionPage::refreshSuggestion()
{
    const Criterion *criterion = m_session->instrument().criterion(m_criterionId);
    const std::optional<int> suggested = m_session->suggestion(m_criterionId);
    m_suggestionResult->setText(m_evidence->summary(*m_session, *criterion, m_language));
    m_acceptButton->setText(suggested ? tr("Acce&pt %1 (S)").arg(*suggested) : tr("Acce&pt (S)"));
    m_acceptButton->setAccessibleName(tr("Accept the suggested rating"));
    m_acceptButton->setEnabled(suggested.has_value() && m_session->isEditable()
                               && m_session->rating(m_sheet, m_criterionId) != suggested);
}

void CriterionPage::refreshEditable()
{
    const bool editable = m_session && m_session->isEditable();
    for (AnchorCard *card : m_cards)
        card->setEnabled(editable || card->isChecked());
    for (AutoSaveTextEdit *edit : findChildren<AutoSaveTextEdit *>())
        edit->setReadOnly(!editable);
    m_evidence->setEditable(editable);
}

void CriterionPage::rate(int value)
{
    if (!m_session || m_criterionId.isEmpty())
        return;
    m_session->setRating(m_sheet, m_criterionId, value);
    refresh();
}

void CriterionPage::clearRating()
{
    if (m_session && !m_criterionId.isEmpty())
        m_session->setRating(m_sheet, m_criterionId, std::nullopt);
    refresh();
}

bool CriterionPage::acceptSuggestion()
{
    if (!m_session)
        return false;
    flush();
    const std::optional<int> suggested = m_session->suggestion(m_criterionId);
    if (!suggested)
        return false;
    rate(*suggested);
    return true;
}

bool CriterionPage::focusFigures()
{
    QWidget *first = m_evidence->firstFigure();
    if (!first || !first->isVisibleTo(this))
        return false;
    first->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(first))
        edit->selectAll();
    return true;
}

void CriterionPage::focusRating()
{
    const std::optional<int> chosen
        = m_session ? m_session->rating(m_sheet, m_criterionId) : std::nullopt;
    if (AnchorCard *target = card(chosen.value_or(1)))
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace laatu::gui
