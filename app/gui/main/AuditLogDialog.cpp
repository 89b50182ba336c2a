#include "AuditLogDialog.h"

#include "i18n/DateText.h"
#include "ui_AuditLogDialog.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

namespace laatu::gui {

AuditLogDialog::AuditLogDialog(const QString &reviewTitle, const QStringList &entries,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        entries.isEmpty()
            ? tr("%1: nothing logged yet. The log records finalising, reopening with its "
                 "reason, revealing the sheets, and every change after a reopening.")
                  .arg(reviewTitle)
            : tr("%1: %n logged step(s), oldest first.", nullptr, int(entries.size()))
                  .arg(reviewTitle));
    for (const QString &entry : entries) {
        // "2026-11-29T10:15:19Z action detail"
        const QString at = entry.section(QLatin1Char(' '), 0, 0);
        const QString action = entry.section(QLatin1Char(' '), 1, 1);
        const QString detail = entry.section(QLatin1Char(' '), 2);
        const QDateTime when = QDateTime::fromString(at, Qt::ISODate).toLocalTime();
        auto *item = new QTreeWidgetItem(
            m_ui->logTree,
            {when.isValid() ? DateText::dateTime(when) : at, actionText(action), detail});
        item->setToolTip(2, detail);
    }
    m_ui->logTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->logTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->logTree->header()->setStretchLastSection(true);
    m_ui->logTree->setFocus();
}

AuditLogDialog::~AuditLogDialog() = default;

int AuditLogDialog::rowCount() const
{
    return m_ui->logTree->topLevelItemCount();
}

QString AuditLogDialog::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts {
        {QStringLiteral("finalise"), QT_TR_NOOP("Finalised")},
        {QStringLiteral("reopen"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("reveal"), QT_TR_NOOP("Sheets revealed")},
        {QStringLiteral("consensus-rating"), QT_TR_NOOP("Consensus rating changed")},
        {QStringLiteral("rater-rating"), QT_TR_NOOP("Reviewer's rating changed")},
        {QStringLiteral("note"), QT_TR_NOOP("Note changed")},
        {QStringLiteral("number"), QT_TR_NOOP("Figure changed")},
        {QStringLiteral("element"), QT_TR_NOOP("Checklist changed")},
        {QStringLiteral("finding"), QT_TR_NOOP("Finding saved")},
        {QStringLiteral("finding-removed"), QT_TR_NOOP("Finding removed")},
        {QStringLiteral("action"), QT_TR_NOOP("Action saved")},
        {QStringLiteral("action-removed"), QT_TR_NOOP("Action removed")},
    };
    const auto it = texts.constFind(action);
    return it == texts.cend() ? action : tr(it.value());
}

} // namespace laatu::gui
