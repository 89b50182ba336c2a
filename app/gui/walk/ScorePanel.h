#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QGridLayout;

namespace laatu {
class Instrument;
class ScoreCard;
} // namespace laatu

namespace laatu::gui {

// The live score of the sheet being rated: total out of the maximum, mean, level, section
// subtotals and what is still unrated. Updated after every saved rating.
class ScorePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorePanel(QWidget *parent = nullptr);

    void showScore(const Instrument &instrument, const ScoreCard &card, const QString &sheetName,
                   const QString &language);
    QString totalText() const;
    QString levelText() const;

private:
    QLabel *m_heading;
    QLabel *m_total;
    QLabel *m_mean;
    QLabel *m_level;
    QGridLayout *m_sections;
    QLabel *m_missing;
};

} // namespace laatu::gui
