#include "Instrument.h"

#include <algorithm>
#include <utility>

namespace laatu {

Instrument::Instrument(Header header, QList<EvidenceSource> sources, QList<Section> sections,
                       QList<Criterion> criteria, QList<Level> levels, VisitDeclarations visit)
    : m_header(std::move(header))
    , m_sources(std::move(sources))
    , m_sections(std::move(sections))
    , m_criteria(std::move(criteria))
    , m_levels(std::move(levels))
    , m_visit(std::move(visit))
{
    std::sort(m_levels.begin(), m_levels.end(),
              [](const Level &a, const Level &b) { return a.minTotal > b.minTotal; });
    for (int i = 0; i < m_criteria.size(); ++i)
        m_indexById.insert(m_criteria.at(i).id, i);
}

const Criterion *Instrument::criterion(const QString &id) const
{
    const int index = criterionIndex(id);
    return index < 0 ? nullptr : &m_criteria.at(index);
}

int Instrument::criterionIndex(const QString &id) const
{
    return m_indexById.value(id, -1);
}

const Section *Instrument::section(const QString &id) const
{
    for (const Section &section : m_sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

const Level *Instrument::level(const QString &key) const
{
    for (const Level &level : m_levels) {
        if (level.key == key)
            return &level;
    }
    return nullptr;
}

const Level *Instrument::levelForTotal(int total) const
{
    for (const Level &level : m_levels) {
        if (total >= level.minTotal)
            return &level;
    }
    return nullptr;
}

const EvidenceSource *Instrument::source(const QString &key) const
{
    for (const EvidenceSource &source : m_sources) {
        if (source.key == key)
            return &source;
    }
    return nullptr;
}

const Provider *Instrument::provider(const QString &key) const
{
    for (const Provider &provider : m_visit.providers)
        if (provider.key == key)
            return &provider;
    return nullptr;
}

QList<WorkbookField> Instrument::workbookFields(WorkbookTable table) const
{
    QList<WorkbookField> fields;
    for (const WorkbookField &field : m_visit.workbookFields)
        if (field.table == table)
            fields << field;
    return fields;
}

const WorkbookField *Instrument::workbookField(WorkbookTable table, const QString &key) const
{
    for (const WorkbookField &field : m_visit.workbookFields)
        if (field.table == table && field.key == key)
            return &field;
    return nullptr;
}

bool Instrument::hasWorkbook() const
{
    return std::any_of(m_criteria.cbegin(), m_criteria.cend(),
                       [](const Criterion &criterion) { return !criterion.figures.isEmpty(); });
}

} // namespace laatu
