#pragma once

#include "Band.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// Checks that numeric bands cover every value exactly once: no overlaps, no gaps, unbounded at
// both ends. Returns one readable problem per fault (empty when the bands are sound).
class BandCoverage
{
    Q_DECLARE_TR_FUNCTIONS(BandCoverage)

public:
    static QStringList problems(QList<Band> bands);
};

} // namespace laatu
