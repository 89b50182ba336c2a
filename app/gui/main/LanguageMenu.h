#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace laatu::gui {

// The View → Language menu: the system language or one of the translations, remembered in the
// settings and applied at once (every widget retranslates on the LanguageChange event).
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    explicit LanguageMenu(QMenu *menu);

    // The entries' names: "System Language" in the current language, each language in its own.
    void retranslate();

private:
    void choose(const QString &setting);

    QActionGroup *m_group;
};

} // namespace laatu::gui
