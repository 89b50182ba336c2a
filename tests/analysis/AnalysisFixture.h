#pragma once

#include "../support/BuiltInCatalog.h"

#include "review/ReviewDocument.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace laatu::test {

// The content of a review as a merge sees it, raters as a set (their order is the order they
// arrived in, which is not part of the merge's meaning).
inline ReviewDocument canonical(ReviewDocument document)
{
    std::sort(document.raters.begin(), document.raters.end(),
              [](const Rater &a, const Rater &b) { return a.uuid < b.uuid; });
    document.normalize();
    return document;
}

inline bool sameMergeState(const ReviewDocument &a, const ReviewDocument &b)
{
    return canonical(a).sameContent(canonical(b));
}

// A plain review header and site for hand-made documents.
inline ReviewDocument emptyReview(const QString &uuid
                                  = QStringLiteral("11111111-2222-4333-8444-555555555555"))
{
    ReviewDocument document;
    document.site.uuid = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    document.site.name = QStringLiteral("Polku IPS-valmennus");
    document.site.county = QStringLiteral("Kanta-Hämeen hyvinvointialue");
    document.review.uuid = uuid;
    document.review.visitStart = QDate(2025, 9, 2);
    document.review.visitEnd = QDate(2025, 9, 3);
    document.review.catalogId = builtIn().id();
    document.review.catalogVersion = builtIn().version();
    document.review.createdAt = QDateTime(QDate(2025, 9, 2), QTime(8, 0), Qt::UTC);
    document.review.updatedAt = document.review.createdAt;
    return document;
}

// Random one-or-more-rater documents over a small key space, so that the same keys meet
// often: 4 raters, 6 criteria, 3 note sources, 2 texts per note, 2 number inputs.
class MergeDocumentGenerator
{
public:
    explicit MergeDocumentGenerator(quint32 seed)
        : m_random(seed)
    { }

    ReviewDocument next()
    {
        ReviewDocument document = emptyReview();
        const auto &criteria = builtIn().criteria();
        for (int r = 0; r < 4; ++r) {
            if (m_random.bounded(3) == 0)
                continue;
            const QString uuid = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(r);
            // Mostly the rater's own name; now and then another spelling (a name conflict).
            const QString name = m_random.bounded(10) == 0
                ? QStringLiteral("Rater %1 (renamed)").arg(r)
                : QStringLiteral("Rater %1").arg(r);
            document.raters << Rater {uuid, name};
            for (int c = 0; c < 6; ++c) {
                if (m_random.bounded(2) == 0)
                    document.ratings
                        << RatingEntry {uuid, criteria.at(c).id, m_random.bounded(4, 6), QString()};
            }
        }
        // Consensus ratings exist in stored documents; the merge must leave them alone.
        for (int c = 0; c < 6; ++c) {
            if (m_random.bounded(4) == 0)
                document.ratings << RatingEntry {QString(), criteria.at(c).id,
                                                 m_random.bounded(1, 6), QStringLiteral("agreed")};
        }
        const QStringList sources {QStringLiteral("interview"), QStringLiteral("records"),
                                   QStringLiteral("data")};
        for (int c = 0; c < 6; ++c) {
            for (const QString &source : sources) {
                if (m_random.bounded(4) == 0)
                    document.notes
                        << EvidenceNote {criteria.at(c).id, source,
                                         QStringLiteral("note %1").arg(m_random.bounded(2))};
            }
        }
        for (const QString &input : {QStringLiteral("clients"), QStringLiteral("coaches")}) {
            if (m_random.bounded(3) == 0)
                document.numbers << EvidenceNumber {criteria.at(0).id, input,
                                                    QString::number(m_random.bounded(2) + 10)};
        }
        if (m_random.bounded(3) == 0)
            document.elements << ElementCheck {QStringLiteral("disclosure"),
                                               QStringLiteral("prosAndCons"),
                                               m_random.bounded(2) == 0};
        document.normalize();
        return document;
    }

private:
    QRandomGenerator m_random;
};

} // namespace laatu::test
