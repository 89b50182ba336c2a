#include "HistoryCsv.h"

#include "text/CsvField.h"

#include "ReportStrings.h"

#include "exchange/UserFileWriter.h"
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "scoring/ScoreCard.h"
#include "storage/ReviewRepository.h"

#include <QDir>
#include <QFile>

namespace laatu {

HistoryCsv::HistoryCsv(Options options)
    : m_options(std::move(options))
    , m_locale(m_options.separator == QLatin1Char(';')
                   ? ReportStrings::localeFor(m_options.language)
                   : QLocale::c())
{
    addLine(columns());
}

QStringList HistoryCsv::columns()
{
    return {QStringLiteral("review_uuid"),
            QStringLiteral("site"),
            QStringLiteral("organisation"),
            QStringLiteral("unit"),
            QStringLiteral("municipality"),
            QStringLiteral("county"),
            QStringLiteral("visit_start"),
            QStringLiteral("visit_end"),
            QStringLiteral("kind"),
            QStringLiteral("status"),
            QStringLiteral("catalog_id"),
            QStringLiteral("catalog_version"),
            QStringLiteral("criterion_number"),
            QStringLiteral("criterion_id"),
            QStringLiteral("criterion_title"),
            QStringLiteral("section"),
            QStringLiteral("consensus_rating"),
            QStringLiteral("review_rated"),
            QStringLiteral("review_total"),
            QStringLiteral("review_mean"),
            QStringLiteral("review_level"),
            QStringLiteral("review_level_name")};
}

QString HistoryCsv::field(const QString &text) const
{
    return CsvField::plain(text, m_options.separator);
}

QString HistoryCsv::textField(const QString &unsafeText) const
{
    return CsvField::typed(unsafeText, m_options.separator);
}

void HistoryCsv::addLine(const QStringList &fields)
{
    m_text += fields.join(m_options.separator);
    m_text += QLatin1String("\r\n");
}

void HistoryCsv::addReview(const ReviewDocument &review, const Instrument &instrument)
{
    const QString &language = m_options.language;
    const RatingSheet consensus = review.consensus();
    const ScoreCard score = ScoreCard::compute(instrument, consensus);
    const Level *level = score.isComplete() ? instrument.level(score.levelKey()) : nullptr;
    const QString total = score.total() ? QString::number(*score.total()) : QString();
    const QString mean = score.meanText(m_locale);
    for (const Criterion &criterion : instrument.criteria()) {
        const Section *section = instrument.section(criterion.sectionId);
        const std::optional<int> rating = consensus.rating(criterion.id);
        addLine({field(review.review.uuid),
                 textField(review.site.name),
                 textField(review.site.organisation),
                 textField(review.site.unit),
                 textField(review.site.municipality),
                 textField(review.site.county),
                 review.review.visitStart.toString(Qt::ISODate),
                 review.review.visitEnd.toString(Qt::ISODate),
                 toKey(review.review.kind),
                 toKey(review.review.status),
                 textField(review.review.catalogId),
                 textField(review.review.catalogVersion),
                 QString::number(criterion.number),
                 textField(criterion.id),
                 textField(criterion.title.text(language)),
                 textField(section ? section->name.text(language) : criterion.sectionId),
                 rating ? QString::number(*rating) : QString(),
                 QString::number(score.ratedCount()),
                 total,
                 field(mean),
                 score.levelKey(),
                 textField(level ? level->name.text(language) : QString())});
        ++m_rows;
    }
}

QByteArray HistoryCsv::bytes() const
{
    // The byte order mark tells Excel the file is UTF-8 (ä, ö, å); LibreOffice accepts it.
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

StorageError HistoryCsv::build(ReviewRepository &repository, HistoryCsv &csv)
{
    QList<ReviewSummary> reviews;
    if (StorageError error = repository.listReviews(reviews))
        return error;
    for (const ReviewSummary &summary : reviews) {
        ReviewDocument review;
        if (StorageError error = repository.loadReview(summary.id, review))
            return error;
        StorageError error;
        const Instrument *instrument
            = repository.catalog(review.review.catalogId, review.review.catalogVersion, error);
        if (!instrument)
            return error;
        csv.addReview(review, *instrument);
    }
    return {};
}

QString HistoryCsv::write(const QString &path, const QByteArray &bytes)
{
    return UserFileWriter::write(path, bytes);
}

} // namespace laatu
