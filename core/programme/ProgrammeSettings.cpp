#include "ProgrammeSettings.h"

#include <QSettings>

namespace laatu {

namespace {
const auto kUrlKey = "programmeServer/url";
} // namespace

QString ProgrammeSettings::url()
{
    return QSettings().value(QLatin1String(kUrlKey)).toString().trimmed();
}

void ProgrammeSettings::setUrl(const QString &url)
{
    QSettings settings;
    if (url.trimmed().isEmpty())
        settings.remove(QLatin1String(kUrlKey));
    else
        settings.setValue(QLatin1String(kUrlKey), url.trimmed());
}

} // namespace laatu
