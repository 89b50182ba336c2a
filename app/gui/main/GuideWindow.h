#pragma once

#include <QWidget>

class QTextBrowser;

namespace laatu::gui {

// Help → Guide: the offline user guide in the user's language (Finnish, Swedish or English,
// built into the application from resources/guide/), in a window of its own that can stay open
// beside the main window. Esc closes it.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // The guide's resource for `language` ("fi", "sv", "en"); English for any other.
    static QString resourceFor(const QString &language);
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser;
};

} // namespace laatu::gui
