#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace laatu::gui {

// A text box whose text is saved as the reviewer writes: after a short pause in typing, when
// focus leaves, and when flush() is called (before the page changes or the window closes).
// setStoredText() shows what is stored without saving it again.
class AutoSaveTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit AutoSaveTextEdit(QWidget *parent = nullptr);

    void setStoredText(const QString &text);
    // Saves now if there is unsaved typing.
    void flush();
    // Lines of text the box shows before it scrolls.
    void setVisibleLines(int lines);

signals:
    void textCommitted(const QString &text);
    void escaped();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_idle;
    bool m_dirty = false;
};

} // namespace laatu::gui
