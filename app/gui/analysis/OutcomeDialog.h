#pragma once

#include "review/SiteOutcome.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace laatu::gui {

// Enters the outcomes of one period for a site: people coached and how many of them were in
// competitive work. OK stays disabled, with the reason shown, until the figures can be stored.
class OutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutcomeDialog(const SiteOutcome &initial, QWidget *parent = nullptr);

    SiteOutcome outcome() const;
    void setOutcome(const SiteOutcome &outcome);
    bool canAccept() const;
    QString problemText() const;

private:
    void update();

    QDateEdit *m_start;
    QDateEdit *m_end;
    QSpinBox *m_coached;
    QSpinBox *m_employed;
    QLabel *m_rate;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace laatu::gui
