#include "CriterionWalk.h"

#include "gui/session/OwnSheet.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/CriterionNavigator.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/ScorePanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

CriterionWalk::CriterionWalk(QWidget *parent)
    : QWidget(parent)
    , m_sheetLabel(new QLabel(this))
    , m_sheetChooser(new QComboBox(this))
    , m_keysHint(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new CriterionNavigator(m_splitter))
    , m_scroll(new QScrollArea(m_splitter))
    , m_page(new CriterionPage)
    , m_score(new ScorePanel(m_splitter))
{
    setObjectName(QStringLiteral("criterionWalk"));
    m_sheetChooser->setObjectName(QStringLiteral("sheetChooser"));
    m_sheetLabel->setBuddy(m_sheetChooser);
    m_sheetChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_keysHint->setPalette(muted);
    m_keysHint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheetChooser);
    top->addSpacing(16);
    top->addWidget(m_keysHint, 1);

    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({300, 700, 260});
    m_splitter->setObjectName(QStringLiteral("walkSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_navigator, &CriterionNavigator::criterionChosen, this, &CriterionWalk::showCriterion);
    connect(m_page, &CriterionPage::rowsBehindFiguresRequested, this,
            &CriterionWalk::rowsBehindFiguresRequested);
    connect(m_sheetChooser, &QComboBox::activated, this,
            [this](int index) { setSheet(m_sheetChooser->itemData(index).toString()); });

    for (int rating = 1; rating <= 5; ++rating)
        addShortcut(
            QKeySequence(Qt::Key_0 + rating), [rating] { return tr("Rate %1").arg(rating); },
            [this, rating] { m_page->rate(rating); });
    addShortcut(
        QKeySequence(Qt::Key_0), [] { return tr("Clear the rating"); },
        [this] { m_page->clearRating(); });
    addShortcut(
        QKeySequence(Qt::Key_S), [] { return tr("Accept the suggested rating"); },
        [this] { m_page->acceptSuggestion(); });
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Return), [] { return tr("Accept the suggested rating"); },
        [this] { m_page->acceptSuggestion(); });
    addShortcut(
        QKeySequence(Qt::Key_PageDown), [] { return tr("Next criterion"); }, [this] { next(); });
    addShortcut(
        QKeySequence(Qt::Key_PageUp), [] { return tr("Previous criterion"); },
        [this] { previous(); });
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Right), [] { return tr("Next criterion"); },
        [this] { next(); });
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Left), [] { return tr("Previous criterion"); },
        [this] { previous(); });
    addShortcut(
        QKeySequence(Qt::ALT | Qt::Key_PageDown), [] { return tr("Next criterion"); },
        [this] { next(); });
    addShortcut(
        QKeySequence(Qt::ALT | Qt::Key_PageUp), [] { return tr("Previous criterion"); },
        [this] { previous(); });
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_R), [] { return tr("Next reviewer's sheet"); },
        [this] { cycleSheet(); });
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_D), [] { return tr("Go to the figures"); },
        [this] { m_page->focusFigures(); });
    retranslate();
}

void CriterionWalk::addShortcut(const QKeySequence &keys,
                                const std::function<QString()> &description,
                                const std::function<void()> &action)
{
    // Within the walk only; text boxes keep plain keys (digits, S) for typing.
    auto *shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    // Named for Help → Keyboard Shortcuts, in the current language (again on a change).
    shortcut->setWhatsThis(description());
    m_shortcutTexts.append({shortcut, description});
    connect(shortcut, &QShortcut::activated, this, action);
}

void CriterionWalk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CriterionWalk::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // First time shown without remembered sizes: most of the width for the criterion page.
    if (!m_sized) {
        m_sized = true;
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
        if (sizes.value(1) < total / 2) {
            // The page first: the side list and the score take what they need and no more,
            // so a narrow window (1280x720 at 125 %) still shows the page whole.
            const int list = std::clamp(total * 24 / 100, 170, 320);
            const int score = std::clamp(total * 20 / 100, m_score->minimumWidth(), 300);
            m_splitter->setSizes({list, total - list - score, score});
        }
    }
}

void CriterionWalk::retranslate()
{
    for (const auto &[shortcut, description] : m_shortcutTexts)
        shortcut->setWhatsThis(description());
    m_sheetLabel->setText(tr("Rati&ng as:"));
    m_sheetChooser->setAccessibleName(tr("Whose ratings are entered"));
    m_keysHint->setText(tr("Keys: 1–5 rate · 0 clears · S accepts the suggestion · Ctrl+D "
                           "figures · PgDown/PgUp next/previous · Ctrl+R next reviewer"));
    fillSheets();
}

void CriterionWalk::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_language = language;
    if (m_session) {
        connect(m_session, &ReviewSession::changed, this, &CriterionWalk::refresh);
        const QList<Rater> &raters = m_session->document().raters;
        // The first reviewer starts; once every reviewer has rated everything, the consensus.
        bool ratersDone = !raters.isEmpty();
        for (const Rater &rater : raters)
            ratersDone = ratersDone && m_session->scoreCard(rater.uuid).unrated().isEmpty();
        // This laptop's own reviewer (a co-reviewer's hand-out) before the first one.
        const QString own = OwnSheet::of(m_session->document().review.uuid);
        const QString first = !own.isEmpty() && !m_session->raterName(own).isEmpty()
            ? own
            : (raters.isEmpty() ? QString() : raters.constFirst().uuid);
        if (m_sheet.isEmpty() || m_session->raterName(m_sheet).isEmpty())
            m_sheet = ratersDone && !m_session->isBlind() ? QString() : first;
    }
    fillSheets();
    m_navigator->setSession(m_session, language);
    m_navigator->setSheet(m_sheet);
    m_page->setSession(m_session, language);
    m_page->setSheet(m_sheet);
    if (m_session)
        m_navigator->setCurrentCriterion(m_page->criterionId());
    refresh({});
}

void CriterionWalk::fillSheets()
{
    const QSignalBlocker blocker(m_sheetChooser);
    m_sheetChooser->clear();
    if (!m_session)
        return;
    for (const Rater &rater : m_session->document().raters)
        m_sheetChooser->addItem(rater.name, rater.uuid);
    // The consensus sheet shows every reviewer's choice: not while they rate independently.
    m_blindSheets = m_session->isBlind();
    if (!m_blindSheets)
        m_sheetChooser->addItem(tr("Consensus"), QString());
    m_sheetChooser->setCurrentIndex(m_sheetChooser->findData(m_sheet));
}

void CriterionWalk::setSheet(const QString &raterUuid)
{
    m_page->flush();
    m_sheet = raterUuid;
    m_sheetChooser->setCurrentIndex(m_sheetChooser->findData(m_sheet));
    m_navigator->setSheet(m_sheet);
    m_page->setSheet(m_sheet);
    refresh({});
}

void CriterionWalk::cycleSheet()
{
    if (m_sheetChooser->count() == 0)
        return;
    const int next = (m_sheetChooser->currentIndex() + 1) % m_sheetChooser->count();
    setSheet(m_sheetChooser->itemData(next).toString());
}

void CriterionWalk::showCriterion(const QString &criterionId)
{
    if (!m_session || criterionId == m_page->criterionId())
        return;
    m_page->showCriterion(criterionId);
    m_navigator->setCurrentCriterion(criterionId);
    m_scroll->verticalScrollBar()->setValue(0);
}

QString CriterionWalk::currentCriterionId() const
{
    return m_page->criterionId();
}

void CriterionWalk::next()
{
    const int row = m_navigator->currentRow();
    if (row + 1 < m_navigator->count())
        m_navigator->setCurrentRow(row + 1);
    m_page->focusRating();
}

void CriterionWalk::previous()
{
    const int row = m_navigator->currentRow();
    if (row > 0)
        m_navigator->setCurrentRow(row - 1);
    m_page->focusRating();
}

void CriterionWalk::flush()
{
    m_page->flush();
}

void CriterionWalk::refresh(const QString &criterionId)
{
    if (!m_session)
        return;
    if (m_blindSheets != m_session->isBlind())
        fillSheets(); // revealed (or back to independent rating after an undo)
    m_navigator->refresh();
    if (criterionId.isEmpty() || criterionId == m_page->criterionId())
        m_page->refresh();
    m_score->showScore(m_session->instrument(), m_session->scoreCard(m_sheet),
                       m_sheet.isEmpty() ? tr("consensus") : m_session->raterName(m_sheet),
                       m_language);
}

} // namespace laatu::gui
