#include "LanguageMenu.h"

#include "i18n/Translator.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace laatu::gui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageMenu::LanguageMenu(QMenu *menu)
    : QObject(menu)
    , m_group(new QActionGroup(this))
{
    const QString current = QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
    QStringList settingsValues {QStringLiteral("system")};
    settingsValues << Translator::availableLanguages();
    for (const QString &value : settingsValues) {
        QAction *action = menu->addAction(QString());
        action->setData(value);
        action->setCheckable(true);
        action->setChecked(value == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { choose(value); });
    }
}

void LanguageMenu::retranslate()
{
    for (QAction *action : m_group->actions()) {
        const QString value = action->data().toString();
        action->setText(value == QLatin1String("system") ? tr("System Language")
                                                         : Translator::nativeName(value));
    }
}

void LanguageMenu::choose(const QString &setting)
{
    QSettings().setValue(kLanguageKey, setting);
    // Installing translators sends LanguageChange to every widget; the windows retranslate.
    Translator::install(setting);
}

} // namespace laatu::gui
