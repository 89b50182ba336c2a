#pragma once

#include "LocalizedText.h"

#include <QString>
#include <QStringList>

namespace laatu {

struct Section
{
    QString id;
    LocalizedText name;
    QStringList criterionIds; // in display order
};

} // namespace laatu
