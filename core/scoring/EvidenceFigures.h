#pragma once

#include "WorkbookFigure.h"

#include "instrument/Criterion.h"
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace laatu {

// Where the figure behind one input of a numeric criterion comes from.
enum class FigureOrigin {
    Missing, // neither typed nor computable yet
    Typed, // typed by a reviewer (wins over the workbook, and says so)
    Workbook, // computed from the workbook's rows
};

struct ResolvedFigure
{
    std::optional<ExactNumber> value; // the figure used
    FigureOrigin origin = FigureOrigin::Missing;
    WorkbookFigureValue computed; // what the workbook gives, typed or not
    bool hasSource = false; // the catalog declares how the workbook computes it
};

// The figures behind a numeric criterion and what they suggest: each input typed or computed
// from the workbook, the rule's number, its band's rating, and how many coaches and records
// the computed figures rest on. The one place the GUI, the report and the CLI ask.
struct CriterionFigures
{
    QList<ResolvedFigure> inputs; // in the rule's order
    std::optional<ExactNumber> value;
    std::optional<int> suggestion;
    int coaches = 0; // rows behind the computed figures, per table
    int records = 0;
    bool fromWorkbook() const;
    bool anyTyped() const;
    QStringList problems() const;
};

class EvidenceFigures
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFigures)

public:
    // Empty inputs for a criterion that is not numeric.
    static CriterionFigures resolve(const Instrument &instrument, const Criterion &criterion,
                                    const ReviewDocument &document, const QString &language);
    // What the computed figures rest on, in the application's language: "8 records",
    // "2 coaches", "2 coaches, 8 records"; empty when nothing was computed.
    static QString restsOn(const CriterionFigures &figures);
};

} // namespace laatu
