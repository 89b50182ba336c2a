#include "ExportMineDialog.h"

#include "ui_ExportMineDialog.h"

#include "analysis/RaterExport.h"

#include <QComboBox>

namespace laatu::gui {

ExportMineDialog::ExportMineDialog(const ReviewDocument &review, const QString &suggested,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportMineDialog>())
    , m_review(review)
{
    m_ui->setupUi(this);
    for (const Rater &rater : review.raters)
        m_ui->raterCombo->addItem(rater.name, rater.uuid);
    setRaterUuid(suggested);
    connect(m_ui->raterCombo, &QComboBox::currentIndexChanged, this,
            &ExportMineDialog::updateRecords);
    updateRecords();
}

ExportMineDialog::~ExportMineDialog() = default;

QString ExportMineDialog::raterUuid() const
{
    return m_ui->raterCombo->currentData().toString();
}

QString ExportMineDialog::raterName() const
{
    return m_ui->raterCombo->currentText();
}

bool ExportMineDialog::withRecords() const
{
    return m_ui->recordsCheck->isEnabled() && m_ui->recordsCheck->isChecked();
}

void ExportMineDialog::setRaterUuid(const QString &uuid)
{
    const int index = m_ui->raterCombo->findData(uuid);
    if (index >= 0)
        m_ui->raterCombo->setCurrentIndex(index);
}

void ExportMineDialog::setWithRecords(bool with)
{
    m_ui->recordsCheck->setChecked(with);
}

// The count tells the reviewer what the box sends; with none, there is nothing to choose.
void ExportMineDialog::updateRecords()
{
    const int rows = RaterExport::recordRowsOf(m_review, raterUuid());
    m_ui->recordsCheck->setText(tr("&Include my record sample (%n row(s))", nullptr, rows));
    m_ui->recordsCheck->setEnabled(rows > 0);
}

} // namespace laatu::gui
