#include "AnchorCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
constexpr int kRadius = 8;
constexpr int kNumberDiameter = 34;
} // namespace

AnchorCard::AnchorCard(int rating, QWidget *parent)
    : QAbstractButton(parent)
    , m_rating(rating)
    , m_numberLabel(new QLabel(QString::number(rating), this))
    , m_textLabel(new QLabel(this))
    , m_markerLabel(new QLabel(this))
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);

    QFont numberFont = font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.3);
    m_numberLabel->setFont(numberFont);
    m_numberLabel->setAlignment(Qt::AlignCenter);
    m_numberLabel->setFixedSize(kNumberDiameter, kNumberDiameter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_markerLabel->setTextFormat(Qt::PlainText);
    QFont markerFont = font();
    markerFont.setPointSizeF(markerFont.pointSizeF() * 0.9);
    m_markerLabel->setFont(markerFont);
    m_markerLabel->hide();
    for (QLabel *label : {m_numberLabel, m_textLabel, m_markerLabel})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_textLabel);
    textColumn->addWidget(m_markerLabel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(m_numberLabel, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    connect(this, &QAbstractButton::toggled, this, &AnchorCard::updateColours);
    updateColours();
}

void AnchorCard::setAnchorText(const QString &text)
{
    m_textLabel->setText(text);
    setAccessibleName(tr("Rating %1").arg(m_rating));
    setAccessibleDescription(text);
    setToolTip(tr("Rate %1 (key %1)").arg(m_rating));
    updateGeometry();
}

void AnchorCard::setMarkers(const QString &markers)
{
    m_markerLabel->setText(markers);
    m_markerLabel->setVisible(!markers.isEmpty());
    updateGeometry();
}

void AnchorCard::setSuggested(bool suggested)
{
    m_suggested = suggested;
    update();
}

QSize AnchorCard::sizeHint() const
{
    return {420, heightForWidth(420)};
}

QSize AnchorCard::minimumSizeHint() const
{
    return {240, heightForWidth(240)};
}

int AnchorCard::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

bool AnchorCard::event(QEvent *event)
{
    // Buttons take Enter/Return only on some styles; a card also chooses with them.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            click();
            return true;
        }
    }
    return QAbstractButton::event(event);
}

void AnchorCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::EnabledChange)
        updateColours();
    QAbstractButton::changeEvent(event);
}

void AnchorCard::updateColours()
{
    // Child labels follow the card: highlighted text on the chosen card, normal text otherwise.
    QPalette labelPalette = palette();
    const QPalette::ColorRole role = isChecked() ? QPalette::HighlightedText : QPalette::WindowText;
    labelPalette.setColor(QPalette::WindowText, palette().color(role));
    m_textLabel->setPalette(labelPalette);
    m_markerLabel->setPalette(labelPalette);
    QPalette numberPalette = palette();
    numberPalette.setColor(QPalette::WindowText,
                           isChecked() ? palette().color(QPalette::Highlight)
                                       : palette().color(QPalette::HighlightedText));
    m_numberLabel->setPalette(numberPalette);
    update();
}

void AnchorCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor fill = isChecked() ? highlight : palette().color(QPalette::Base);
    if (!isEnabled() && isChecked())
        fill = highlight.lighter(130);
    else if (underMouse() && !isChecked() && isEnabled())
        fill = palette().color(QPalette::AlternateBase);
    QPen border(isChecked() ? highlight.darker(120) : palette().color(QPalette::Mid),
                isChecked() || hasFocus() ? 2.0 : 1.0);
    if (m_suggested && !isChecked()) {
        border.setColor(highlight);
        border.setStyle(Qt::DashLine);
        border.setWidthF(2.0);
    }
    if (hasFocus())
        border.setColor(isChecked() ? palette().color(QPalette::WindowText) : highlight);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(card, kRadius, kRadius);

    // The rating in a circle: filled with the highlight colour, inverted on the chosen card.
    const QRectF circle = QRectF(m_numberLabel->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(isChecked() ? palette().color(QPalette::HighlightedText) : highlight);
    painter.drawEllipse(circle);
}

} // namespace laatu::gui
