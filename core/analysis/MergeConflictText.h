#pragma once

#include "RaterMerge.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace laatu {

class Instrument;

// A merge conflict in words for people, as texts a table shows column by column and the
// command line as one line: the criterion (number and title), what differs, and the value here
// and in the file. A figure, a checklist element or a note belongs to the review, not to a
// reviewer, and is worded so ("The review's figure: Clients"); a rating names its reviewer.
struct ConflictText
{
    QString criterion; // "3. Caseload"; empty for a reviewer's name and the workbook
    // "Rating by Mikko Mittari", "The review's figure: Clients", "Coach A1, Full-time
    // equivalent" (a workbook row by its code here, the field by its catalog label), ...
    QString what;
    QString here; // the stored value, shown ("5", "60", "present", the note's whole text)
    QString inFile; // the incoming value, shown
    bool freeText = false; // the values are a note's text: quoted in a line
    friend bool operator==(const ConflictText &, const ConflictText &) = default;
};

class MergeConflictText
{
    Q_DECLARE_TR_FUNCTIONS(MergeConflictText)

public:
    // `document` names the reviewers (the merged review holds both sides' raters);
    // `instrument` (the review's catalog, may be null) gives the criterion's number and title,
    // the figures' labels, the checklist elements and the evidence sources in `language`.
    static ConflictText describe(const MergeConflict &conflict, const ReviewDocument &document,
                                 const Instrument *instrument, const QString &language);
    static QList<ConflictText> describeAll(const QList<MergeConflict> &conflicts,
                                           const ReviewDocument &document,
                                           const Instrument *instrument, const QString &language);
    // One line: "3. Caseload – Rating by Mikko Mittari: 5 here, 3 in the file" (long texts
    // shortened to `maxValue` characters).
    static QString line(const ConflictText &text, int maxValue = 60);
};

} // namespace laatu
