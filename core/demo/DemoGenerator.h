#pragma once

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

#include <QList>

namespace laatu {

// Believable, clearly fictional review histories for demos and benchmarks. Deterministic: the
// same seed gives the same documents (UUIDs included), so a demo database is reproducible.
class DemoGenerator
{
public:
    struct Options
    {
        int sites = 6;
        int reviewsPerSite = 3; // one every six months, improving over time
        quint32 seed = 20261129;
        bool withEvidence = true;
    };

    DemoGenerator(const Instrument &instrument, Options options);
    QList<ReviewDocument> generate() const;

private:
    ReviewDocument review(const Site &site, int siteIndex, int reviewIndex, int baseLevel) const;

    const Instrument &m_instrument;
    Options m_options;
};

} // namespace laatu
