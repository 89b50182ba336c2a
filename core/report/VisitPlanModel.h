#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// Everything the printed visit plan says, resolved to text in its language, in the order it
// appears: who is coming when, then the agenda day by day. Built from the review
// (VisitPlanBuilder) and written by VisitPlanContent, so the text can be checked without
// laying out a page.
struct VisitPlanModel
{
    struct Field
    {
        QString label;
        QString value;
    };
    struct Row
    {
        QString time; // "08:30–09:00", or the start alone when the end is open
        QString activity;
        QString participants;
        QString place;
    };
    struct Day
    {
        QString heading; // "Day 1: Tuesday 4 Mar 2025"
        QList<Row> rows;
    };

    QString language;
    // Document metadata and the running header and footer.
    QString title; // "Site visit plan"
    QString author; // the reviewers, comma separated
    QString headerText; // site name
    QString footerText; // "Site visit 4.3.2025 – 5.3.2025"

    QString kicker; // the criteria set's name
    QString siteName;
    QList<Field> fields;
    QString intro;
    QStringList headers; // time, what, with whom, where
    QList<Day> days; // in day order, each day's items in the order arranged
    QString emptyText; // shown when the plan has no items yet
    QString consentNote; // clients are met only with their consent: said before the agenda
    QString generatedText;
};

} // namespace laatu
