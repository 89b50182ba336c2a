#pragma once

#include "ReportModel.h"
#include "ReportOptions.h"

#include <QDate>

namespace laatu {

class Instrument;
class ReportStrings;
class ScoreCard;
struct ReviewDocument;

// Builds the content of a review report: the review, its catalog and score card (and, for a
// follow-up, the previous review of the same site) resolved into a ReportModel in the chosen
// language. Pure: no I/O, so the same inputs always give the same model. The agreement section
// (ReportAgreement.cpp) is computed from the reviewers' own sheets in `review`, not from the
// score card's agreement: only reviewers who rated independently count, over the criteria
// all of them rated. The written parts (findings, actions, notes, signatures) are built in
// ReportFindings.cpp.
class ReportBuilder
{
public:
    struct Input
    {
        const ReviewDocument &review;
        const Instrument &instrument;
        const ScoreCard &score;
        const ReviewDocument *previous = nullptr; // the site's review before this one
        QDate createdOn = QDate::currentDate(); // printed on the cover
    };

    static ReportModel build(const Input &input, const ReportOptions &options);

private:
    static void addCover(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addSummary(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addCriteria(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addAgreement(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addFindings(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addActions(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addChange(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addNotes(const Input &input, const ReportStrings &strings, ReportModel &model);
    static void addSignatures(const Input &input, const ReportStrings &strings, ReportModel &model);
};

} // namespace laatu
