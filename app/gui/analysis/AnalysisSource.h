#pragma once

#include "storage/ProgrammeCopyRepository.h"
#include "storage/StorageError.h"

#include <QDateTime>

#include <memory>

namespace laatu {
class Database;
class ReviewRepository;
} // namespace laatu

namespace laatu::gui {

// Whose reviews an analysis view counts: this laptop's own, or the programme's (the own ones
// and those pulled from the programme server, as the main connection sees them). The own
// ones come through a read-only connection of their own to the same file, narrowed by
// OwnReviewsOnly: narrowing the main connection would hide the pulled reviews from the rest
// of the window. That connection is opened on first use and kept while the view lives (its
// views are re-evaluated by every query, so a later pull needs no reopening). Without a
// programme copy both scopes are the same reviews, and the main connection serves. The
// database and repository must outlive the source.
class AnalysisSource
{
public:
    enum class Scope { Laptop, Programme };

    AnalysisSource(Database &database, ReviewRepository &repository);
    ~AnalysisSource();
    AnalysisSource(const AnalysisSource &) = delete;
    AnalysisSource &operator=(const AnalysisSource &) = delete;

    // Re-reads the pull state (after a pull, or when the view is shown again). When a copy
    // appears or goes, the scope is the programme again: the default where there is a copy,
    // and the laptop's reviews (all there are) where there is none.
    StorageError refresh();
    bool hasProgrammeCopy() const { return !m_state.server.isEmpty(); }
    const ProgrammeCopyRepository::PullState &pullState() const { return m_state; }
    // The time of the last pull (UTC), invalid when there is none.
    QDateTime lastPull() const;

    Scope scope() const { return m_scope; }
    // Opens the own-only connection the first time it is needed; on an error the scope stays
    // as it was.
    StorageError setScope(Scope scope);

    // What the view reads for the chosen scope.
    Database &database();
    ReviewRepository &repository();

private:
    bool ownOnly() const { return m_scope == Scope::Laptop && hasProgrammeCopy() && m_own; }
    StorageError openOwnOnly();

    Database &m_main;
    ReviewRepository &m_mainRepository;
    std::unique_ptr<Database> m_own;
    std::unique_ptr<ReviewRepository> m_ownRepository;
    ProgrammeCopyRepository::PullState m_state;
    Scope m_scope = Scope::Programme;
};

} // namespace laatu::gui
