#pragma once

#include "review/ReviewDocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandOutDialog;
}

namespace laatu::gui {

// File → Send to Co-reviewer: whom the review is handed to, and whether the figures and
// checklists gathered so far go with it.
class HandOutDialog : public QDialog
{
    Q_OBJECT

public:
    // `raters` to choose from; `suggested` (a rater UUID) is chosen first.
    HandOutDialog(const QList<Rater> &raters, const QString &suggested, QWidget *parent = nullptr);
    ~HandOutDialog() override;

    QString raterUuid() const;
    bool shareEvidence() const;
    void setRaterUuid(const QString &uuid);
    void setShareEvidence(bool share);

private:
    std::unique_ptr<Ui::HandOutDialog> m_ui;
};

} // namespace laatu::gui
