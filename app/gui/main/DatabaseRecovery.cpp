#include "DatabaseRecovery.h"

#include "gui/common/MessageBox.h"

#include "i18n/DateText.h"
#include "storage/BackupService.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace laatu::gui {

std::unique_ptr<Database> DatabaseRecovery::open(const QString &path,
                                                 const Database::Options &options, QWidget *parent,
                                                 StorageError &error, bool *putBack)
{
    if (putBack)
        *putBack = false;
    std::unique_ptr<Database> database = Database::open(path, options, error);
    const bool damaged
        = error.code() == StorageError::Corrupt || error.code() == StorageError::NotADatabase;
    if (database || !damaged)
        return database;
    QString newest;
    if (!askToPutBack(path, error, parent, newest))
        return nullptr;
    if (putBack)
        *putBack = true;
    return DatabaseRecovery::putBack(newest, path, options, parent, error);
}

bool DatabaseRecovery::askToPutBack(const QString &path, const StorageError &damage,
                                    QWidget *parent, QString &newest)
{
    const QStringList backups = BackupService::backups(BackupService::defaultFolder(path));
    if (backups.isEmpty())
        return false;
    newest = backups.constFirst();
    const QString when = DateText::dateTime(QFileInfo(newest).lastModified());
    const QString question
        = tr("%1\n\nPut back the newest backup, from %2? The damaged file is kept beside it "
             "under another name, so nothing is deleted. Changes made after that backup are "
             "not in it.")
              .arg(damage.message(), when);
    return MessageBox::question(parent, tr("Database Damaged"), question) == QMessageBox::Yes;
}

std::unique_ptr<Database> DatabaseRecovery::putBack(const QString &newest, const QString &path,
                                                    const Database::Options &options,
                                                    QWidget *parent, StorageError &error)
{
    QString aside;
    if (StorageError restoreError = BackupService::restore(newest, path, aside)) {
        error = restoreError;
        return nullptr;
    }
    std::unique_ptr<Database> database = Database::open(path, options, error);
    if (database)
        MessageBox::information(parent, tr("Backup Put Back"),
                                tr("The backup from %1 is in use. The damaged file is kept as "
                                   "%2.")
                                    .arg(DateText::dateTime(QFileInfo(newest).lastModified()),
                                         QDir::toNativeSeparators(aside)));
    return database;
}

} // namespace laatu::gui
