#include "VisitPlanTableModel.h"

#include "gui/session/ReviewSession.h"

#include <QLocale>
#include <QRegularExpression>

namespace laatu::gui {

VisitPlanTableModel::VisitPlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VisitPlanTableModel::setSession(ReviewSession *session)
{
    m_session = session;
    beginResetModel();
    m_items = session ? session->document().visitPlan.items : QList<VisitPlanItem>();
    endResetModel();
}

void VisitPlanTableModel::refresh()
{
    const QList<VisitPlanItem> stored
        = m_session ? m_session->document().visitPlan.items : QList<VisitPlanItem>();
    bool sameRows = stored.size() == m_items.size();
    for (int i = 0; sameRows && i < stored.size(); ++i)
        sameRows = stored.at(i).uuid == m_items.at(i).uuid;
    if (!sameRows) {
        beginResetModel();
        m_items = stored;
        endResetModel();
        return;
    }
    // In place: a reset under an editor being committed would take the view's place away.
    m_items = stored;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
}

int VisitPlanTableModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).uuid == uuid)
            return i;
    return -1;
}

int VisitPlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int VisitPlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QDate VisitPlanTableModel::dateOf(int day) const
{
    if (!m_session)
        return {};
    const ReviewHeader &review = m_session->document().review;
    const QDate date = review.visitStart.isValid() ? review.visitStart.addDays(day - 1) : QDate();
    return date.isValid() && date <= review.visitEnd ? date : QDate();
}

QVariant VisitPlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const VisitPlanItem &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case DayColumn:
            return item.day;
        case StartColumn:
            return VisitPlanTimes::toText(item.start);
        case EndColumn:
            return VisitPlanTimes::toText(item.end);
        case WhatColumn:
            return item.activity;
        case WithWhomColumn:
            return item.participants;
        case WhereColumn:
            return item.place;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DayColumn) {
        // The day's date, where the visit has that day.
        const QDate date = dateOf(item.day);
        return date.isValid() ? QLocale().toString(date, QLocale::LongFormat)
                              : tr("Day %1 is after the visit's last day").arg(item.day);
    }
    if (role == Qt::TextAlignmentRole && index.column() <= EndColumn)
        return QVariant::fromValue(Qt::AlignTop | Qt::AlignHCenter);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignTop | Qt::AlignLeft);
    return {};
}

QVariant VisitPlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case WhatColumn:
        return tr("What");
    case WithWhomColumn:
        return tr("With whom");
    case WhereColumn:
        return tr("Where");
    }
    return {};
}

Qt::ItemFlags VisitPlanTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_session && m_session->isEditable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QTime VisitPlanTableModel::parseTime(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2})[:.]?(\\d{2})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

bool VisitPlanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_session || role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    VisitPlanItem item = m_items.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case DayColumn:
        item.day = value.toInt();
        break;
    case StartColumn:
    case EndColumn: {
        const QTime time = parseTime(text);
        const bool open = index.column() == EndColumn && text.trimmed().isEmpty();
        if (!time.isValid() && !open) {
            emit problem(tr("\"%1\" is not a time of day; type it as 9:30 or 09:30.").arg(text));
            return false;
        }
        (index.column() == StartColumn ? item.start : item.end) = time;
        break;
    }
    case WhatColumn:
        item.activity = text;
        break;
    case WithWhomColumn:
        item.participants = text;
        break;
    case WhereColumn:
        item.place = text;
        break;
    default:
        return false;
    }
    if (item == m_items.at(index.row()))
        return true;
    // The session says why when the database refuses (failed()); the stored value comes back.
    return m_session->saveVisitPlanItem(item);
}

} // namespace laatu::gui
