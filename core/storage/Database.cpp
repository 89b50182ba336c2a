#include "Database.h"

#include "BackgroundCheck.h"
#include "BackupRestore.h"
#include "BackupService.h"
#include "PrivateFiles.h"
#include "SchemaCheck.h"
#include "SchemaMigrations.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "WriterLock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace laatu {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

QString newConnectionName(const QString &purpose)
{
    return QStringLiteral("laatu-%1-%2")
        .arg(purpose)
        .arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Runs a one-value query; an empty QVariant and `error` set on failure, and `detail` (when
// given) set to SQLite's own words for it.
QVariant scalar(QSqlDatabase &db, const QString &sql, StorageError &error, const QString &what,
                QString *detail = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        error = StorageError::fromSql(query.lastError(), what);
        if (detail)
            *detail = query.lastError().databaseText();
        return {};
    }
    return query.value(0);
}
// How to reach the file through SQLite. A database in a folder that cannot be written (a
// read-only share, a copy on a locked-down stick) has no -wal/-shm files and cannot get them;
// SQLite then reads it as immutable, which is true while nobody can write there.
void configure(QSqlDatabase &db, const QString &path, bool readOnly)
{
    const bool folderWritable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    if (readOnly && !folderWritable && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
}
} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/laatu.db");
}

StorageError Database::inspect(int &schemaVersion)
{
    // A read-only connection: nothing about a file that fails a check is written. It stays open
    // as the guard until the checks of the main connection have passed: SQLite folds the
    // write-ahead log into the file when the last connection that may write closes, and with
    // this one still open, closing a writer after a failed check changes nothing; the file and
    // its -wal stay as they were for a restore or a rescue.
    m_guardName = newConnectionName(QStringLiteral("guard"));
    StorageError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_guardName);
        configure(db, m_path, true);
        const QString native = QDir::toNativeSeparators(m_path);
        if (!db.open()) {
            error = StorageError::fromSql(db.lastError(), tr("opening %1").arg(native));
        } else {
            // SQLite's own words for a failure, so that the message below says them once
            // instead of wrapping a whole message of its own in another.
            QString detail;
            const QString reading = tr("reading %1").arg(native);
            const QVariant tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                                           error, reading, &detail);
            const QVariant applicationId = error
                ? QVariant()
                : scalar(db, QStringLiteral("PRAGMA application_id"), error, reading, &detail);
            const QVariant version = error
                ? QVariant()
                : scalar(db, QStringLiteral("PRAGMA user_version"), error, reading, &detail);
            const bool queryFailed = error.isError();
            if (!error) {
                schemaVersion = version.toInt();
                const bool emptyFile
                    = tables.toInt() == 0 && applicationId.toInt() == 0 && schemaVersion == 0;
                if (applicationId.toInt() == kApplicationId && schemaVersion <= 0) {
                    // Our tables without a version: the header was damaged, not an old file.
                    error = {StorageError::Corrupt,
                             tr("%1 is damaged (it has lost its database version). Laatu does not "
                                "write to it: restore the newest backup (laatu-cli restore).")
                                 .arg(native)};
                } else if (!emptyFile && applicationId.toInt() != kApplicationId) {
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
            // A valid SQLite file answers these first queries; any other failure than a busy or
            // unreadable disk means damage (e.g. "unsupported file format" from a broken header).
            // The messages just made above say it all already and are not wrapped again.
            const auto code = error.code();
            if (queryFailed
                && (code == StorageError::NotADatabase || code == StorageError::Corrupt
                    || code == StorageError::Other))
                error = {code == StorageError::Other ? StorageError::Corrupt : code,
                         tr("%1 is damaged or not a Laatu database (%2). Laatu does not write to "
                            "it: restore the newest backup (laatu-cli restore).")
                             .arg(native, detail.isEmpty() ? error.message() : detail)};
        }
    }
    return error;
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options,
                                         StorageError &error)
{
    const QString native = QDir::toNativeSeparators(path);
    std::unique_ptr<Database> database(new Database());
    if (!QFileInfo::exists(path)) {
        if (!options.create || options.readOnly) {
            error = {StorageError::FileMissing, tr("There is no database at %1.").arg(native)};
            return nullptr;
        }
        // Set up aside and renamed into place; then opened and checked like any other file.
        if ((error = createNew(path)))
            return nullptr;
    }
    // Every route to the file (a symlink, a relative path) names the same database and lock.
    database->m_path = QFileInfo(path).canonicalFilePath();
    int schemaVersion = 0;
    if ((error = checkHeader(path)) || (error = database->inspect(schemaVersion)))
        return nullptr;

    bool readOnly = options.readOnly;
    if (readOnly)
        database->m_readOnlyReason = tr("opened read-only on request");
    if (!readOnly && !QFileInfo(path).isWritable()) {
        readOnly = true;
        database->m_readOnlyReason = tr("the file %1 is read-only").arg(native);
    }
    if (!readOnly) {
        database->m_lock = std::make_unique<WriterLock>(database->m_path);
        if (!database->m_lock->tryLock()) {
            readOnly = true;
            database->m_readOnlyReason = database->m_lock->holder();
            database->m_lock.reset();
        }
    }
    if (!readOnly && PrivateFiles::linkCount(database->m_path) > 1) {
        // A second name of the file (a hard link) has its own -wal, -shm and lock: a writer
        // through it would get around this one's lock. A restore killed at the wrong moment
        // leaves such a name of its own, which goes first.
        BackupRestore::removeLeftovers(database->m_path);
        if (const int links = PrivateFiles::linkCount(database->m_path); links > 1) {
            readOnly = true;
            database->m_readOnlyReason
                = tr("the file %1 has %2 names (hard links), and a writer through another name "
                     "would not see this one's lock; keep one name")
                      .arg(native)
                      .arg(links);
            database->m_lock.reset();
        }
    }
    if (readOnly && schemaVersion < kSchemaVersion && !options.allowOlderSchema) {
        error = {StorageError::ReadOnly,
                 tr("%1 was made by an older Laatu and must be upgraded, which needs writing, "
                    "but %2.")
                     .arg(native, database->m_readOnlyReason)};
        return nullptr;
    }
    database->m_readOnly = readOnly;
    database->m_writerChecksPending
        = !readOnly && options.deferWriterChecks && schemaVersion == kSchemaVersion;
    const bool full = !readOnly && !database->m_writerChecksPending;
    // A reader asking for page checks only reads what it needs and checks it as it reads.
    // A writer whose full checks are deferred reads the same way until they have passed
    // (startBackgroundWriterChecks): the window does not wait for a whole-file check.
    // Page checks see damage only in the pages they read, and some damage in a b-tree page
    // reads as valid keys (a row then goes missing without an error). A small file, as most
    // laptops have, is checked whole, which costs a few milliseconds there: only a large one
    // is read on page checks alone, so that no command grows with the history.
    constexpr qint64 kWholeCheckUpTo = 2 * 1024 * 1024;
    const bool small = QFileInfo(database->m_path).size() <= kWholeCheckUpTo;
    const bool pagesOnly
        = (options.readOnly && options.pageChecksOnly && !small) || database->m_writerChecksPending;
    if ((error = database->connect(readOnly)) || (!pagesOnly && (error = database->verify(full)))
        || (error = database->applyPragmas(pagesOnly)))
        return nullptr;
    // The guard stays while full checks are due: a file that then fails them is left as it is.
    if (!database->m_writerChecksPending)
        database->releaseGuard();
    if (!readOnly && schemaVersion >= 1 && schemaVersion < kSchemaVersion) {
        // Rule: a verified backup before an upgrade changes the file.
        QString backup;
        if ((error = BackupService::backup(*database, BackupService::defaultFolder(path), backup)))
            return nullptr;
    }
    if (!readOnly && schemaVersion < kSchemaVersion) {
        if ((error = database->migrate(schemaVersion)))
            return nullptr;
        database->m_upgradedAtOpen = true;
    }
    return database;
}

StorageError Database::createNew(const QString &path)
{
    // Built in a file of its own beside the target, set up completely (schema, WAL,
    // application id), closed cleanly and only then renamed into place: a crash or a full
    // disk during creation leaves a stray temporary file, never a half-made database that
    // would be refused as damaged ever after.
    const QString native = QDir::toNativeSeparators(path);
    const QString temporary
        = QStringLiteral("%1.new-%2").arg(path).arg(QCoreApplication::applicationPid());
    if (const QString reason = PrivateFiles::makeFolder(QFileInfo(path).absolutePath());
        !reason.isEmpty())
        return {StorageError::IoError,
                tr("A new database cannot be created at %1: %2.").arg(native, reason)};
    QFile::remove(temporary); // this process's own leftover, if any
    QFile file(temporary);
    // Readable by the user alone from the first byte.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return {StorageError::IoError,
                tr("A new database cannot be created at %1: %2.").arg(native, file.errorString())};
    file.close();
    StorageError error;
    {
        std::unique_ptr<Database> fresh(new Database());
        fresh->m_path = QFileInfo(temporary).absoluteFilePath();
        if (!(error = fresh->connect(false)) && !(error = fresh->verify(true))
            && !(error = fresh->applyPragmas(false)))
            error = fresh->migrate(0);
    }
    // rename() never replaces: if another Laatu created the database meanwhile, its file is
    // used and this one is not needed.
    if (!error && !QFile::rename(temporary, path) && !QFileInfo::exists(path))
        error = {StorageError::IoError,
                 tr("A new database cannot be created at %1: %2.").arg(native, file.errorString())};
    // The temporary file was never a database anyone used: its own -wal and -shm (left when
    // setting it up failed, on a full disk say) go with it, so a failed command leaves nothing.
    QFile::remove(temporary);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(temporary + QLatin1String(suffix));
    return error;
}

void Database::releaseGuard()
{
    if (m_guardName.isEmpty())
        return;
    {
        QSqlDatabase guard = QSqlDatabase::database(m_guardName, false);
        guard.close();
    }
    QSqlDatabase::removeDatabase(m_guardName);
    m_guardName.clear();
}

StorageError Database::markIfDamaged(const StorageError &error)
{
    if (error.code() == StorageError::Corrupt || error.code() == StorageError::NotADatabase) {
        // Rule: on SQLITE_CORRUPT/NOTADB stop writing; what is saved stays readable.
        m_readOnly = true;
        m_verified = false;
        m_readOnlyReason = tr("the file turned out to be damaged; restore the newest backup");
    }
    return error;
}

StorageError Database::connect(bool readOnly)
{
    m_connectionName = newConnectionName(QStringLiteral("main"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    configure(m_db, m_path, readOnly);
    m_connectionReadOnly = readOnly;
    if (!m_db.open())
        return StorageError::fromSql(m_db.lastError(), tr("opening the database"));
    return {};
}

StorageError Database::verify(bool full)
{
    // On the main connection, not the read-only inspection: SQLite checks CHECK constraints
    // only on a connection that may write. A writer runs the full integrity and foreign key
    // checks, because damage that quick_check cannot see (index entries, key order) would
    // spread with every write; a reader cannot make things worse and runs quick_check.
    // Nothing is written before the checks pass.
    const QString native = QDir::toNativeSeparators(m_path);
    const QString what = tr("checking %1").arg(native);
    StorageError error;
    const QVariant result = scalar(m_db,
                                   full ? QStringLiteral("PRAGMA integrity_check")
                                        : QStringLiteral("PRAGMA quick_check"),
                                   error, what);
    QString finding = error ? error.message() : result.toString();
    if (!error && finding == QLatin1String("ok") && full) {
        QSqlQuery foreignKeys(m_db);
        if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
            finding = foreignKeys.lastError().databaseText();
        else if (foreignKeys.next())
            finding = tr("a %1 row refers to a missing %2 row")
                          .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString());
    }
    if (finding == QLatin1String("ok")) {
        // A writer also needs the schema to be exactly ours: a trigger added by hand would
        // run inside our transactions.
        if (full)
            if (StorageError schemaError = SchemaCheck::run(m_db, native))
                return schemaError;
        m_verified = true;
        return {};
    }
    return {StorageError::Corrupt,
            tr("%1 is damaged (the check reports: %2). Laatu does not write to it: restore the "
               "newest backup (laatu-cli restore).")
                .arg(native, finding)};
}

StorageError Database::applyPragmas(bool checkCells)
{
    QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = ON"),
                         QStringLiteral("PRAGMA trusted_schema = OFF"),
                         QStringLiteral("PRAGMA mmap_size = 0")};
    // Each b-tree page is checked more closely as it is read (O(1) a page): without a
    // whole-file check first, damage is found where it is read instead of being read as data.
    if (checkCells)
        pragmas << QStringLiteral("PRAGMA cell_size_check = ON");
    if (!m_readOnly) {
        // Before WAL is set below, which would hide that someone changed the mode by hand;
        // also when the whole-file checks are deferred (the mode is in the header, O(1)).
        QStringList journal;
        if (StorageError error = SchemaCheck::journalMode(m_db, journal))
            return error;
        if (!journal.isEmpty())
            return SchemaCheck::refusal(QDir::toNativeSeparators(m_path), journal);
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
    // A new file is being set up, not upgraded: the message of a failure says which.
    const QString what
        = fromVersion == 0 ? tr("setting up the new database") : tr("upgrading the database");
    for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(m_db, what);
        if (transaction.beginError())
            return transaction.beginError();
        if (StorageError error = SchemaMigrations::migrateTo(m_db, version))
            return error;
        SqlStatement bump(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (StorageError error = bump.exec(what))
            return error;
        if (StorageError error = transaction.commit(what))
            return error;
    }
    return {};
}

Database::~Database()
{
    m_backgroundCheck.reset(); // its thread ends before this connection closes
    if (m_db.isOpen() && !m_readOnly && m_verified && !m_writerChecksPending && !m_companion) {
        // Folds the write-ahead log back into the file so a clean close leaves one file.
        QSqlQuery checkpoint(m_db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    releaseGuard(); // after the main connection, so that one is never the last to close
    m_lock.reset();
}

} // namespace laatu
