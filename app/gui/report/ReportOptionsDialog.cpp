#include "ReportOptionsDialog.h"

#include "ui_ReportOptionsDialog.h"

#include "i18n/Translator.h"

namespace laatu::gui {

ReportOptionsDialog::ReportOptionsDialog(const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportOptionsDialog>())
{
    m_ui->setupUi(this);
    for (const QString &language : Translator::availableLanguages())
        m_ui->languageCombo->addItem(Translator::nativeName(language), language);
    setOptions(options);
}

ReportOptionsDialog::~ReportOptionsDialog() = default;

void ReportOptionsDialog::setOptions(const ReportOptions &options)
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(options.language));
    m_ui->notesCheck->setChecked(options.withNotes);
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions options;
    options.language = m_ui->languageCombo->currentData().toString();
    options.withNotes = m_ui->notesCheck->isChecked();
    return options;
}

} // namespace laatu::gui
