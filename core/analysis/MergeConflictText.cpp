#include "MergeConflictText.h"

#include "WorkbookMerger.h"

#include "i18n/DateText.h"
#include "instrument/ExactNumber.h"
#include "instrument/Instrument.h"

#include <QLocale>

namespace laatu {

namespace {
QString raterName(const ReviewDocument &document, const QString &uuid)
{
    for (const Rater &rater : document.raters) {
        if (rater.uuid == uuid)
            return rater.name;
    }
    return uuid;
}

// A figure as people write it in `language` ("2,5" in Finnish and Swedish).
QString shownNumber(const QString &value, const QString &language)
{
    const std::optional<ExactNumber> number = ExactNumber::parse(value);
    if (!number)
        return value;
    QString text = number->toString(4);
    const QString point = QLocale(language).decimalPoint();
    if (!point.isEmpty() && point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

QString inputLabel(const Criterion *criterion, const QString &key, const QString &language)
{
    if (criterion) {
        for (const EvidenceInput &input : criterion->rule.inputs) {
            if (input.key == key)
                return input.label.text(language);
        }
    }
    return key;
}

QString elementLabel(const Criterion *criterion, const QString &key, const QString &language)
{
    if (criterion) {
        for (const ChecklistElement &element : criterion->rule.elements) {
            if (element.key == key)
                return element.label.text(language);
        }
    }
    return key;
}

const WorkbookRow *workbookRow(const ReviewDocument &document, const WorkbookMerger::KeyParts &key)
{
    const QList<WorkbookRow> &rows = key.table == WorkbookTable::Coaches
        ? document.workbook.coaches
        : document.workbook.records;
    for (const WorkbookRow &row : rows) {
        if (row.uuid == key.rowUuid)
            return &row;
    }
    return nullptr;
}

// A workbook value as the workbook editor shows it: a figure in the language's decimals,
// yes or no in words, a date as people write it.
QString shownWorkbookValue(const WorkbookField *field, const QString &value,
                           const QString &language)
{
    if (!field)
        return value;
    switch (field->type) {
    case WorkbookFieldType::Number:
        return shownNumber(value, language);
    case WorkbookFieldType::YesNo:
        if (value == QLatin1String(WorkbookValues::kYes))
            return MergeConflictText::tr("yes");
        if (value == QLatin1String(WorkbookValues::kNo))
            return MergeConflictText::tr("no");
        return value;
    case WorkbookFieldType::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? DateText::date(date, QLocale(language)) : value;
    }
    case WorkbookFieldType::Text:
        return value;
    }
    return value;
}

// "Coach A1, Full-time equivalent": the row by the code it has here, the field by its label.
void describeWorkbook(const MergeConflict &conflict, const ReviewDocument &document,
                      const Instrument *instrument, const QString &language, ConflictText &text)
{
    const std::optional<WorkbookMerger::KeyParts> key = WorkbookMerger::parseKey(conflict.key);
    if (!key) {
        text.what = conflict.key;
        return;
    }
    const bool coach = key->table == WorkbookTable::Coaches;
    if (conflict.what == MergeConflict::What::WorkbookCode) {
        text.what = coach ? MergeConflictText::tr("Code of a coach row")
                          : MergeConflictText::tr("Code of a record row");
        return;
    }
    const WorkbookRow *row = workbookRow(document, *key);
    const QString code = row ? row->code : key->rowUuid;
    const WorkbookField *field
        = instrument ? instrument->workbookField(key->table, key->field) : nullptr;
    const QString label = field ? field->label.text(language) : key->field;
    text.what = coach ? MergeConflictText::tr("Coach %1, %2").arg(code, label)
                      : MergeConflictText::tr("Record %1, %2").arg(code, label);
    text.here = shownWorkbookValue(field, conflict.storedValue, language);
    text.inFile = shownWorkbookValue(field, conflict.incomingValue, language);
}

QString shortened(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    if (maxLength <= 0 || simple.size() <= maxLength)
        return simple;
    return simple.left(maxLength - 1).trimmed() + QChar(0x2026);
}
} // namespace

ConflictText MergeConflictText::describe(const MergeConflict &conflict,
                                         const ReviewDocument &document,
                                         const Instrument *instrument, const QString &language)
{
    ConflictText text;
    text.here = conflict.storedValue;
    text.inFile = conflict.incomingValue;
    const Criterion *criterion = instrument && !conflict.criterionId.isEmpty()
        ? instrument->criterion(conflict.criterionId)
        : nullptr;
    if (criterion)
        text.criterion
            = QStringLiteral("%1. %2").arg(criterion->number).arg(criterion->title.text(language));
    else
        text.criterion = conflict.criterionId;
    switch (conflict.what) {
    case MergeConflict::What::Rating:
        text.what = tr("Rating by %1").arg(raterName(document, conflict.key));
        break;
    case MergeConflict::What::Number:
        text.what
            = tr("The review's figure: %1").arg(inputLabel(criterion, conflict.key, language));
        text.here = shownNumber(conflict.storedValue, language);
        text.inFile = shownNumber(conflict.incomingValue, language);
        break;
    case MergeConflict::What::Element: {
        text.what
            = tr("The review's checklist: %1").arg(elementLabel(criterion, conflict.key, language));
        const auto shown = [](const QString &value) {
            return value == QLatin1String("true") ? tr("present") : tr("not present");
        };
        text.here = shown(conflict.storedValue);
        text.inFile = shown(conflict.incomingValue);
        break;
    }
    case MergeConflict::What::Note: {
        const EvidenceSource *source = instrument ? instrument->source(conflict.key) : nullptr;
        text.what
            = tr("The review's note: %1").arg(source ? source->name.text(language) : conflict.key);
        text.freeText = true;
        break;
    }
    case MergeConflict::What::RaterName:
        text.what = tr("Name of a reviewer");
        break;
    case MergeConflict::What::WorkbookCode:
    case MergeConflict::What::WorkbookValue:
        describeWorkbook(conflict, document, instrument, language, text);
        break;
    }
    return text;
}

QList<ConflictText> MergeConflictText::describeAll(const QList<MergeConflict> &conflicts,
                                                   const ReviewDocument &document,
                                                   const Instrument *instrument,
                                                   const QString &language)
{
    QList<ConflictText> texts;
    texts.reserve(conflicts.size());
    for (const MergeConflict &conflict : conflicts)
        texts << describe(conflict, document, instrument, language);
    return texts;
}

QString MergeConflictText::line(const ConflictText &text, int maxValue)
{
    QString here = shortened(text.here, maxValue);
    QString inFile = shortened(text.inFile, maxValue);
    if (text.freeText) {
        here = tr("\"%1\"").arg(here);
        inFile = tr("\"%1\"").arg(inFile);
    }
    if (text.criterion.isEmpty())
        return tr("%1: %2 here, %3 in the file").arg(text.what, here, inFile);
    return tr("%1 – %2: %3 here, %4 in the file").arg(text.criterion, text.what, here, inFile);
}

} // namespace laatu
