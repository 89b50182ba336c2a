#pragma once

#include <QCoreApplication>
#include <QString>

namespace laatu {
class Instrument;
struct Criterion;
} // namespace laatu

namespace laatu::gui {

// Rich text of one criterion (definition, what to collect, the five anchors, how a rating is
// suggested) or of the catalog overview, for the read-only catalog view.
class CriterionHtml
{
    Q_DECLARE_TR_FUNCTIONS(CriterionHtml)

public:
    static QString criterion(const Instrument &instrument, const Criterion &criterion,
                             const QString &language);
    static QString overview(const Instrument &instrument, const QString &language);
};

} // namespace laatu::gui
