#include "BackgroundCheck.h"

#include "Database.h"

#include <QStringList>

#include <memory>

namespace laatu {

BackgroundCheck::BackgroundCheck(const QString &path)
    : m_path(path)
    , m_thread([this] { run(); })
{ }

BackgroundCheck::~BackgroundCheck()
{
    if (m_thread.joinable())
        m_thread.join();
}

StorageError BackgroundCheck::result()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

void BackgroundCheck::run()
{
    // The connection is made, used and closed on this thread, as QtSql requires. Read-only and
    // without checks at open: the check below is the whole-file one.
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.pageChecksOnly = true;
    StorageError error;
    {
        std::unique_ptr<Database> database = Database::open(m_path, options, error);
        if (database) {
            QStringList report;
            error = database->check(report);
        }
    }
    m_result = error;
    m_finished.store(true, std::memory_order_release);
}

} // namespace laatu
