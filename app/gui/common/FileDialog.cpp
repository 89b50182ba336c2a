#include "FileDialog.h"

#include <QFileDialog>

namespace laatu::gui {

std::optional<QString> FileDialog::s_nextFileName;

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_nextFileName) {
        const QString fileName = *s_nextFileName;
        s_nextFileName.reset();
        return fileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    if (s_nextFileName) {
        const QString fileName = *s_nextFileName;
        s_nextFileName.reset();
        return fileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

} // namespace laatu::gui
