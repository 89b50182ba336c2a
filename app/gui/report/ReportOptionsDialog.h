#pragma once

#include "report/ReportOptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReportOptionsDialog;
}

namespace laatu::gui {

// Asked before a report is exported or printed: its language (the user interface's by
// default) and whether the free-text evidence notes go in (not by default).
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportOptionsDialog(const ReportOptions &options, QWidget *parent = nullptr);
    ~ReportOptionsDialog() override;

    ReportOptions options() const;
    void setOptions(const ReportOptions &options);

private:
    std::unique_ptr<Ui::ReportOptionsDialog> m_ui;
};

} // namespace laatu::gui
