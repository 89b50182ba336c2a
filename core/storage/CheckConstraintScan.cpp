#include "CheckConstraintScan.h"

#include <QSqlError>
#include <QSqlQuery>

namespace laatu {

namespace {
// Index just past a quoted run ('text', "name", `name`, [name]) starting at `i`.
qsizetype skipQuoted(const QString &sql, qsizetype i)
{
    const QChar open = sql.at(i);
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    for (++i; i < sql.size(); ++i) {
        if (sql.at(i) != close)
            continue;
        if (close != QLatin1Char(']') && i + 1 < sql.size() && sql.at(i + 1) == close) {
            ++i; // a doubled quote stands for itself
            continue;
        }
        return i + 1;
    }
    return i;
}

// Index just past a comment starting at `i`, or `i` when none starts there.
qsizetype skipComment(const QString &sql, qsizetype i)
{
    if (sql.mid(i, 2) == QLatin1String("--")) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? sql.size() : end + 1;
    }
    if (sql.mid(i, 2) == QLatin1String("/*")) {
        const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? sql.size() : end + 2;
    }
    return i;
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')
        || c == QLatin1Char('[');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}
} // namespace

QStringList CheckConstraintScan::expressions(const QString &createTable)
{
    QStringList found;
    const QString &sql = createTable;
    qsizetype i = 0;
    while (i < sql.size()) {
        if (const qsizetype after = skipComment(sql, i); after != i) {
            i = after;
            continue;
        }
        if (isQuote(sql.at(i))) {
            i = skipQuoted(sql, i);
            continue;
        }
        if (!isWordChar(sql.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < sql.size() && isWordChar(sql.at(end)))
            ++end;
        const bool check
            = sql.mid(i, end - i).compare(QLatin1String("CHECK"), Qt::CaseInsensitive) == 0;
        i = end;
        if (!check)
            continue;
        while (i < sql.size() && sql.at(i).isSpace())
            ++i;
        if (i >= sql.size() || sql.at(i) != QLatin1Char('('))
            continue;
        // The balanced parentheses after CHECK, quotes and comments inside taken as they are.
        const qsizetype start = i + 1;
        int depth = 0;
        while (i < sql.size()) {
            if (const qsizetype after = skipComment(sql, i); after != i) {
                i = after;
                continue;
            }
            const QChar c = sql.at(i);
            if (isQuote(c)) {
                i = skipQuoted(sql, i);
                continue;
            }
            ++i;
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                break;
        }
        if (depth == 0)
            found << sql.mid(start, i - 1 - start).trimmed();
    }
    return found;
}

StorageError CheckConstraintScan::scan(QSqlDatabase &db, QStringList &findings)
{
    const QString what = tr("checking the rules of the tables");
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                    " AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
                                    " ORDER BY name")))
        return StorageError::fromSql(tables.lastError(), what);
    QList<std::pair<QString, QString>> checks;
    while (tables.next())
        for (const QString &expression : expressions(tables.value(1).toString()))
            checks.append({tables.value(0).toString(), expression});
    tables.finish();
    for (const auto &[table, expression] : checks) {
        // A CHECK fails only where its expression is false; NULL passes, as in SQLite.
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE NOT (%2)")
                           .arg(quotedName(table), expression))
            || !rows.next())
            return StorageError::fromSql(rows.lastError(), what);
        if (const qint64 count = rows.value(0).toLongLong(); count > 0)
            findings << tr("CHECK constraint failed in %1: %2 (%n row(s))", nullptr, int(count))
                            .arg(table, expression);
    }
    return {};
}

} // namespace laatu
