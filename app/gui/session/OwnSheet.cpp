#include "OwnSheet.h"

#include <QSettings>

namespace laatu::gui {

namespace {
QString key(const QString &reviewUuid)
{
    return QStringLiteral("review/%1/ownSheet").arg(reviewUuid);
}
} // namespace

QString OwnSheet::of(const QString &reviewUuid)
{
    return QSettings().value(key(reviewUuid)).toString();
}

void OwnSheet::remember(const QString &reviewUuid, const QString &raterUuid)
{
    QSettings().setValue(key(reviewUuid), raterUuid);
}

} // namespace laatu::gui
