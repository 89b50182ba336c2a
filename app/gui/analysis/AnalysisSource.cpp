#include "AnalysisSource.h"

#include "storage/Database.h"
#include "storage/OwnReviewsOnly.h"
#include "storage/ReviewRepository.h"

namespace laatu::gui {

AnalysisSource::AnalysisSource(Database &database, ReviewRepository &repository)
    : m_main(database)
    , m_mainRepository(repository)
{ }

// The repository reads through the connection: it goes first.
AnalysisSource::~AnalysisSource()
{
    m_ownRepository.reset();
    m_own.reset();
}

StorageError AnalysisSource::refresh()
{
    const bool had = hasProgrammeCopy();
    ProgrammeCopyRepository::PullState state;
    if (StorageError error = ProgrammeCopyRepository(m_main).state(state)) {
        m_state = {}; // counted as the main connection sees them, as before there were copies
        return error;
    }
    m_state = state;
    if (hasProgrammeCopy() != had)
        m_scope = Scope::Programme;
    return {};
}

QDateTime AnalysisSource::lastPull() const
{
    if (m_state.lastPullAt.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(m_state.lastPullAt, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // stored as UTC even where the zone was left off
    return when;
}

StorageError AnalysisSource::setScope(Scope scope)
{
    if (scope == Scope::Laptop && hasProgrammeCopy() && !m_own)
        if (StorageError error = openOwnOnly())
            return error;
    m_scope = scope;
    return {};
}

StorageError AnalysisSource::openOwnOnly()
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.pageChecksOnly = true; // the main connection has checked the file
    StorageError error;
    std::unique_ptr<Database> own = Database::open(m_main.path(), options, error);
    if (!own)
        return error;
    if ((error = OwnReviewsOnly::apply(*own)))
        return error;
    m_own = std::move(own);
    m_ownRepository = std::make_unique<ReviewRepository>(*m_own);
    return {};
}

Database &AnalysisSource::database()
{
    return ownOnly() ? *m_own : m_main;
}

ReviewRepository &AnalysisSource::repository()
{
    return ownOnly() ? *m_ownRepository : m_mainRepository;
}

} // namespace laatu::gui
