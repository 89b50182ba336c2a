#pragma once

#include "review/ReviewDocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportMineDialog;
}

namespace laatu::gui {

// File → Export My Ratings: whose ratings go into the file, and whether that reviewer's part
// of the record sample goes with them. The record sample is the most sensitive data Laatu holds,
// so the box is off each time the dialog opens and says why; it is disabled for a reviewer who
// has no record rows to send.
class ExportMineDialog : public QDialog
{
    Q_OBJECT

public:
    // `review` gives the reviewers to choose from and the record rows each would send;
    // `suggested` (a rater UUID) is chosen first.
    ExportMineDialog(const ReviewDocument &review, const QString &suggested,
                     QWidget *parent = nullptr);
    ~ExportMineDialog() override;

    QString raterUuid() const;
    QString raterName() const;
    bool withRecords() const;
    void setRaterUuid(const QString &uuid);
    void setWithRecords(bool with);

private:
    void updateRecords();

    std::unique_ptr<Ui::ExportMineDialog> m_ui;
    ReviewDocument m_review;
};

} // namespace laatu::gui
