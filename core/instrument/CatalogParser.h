#pragma once

#include "Instrument.h"
#include "JsonChecker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace laatu {

// Builds an Instrument from catalog JSON, collecting every problem. Used by CatalogReader.
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    std::optional<Instrument> parse(const QByteArray &json);
    // See JsonChecker::setTextRules; on unless a catalog stored before the rules is read.
    void setTextRules(bool apply) { m_checker.setTextRules(apply); }
    // Whether the JSON text is scanned for a key given twice in one object (QJsonDocument keeps
    // the last). Off only for the built-in catalog, whose text the test suite reads with it on.
    void setDuplicateKeyScan(bool scan) { m_duplicateKeyScan = scan; }
    const QStringList &errors() const { return m_checker.errors(); }

private:
    Instrument::Header parseHeader(const QJsonObject &root);
    QList<Level> parseLevels(const QJsonObject &root, int lowestPossibleTotal);
    QList<EvidenceSource> parseSources(const QJsonObject &root);
    Criterion parseCriterion(const QJsonObject &object, const QString &sectionId,
                             const QString &where, const Instrument::Header &header);
    void checkNumbering(const QList<Criterion> &criteria, int declaredCount);

    JsonChecker m_checker;
    bool m_duplicateKeyScan = true;
    QSet<QString> m_sourceKeys;
    QSet<QString> m_criterionIds;
};

} // namespace laatu
