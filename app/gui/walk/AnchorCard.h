#pragma once

#include <QAbstractButton>

class QLabel;

namespace laatu::gui {

// One of the five anchors of a criterion as a large card: the rating in a circle, the anchor
// text beside it, and who else chose it. Checkable; the chosen card is filled with the
// highlight colour so it is seen at a glance, and it works with Tab, Space and the keys 1-5.
class AnchorCard : public QAbstractButton
{
    Q_OBJECT

public:
    AnchorCard(int rating, QWidget *parent = nullptr);

    int rating() const { return m_rating; }
    void setAnchorText(const QString &text);
    // Others' ratings shown on the card, e.g. "Anna, Ben" (empty: none).
    void setMarkers(const QString &markers);
    // A suggested card gets a dashed outline.
    void setSuggested(bool suggested);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateColours();

    int m_rating;
    bool m_suggested = false;
    QLabel *m_numberLabel;
    QLabel *m_textLabel;
    QLabel *m_markerLabel;
};

} // namespace laatu::gui
