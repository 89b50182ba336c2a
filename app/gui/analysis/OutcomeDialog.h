#pragma once

#include "review/SiteOutcome.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OutcomeDialog;
}

namespace laatu::gui {

// Enters the outcomes of one period for a site: people coached and how many of them were in
// competitive work. OK stays disabled, with the reason shown, until the figures can be stored.
class OutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutcomeDialog(const SiteOutcome &initial, QWidget *parent = nullptr);
    ~OutcomeDialog() override;

    SiteOutcome outcome() const;
    void setOutcome(const SiteOutcome &outcome);
    bool canAccept() const;
    QString problemText() const;

private:
    void update();

    std::unique_ptr<Ui::OutcomeDialog> m_ui;
};

} // namespace laatu::gui
