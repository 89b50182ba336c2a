#pragma once

#include "review/VisitPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace laatu {

// A visit plan to start from: the agenda of a typical two-day site visit, built in for fi, sv
// and en (resources/visit-plan/), or an organisation's own file of the same format:
//   {"format": "laatu-visit-plan-template", "formatVersion": 1, "language": "fi",
//    "items": [{"day": 1, "start": "08:30", "end": "09:00", "activity": "...",
//               "participants": "...", "place": "..."}, ...]}
// Items carry no UUID: every plan started from a template gets fresh ones (instantiate()).
class VisitPlanTemplate
{
    Q_DECLARE_TR_FUNCTIONS(VisitPlanTemplate)

public:
    static constexpr auto kFormatName = "laatu-visit-plan-template";
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    // The built-in template in `language` (fi, sv or en; others fall back to en).
    static VisitPlan builtIn(const QString &language);
    static QString builtInPath(const QString &language);
    // A template file; nullopt and the problems, each naming what is wrong, when it is not one.
    static std::optional<VisitPlan> fromFile(const QString &path, QStringList &errors);
    static std::optional<VisitPlan> fromJson(const QByteArray &json, QStringList &errors);
    // The template's items with fresh UUIDs: the plan a review starts with.
    static VisitPlan instantiate(const VisitPlan &templatePlan);
};

} // namespace laatu
