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
               QList<Criterion> criteria, QList<Level> levels);

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

    int maxTotal() const { return static_cast<int>(m_criteria.size()) * ratingMax(); }
    int minTotal() const { return static_cast<int>(m_criteria.size()) * ratingMin(); }

private:
    Header m_header;
    QList<EvidenceSource> m_sources;
    QList<Section> m_sections;
    QList<Criterion> m_criteria;
    QList<Level> m_levels;
    QHash<QString, int> m_indexById;
};

} // namespace laatu
