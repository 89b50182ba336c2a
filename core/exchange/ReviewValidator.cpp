#include "ReviewValidator.h"

#include "scoring/WorkbookFigure.h"
#include "text/TextRules.h"

#include <QSet>

namespace laatu {

QStringList ReviewValidator::problems(const ReviewDocument &document, const Instrument &instrument)
{
    QStringList found;
    if (document.review.catalogId != instrument.id()
        || document.review.catalogVersion != instrument.version())
        found << tr("the review was rated against catalog %1 %2, not %3 %4")
                     .arg(document.review.catalogId, document.review.catalogVersion,
                          instrument.id(), instrument.version());
    QSet<QString> raterIds;
    QSet<QString> twiceNamed; // their ratings would all look doubled; one message is enough
    for (const Rater &rater : document.raters) {
        if (raterIds.contains(rater.uuid) && !twiceNamed.contains(rater.uuid)) {
            found << tr("reviewer %1 appears twice").arg(rater.uuid);
            twiceNamed.insert(rater.uuid);
        }
        raterIds.insert(rater.uuid);
    }
    QSet<QString> seen;
    for (const RatingEntry &entry : document.ratings) {
        const QString who = entry.raterUuid.isEmpty() ? tr("consensus") : entry.raterUuid;
        if (!instrument.criterion(entry.criterionId))
            found << tr("%1 rates unknown criterion \"%2\"").arg(who, entry.criterionId);
        if (entry.value < instrument.ratingMin() || entry.value > instrument.ratingMax())
            found << tr("%1 rates %2 as %3; ratings are whole numbers %4-%5")
                         .arg(who, entry.criterionId)
                         .arg(entry.value)
                         .arg(instrument.ratingMin())
                         .arg(instrument.ratingMax());
        const QString key = entry.raterUuid + QLatin1Char('\n') + entry.criterionId;
        if (seen.contains(key) && !twiceNamed.contains(entry.raterUuid))
            found << tr("%1 rates %2 twice").arg(who, entry.criterionId);
        seen.insert(key);
    }
    seen.clear();
    for (const EvidenceNote &note : document.notes) {
        if (!instrument.criterion(note.criterionId))
            found << tr("a note is about unknown criterion \"%1\"").arg(note.criterionId);
        if (!instrument.source(note.source))
            found << tr("a note on %1 names unknown source \"%2\"")
                         .arg(note.criterionId, note.source);
        const QString key = note.criterionId + QLatin1Char('\n') + note.source;
        if (seen.contains(key))
            found << tr("two notes on %1 from %2").arg(note.criterionId, note.source);
        seen.insert(key);
    }
    seen.clear();
    for (const EvidenceNumber &number : document.numbers) {
        const Criterion *criterion = instrument.criterion(number.criterionId);
        bool knownInput = false;
        if (criterion) {
            for (const EvidenceInput &input : criterion->rule.inputs)
                knownInput = knownInput || input.key == number.inputKey;
        }
        if (!knownInput)
            found << tr("criterion \"%1\" has no number \"%2\"")
                         .arg(number.criterionId, number.inputKey);
        const auto value = ExactNumber::parse(number.value);
        if (!value || value->isNegative())
            found << tr("the number %1 of %2 is \"%3\", not a number of 0 or more")
                         .arg(number.inputKey, number.criterionId, number.value);
        const QString key = number.criterionId + QLatin1Char('\n') + number.inputKey;
        if (seen.contains(key))
            found << tr("the number %1 of %2 is given twice")
                         .arg(number.inputKey, number.criterionId);
        seen.insert(key);
    }
    seen.clear();
    for (const ElementCheck &element : document.elements) {
        const Criterion *criterion = instrument.criterion(element.criterionId);
        bool knownElement = false;
        if (criterion) {
            for (const ChecklistElement &candidate : criterion->rule.elements)
                knownElement = knownElement || candidate.key == element.elementKey;
        }
        if (!knownElement)
            found << tr("criterion \"%1\" has no element \"%2\"")
                         .arg(element.criterionId, element.elementKey);
        const QString key = element.criterionId + QLatin1Char('\n') + element.elementKey;
        if (seen.contains(key))
            found << tr("the element %1 of %2 is given twice")
                         .arg(element.elementKey, element.criterionId);
        seen.insert(key);
    }
    seen.clear();
    for (const Finding &finding : document.findings) {
        if (!finding.criterionId.isEmpty() && !instrument.criterion(finding.criterionId))
            found << tr("a finding is about unknown criterion \"%1\"").arg(finding.criterionId);
        if (seen.contains(finding.uuid))
            found << tr("finding %1 appears twice").arg(finding.uuid);
        seen.insert(finding.uuid);
    }
    seen.clear();
    for (const ActionItem &action : document.actions) {
        if (seen.contains(action.uuid))
            found << tr("action %1 appears twice").arg(action.uuid);
        seen.insert(action.uuid);
    }
    found << workbookProblems(document, instrument);
    return found;
}

QStringList ReviewValidator::workbookProblems(const ReviewDocument &document,
                                              const Instrument &instrument)
{
    QStringList found;
    QSet<QString> raters;
    for (const Rater &rater : document.raters)
        raters.insert(rater.uuid);
    QSet<QString> seen;
    for (const WorkbookTable table : {WorkbookTable::Coaches, WorkbookTable::Records}) {
        const QList<WorkbookRow> &rows = WorkbookFigure::rowsOf(document.workbook, table);
        const QString tableName = WorkbookNames::table(table);
        for (int i = 0; i < rows.size(); ++i) {
            const WorkbookRow &row = rows.at(i);
            const QString where = tr("workbook %1 row %2").arg(tableName).arg(i + 1);
            if (seen.contains(row.uuid))
                found << tr("%1: the row %2 appears twice").arg(where, row.uuid);
            seen.insert(row.uuid);
            if (!row.raterUuid.isEmpty() && !raters.contains(row.raterUuid))
                found << tr("%1: filled by reviewer %2, who is not in the review")
                             .arg(where, row.raterUuid);
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                const WorkbookField *field = instrument.workbookField(table, it.key());
                if (!field) {
                    found << tr("%1: the catalog declares no %2 field \"%3\"")
                                 .arg(where, tableName, TextRules::oneLine(it.key()));
                    continue;
                }
                // Stored exactly as Laatu stores a typed value: "0.8", never "0,80".
                if (WorkbookFigure::storedValue(*field, it.value()) != it.value())
                    found << tr("%1: \"%2\" is not a valid %3 for \"%4\"")
                                 .arg(where, TextRules::oneLine(it.value()),
                                      WorkbookNames::type(field->type), it.key());
            }
        }
    }
    if (document.workbook.recordsCleared && !document.workbook.records.isEmpty())
        found << tr("the workbook says its records were cleared, but it still holds record "
                    "rows (%1)")
                     .arg(document.workbook.records.size());
    return found;
}

} // namespace laatu
