#pragma once

#include <QString>

namespace laatu {

// A service that is reviewed: a unit of an organisation in a municipality of a wellbeing
// services county. The UUID identifies it across laptops; the id is the local row.
struct Site
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString organisation;
    QString unit;
    QString municipality;
    QString county; // wellbeing services county (hyvinvointialue)
    bool archived = false;

    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace laatu
