#include "ReviewBrowser.h"

#include "gui/sites/ReviewListPanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace laatu::gui {

ReviewBrowser::ReviewBrowser(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_showArchived(new QCheckBox(this))
    , m_list(new ReviewListPanel(this))
    , m_newReview(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewBrowser"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setClearButtonEnabled(true);
    m_newReview->setObjectName(QStringLiteral("newReviewButton"));
    m_open->setObjectName(QStringLiteral("openReviewButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newReview);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_showArchived);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_filter, &QLineEdit::textChanged, m_list, &ReviewListPanel::setFilterText);
    connect(m_showArchived, &QCheckBox::toggled, m_list, &ReviewListPanel::setShowArchived);
    connect(m_newReview, &QPushButton::clicked, this, &ReviewBrowser::newReviewRequested);
    connect(m_open, &QPushButton::clicked, this, &ReviewBrowser::openRequested);
    retranslate();
}

void ReviewBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewBrowser::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by county, site or municipality (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter sites"));
    m_showArchived->setText(tr("Show archived sites"));
    m_newReview->setText(tr("New Review…"));
    m_open->setText(tr("Open"));
    m_open->setAccessibleName(tr("Open the chosen review"));
}

void ReviewBrowser::setWritable(bool writable)
{
    m_newReview->setEnabled(writable);
}

} // namespace laatu::gui
