#pragma once

#include "Criterion.h"
#include "Level.h"
#include "LocalizedText.h"
#include "Section.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// Where evidence comes from: interview, records, data, documents, observation.
struct EvidenceSource
{
    QString key;
    LocalizedText name;
};

// Who in the service provides what the data request asks for: the manager, the coaches, ...
struct Provider
{
    QString key;
    LocalizedText name;
};

// What a catalog adds for the site visit: who provides what, and the evidence workbook's fields.
// Both optional: a catalog without them has no data request items and no workbook.
struct VisitDeclarations
{
    QList<Provider> providers; // in the order the data request groups by
    QList<WorkbookField> workbookFields; // coaches' fields first, each table in catalog order
};

// A criteria catalog ("instrument"): the scale a review is rated against. Built and validated
// by CatalogReader; immutable afterwards. A review stores id + version, so an organisation's
// own catalog never rewrites the history rated against another.
class Instrument
{
public:
    struct Header
    {
        QString id;
        QString version;
        LocalizedText name;
        LocalizedText description;
        QStringList languages;
        int ratingMin = 1;
        int ratingMax = 5;
    };

    Instrument() = default;
    Instrument(Header header, QList<EvidenceSource> sources, QList<Section> sections,
               QList<Criterion> criteria, QList<Level> levels, VisitDeclarations visit = {});

    const QString &id() const { return m_header.id; }
    const QString &version() const { return m_header.version; }
    const LocalizedText &name() const { return m_header.name; }
    const LocalizedText &description() const { return m_header.description; }
    const QStringList &languages() const { return m_header.languages; }
    int ratingMin() const { return m_header.ratingMin; }
    int ratingMax() const { return m_header.ratingMax; }

    const QList<Section> &sections() const { return m_sections; }
    const QList<Criterion> &criteria() const { return m_criteria; } // display order
    // Highest minimum first, so the first level whose minimum a total reaches is its level.
    const QList<Level> &levels() const { return m_levels; }

    const Criterion *criterion(const QString &id) const;
    int criterionIndex(const QString &id) const; // -1 when unknown
    const Section *section(const QString &id) const;
    const Level *level(const QString &key) const;
    const Level *levelForTotal(int total) const;
    const QList<EvidenceSource> &sources() const { return m_sources; } // catalog order
    const EvidenceSource *source(const QString &key) const;

    const QList<Provider> &providers() const { return m_visit.providers; }
    const Provider *provider(const QString &key) const;
    const QList<WorkbookField> &workbookFields() const { return m_visit.workbookFields; }
    QList<WorkbookField> workbookFields(WorkbookTable table) const;
    const WorkbookField *workbookField(WorkbookTable table, const QString &key) const;
    // True when some criterion's figures come from the workbook.
    bool hasWorkbook() const;

    int maxTotal() const { return static_cast<int>(m_criteria.size()) * ratingMax(); }
    int minTotal() const { return static_cast<int>(m_criteria.size()) * ratingMin(); }

private:
    Header m_header;
    QList<EvidenceSource> m_sources;
    QList<Section> m_sections;
    QList<Criterion> m_criteria;
    QList<Level> m_levels;
    VisitDeclarations m_visit;
    QHash<QString, int> m_indexById;
};

} // namespace laatu
