#pragma once

#include "../support/BuiltInCatalog.h"

#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "review/ReviewDocument.h"
#include "scoring/ScoreCard.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

namespace laatu::test {

// A review rated by hand: every consensus rating `rating`, two reviewers who agree except on
// criterion 1 (2 against 4) and criterion 2 (5 against 4).
inline ReviewDocument handMadeReview(int rating = 4)
{
    const Instrument &instrument = builtIn();
    ReviewDocument review;
    review.site = {0,
                   QStringLiteral("site-uuid"),
                   QStringLiteral("Testi IPS-valmennus"),
                   QStringLiteral("Testin hyvinvointialue"),
                   QStringLiteral("Työllisyyspalvelut"),
                   QStringLiteral("Hämeenlinna"),
                   QStringLiteral("Kanta-Hämeen hyvinvointialue"),
                   false};
    review.review.uuid = QStringLiteral("review-uuid");
    review.review.visitStart = QDate(2025, 3, 4);
    review.review.visitEnd = QDate(2025, 3, 5);
    review.review.status = ReviewStatus::Final;
    review.review.catalogId = instrument.id();
    review.review.catalogVersion = instrument.version();
    review.raters = {{QStringLiteral("r1"), QStringLiteral("Anna Arvioija")},
                     {QStringLiteral("r2"), QStringLiteral("Mikko Mittari")}};
    for (const Criterion &criterion : instrument.criteria()) {
        review.ratings << RatingEntry {QString(), criterion.id, rating, QString()};
        int second = rating;
        if (criterion.number == 1)
            second = rating - 2;
        if (criterion.number == 2)
            second = rating + 1;
        review.ratings << RatingEntry {QStringLiteral("r1"), criterion.id, rating, QString()}
                       << RatingEntry {QStringLiteral("r2"), criterion.id, second, QString()};
    }
    review.normalize();
    return review;
}

inline ScoreCard scoreOf(const ReviewDocument &review)
{
    return ScoreCard::compute(builtIn(), review.consensus(), review.raterSheets());
}

inline ReportModel modelOf(const ReviewDocument &review, const QString &language,
                           bool withNotes = false, const ReviewDocument *previous = nullptr)
{
    const ScoreCard score = scoreOf(review);
    return ReportBuilder::build({review, builtIn(), score, previous, QDate(2026, 1, 15)},
                                {language, withNotes});
}

inline QList<ReviewDocument> demoReviews()
{
    return DemoGenerator(builtIn(), {2, 2, 7u, true}).generate();
}

// Runs a poppler tool; nullopt (with a warning, so the skip is visible) when it is missing.
inline std::optional<QString> poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        WARN("SKIPPED: " << tool.toStdString()
                         << " is not installed (poppler-utils; scripts/setup installs it)");
        return std::nullopt;
    }
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text of a PDF in drawing order, each run of white space one space: a wrapped table cell
// reads as one line again, ligatures as letters. `bodyOnly` reads the text area between the running
// header and footer alone (A4 in points): a paragraph that runs over a page is drawn on both pages
// and clipped, and pdftotext would read the clipped lines too.
inline std::optional<QString> pdfText(const QString &path, int page = 0, bool bodyOnly = false)
{
    QStringList arguments {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (bodyOnly)
        arguments << QStringLiteral("-x") << QStringLiteral("0") << QStringLiteral("-y")
                  << QStringLiteral("60") << QStringLiteral("-W") << QStringLiteral("595")
                  << QStringLiteral("-H") << QStringLiteral("728");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    const std::optional<QString> text = poppler(QStringLiteral("pdftotext"), arguments);
    if (!text)
        return std::nullopt;
    // NFKC: the typographic ligatures the PDF uses ("ﬁ" in "ﬁdelity") read as plain letters.
    return text->normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace laatu::test
