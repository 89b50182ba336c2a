#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace laatu::gui {

// File choosers go through here so tests can give the next file name without a dialog.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // Asks where to save; `suggested` is the proposed file name (with a folder or not).
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static void setNextFileName(const QString &fileName);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace laatu::gui
