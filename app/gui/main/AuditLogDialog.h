#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace laatu::gui {

// Review → Review Log: what the review's log holds (finalised, reopened and why, the sheets
// revealed, and every change made after a reopening), newest last, in the user's language.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    // `entries` as ReviewRepository::auditLog gives them: "UTC-time action detail".
    AuditLogDialog(const QString &reviewTitle, const QStringList &entries,
                   QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    int rowCount() const;
    // The "what" of a log action in the user's language (the action key when unknown).
    static QString actionText(const QString &action);

private:
    std::unique_ptr<Ui::AuditLogDialog> m_ui;
};

} // namespace laatu::gui
