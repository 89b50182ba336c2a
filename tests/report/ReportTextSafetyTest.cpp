// The PDF is safe for what its fields may hold (issue 12, item 7): a review stored before the
// text rules, with control and bidi-override characters in its names and notes, prints each
// such character as U+FFFD; line feeds and tabs of notes stay notes.
#include "ReportFixture.h"

#include "report/ReportRenderer.h"
#include "text/TextRules.h"

#include <QTemporaryDir>

using namespace laatu;

namespace {
bool holdsForbidden(const QString &text, bool note)
{
    for (const QChar c : text) {
        if (note && (c == u'\n' || c == u'\t'))
            continue;
        if (TextRules::isForbidden(c.unicode()) && !c.isSurrogate())
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("report: names and notes with control or bidi characters print harmlessly",
          "[report][text]")
{
    ReviewDocument review = test::demoReviews().first();
    const QString hostile = QStringLiteral("Polku\x1b[2J") + QChar(0x202e) + QStringLiteral("txt")
        + QChar(0x9b) + QStringLiteral("\r\x07");
    review.site.name = hostile;
    review.site.county = hostile;
    for (Rater &rater : review.raters)
        rater.name = hostile;
    for (Finding &finding : review.findings)
        finding.text = hostile + QStringLiteral("\nrivi 2\tsarake");
    for (ActionItem &action : review.actions) {
        action.what = hostile;
        action.who = hostile;
    }
    for (EvidenceNote &note : review.notes)
        note.text = hostile;
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("en")}) {
        const ReportModel model = test::modelOf(review, language, true);
        CHECK_FALSE(holdsForbidden(model.headerText, false));
        CHECK_FALSE(holdsForbidden(model.author, false));
        CHECK_FALSE(holdsForbidden(model.siteName, false));
        for (const ReportModel::Field &field : model.coverFields)
            CHECK_FALSE(holdsForbidden(field.value, false));
        CHECK(model.siteName.contains(QChar(QChar::ReplacementCharacter)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        REQUIRE(ReportRenderer::writePdf(model, path).isEmpty());
        if (const auto text = test::pdfText(path)) {
            CHECK_FALSE(holdsForbidden(QString(*text).remove(QLatin1Char('\f')), true));
            CHECK(text->contains(QStringLiteral("Polku")));
        }
    }
}
