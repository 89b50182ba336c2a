#include "AutoSaveTextEdit.h"

#include <QKeyEvent>

namespace laatu::gui {

namespace {
// Long enough not to write on every key, short enough that a crash loses at most a few words.
constexpr int kIdleMilliseconds = 700;
} // namespace

AutoSaveTextEdit::AutoSaveTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &AutoSaveTextEdit::flush);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_idle.start();
    });
    setVisibleLines(3);
}

void AutoSaveTextEdit::setVisibleLines(int lines)
{
    const int frame = 2 * frameWidth() + int(document()->documentMargin() * 2);
    setFixedHeight(fontMetrics().lineSpacing() * lines + frame + 2);
}

void AutoSaveTextEdit::setStoredText(const QString &text)
{
    m_idle.stop();
    if (toPlainText() != text) {
        const QSignalBlocker blocker(this);
        setPlainText(text);
        moveCursor(QTextCursor::End);
    }
    m_dirty = false;
}

void AutoSaveTextEdit::flush()
{
    m_idle.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    emit textCommitted(toPlainText());
}

void AutoSaveTextEdit::focusOutEvent(QFocusEvent *event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

void AutoSaveTextEdit::keyPressEvent(QKeyEvent *event)
{
    // Escape saves and hands the keyboard back to the page (the rating keys), as in a form.
    if (event->key() == Qt::Key_Escape) {
        flush();
        emit escaped();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace laatu::gui
