#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// Everything the data request letter says, already resolved to text in its language, in the
// order it appears: who is coming when, what each part of the service has ready, which figures
// are collected on the visit and what evidence each criterion rests on. Built from the catalog
// and the review (DataRequestBuilder), written by DataRequestContent, so the text can be
// checked without laying out a page.
struct DataRequestModel
{
    struct Field
    {
        QString label;
        QString value;
    };
    // One thing to have ready and the criterion it serves ("1 Caseload per job coach").
    struct Item
    {
        QString text;
        QString criterion;
    };
    // A provider of the catalog with the items it provides, in criterion order.
    struct ProviderGroup
    {
        QString name;
        QList<Item> items;
    };
    // The figures of one workbook table (or of one criterion, for a catalog without a
    // workbook).
    struct FigureGroup
    {
        QString heading;
        QStringList figures;
    };
    struct EvidenceRow
    {
        QString criterion;
        QString sources; // the source names, comma separated
    };
    struct EvidenceSection
    {
        QString name;
        QList<EvidenceRow> rows;
    };

    QString language;
    // Document metadata and the running header and footer.
    QString title; // "Data request for the site visit"
    QString author; // the reviewers, comma separated
    QString headerText; // site name
    QString footerText; // "Site visit 4.3.2025 – 5.3.2025"

    // The opening: the catalog above the title, the service, the visit, the reviewers.
    QString kicker;
    QString siteName;
    QList<Field> fields;
    QString intro;
    QString generatedText;

    QString prepareHeading;
    QStringList prepareHeaders; // item, criterion
    QList<ProviderGroup> providers; // catalog order; providers with no items left out
    QString noItemsText; // shown when the catalog names nothing to prepare

    QString figuresHeading; // empty: the catalog declares no figures, the section is left out
    QString figuresIntro;
    QList<FigureGroup> figureGroups;
    QString pseudonymNote;

    QString evidenceHeading;
    QString evidenceIntro;
    QStringList evidenceHeaders; // criterion, evidence
    QList<EvidenceSection> evidence;

    QString closing;
};

} // namespace laatu
