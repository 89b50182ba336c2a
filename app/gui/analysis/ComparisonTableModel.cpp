#include "ComparisonTableModel.h"

#include "gui/analysis/ChartPalette.h"
#include "gui/common/DisplayText.h"
#include "i18n/DateText.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace laatu::gui {

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ComparisonTableModel::setComparison(CountyComparison comparison, const QString &language)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_language = language;
    endResetModel();
}

void ComparisonTableModel::setLanguage(const QString &language)
{
    m_language = language;
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int ComparisonTableModel::criterionCount() const
{
    return int(m_comparison.instrument().criteria().size());
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows().size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : levelColumn() + 1;
}

QString ComparisonTableModel::levelName(const QString &key) const
{
    if (const Level *level = m_comparison.instrument().level(key))
        return level->name.text(m_language);
    return tr("Incomplete");
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CountyComparison::Row &row = m_comparison.rows().at(index.row());
    const int column = index.column();
    const Instrument &instrument = m_comparison.instrument();
    const QLocale locale;
    if (column >= FirstCriterionColumn && column < totalColumn()) {
        const int criterion = column - FirstCriterionColumn;
        const std::optional<int> rating = row.ratings.value(criterion);
        switch (role) {
        case Qt::DisplayRole:
            return rating ? QString::number(*rating) : QStringLiteral("–");
        case kSortRole:
            return rating ? QVariant(*rating) : QVariant();
        case Qt::BackgroundRole:
            return rating ? QVariant(ChartPalette::rating(*rating, instrument.ratingMin(),
                                                          instrument.ratingMax()))
                          : QVariant();
        case Qt::ForegroundRole:
            // Dark text on every tint; the system's own colour where there is no tint.
            return rating ? QVariant(ChartPalette::ink()) : QVariant(ChartPalette::muted());
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole: {
            const Criterion &info = instrument.criteria().at(criterion);
            return tr("%1 – %2. %3: %4")
                .arg(row.review.siteName)
                .arg(info.number)
                .arg(info.title.text(m_language),
                     rating ? QString::number(*rating) : tr("not rated"));
        }
        case Qt::AccessibleTextRole: {
            const Criterion &info = instrument.criteria().at(criterion);
            return tr("Criterion %1, %2")
                .arg(info.number)
                .arg(rating ? QString::number(*rating) : tr("not rated"));
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return column >= totalColumn() && column != levelColumn()
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && column == totalColumn()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (column == levelColumn() && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        if (!row.isComplete())
            return {};
        if (role == Qt::ForegroundRole)
            return ChartPalette::ink();
        QColor tint = ChartPalette::level(instrument.levels(), row.levelKey);
        tint.setAlphaF(0.35f);
        return tint;
    }
    if (role != Qt::DisplayRole && role != kSortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case SiteColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1, %2 (%3)")
                .arg(row.review.siteName, row.review.municipality,
                     DisplayText::reviewKind(row.review.kind));
        return row.review.siteName;
    case VisitColumn:
        if (role == kSortRole)
            return row.review.visitStart;
        return role == Qt::ToolTipRole ? QVariant()
                                       : QVariant(DateText::date(row.review.visitStart, locale));
    default:
        break;
    }
    if (column == totalColumn()) {
        if (role == kSortRole)
            return row.total ? QVariant(*row.total) : QVariant();
        if (role == Qt::ToolTipRole)
            return row.total ? QVariant()
                             : QVariant(tr("%1 of %2 criteria rated: no total until all are")
                                            .arg(row.ratedCount)
                                            .arg(criterionCount()));
        return row.total ? QString::number(*row.total) : QStringLiteral("–");
    }
    if (column == meanColumn()) {
        if (role == kSortRole)
            return row.meanHundredths ? QVariant(*row.meanHundredths) : QVariant();
        if (role == Qt::ToolTipRole)
            return {};
        return row.meanHundredths ? locale.toString(*row.meanHundredths / 100.0, 'f', 2)
                                  : QStringLiteral("–");
    }
    if (column == levelColumn()) {
        if (role == Qt::ToolTipRole) {
            const Level *level = instrument.level(row.levelKey);
            return level ? QVariant(level->description.text(m_language)) : QVariant();
        }
        return levelName(row.levelKey);
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Instrument &instrument = m_comparison.instrument();
    if (section >= FirstCriterionColumn && section < totalColumn()) {
        const int c = section - FirstCriterionColumn;
        const Criterion &criterion = instrument.criteria().at(c);
        const std::optional<int> mean = m_comparison.criterionMeans().value(c).meanHundredths();
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(criterion.number);
        case Qt::ToolTipRole:
            return mean ? tr("%1. %2 – county mean %3")
                              .arg(criterion.number)
                              .arg(criterion.title.text(m_language),
                                   QLocale().toString(*mean / 100.0, 'f', 2))
                        : tr("%1. %2").arg(criterion.number).arg(criterion.title.text(m_language));
        case Qt::AccessibleTextRole:
            return tr("Criterion %1: %2")
                .arg(criterion.number)
                .arg(criterion.title.text(m_language));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole && section != meanColumn())
        return {};
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case VisitColumn:
        return tr("Visit");
    default:
        break;
    }
    if (section == totalColumn())
        return tr("Total");
    if (section == meanColumn())
        return role == Qt::ToolTipRole ? tr("Mean rating of the criteria") : tr("Mean");
    if (section == levelColumn())
        return tr("Level");
    return {};
}

void ComparisonTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> reviewIds;
    for (const QModelIndex &index : before)
        reviewIds << m_comparison.rows().at(index.row()).review.reviewId;
    if (column == SiteColumn)
        m_comparison.sort(CountyComparison::SortKey::Site, order);
    else if (column == VisitColumn)
        m_comparison.sort(CountyComparison::SortKey::Visit, order);
    else if (column == totalColumn() || column == meanColumn())
        // The mean follows the total: both exist only for complete reviews.
        m_comparison.sort(CountyComparison::SortKey::Total, order);
    else if (column == levelColumn())
        m_comparison.sort(CountyComparison::SortKey::Level, order);
    else
        m_comparison.sort(CountyComparison::SortKey::Criterion, order,
                          column - FirstCriterionColumn);
    // The selection and the current cell follow their review to its new row.
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_comparison.rows().size(); ++row)
        rowOf.insert(m_comparison.rows().at(row).review.reviewId, row);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf.value(reviewIds.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace laatu::gui
