#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace laatu {

// What went wrong with the database, in words a reviewer can act on. The code lets callers
// (and laatu-cli's exit codes) tell the cases apart; the message says what happened and what
// to do, and that nothing saved before was lost where that is true.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum Code {
        None,
        FileMissing, // no database at the path (and creating one was not asked for)
        NotADatabase, // not an SQLite file at all, or an empty one
        ForeignDatabase, // SQLite, but another program's (application_id)
        TooNew, // made by a newer Laatu (user_version)
        Corrupt, // SQLITE_CORRUPT, failed quick_check
        ReadOnly, // file, directory or mode does not allow writing
        Busy, // another process holds a lock for too long
        DiskFull, // SQLITE_FULL
        IoError, // SQLITE_IOERR, SQLITE_CANTOPEN
        Constraint, // a rule of the schema refused the data
        ReviewLocked, // the review is final; reopen it first
        NotFound, // no such review, site, rater ...
        InvalidInput, // a value outside what the catalog allows
        Other,
    };

    StorageError() = default;
    StorageError(Code code, QString message, QString detail = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    { }

    // Maps SQLite's primary result code (in QSqlError::nativeErrorCode()) to a code and a
    // message. `what` says what was being done ("saving the rating").
    static StorageError fromSql(const QSqlError &error, const QString &what);
    static Code codeForSqliteResult(int resultCode);
    // NotFound for a review asked for by its number or UUID.
    static StorageError noSuchReview(const QString &idOrUuid);
    // An I/O error on a disk that is (nearly) full, as SQLite reports one when it cannot make
    // its shared-memory or log file even to read: said as a full disk. Else `error` itself.
    static StorageError onFullDisk(const StorageError &error, const QString &databasePath);

    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    // SQLite's own words for an error that came from it ("database disk image is malformed"),
    // so that a caller that knows more (the file) can say them once in a message of its own.
    const QString &detail() const { return m_detail; }

private:
    static StorageError mapped(Code code, const QString &what, const QString &detail);

    Code m_code = None;
    QString m_message;
    QString m_detail;
};

} // namespace laatu
