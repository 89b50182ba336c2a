#include "GuideWindow.h"

#include "i18n/Translator.h"

#include <QEvent>
#include <QFile>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace laatu::gui {

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    resize(720, 640);
    load();
}

QString GuideWindow::resourceFor(const QString &language)
{
    const QString path = QStringLiteral(":/guide/guide-%1.html").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/guide/guide-en.html");
}

QString GuideWindow::html() const
{
    return m_browser->toHtml();
}

void GuideWindow::load()
{
    setWindowTitle(tr("Laatu Guide"));
    m_browser->setAccessibleName(tr("User guide"));
    QFile file(resourceFor(Translator::currentLanguage()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

} // namespace laatu::gui
