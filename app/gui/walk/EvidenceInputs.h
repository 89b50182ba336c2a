#pragma once

#include "scoring/EvidenceFigures.h"

#include <QList>
#include <QObject>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace laatu {
struct Criterion;
class Instrument;
} // namespace laatu

namespace laatu::gui {

class AutoSaveTextEdit;
class ReviewSession;

// The evidence inputs of one criterion page, built anew for each criterion into the page's
// group boxes: the two figures of a numeric rule or the checklist of a counted one (in the
// suggestion box), and one note per evidence source (in the notes box). It shows the stored
// values; what is typed or ticked goes out through its signals, for the page to save.
class EvidenceInputs : public QObject
{
    Q_OBJECT

public:
    EvidenceInputs(QGroupBox *suggestionBox, QGroupBox *notesBox, QObject *parent = nullptr);

    // Where the figures or checklist go; the page puts it at the top of the suggestion box.
    QVBoxLayout *figuresLayout() const { return m_figuresLayout; }

    // Figures are stored with a decimal point whatever the language; shown with the locale's.
    static QString storedNumber(const QString &typed);

    void build(const Instrument &instrument, const Criterion &criterion, const QString &language);
    // The stored figures, ticks and notes shown again; a figure being typed is left alone.
    void refresh(const ReviewSession &session, const Criterion &criterion);
    // What the figures or ticks entered so far give: the value and the rating it suggests, or
    // what is still missing. Empty for a descriptive criterion.
    QString summary(const ReviewSession &session, const Criterion &criterion,
                    const QString &language) const;
    // Saves any figure typed but not yet saved (notes are flushed with the page's text boxes).
    void flush();
    void setEditable(bool editable);

    // In the page's Tab order: the figures or checklist items, then the notes.
    QList<QWidget *> figureWidgets() const;
    QList<QWidget *> noteWidgets() const;
    // The first figure box or checklist item; null when the criterion has none.
    QWidget *firstFigure() const;
    // "Show rows" beside the basis of the figures; null when the workbook gives them none.
    QPushButton *showRowsButton() const { return m_showRows; }

signals:
    // Editing of a figure box finished (it may be unmodified).
    void numberEditingFinished(const QString &inputKey, const QLineEdit *edit);
    void elementClicked(const QString &elementKey, bool checked);
    void noteCommitted(const QString &source, const QString &text);
    // Escape in a note.
    void escaped();
    // "Show rows": the workbook rows the figures are computed from.
    void rowsBehindRequested();

private:
    static QString basisText(const CriterionFigures &figures);
    void buildFigures(const Criterion &criterion, const QString &language);
    void buildNotes(const Instrument &instrument, const Criterion &criterion,
                    const QString &language);

    QGroupBox *m_suggestionBox;
    QGroupBox *m_notesBox;
    QVBoxLayout *m_figuresLayout;
    QVBoxLayout *m_notesLayout;
    QList<QLineEdit *> m_numberEdits;
    // What the figures rest on: computed from the workbook (how many coaches and records),
    // typed by hand, or what keeps the workbook from computing them.
    QLabel *m_basisLabel = nullptr;
    QPushButton *m_showRows = nullptr;
    QList<QCheckBox *> m_elementChecks;
    QList<AutoSaveTextEdit *> m_noteEdits;
};

} // namespace laatu::gui
