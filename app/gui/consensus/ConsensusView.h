#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace laatu::gui {

class ReviewSession;

// Every criterion with each reviewer's rating side by side, the spread, and the consensus with
// its reason, editable in place. Differences are coloured (amber 1, red 2 or more); a
// difference of 2 or more without a reason is marked, since the review cannot be final then.
// Above the table: the agreement figures. While the reviewers rate independently it shows
// none of that, only how to reveal the sheets.
class ConsensusView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsensusView(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    QTableWidget *table() const { return m_table; }
    QString agreementText() const;
    // Criteria whose reviewers differ by 2 or more and whose consensus has no reason yet.
    QStringList reasonsMissing() const;
    int consensusColumn() const;
    int reasonColumn() const;

signals:
    void criterionActivated(const QString &criterionId);
    // The user asked to end independent rating (the caller confirms and reveals).
    void revealRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // During independent rating: a note and the reveal button instead of the table. True then.
    bool showBlind();
    void edited(QTableWidgetItem *item);
    void useAgreedRatings();

    ReviewSession *m_session = nullptr;
    QString m_language;
    QLabel *m_agreement;
    QLabel *m_missing;
    QPushButton *m_useAgreed;
    QTableWidget *m_table;
    QLabel *m_blindNote;
    QPushButton *m_reveal;
    bool m_filling = false;
};

} // namespace laatu::gui
