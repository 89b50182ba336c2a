#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace laatu::gui {

class ReviewListPanel;

// The left-hand panel: a filter, the sites and reviews, and the buttons to start or open a
// review. What the buttons do is the main window's.
class ReviewBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewBrowser(QWidget *parent = nullptr);

    ReviewListPanel *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }
    void setWritable(bool writable);

signals:
    void newReviewRequested();
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_filter;
    QCheckBox *m_showArchived;
    ReviewListPanel *m_list;
    QPushButton *m_newReview;
    QPushButton *m_open;
};

} // namespace laatu::gui
