// The writer's deferred whole-file checks and what depends on them: whether the database may
// be written now, and the check laatu-cli runs on demand. Apart from Database.cpp, which opens,
// creates and migrates the file.
#include "Database.h"

#include "BackgroundCheck.h"
#include "DatabaseCheck.h"
#include "SchemaCheck.h"

#include <QDir>

namespace laatu {

void Database::startBackgroundWriterChecks()
{
    if (m_writerChecksPending && !m_backgroundCheck)
        m_backgroundCheck = std::make_unique<BackgroundCheck>(m_path);
}

bool Database::writerChecksRunning() const
{
    return m_backgroundCheck && !m_backgroundCheck->isFinished();
}

StorageError Database::completeWriterChecks()
{
    if (!m_writerChecksPending)
        return {};
    if (m_backgroundCheck) {
        // Waits for a check still running: an edit made meanwhile is written only after it.
        const StorageError found = m_backgroundCheck->result();
        m_backgroundCheck.reset();
        // The schema and journal mode once more on this connection, which is the one that
        // writes (O(1) in the file's size).
        if (!found && !SchemaCheck::run(m_db, QDir::toNativeSeparators(m_path))) {
            m_writerChecksPending = false;
            m_verified = true;
            releaseGuard();
            return {};
        }
        // What the check found is said in the words of the writer's own check below.
    }
    m_writerChecksPending = false;
    if (StorageError error = verify(true)) {
        m_verified = false;
        m_readOnly = true;
        m_readOnlyReason = tr("the file turned out to be damaged; restore the newest backup");
        return error;
    }
    releaseGuard();
    return {};
}

StorageError Database::ensureWritable(const QString &what)
{
    if (!m_readOnly && m_writerChecksPending)
        if (StorageError error = completeWriterChecks())
            return error;
    if (!m_readOnly)
        return {};
    return {StorageError::ReadOnly,
            tr("The database is open read-only (%1), so %2 did not happen.")
                .arg(m_readOnlyReason, what)};
}

StorageError Database::check(QStringList &report)
{
    return DatabaseCheck::run(m_db, m_connectionReadOnly, report);
}

} // namespace laatu
