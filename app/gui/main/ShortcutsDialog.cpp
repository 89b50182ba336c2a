#include "ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>

namespace laatu::gui {

namespace {
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(0x2026)); // the ellipsis of a command that asks first
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QTreeWidgetItem *heading(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, {text});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    return item;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, const QWidget *walk, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->shortcutsTree;
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QList<QTreeWidgetItem *> rows;
        for (const QAction *action : menu->actions())
            if (!action->isSeparator() && !action->shortcuts().isEmpty())
                rows << new QTreeWidgetItem({plain(action->text()), keysOf(action->shortcuts())});
        if (rows.isEmpty())
            continue;
        heading(tree, plain(menuAction->text()));
        tree->addTopLevelItems(rows);
    }
    if (walk) {
        QList<QTreeWidgetItem *> rows;
        for (const QShortcut *shortcut : walk->findChildren<QShortcut *>())
            if (!shortcut->whatsThis().isEmpty())
                rows << new QTreeWidgetItem(
                    {shortcut->whatsThis(), shortcut->key().toString(QKeySequence::NativeText)});
        if (!rows.isEmpty()) {
            heading(tree, tr("On a criterion page"));
            tree->addTopLevelItems(rows);
        }
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    tree->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_ui->shortcutsTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->shortcutsTree->topLevelItem(i);
        if (!item->text(1).isEmpty())
            rows << item->text(0) + QLatin1Char('\t') + item->text(1);
    }
    return rows;
}

} // namespace laatu::gui
