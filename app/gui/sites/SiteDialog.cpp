#include "SiteDialog.h"

#include "ui_SiteDialog.h"

#include <QPushButton>
#include <QUuid>

namespace laatu::gui {

SiteDialog::SiteDialog(const Site &site, const QStringList &knownCounties, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiteDialog>())
    , m_site(site)
{
    m_ui->setupUi(this);
    setWindowTitle(site.uuid.isEmpty() ? tr("New Site") : tr("Site Details"));
    if (m_site.uuid.isEmpty())
        m_site.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_ui->countyCombo->addItems(knownCounties);
    m_ui->nameEdit->setText(site.name);
    m_ui->organisationEdit->setText(site.organisation);
    m_ui->unitEdit->setText(site.unit);
    m_ui->municipalityEdit->setText(site.municipality);
    m_ui->countyCombo->setCurrentText(site.county);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SiteDialog::updateOk);
    connect(m_ui->countyCombo, &QComboBox::currentTextChanged, this, &SiteDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    updateOk();
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::setValues(const QString &name, const QString &municipality, const QString &county)
{
    m_ui->nameEdit->setText(name);
    m_ui->municipalityEdit->setText(municipality);
    m_ui->countyCombo->setCurrentText(county);
}

void SiteDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->nameEdit->text().trimmed().isEmpty()
                     && !m_ui->countyCombo->currentText().trimmed().isEmpty());
}

Site SiteDialog::site() const
{
    Site site = m_site;
    site.name = m_ui->nameEdit->text().trimmed();
    site.organisation = m_ui->organisationEdit->text().trimmed();
    site.unit = m_ui->unitEdit->text().trimmed();
    site.municipality = m_ui->municipalityEdit->text().trimmed();
    site.county = m_ui->countyCombo->currentText().trimmed();
    return site;
}

} // namespace laatu::gui
