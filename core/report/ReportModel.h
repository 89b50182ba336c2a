#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace laatu {

// Everything a review report shows, already resolved to text in the report's language: labels,
// numbers, dates, catalog texts, in the order they appear. The renderer only lays it out, so
// the content can be checked (golden tests) without looking at a page.
struct ReportModel
{
    struct Field
    {
        QString label;
        QString value;
    };
    struct LevelBand
    {
        QString key;
        QString name;
        QString range; // "100–114"
        QString description;
        bool reached = false;
    };
    struct SectionRow
    {
        QString id;
        QString name;
        int subtotal = 0; // of the rated criteria
        int maximum = 0;
        int rated = 0;
        int criteria = 0;
        QString scoreText; // "12 / 15"
        QString meanText; // "4,00"; empty when a criterion is unrated
    };
    struct ChartBar
    {
        int number = 0;
        std::optional<int> rating;
        std::optional<int> previous; // the previous review's rating, for a follow-up
        int sectionIndex = 0;
    };
    struct CriterionRow
    {
        int number = 0;
        QString id;
        int sectionIndex = 0;
        QString title;
        std::optional<int> rating;
        QString ratingText; // "4" or "–"
        QString anchor; // the anchor of the consensus rating, in brief
        QStringList evidence; // one line per kind of evidence
    };
    struct AgreementRow
    {
        int number = 0;
        QString title;
        QStringList ratings; // one per reviewer, "–" when not rated
        QString consensus;
        int spread = 0;
    };
    struct FindingGroup
    {
        QString criterionLabel; // "17 Employer contacts" or "The service as a whole"
        QStringList strengths;
        QStringList recommendations;
    };
    struct ActionRow
    {
        QString what;
        QString who;
        QString due;
        QString status;
    };
    struct ChangeRow
    {
        int number = 0; // 0 for the total row
        QString title;
        QString previous;
        QString current;
        QString change; // "+1", "−2", "0", "–" when either is missing
        int delta = 0;
    };
    // One figure behind a numeric criterion, for the appendix: its label, its value, where
    // it comes from ("typed by a reviewer", "computed from 8 records") and, only when the
    // options ask for them, the codes of the records it was computed from.
    struct FigureLine
    {
        QString label;
        QString value; // "85", "1,8"; "–" when there is none
        QString origin;
        QString recordCodes; // "Records: A1, A2"; empty unless chosen
    };
    struct FigureGroup
    {
        QString criterionLabel; // "1 Caseload per job coach"
        QList<FigureLine> inputs; // in the rule's order
        QString quantity; // the rule's number: "Clients per full-time coach"
        QString value; // "21,25"; "–" until both figures are there
        QString suggestion; // "Suggested rating: 4", or why there is none
    };
    struct NoteGroup
    {
        QString criterionLabel;
        QList<Field> notes; // source name, text
        QString consensusReason;
    };

    QString language;
    // Document metadata and the running header and footer.
    QString title; // "IPS fidelity review report"
    QString author; // the reviewers, comma separated
    QString headerText; // site name
    QString footerText; // "Review 2 Sept 2024"
    // "DRAFT" in the report's language on every page while the review is not final; empty
    // for a final review.
    QString draftMark;

    // Cover
    QString coverKicker; // the catalog name, above the title
    QString siteName;
    QList<Field> coverFields;
    QString generatedText; // "Created with Laatu 0.1 on 3 Oct 2026"

    // Summary
    QString summaryHeading;
    bool complete = false;
    QList<Field> keyFigures; // total, mean, level
    QString totalText; // "98 / 125"
    QString meanText;
    QString levelKey;
    QString levelName;
    QString incompleteText; // why there is no total or level yet; empty when complete
    QString levelBandsHeading;
    QStringList levelBandHeaders;
    QList<LevelBand> levelBands;
    QString sectionsHeading;
    QStringList sectionHeaders;
    QList<SectionRow> sections;
    QString chartHeading;
    QString chartCaption;
    QStringList chartSectionNames;
    QString chartPreviousLabel; // legend for the previous review's marks; empty without one
    int ratingMin = 1;
    int ratingMax = 5;
    QList<ChartBar> chartBars;

    // Criteria
    QString criteriaHeading;
    QStringList criteriaHeaders; // number, criterion, rating, anchor, evidence
    QList<CriterionRow> criteria;

    // Agreement between independent reviewers: only when two or more reviewers rated criteria
    // of their own, over the criteria all of them rated (nothing is claimed otherwise).
    bool hasAgreement = false;
    QString agreementHeading;
    QString agreementIntro;
    QList<Field> agreementFigures;
    QStringList agreementHeaders; // number, criterion, each reviewer, consensus
    QList<AgreementRow> agreementRows; // criteria the reviewers rated differently
    QString agreementAllSame; // shown when no criterion differs
    // The written reason of each criterion rated two points or more apart: label
    // "1 Caseload", value the consensus reason (or that none is written yet). With or
    // without notes: the reasons are part of the method.
    QString agreementReasonsHeading;
    QList<Field> agreementReasons;

    // Strengths and recommendations
    QString findingsHeading;
    QString strengthsLabel;
    QString recommendationsLabel;
    QList<FindingGroup> findings; // catalog order; the service as a whole last
    QString noFindingsText;

    // Action plan
    QString actionsHeading;
    QStringList actionHeaders; // what, who, due, status
    QList<ActionRow> actions;
    QString noActionsText;

    // Change since the previous review of the same site
    bool hasChange = false;
    QString changeHeading;
    QString changeIntro;
    QStringList changeHeaders; // number, criterion, previous, this review, change
    QList<ChangeRow> changes;
    ChangeRow totalChange;

    // Free-text evidence notes, only when chosen at export
    bool hasNotes = false;
    QString notesHeading;
    QString notesIntro;
    QString notesReasonLabel;
    QList<NoteGroup> notes;

    // The appendix "What the figures rest on": per numeric criterion with a figure, each
    // figure typed or computed from the workbook. Left out when no criterion has a figure.
    bool hasFigures = false;
    QString figuresHeading;
    QString figuresIntro;
    QList<FigureGroup> figures; // catalog order

    // Signatures
    QString signaturesHeading;
    QStringList signatureNames;
    QString signatureDateLabel; // "Place and date"
    QString signatureLabel; // "Signature"
};

} // namespace laatu
