#pragma once

#include "gui/analysis/AnalysisSource.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;

namespace laatu::gui {

// The choice of whose reviews an analysis view counts: "This laptop" (its own reviews only)
// or "The programme" (with those pulled from the programme server, and when they were
// pulled). Shown only where there is a programme copy to choose; elsewhere the view looks as
// it did before there were programmes.
class ReviewScopeChoice : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewScopeChoice(QWidget *parent = nullptr);

    void retranslate();
    // Shows the source's scope and the time of its last pull, or hides the choice when the
    // source has no programme copy; no signal.
    void showSource(const AnalysisSource &source);
    // The user's choice, for tests: false when it is not offered.
    bool choose(AnalysisSource::Scope scope);
    AnalysisSource::Scope scope() const;
    QComboBox *comboBox() const { return m_scope; }
    // The text of the programme's entry ("The programme (pulled 1.12.2026 14.30)").
    QString programmeText() const;

signals:
    void scopeChosen(AnalysisSource::Scope scope);

private:
    bool m_filling = false;
    QDateTime m_lastPull;

    QLabel *m_label;
    QComboBox *m_scope;
};

} // namespace laatu::gui
