#include "ConsensusView.h"

#include "gui/session/ReviewSession.h"

#include "scoring/Agreement.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
constexpr int kCriterionIdRole = Qt::UserRole + 1;
const QColor kDifferByOne(0xff, 0xe8, 0xb0);
const QColor kDifferByTwo(0xf8, 0xc4, 0xc4);

QString percent(int part, int whole)
{
    return whole == 0
        ? QStringLiteral("–")
        : QLocale().toString(100.0 * part / whole, 'f', 0) + QStringLiteral("\u00a0%");
}
} // namespace

ConsensusView::ConsensusView(QWidget *parent)
    : QWidget(parent)
    , m_agreement(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_useAgreed(new QPushButton(this))
    , m_table(new QTableWidget(this))
    , m_blindNote(new QLabel(this))
    , m_reveal(new QPushButton(this))
{
    setObjectName(QStringLiteral("consensusView"));
    m_blindNote->setObjectName(QStringLiteral("blindNote"));
    m_blindNote->setWordWrap(true);
    m_reveal->setObjectName(QStringLiteral("revealSheets"));
    m_table->setObjectName(QStringLiteral("consensusTable"));
    m_agreement->setObjectName(QStringLiteral("agreementFigures"));
    m_agreement->setWordWrap(true);
    m_agreement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("reasonsMissing"));
    m_useAgreed->setObjectName(QStringLiteral("useAgreedRatings"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    auto *top = new QHBoxLayout;
    top->addWidget(m_agreement, 1);
    top->addWidget(m_useAgreed, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_missing);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_blindNote);
    layout->addWidget(m_reveal, 0, Qt::AlignLeft);
    layout->addStretch(0);

    connect(m_table, &QTableWidget::itemChanged, this, &ConsensusView::edited);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (item->column() < 2)
            emit criterionActivated(item->data(kCriterionIdRole).toString());
    });
    connect(m_useAgreed, &QPushButton::clicked, this, &ConsensusView::useAgreedRatings);
    connect(m_reveal, &QPushButton::clicked, this, &ConsensusView::revealRequested);
}

bool ConsensusView::showBlind()
{
    const bool blind = m_session && m_session->isBlind();
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_agreement, m_useAgreed, m_missing, m_table})
        widget->setVisible(!blind);
    m_blindNote->setVisible(blind);
    m_reveal->setVisible(blind);
    if (!blind)
        return false;
    // Nothing of anyone's ratings: not even how many each has given.
    m_table->clear();
    m_table->setRowCount(0);
    m_blindNote->setText(
        m_session->allRatersDone()
            ? tr("Every reviewer has rated every criterion. Reveal the sheets to compare them "
                 "and agree the consensus.")
            : tr("The reviewers are rating independently: each sees only their own ratings "
                 "until the sheets are revealed. Reveal them when everyone has rated every "
                 "criterion."));
    m_reveal->setText(tr("Re&veal the Sheets…"));
    m_reveal->setEnabled(m_session->isEditable());
    return true;
}

void ConsensusView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

int ConsensusView::consensusColumn() const
{
    return m_session ? 2 + int(m_session->document().raters.size()) + 1 : 0;
}

int ConsensusView::reasonColumn() const
{
    return consensusColumn() + 1;
}

void ConsensusView::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_language = language;
    if (m_session)
        // Queued: an edit made from inside a table signal must not rebuild that table under it.
        connect(m_session, &ReviewSession::changed, this, &ConsensusView::refresh,
                Qt::QueuedConnection);
    refresh();
}

QString ConsensusView::agreementText() const
{
    return m_agreement->text();
}

QStringList ConsensusView::reasonsMissing() const
{
    QStringList missing;
    if (!m_session)
        return missing;
    const ScoreCard card = m_session->scoreCard();
    if (card.agreement())
        for (const QString &id : card.agreement()->differByTwoOrMore)
            if (m_session->consensusReason(id).trimmed().isEmpty())
                missing << id;
    return missing;
}

void ConsensusView::refresh()
{
    m_useAgreed->setText(tr("&Use Agreed Ratings"));
    m_useAgreed->setToolTip(tr("Sets the consensus wherever every reviewer gave the same rating "
                               "and no consensus is set yet."));
    if (!m_session) {
        m_table->clear();
        return;
    }
    if (showBlind())
        return;
    m_filling = true;
    const QList<Rater> &raters = m_session->document().raters;
    const Instrument &instrument = m_session->instrument();
    QStringList headers {tr("No."), tr("Criterion")};
    for (const Rater &rater : raters)
        headers << rater.name;
    headers << tr("Spread") << tr("Consensus") << tr("Reason");
    const int current = m_table->currentRow();
    const int currentColumn = m_table->currentColumn();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(instrument.criteria().size()));
    m_table->setAccessibleName(tr("Ratings side by side"));
    const bool editable = m_session->isEditable();
    int row = 0;
    for (const Criterion &criterion : instrument.criteria()) {
        auto readOnly = [&](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setData(kCriterionIdRole, criterion.id);
            return item;
        };
        m_table->setItem(row, 0, readOnly(QString::number(criterion.number)));
        m_table->setItem(row, 1, readOnly(criterion.title.text(m_language)));
        QList<int> given;
        for (int i = 0; i < raters.size(); ++i) {
            const std::optional<int> value = m_session->rating(raters.at(i).uuid, criterion.id);
            if (value)
                given << *value;
            m_table->setItem(row, 2 + i,
                             readOnly(value ? QString::number(*value) : QStringLiteral("–")));
            m_table->item(row, 2 + i)->setTextAlignment(Qt::AlignCenter);
        }
        const int spread = given.size() >= 2 ? *std::max_element(given.cbegin(), given.cend())
                - *std::min_element(given.cbegin(), given.cend())
                                             : 0;
        const int spreadColumn = 2 + int(raters.size());
        m_table->setItem(row, spreadColumn,
                         readOnly(given.size() >= 2 ? QString::number(spread) : QString()));
        m_table->item(row, spreadColumn)->setTextAlignment(Qt::AlignCenter);
        if (spread > 0) {
            const QColor colour = spread >= 2 ? kDifferByTwo : kDifferByOne;
            for (int column = 2; column <= spreadColumn; ++column) {
                m_table->item(row, column)->setBackground(colour);
                m_table->item(row, column)->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_table->item(row, spreadColumn)
                ->setToolTip(spread >= 2 ? tr("The reviewers differ by %1: the consensus needs "
                                              "a written reason.")
                                               .arg(spread)
                                         : tr("The reviewers differ by 1."));
        }
        const std::optional<int> consensus = m_session->rating({}, criterion.id);
        auto *consensusItem
            = new QTableWidgetItem(consensus ? QString::number(*consensus) : QString());
        consensusItem->setData(kCriterionIdRole, criterion.id);
        consensusItem->setTextAlignment(Qt::AlignCenter);
        consensusItem->setToolTip(tr("Type 1–5; empty clears"));
        QFont bold = consensusItem->font();
        bold.setBold(true);
        consensusItem->setFont(bold);
        const QString reason = m_session->consensusReason(criterion.id);
        auto *reasonItem = new QTableWidgetItem(reason);
        reasonItem->setData(kCriterionIdRole, criterion.id);
        if (spread >= 2 && reason.trimmed().isEmpty()) {
            reasonItem->setBackground(kDifferByTwo);
            reasonItem->setForeground(QColor(0x20, 0x20, 0x20));
            reasonItem->setToolTip(tr("Reason needed before the review can be final"));
        }
        if (!editable) {
            consensusItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            reasonItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        } else if (!consensus) {
            reasonItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        m_table->setItem(row, consensusColumn(), consensusItem);
        m_table->setItem(row, reasonColumn(), reasonItem);
        ++row;
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(reasonColumn(), QHeaderView::Stretch);
    if (current >= 0)
        m_table->setCurrentCell(current, currentColumn);
    m_filling = false;

    const ScoreCard card = m_session->scoreCard();
    if (card.agreement() && card.agreement()->compared > 0) {
        const Agreement &agreement = *card.agreement();
        QStringList numbers;
        for (const QString &id : agreement.differByTwoOrMore)
            numbers << QString::number(instrument.criterion(id)->number);
        m_agreement->setText(
            tr("Agreement over %1 criteria both reviewers rated: exact %2 (%3), within one "
               "point %4 (%5), 2 or more apart %6%7.")
                .arg(agreement.compared)
                .arg(agreement.exact)
                .arg(percent(agreement.exact, agreement.compared))
                .arg(agreement.withinOne)
                .arg(percent(agreement.withinOne, agreement.compared))
                .arg(agreement.differByTwoOrMore.size())
                .arg(numbers.isEmpty()
                         ? QString()
                         : tr(" (criteria %1)").arg(numbers.join(QStringLiteral(", ")))));
        if (agreement.weightedKappa)
            m_agreement->setText(m_agreement->text() + QLatin1Char(' ')
                                 + tr("Weighted kappa %1.")
                                       .arg(QLocale().toString(*agreement.weightedKappa, 'f', 2)));
    } else {
        m_agreement->setText(raters.size() < 2
                                 ? tr("Agreement figures need two or more reviewers.")
                                 : tr("Agreement figures appear once the reviewers have rated "
                                      "the same criteria."));
    }
    QStringList missing;
    for (const QString &id : reasonsMissing())
        missing << QString::number(instrument.criterion(id)->number);
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("Write the reason for the consensus on criteria %1 before the "
                                "review can be final.")
                                 .arg(missing.join(QStringLiteral(", "))));
    m_missing->setVisible(!missing.isEmpty());
    m_useAgreed->setEnabled(editable);
}

void ConsensusView::edited(QTableWidgetItem *item)
{
    if (m_filling || !m_session)
        return;
    const QString id = item->data(kCriterionIdRole).toString();
    if (item->column() == consensusColumn()) {
        const QString text = item->text().trimmed();
        bool ok = false;
        const int value = text.toInt(&ok);
        if (text.isEmpty())
            m_session->setRating({}, id, std::nullopt);
        else if (ok && value >= m_session->instrument().ratingMin()
                 && value <= m_session->instrument().ratingMax())
            m_session->setRating({}, id, value);
        else
            refresh(); // not a rating: show the stored one again
    } else if (item->column() == reasonColumn()) {
        m_session->setConsensusReason(id, item->text());
    }
}

void ConsensusView::useAgreedRatings()
{
    if (!m_session)
        return;
    const QList<Rater> &raters = m_session->document().raters;
    if (raters.isEmpty())
        return;
    m_session->undoStack()->beginMacro(tr("Use agreed ratings"));
    for (const Criterion &criterion : m_session->instrument().criteria()) {
        if (m_session->rating({}, criterion.id))
            continue;
        std::optional<int> agreed = m_session->rating(raters.constFirst().uuid, criterion.id);
        for (const Rater &rater : raters)
            if (m_session->rating(rater.uuid, criterion.id) != agreed)
                agreed.reset();
        if (agreed && !m_session->setRating({}, criterion.id, agreed))
            break;
    }
    m_session->undoStack()->endMacro();
}

} // namespace laatu::gui
