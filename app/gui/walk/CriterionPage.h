#pragma once

#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace laatu::gui {

class AnchorCard;
class AutoSaveTextEdit;
class EvidenceInputs;
class ReviewSession;

// One criterion of the open review on one page: where it is, its title and definition, the
// five anchors as cards, the figures or checklist behind a suggestion, the evidence notes per
// source, and the strength and recommendation it gives. It rates for one sheet at a time: a
// reviewer's own ratings or the consensus.
class CriterionPage : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionPage(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    void setSheet(const QString &raterUuid);
    void showCriterion(const QString &criterionId);
    QString criterionId() const { return m_criterionId; }
    // Values shown again from the session (after an edit, an undo or a switch of sheet).
    void refresh();
    // Saves any typing not yet saved.
    void flush();

    // Keyboard actions of the walk.
    void rate(int value);
    void clearRating();
    bool acceptSuggestion();
    void focusRating();
    // Focus on the first figure box (or checklist item); false when the criterion has none.
    bool focusFigures();

    AnchorCard *card(int rating) const;
    QPushButton *acceptSuggestionButton() const { return m_acceptButton; }

signals:
    // "Show rows" beside what the figures rest on (the workbook is another room's).
    void rowsBehindFiguresRequested(const QString &criterionId);

private:
    void buildEvidence();
    void refreshSuggestion();
    void refreshEditable();
    void saveNumber(const QString &inputKey, const QLineEdit *edit);

    ReviewSession *m_session = nullptr;
    QString m_language;
    QString m_sheet;
    QString m_criterionId;

    QLabel *m_position;
    QLabel *m_title;
    QLabel *m_definition;
    QLabel *m_guidance;
    QLabel *m_ratingHeading;
    QList<AnchorCard *> m_cards;
    QGroupBox *m_reasonBox;
    QLabel *m_reasonHint;
    AutoSaveTextEdit *m_reasonEdit;
    QGroupBox *m_suggestionBox;
    QLabel *m_suggestionResult;
    QPushButton *m_acceptButton;
    QGroupBox *m_notesBox;
    EvidenceInputs *m_evidence;
    AutoSaveTextEdit *m_strengthEdit;
    AutoSaveTextEdit *m_recommendationEdit;
};

} // namespace laatu::gui
