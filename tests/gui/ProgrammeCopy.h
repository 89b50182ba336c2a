#pragma once

// A programme copy for the widget tests, made without a server: another laptop's demo
// reviews stored as a pull would store them (ProgrammeCopyRepository::store), so the views
// see pulled reviews beside their own.
#include "../support/BuiltInCatalog.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ProgrammeCopyRepository.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>

namespace laatu::test {

inline const QString &programmeServer()
{
    static const QString server = QStringLiteral("laatu@programme.example:5432/laatu");
    return server;
}

// Another laptop's demo reviews (a seed of their own, so their sites and reviews are not this
// database's).
inline QList<ReviewDocument> otherLaptopReviews(int sites, int reviewsPerSite, quint32 seed)
{
    return DemoGenerator(builtIn(), {sites, reviewsPerSite, seed, true}).generate();
}

// Stores `documents` as pulled from the programme server, all of them new to the copy.
inline void storePulled(Database &database, const QList<ReviewDocument> &documents)
{
    ProgrammeCopyRepository copy(database);
    ProgrammeCopyRepository::PullState state;
    REQUIRE_FALSE(copy.state(state));
    QList<ProgrammeCopyRepository::PulledReview> pulled;
    qint64 sequence = state.lastSequence;
    for (const ReviewDocument &document : documents) {
        ProgrammeCopyRepository::PulledReview review;
        review.document = document;
        review.sequence = ++sequence;
        review.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(document.review.uuid.toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        review.publishedBy = QStringLiteral("pekka.pelto");
        review.publishedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        pulled << review;
    }
    ProgrammeCopyRepository::StoreCounts counts;
    const StorageError error = copy.store(pulled, programmeServer(), sequence, counts);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    REQUIRE(counts.added == int(documents.size()));
}

// Pulls another laptop's reviews of `sites` sites of its own into `database`.
inline void pullDemoCopy(Database &database, int sites = 2, int reviewsPerSite = 2,
                         quint32 seed = 77u)
{
    storePulled(database, otherLaptopReviews(sites, reviewsPerSite, seed));
}

} // namespace laatu::test
