#pragma once

#include "analysis/SiteHistory.h"

#include <QTableWidget>

namespace laatu {
class Instrument;
}

namespace laatu::gui {

// Each criterion's rating in two reviews and the change between them: better in green with
// ▲, worse in red with ▼, the same as "=".
class CriterionChangesTable : public QTableWidget
{
    Q_OBJECT

public:
    static constexpr int kColumnFrom = 2;
    static constexpr int kColumnTo = 3;
    static constexpr int kColumnDelta = 4;

    // How many criteria got better, worse or stayed the same (both reviews rated them).
    struct Tally
    {
        int better = 0;
        int worse = 0;
        int unchanged = 0;
    };

    explicit CriterionChangesTable(QWidget *parent = nullptr);

    void retranslate();
    // `instrument` (may be null): the later review's catalog, for the criterion texts.
    Tally showChanges(const QList<SiteHistory::CriterionChange> &changes,
                      const Instrument *instrument, const QString &language);
};

} // namespace laatu::gui
