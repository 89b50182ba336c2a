#pragma once

#include "instrument/Instrument.h"
#include "review/RatingSheet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace laatu::cli {

// Parses "5,4,-,3,..." (one value per criterion in catalog order, "-" for not rated).
class RatingList
{
    Q_DECLARE_TR_FUNCTIONS(RatingList)

public:
    // On error returns nullopt and sets `error` to a message naming the faulty value.
    static std::optional<RatingSheet> parse(const QString &text, const Instrument &instrument,
                                            const QString &raterName, QString &error);
};

} // namespace laatu::cli
