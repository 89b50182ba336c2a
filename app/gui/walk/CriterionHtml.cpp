#include "CriterionHtml.h"

#include "instrument/Instrument.h"

#include <QLocale>
#include <QStringList>

namespace laatu::gui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ruleHtml(const SuggestionRule &rule, const QString &language)
{
    if (rule.kind == RuleKind::NumericBands) {
        QStringList inputs;
        for (const EvidenceInput &input : rule.inputs)
            inputs << esc(input.label.text(language));
        return QStringLiteral("<p><b>%1</b> %2<br/><i>%3</i></p>")
            .arg(esc(CriterionHtml::tr("Suggested from:")), esc(rule.quantity.text(language)),
                 esc(CriterionHtml::tr("Computed from: %1")
                         .arg(inputs.join(QStringLiteral(" / ")))));
    }
    if (rule.kind == RuleKind::CountedElements) {
        QString items;
        for (const ChecklistElement &element : rule.elements)
            items += QStringLiteral("<li>%1</li>").arg(esc(element.label.text(language)));
        return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
            .arg(esc(CriterionHtml::tr("Suggested from the elements present (%n element(s)):",
                                       nullptr, static_cast<int>(rule.elements.size()))),
                 items);
    }
    return QStringLiteral("<p><i>%1</i></p>")
        .arg(esc(CriterionHtml::tr("Rated against the anchors; no suggestion from numbers.")));
}
} // namespace

QString CriterionHtml::criterion(const Instrument &instrument, const Criterion &criterion,
                                 const QString &language)
{
    const Section *section = instrument.section(criterion.sectionId);
    QStringList sources;
    for (const QString &key : criterion.sources) {
        if (const EvidenceSource *source = instrument.source(key))
            sources << source->name.text(language);
    }
    QString anchors;
    for (int i = criterion.anchors.size() - 1; i >= 0; --i) {
        anchors += QStringLiteral("<tr><td width='36' align='center' valign='top' "
                                  "style='font-size:large; font-weight:bold; "
                                  "background-color:palette(alternate-base);'>%1</td>"
                                  "<td valign='top'>%2</td></tr>")
                       .arg(QLocale().toString(instrument.ratingMin() + i),
                            esc(criterion.anchors.at(i).text(language)));
    }
    return QStringLiteral("<p><i>%1</i></p>"
                          "<h2>%2. %3</h2>"
                          "<p>%4</p>"
                          "<h3>%5</h3><p>%6</p><p><b>%7</b> %8</p>"
                          "<h3>%9</h3>"
                          "<table cellspacing='4' cellpadding='6' width='100%'>%10</table>"
                          "<h3>%11</h3>%12")
        .arg(esc(section ? section->name.text(language) : QString()),
             QLocale().toString(criterion.number), esc(criterion.title.text(language)),
             esc(criterion.definition.text(language)), esc(tr("Evidence to collect")),
             esc(criterion.guidance.text(language)), esc(tr("Sources:")),
             esc(QLocale().createSeparatedList(sources)), esc(tr("Anchors")))
        .arg(anchors, esc(tr("Suggested rating")), ruleHtml(criterion.rule, language));
}

QString CriterionHtml::overview(const Instrument &instrument, const QString &language)
{
    QString levels;
    for (const Level &level : instrument.levels()) {
        levels += QStringLiteral("<li><b>%1</b>: %2</li>")
                      .arg(esc(level.name.text(language)), esc(level.description.text(language)));
    }
    QString sections;
    for (const Section &section : instrument.sections()) {
        sections += QStringLiteral("<li>%1: %2</li>")
                        .arg(esc(section.name.text(language)),
                             esc(tr("%n criteria", nullptr,
                                    static_cast<int>(section.criterionIds.size()))));
    }
    return QStringLiteral("<h2>%1</h2><p>%2</p><p><i>%3</i></p>"
                          "<h3>%4</h3><ul>%5</ul><h3>%6</h3><ul>%7</ul><p>%8</p>")
        .arg(esc(instrument.name().text(language)), esc(instrument.description().text(language)),
             esc(tr("Catalog %1, version %2").arg(instrument.id(), instrument.version())),
             esc(tr("Sections")), sections, esc(tr("Fidelity levels")), levels,
             esc(tr("Choose a criterion on the left to see its definition and anchors.")));
}

} // namespace laatu::gui
