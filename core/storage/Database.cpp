#include "Database.h"

#include "SchemaMigrations.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace laatu {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

QString newConnectionName(const QString &purpose)
{
    return QStringLiteral("laatu-%1-%2")
        .arg(purpose)
        .arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Runs a one-value query; an empty QVariant and `error` set on failure.
QVariant scalar(QSqlDatabase &db, const QString &sql, StorageError &error, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        error = StorageError::fromSql(query.lastError(), what);
        return {};
    }
    return query.value(0);
}
} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/laatu.db");
}

StorageError Database::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            StorageError::IoError,
            tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return {StorageError::NotADatabase,
                tr("%1 is empty, not a Laatu database. If it should hold reviews, restore the "
                   "newest backup (laatu-cli restore).")
                    .arg(QDir::toNativeSeparators(path))};
    if (header != QByteArray("SQLite format 3\0", 16))
        return {StorageError::NotADatabase,
                tr("%1 is not a Laatu database (it is not an SQLite file). Choose another file, "
                   "or restore the newest backup if this one was damaged.")
                    .arg(QDir::toNativeSeparators(path))};
    return {};
}

StorageError Database::inspect(const QString &path, int &schemaVersion)
{
    // A separate read-only connection: nothing about a file that fails a check is written.
    const QString name = newConnectionName(QStringLiteral("inspect"));
    StorageError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const QString native = QDir::toNativeSeparators(path);
        if (!db.open()) {
            error = StorageError::fromSql(db.lastError(), tr("opening %1").arg(native));
        } else {
            const QVariant tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                                           error, tr("reading %1").arg(native));
            const QVariant applicationId = error
                ? QVariant()
                : scalar(db, QStringLiteral("PRAGMA application_id"), error,
                         tr("reading %1").arg(native));
            const QVariant version = error ? QVariant()
                                           : scalar(db, QStringLiteral("PRAGMA user_version"),
                                                    error, tr("reading %1").arg(native));
            if (!error) {
                schemaVersion = version.toInt();
                const bool emptyFile
                    = tables.toInt() == 0 && applicationId.toInt() == 0 && schemaVersion == 0;
                if (!emptyFile && applicationId.toInt() != kApplicationId) {
                    error = {StorageError::ForeignDatabase,
                             tr("%1 is a database of another program, not a Laatu database. "
                                "Choose another file.")
                                 .arg(native)};
                } else if (schemaVersion > kSchemaVersion) {
                    error = {StorageError::TooNew,
                             tr("%1 was made by a newer Laatu (database version %2; this Laatu "
                                "reads up to %3). Update Laatu to open it; the file was not "
                                "changed.")
                                 .arg(native)
                                 .arg(schemaVersion)
                                 .arg(kSchemaVersion)};
                }
            }
            if (!error) {
                const QVariant quick = scalar(db, QStringLiteral("PRAGMA quick_check"), error,
                                              tr("checking %1").arg(native));
                if (!error && quick.toString() != QLatin1String("ok"))
                    error = {StorageError::Corrupt,
                             tr("%1 is damaged (the check reports: %2). Laatu does not write to "
                                "it: restore the newest backup (laatu-cli restore).")
                                 .arg(native, quick.toString())};
            }
            if (error.code() == StorageError::NotADatabase || error.code() == StorageError::Corrupt)
                error = {error.code(),
                         tr("%1 is damaged or not a Laatu database (%2). Laatu does not write to "
                            "it: restore the newest backup (laatu-cli restore).")
                             .arg(native,
                                  db.lastError().databaseText().isEmpty()
                                      ? error.message()
                                      : db.lastError().databaseText())};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options,
                                         StorageError &error)
{
    const QString native = QDir::toNativeSeparators(path);
    std::unique_ptr<Database> database(new Database());
    database->m_path = QFileInfo(path).absoluteFilePath();
    bool created = false;
    if (!QFileInfo::exists(path)) {
        if (!options.create || options.readOnly) {
            error = {StorageError::FileMissing, tr("There is no database at %1.").arg(native)};
            return nullptr;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        // Created by us, readable by the user alone, before SQLite writes a byte into it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            error = {
                StorageError::IoError,
                tr("A new database cannot be created at %1: %2.").arg(native, file.errorString())};
            return nullptr;
        }
        file.close();
        created = true;
    }
    int schemaVersion = 0;
    if (!created) {
        if ((error = checkHeader(path)))
            return nullptr;
        if ((error = inspect(path, schemaVersion)))
            return nullptr;
    }

    bool readOnly = options.readOnly;
    if (readOnly)
        database->m_readOnlyReason = tr("opened read-only on request");
    if (!readOnly && !QFileInfo(path).isWritable()) {
        readOnly = true;
        database->m_readOnlyReason = tr("the file %1 is read-only").arg(native);
    }
    if (!readOnly) {
        database->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        // 0: a lock is stale only when its process is gone (same host), never by age.
        database->m_lock->setStaleLockTime(0);
        if (!database->m_lock->tryLock(0)) {
            readOnly = true;
            qint64 pid = 0;
            QString host;
            QString application;
            if (database->m_lock->error() == QLockFile::LockFailedError
                && database->m_lock->getLockInfo(&pid, &host, &application)) {
                database->m_readOnlyReason = tr("%1 on %2 (process %3) has it open for writing")
                                                 .arg(application, host)
                                                 .arg(pid);
            } else {
                database->m_readOnlyReason
                    = tr("the folder %1 cannot be written")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            }
            database->m_lock.reset();
        }
    }
    if (readOnly && schemaVersion < kSchemaVersion && !created) {
        error = {StorageError::ReadOnly,
                 tr("%1 was made by an older Laatu and must be upgraded, which needs writing, "
                    "but %2.")
                     .arg(native, database->m_readOnlyReason)};
        return nullptr;
    }
    database->m_readOnly = readOnly;
    if ((error = database->connect(readOnly)) || (error = database->applyPragmas()))
        return nullptr;
    if (!readOnly && schemaVersion < kSchemaVersion && (error = database->migrate(schemaVersion)))
        return nullptr;
    return database;
}

StorageError Database::connect(bool readOnly)
{
    m_connectionName = newConnectionName(QStringLiteral("main"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(readOnly
                               ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return StorageError::fromSql(m_db.lastError(), tr("opening the database"));
    return {};
}

StorageError Database::applyPragmas()
{
    QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = ON"),
                         QStringLiteral("PRAGMA trusted_schema = OFF"),
                         QStringLiteral("PRAGMA mmap_size = 0")};
    if (!m_readOnly) {
        pragmas << QStringLiteral("PRAGMA secure_delete = ON")
                << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma))
            return StorageError::fromSql(query.lastError(), tr("setting up the database"));
        if (pragma.contains(QLatin1String("journal_mode")) && query.next()
            && query.value(0).toString() != QLatin1String("wal"))
            return {StorageError::IoError,
                    tr("The database cannot use write-ahead logging on this disk (it reports "
                       "\"%1\"); use a folder on a local disk.")
                        .arg(query.value(0).toString())};
    }
    return {};
}

StorageError Database::migrate(int fromVersion)
{
    for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(m_db, tr("upgrading the database"));
        if (transaction.beginError())
            return transaction.beginError();
        if (StorageError error = SchemaMigrations::migrateTo(m_db, version))
            return error;
        SqlStatement bump(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (StorageError error = bump.exec(tr("upgrading the database")))
            return error;
        if (StorageError error = transaction.commit(tr("upgrading the database")))
            return error;
    }
    return {};
}

StorageError Database::ensureWritable(const QString &what) const
{
    if (!m_readOnly)
        return {};
    return {StorageError::ReadOnly,
            tr("The database is open read-only (%1), so %2 did not happen.")
                .arg(m_readOnlyReason, what)};
}

StorageError Database::check(QStringList &report)
{
    const QStringList checks {QStringLiteral("PRAGMA quick_check"),
                              QStringLiteral("PRAGMA integrity_check"),
                              QStringLiteral("PRAGMA foreign_key_check")};
    for (const QString &check : checks) {
        QSqlQuery query(m_db);
        if (!query.exec(check))
            return StorageError::fromSql(query.lastError(), tr("checking the database"));
        QStringList lines;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << query.value(i).toString();
            lines << cells.join(QLatin1Char(' '));
        }
        const bool ok = check.contains(QLatin1String("foreign_key"))
            ? lines.isEmpty()
            : lines == QStringList {QStringLiteral("ok")};
        report << QStringLiteral("%1: %2").arg(
            check.mid(7), ok ? QStringLiteral("ok") : lines.join(QStringLiteral("; ")));
        if (!ok)
            return {
                StorageError::Corrupt,
                tr("The database check found problems: %1").arg(lines.join(QStringLiteral("; ")))};
    }
    return {};
}

Database::~Database()
{
    if (m_db.isOpen() && !m_readOnly) {
        // Folds the write-ahead log back into the file so a clean close leaves one file.
        QSqlQuery checkpoint(m_db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock)
        m_lock->unlock();
}

} // namespace laatu
