#include "DatabaseCheck.h"

#include "CheckConstraintScan.h"
#include "SchemaCheck.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace laatu {

StorageError DatabaseCheck::run(QSqlDatabase &db, bool readOnlyConnection, QStringList &report)
{
    // Every row any check returns counts, and every check runs: the report names all that is
    // wrong, not the first thing.
    const QStringList checks {QStringLiteral("PRAGMA quick_check"),
                              QStringLiteral("PRAGMA integrity_check"),
                              QStringLiteral("PRAGMA foreign_key_check")};
    QStringList problems;
    for (const QString &check : checks) {
        QSqlQuery query(db);
        if (!query.exec(check))
            return StorageError::fromSql(query.lastError(), tr("checking the database"));
        QStringList lines;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << query.value(i).toString();
            lines << cells.join(QLatin1Char(' '));
        }
        const bool foreignKeys = check.contains(QLatin1String("foreign_key"));
        const bool ok = foreignKeys ? lines.isEmpty() : lines == QStringList {QStringLiteral("ok")};
        if (foreignKeys)
            for (QString &line : lines)
                line = tr("a row of %1 refers to a missing row of %2 (%3)")
                           .arg(line.section(QLatin1Char(' '), 0, 0),
                                line.section(QLatin1Char(' '), 2, 2), line);
        report << QStringLiteral("%1: %2").arg(
            check.mid(7), ok ? QStringLiteral("ok") : lines.join(QStringLiteral("; ")));
        if (!ok)
            problems << lines;
    }
    // A read-only connection's integrity_check skips the CHECK constraints (see
    // CheckConstraintScan); a writer's has just covered them.
    if (readOnlyConnection) {
        QStringList violations;
        if (StorageError error = CheckConstraintScan::scan(db, violations))
            return error;
        report << QStringLiteral("check constraints: %1")
                      .arg(violations.isEmpty() ? QStringLiteral("ok")
                                                : violations.join(QStringLiteral("; ")));
        problems << violations;
    }
    // The schema against the one Laatu's migrations make for this version.
    QStringList differences;
    if (StorageError error = SchemaCheck::compare(db, differences))
        return error;
    report << QStringLiteral("schema: %1")
                  .arg(differences.isEmpty() ? QStringLiteral("ok")
                                             : differences.join(QStringLiteral("; ")));
    problems << differences;
    problems.removeDuplicates();
    if (!problems.isEmpty())
        return {StorageError::Corrupt,
                tr("The database check found %n problem(s): %1", nullptr, int(problems.size()))
                    .arg(problems.join(QStringLiteral("; ")))};
    return {};
}

} // namespace laatu
