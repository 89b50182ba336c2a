#pragma once
// The yardstick of a rating edit: what the disk's fsync costs a commit of one row.
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace laatu::bench {

// The reference: one row changed and committed per call, in a file of its own, WAL and
// synchronous=FULL as Laatu's database.
class BareCommit
{
public:
    explicit BareCommit(const QString &path)
        : m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                         QStringLiteral("bare-%1").arg(path)))
    {
        m_db.setDatabaseName(path);
        m_db.open();
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)"));
        for (int i = 0; i < 25; ++i)
            query.exec(QStringLiteral("INSERT INTO t VALUES (%1, 0)").arg(i));
        // Until the write-ahead log has reached its working size, each commit also extends the
        // file, a slower fsync; Laatu's log is already that size after the demo's save.
        for (int i = 0; i < 2000; ++i)
            commitMs(i);
    }
    double commitMs(int i)
    {
        QElapsedTimer timer;
        timer.start();
        m_db.transaction();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE t SET v = ? WHERE id = ?"));
        query.addBindValue(i);
        query.addBindValue(i % 25);
        query.exec();
        m_db.commit();
        return double(timer.nsecsElapsed()) / 1e6;
    }

private:
    QSqlDatabase m_db;
};

} // namespace laatu::bench
