#pragma once

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

namespace laatu {

// The record sample is the most sensitive data Laatu holds (pseudonymous, but about clients).
// Where a review leaves the laptop without the user choosing its records (the programme
// server), and when the records are cleared after the review is final, the figures computed
// from them are kept as typed figures and the record rows go: the ratings, suggestions and
// report still show the same numbers, the rows behind them are gone.
namespace RecordClearing {
// `document` without its record rows, recordsCleared set, and every figure the records gave
// (and no reviewer typed) kept as a typed figure. Coaches' rows stay. Unchanged when the
// workbook holds no records.
ReviewDocument withoutRecords(const ReviewDocument &document, const Instrument &instrument);
} // namespace RecordClearing

} // namespace laatu
