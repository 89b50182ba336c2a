#include "HandOutDialog.h"

#include "ui_HandOutDialog.h"

namespace laatu::gui {

HandOutDialog::HandOutDialog(const QList<Rater> &raters, const QString &suggested, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandOutDialog>())
{
    m_ui->setupUi(this);
    for (const Rater &rater : raters)
        m_ui->raterCombo->addItem(rater.name, rater.uuid);
    setRaterUuid(suggested);
}

HandOutDialog::~HandOutDialog() = default;

QString HandOutDialog::raterUuid() const
{
    return m_ui->raterCombo->currentData().toString();
}

bool HandOutDialog::shareEvidence() const
{
    return m_ui->evidenceCheck->isChecked();
}

void HandOutDialog::setRaterUuid(const QString &uuid)
{
    const int index = m_ui->raterCombo->findData(uuid);
    if (index >= 0)
        m_ui->raterCombo->setCurrentIndex(index);
}

void HandOutDialog::setShareEvidence(bool share)
{
    m_ui->evidenceCheck->setChecked(share);
}

} // namespace laatu::gui
