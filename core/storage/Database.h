#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace laatu {

class BackgroundCheck;
class WriterLock;

// The live SQLite database of one user, opened the way reliability.md asks: header and
// application_id checked, schema version checked (newer refused), quick_check (not for a
// reader that asks for page checks only), one writer per file through a lock file beside it,
// WAL with synchronous=FULL, foreign keys on. A file that fails a check is never written to.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 kApplicationId = 0x4C616174; // "Laat"
    static constexpr int kSchemaVersion = 5; // 2: site_outcome, site_by_county; 3: programme_*;
    // 4: workbook_row, review.records_cleared; 5: visit_plan_item

    struct Options
    {
        bool create = true; // create the file when it does not exist
        bool readOnly = false; // never write, even when the lock could be had
        bool allowOlderSchema = false; // read-only look at a file before its upgrade (backups)
        // A writer runs only quick_check at open, as a reader does, and its full checks
        // (integrity_check, foreign_key_check) before its first write or when
        // completeWriterChecks() is called: the window shows at once, and nothing is written
        // to a file that has not passed them. Not with an upgrade, which checks first.
        bool deferWriterChecks = false;
        // With readOnly: only the O(1) checks at open (header, application_id, user_version,
        // schema version), no quick_check of the whole file, for a command that reads a few
        // pages and ends (laatu-cli show, list, report ...). A damaged page it reads still
        // fails (SQLITE_CORRUPT, cell_size_check on); laatu-cli check is the whole-file check.
        // A file of up to 2 MiB gets its quick_check all the same: it costs milliseconds there
        // and sees damage that page checks read as valid keys.
        bool pageChecksOnly = false;
    };

    static std::unique_ptr<Database> open(const QString &path, const Options &options,
                                          StorageError &error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The user's database: AppDataLocation/laatu.db.
    static QString defaultPath();
    // Whether the file at `path` is an SQLite file in WAL mode, by its header alone (nothing is
    // opened through SQLite, and a FIFO or a device is not opened at all).
    static bool isInWalMode(const QString &path);

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether open() upgraded the file to this Laatu's schema.
    bool upgradedAtOpen() const { return m_upgradedAtOpen; }
    // Why the database is read-only ("Laatu on host x, process 123, has it open for writing").
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // A ReadOnly error naming the reason, or none when writing is allowed.
    // Runs the writer's deferred full checks first, if they are still due; a file that fails
    // them becomes read-only.
    StorageError ensureWritable(const QString &what);
    // The deferred full checks now (e.g. when the application is idle); none when done.
    StorageError completeWriterChecks();
    bool writerChecksPending() const { return m_writerChecksPending; }
    // Starts the deferred full checks on a thread of their own (BackgroundCheck), so that
    // completeWriterChecks() later only takes their result, or waits for it.
    void startBackgroundWriterChecks();
    bool writerChecksRunning() const;

    // Passes `error` through; a damaged-file error also stops all further writing.
    StorageError markIfDamaged(const StorageError &error);

    // quick_check, integrity_check, foreign_key_check and, on a read-only connection (whose
    // integrity_check skips them), the CHECK constraints; `report` gets one line per check,
    // naming every row any of them returned. Corrupt when any returned a problem.
    StorageError check(QStringList &report);

    // A second connection to this file for a worker thread of this process (publishing to or
    // pulling from the programme server while the window stays responsive). On the owner's
    // thread, companionTicket() runs the writer's full checks if they are still due and
    // refuses a read-only or damaged file; openCompanion() then runs on the worker thread, to
    // which the connection belongs. The companion takes no lock (this process holds the
    // writer's) and runs no checks of its own (the owner's passed); SQLite's own locking and
    // the busy timeout order its writes with the owner's.
    struct CompanionTicket
    {
        QString path;
        bool readOnly = false;
    };
    StorageError companionTicket(const QString &what, CompanionTicket &ticket);
    // A ticket for a worker that only reads, as this process's own reads do before the deferred
    // checks: nothing is checked for it, and its connection checks each page as it reads it
    // (a damaged one fails that read). The list's first read uses it while the window is made.
    CompanionTicket readerTicket() const { return {m_path, true}; }
    static std::unique_ptr<Database> openCompanion(const CompanionTicket &ticket,
                                                   StorageError &error);

private:
    Database() = default;
    static StorageError checkHeader(const QString &path);
    StorageError inspect(int &schemaVersion);
    StorageError connect(bool readOnly);
    static StorageError createNew(const QString &path);
    void releaseGuard();
    StorageError verify(bool full);
    StorageError applyPragmas(bool checkCells);
    StorageError migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    QString m_guardName;
    QSqlDatabase m_db;
    std::unique_ptr<WriterLock> m_lock;
    std::unique_ptr<BackgroundCheck> m_backgroundCheck;
    bool m_readOnly = false;
    bool m_connectionReadOnly = false; // SQLite parses no CHECK constraints on such a connection
    bool m_verified = false; // the checks at open passed; only then is anything written
    bool m_writerChecksPending = false; // a writer's full checks are deferred (see Options)
    bool m_upgradedAtOpen = false;
    bool m_companion = false; // a worker's second connection: the owner closes the file
    QString m_readOnlyReason;
};

} // namespace laatu
