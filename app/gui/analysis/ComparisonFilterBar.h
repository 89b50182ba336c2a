#pragma once

#include "storage/ComparisonQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace laatu::gui {

class ReviewScopeChoice;

// What the county comparison compares: the county, the period of the visits, the latest
// review per site or all of them, with or without self-assessments, and (where there is a
// programme copy) whose reviews: this laptop's or the programme's.
class ComparisonFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonFilterBar(QWidget *parent = nullptr);

    void retranslate();
    // Offers these counties, keeping the chosen one when it is still among them; no signal.
    void setCounties(const QStringList &counties);
    // False (and an unchanged choice) when `county` is not offered.
    bool setCounty(const QString &county);
    QString county() const;
    // Invalid dates: no bound.
    void setPeriod(const QDate &from, const QDate &to);
    void setLatestPerSite(bool latestPerSite);
    ComparisonQuery::Filter filter() const;
    // Hidden until the view shows its source in it.
    ReviewScopeChoice *scopeChoice() const { return m_scope; }

signals:
    // The user (or a setter) chose another county, period or kind of comparison.
    void filterChanged();

private:
    bool m_filling = false;

    QLabel *m_countyLabel;
    QComboBox *m_county;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QRadioButton *m_latest;
    QRadioButton *m_all;
    QCheckBox *m_selfAssessments;
    ReviewScopeChoice *m_scope;
};

} // namespace laatu::gui
