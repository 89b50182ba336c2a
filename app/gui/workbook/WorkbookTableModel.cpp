#include "WorkbookTableModel.h"

#include "gui/session/ReviewSession.h"

#include "i18n/DateText.h"
#include "scoring/WorkbookFigure.h"

#include <QDate>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>

namespace laatu::gui {

namespace {
QStringList uuids(const QList<WorkbookRow> &rows)
{
    QStringList result;
    for (const WorkbookRow &row : rows)
        result << row.uuid;
    return result;
}

// Greedy line breaks at spaces so that each line fits `width` pixels where a word allows.
QString wrapped(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // A word wider than the column (a Finnish compound) is split with a hyphen.
        while (metrics.horizontalAdvance(word) > width && word.size() > 4) {
            int cut = int(word.size()) - 2;
            while (cut > 2 && metrics.horizontalAdvance(word.left(cut) + QLatin1Char('-')) > width)
                --cut;
            if (!line.isEmpty())
                lines << line;
            lines << word.left(cut) + QLatin1Char('-');
            line.clear();
            word = word.mid(cut);
        }
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QDate typedDate(const QString &text)
{
    const QLocale locale;
    const QString format = DateText::dateFormat(locale);
    QDate date = locale.toDate(text, format);
    // A two-digit year is this century's: nobody reads a record from 1926.
    if (date.isValid() && !format.contains(QLatin1String("yyyy")) && date.year() < 2000)
        date = date.addYears(100);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    if (!date.isValid())
        date = QDate::fromString(text, Qt::ISODate);
    return date;
}
} // namespace

WorkbookTableModel::WorkbookTableModel(WorkbookTable table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{ }

void WorkbookTableModel::setSession(ReviewSession *session, const QString &language)
{
    beginResetModel();
    m_session = session;
    m_language = language;
    m_fields = session ? session->instrument().workbookFields(m_table) : QList<WorkbookField>();
    m_rows = session ? WorkbookFigure::rowsOf(session->document().workbook, m_table)
                     : QList<WorkbookRow>();
    endResetModel();
}

void WorkbookTableModel::setHeaderWidth(int pixels)
{
    m_headerWidth = pixels;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void WorkbookTableModel::refresh()
{
    const QList<WorkbookRow> rows = m_session
        ? WorkbookFigure::rowsOf(m_session->document().workbook, m_table)
        : QList<WorkbookRow>();
    const QStringList before = uuids(m_rows);
    const QStringList after = uuids(rows);
    if (before == after) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    // One row added or removed (an edit, its undo): said as such, so the view keeps its place.
    if (after.size() == before.size() + 1) {
        for (int i = 0; i < after.size(); ++i) {
            QStringList without = after;
            without.removeAt(i);
            if (without == before) {
                beginInsertRows({}, i, i);
                m_rows = rows;
                endInsertRows();
                return;
            }
        }
    } else if (before.size() == after.size() + 1) {
        for (int i = 0; i < before.size(); ++i) {
            QStringList without = before;
            without.removeAt(i);
            if (without == after) {
                beginRemoveRows({}, i, i);
                m_rows = rows;
                endRemoveRows();
                return;
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const WorkbookField *WorkbookTableModel::field(int column) const
{
    return column >= 1 && column <= m_fields.size() ? &m_fields.at(column - 1) : nullptr;
}

int WorkbookTableModel::columnOf(const QString &fieldKey) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).key == fieldKey)
            return i + 1;
    return -1;
}

QString WorkbookTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

int WorkbookTableModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).uuid == uuid)
            return i;
    return -1;
}

bool WorkbookTableModel::isEditable() const
{
    return m_session && m_session->isEditable()
        && !(m_table == WorkbookTable::Records && m_session->document().workbook.recordsCleared);
}

std::optional<QString> WorkbookTableModel::storedText(const WorkbookField &field,
                                                      const QString &typed)
{
    QString text = typed.trimmed();
    if (field.type == WorkbookFieldType::Number)
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (field.type == WorkbookFieldType::Date && !text.isEmpty()) {
        const QDate date = typedDate(text);
        if (!date.isValid())
            return std::nullopt;
        text = date.toString(Qt::ISODate);
    }
    return WorkbookFigure::storedValue(field, text);
}

int WorkbookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkbookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_fields.size()) + 1;
}

QVariant WorkbookTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkbookRow &row = m_rows.at(index.row());
    const WorkbookField *info = field(index.column());
    const QString value = info ? row.values.value(info->key) : row.code;
    const WorkbookFieldType type = info ? info->type : WorkbookFieldType::Text;
    switch (role) {
    case Qt::DisplayRole:
        if (value.isEmpty())
            return QString();
        switch (type) {
        case WorkbookFieldType::Number:
            return QString(value).replace(QLatin1Char('.'), QLocale().decimalPoint());
        case WorkbookFieldType::YesNo:
            return value == QLatin1String(WorkbookValues::kYes) ? tr("Yes") : tr("No");
        case WorkbookFieldType::Date:
            // Shown by the view's date delegate the way DateText writes dates.
            return QDate::fromString(value, Qt::ISODate);
        case WorkbookFieldType::Text:
            return value;
        }
        return value;
    case Qt::EditRole:
        switch (type) {
        case WorkbookFieldType::Number:
            return QString(value).replace(QLatin1Char('.'), QLocale().decimalPoint());
        case WorkbookFieldType::Date:
            return DateText::date(QDate::fromString(value, Qt::ISODate));
        default:
            return value;
        }
    case Qt::TextAlignmentRole:
        return type == WorkbookFieldType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString();
    case Qt::ToolTipRole:
        // A team or an employer may be longer than its column.
        return type == WorkbookFieldType::Text ? value : QString();
    default:
        return {};
    }
}

QString WorkbookTableModel::headerLabel(int column) const
{
    if (const WorkbookField *info = field(column))
        return info->label.text(m_language);
    return m_table == WorkbookTable::Coaches ? tr("Coach (code or first name)") : tr("Record code");
}

QVariant WorkbookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return wrapped(headerLabel(section), QFontMetrics(QGuiApplication::font()), m_headerWidth);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return headerLabel(section);
    default:
        return {};
    }
}

Qt::ItemFlags WorkbookTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isEditable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool WorkbookTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size() || !m_session)
        return false;
    WorkbookRow row = m_rows.at(index.row());
    const QString typed = value.toString();
    if (const WorkbookField *info = field(index.column())) {
        const std::optional<QString> stored = storedText(*info, typed);
        if (!stored) {
            emit refused(tr("\"%1\" is not a valid value for \"%2\"; the stored value is kept.")
                             .arg(typed.trimmed(), info->label.text(m_language)));
            emit dataChanged(index, index);
            return false;
        }
        if (stored->isEmpty())
            row.values.remove(info->key);
        else
            row.values.insert(info->key, *stored);
    } else {
        row.code = typed.trimmed();
    }
    if (row == m_rows.at(index.row()))
        return true;
    // The session reloads the review and tells the view, which shows what was stored.
    return m_session->saveWorkbookRow(m_table, row);
}

} // namespace laatu::gui
