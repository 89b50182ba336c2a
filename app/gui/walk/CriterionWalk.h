#pragma once

#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QLabel;
class QScrollArea;
class QShortcut;
class QSplitter;

namespace laatu::gui {

class CriterionNavigator;
class CriterionPage;
class ReviewSession;
class ScorePanel;

// The reviewer's walk through the criteria: whose ratings are being entered (each reviewer's
// own, then the consensus), the list of all criteria with their state, one criterion per page,
// and the live score. Keys: 1-5 rate, 0 clears, S accepts the suggestion, PgDown/PgUp and
// Ctrl+Right/Left move, Ctrl+R switches whose ratings are entered.
class CriterionWalk : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionWalk(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    void showCriterion(const QString &criterionId);
    QString currentCriterionId() const;
    // The sheet being rated: a reviewer's UUID, or empty for the consensus.
    void setSheet(const QString &raterUuid);
    QString sheet() const { return m_sheet; }
    void next();
    void previous();
    void flush();

    CriterionPage *page() const { return m_page; }
    CriterionNavigator *navigator() const { return m_navigator; }
    ScorePanel *scorePanel() const { return m_score; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    // "Show rows" on a criterion page: the workspace shows the workbook rows behind its figures.
    void rowsBehindFiguresRequested(const QString &criterionId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh(const QString &criterionId);
    void fillSheets();
    void cycleSheet();
    void retranslate();
    // A key of the walk; `description` names it in Help → Keyboard Shortcuts.
    void addShortcut(const QKeySequence &keys, const std::function<QString()> &description,
                     const std::function<void()> &action);

    ReviewSession *m_session = nullptr;
    QString m_language;
    QString m_sheet;
    QLabel *m_sheetLabel;
    QComboBox *m_sheetChooser;
    QLabel *m_keysHint;
    QSplitter *m_splitter;
    CriterionNavigator *m_navigator;
    QScrollArea *m_scroll;
    CriterionPage *m_page;
    ScorePanel *m_score;
    bool m_sized = false;
    QList<std::pair<QShortcut *, std::function<QString()>>> m_shortcutTexts;
    bool m_blindSheets = false; // the sheet list was filled during independent rating
};

} // namespace laatu::gui
