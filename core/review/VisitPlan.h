#pragma once

#include <QList>
#include <QString>
#include <QTime>

#include <algorithm>

namespace laatu {

// One entry of the site visit's agenda: on which day of the visit, from when to when, what
// happens, with whom and where. The day is counted from the visit's first day (1, 2, ...),
// so moving the visit's dates moves the agenda with them; the review's visit dates give the
// calendar date. Times are whole minutes ("HH:mm"); the end may be left open.
struct VisitPlanItem
{
    QString uuid; // edits, merges and the database match items by it
    int day = 1;
    QTime start;
    QTime end; // invalid: not given
    QString activity; // what: "Interview of the service's manager"; may hold line feeds
    QString participants; // with whom; may hold line feeds
    QString place; // one line

    friend bool operator==(const VisitPlanItem &, const VisitPlanItem &) = default;
};

// The agenda of a review's site visit, in the order the reviewers arranged it.
struct VisitPlan
{
    static constexpr int kMaxDays = 14;
    static constexpr int kMaxItems = 200;

    QList<VisitPlanItem> items;

    bool isEmpty() const { return items.isEmpty(); }
    // How many days the agenda spans: its highest day number (0 when empty).
    int dayCount() const
    {
        int days = 0;
        for (const VisitPlanItem &item : items)
            days = std::max(days, item.day);
        return days;
    }
    friend bool operator==(const VisitPlan &, const VisitPlan &) = default;
};

namespace VisitPlanTimes {
// The one text form of a time in files and the database.
inline QString toText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}
// A time as "HH:mm" (00:00 to 23:59); invalid for anything else, the empty text included.
inline QTime fromText(const QString &text)
{
    if (text.size() != 5)
        return {};
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}
} // namespace VisitPlanTimes

} // namespace laatu
