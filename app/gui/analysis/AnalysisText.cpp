#include "AnalysisText.h"
#include "i18n/DateText.h"

#include <QDate>
#include <QLocale>

namespace laatu::gui {

QString AnalysisText::date(const QDate &date)
{
    return DateText::date(date);
}

QString AnalysisText::rating(const std::optional<int> &rating)
{
    return rating ? QString::number(*rating) : QStringLiteral("–");
}

QString AnalysisText::mean(const std::optional<int> &hundredths)
{
    return hundredths ? QLocale().toString(*hundredths / 100.0, 'f', 2) : QStringLiteral("–");
}

QString AnalysisText::percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral("\u00a0%");
}

} // namespace laatu::gui
