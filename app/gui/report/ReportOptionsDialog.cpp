#include "ReportOptionsDialog.h"

#include "ui_ReportOptionsDialog.h"

#include "i18n/Translator.h"

#include <QCheckBox>

namespace laatu::gui {

namespace {
const QString kRecordCodesCheck = QStringLiteral("recordCodesCheck");
} // namespace

ReportOptionsDialog::ReportOptionsDialog(const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportOptionsDialog>())
{
    m_ui->setupUi(this);
    // Under the notes choice, off by default: codes are pseudonymous, but the service's own
    // lists turn them back into clients.
    auto *recordCodes = new QCheckBox(tr("Include &record codes in the appendix"), this);
    recordCodes->setObjectName(kRecordCodesCheck);
    recordCodes->setAccessibleName(tr("Include record codes in the appendix"));
    m_ui->form->setWidget(m_ui->form->rowCount(), QFormLayout::FieldRole, recordCodes);
    for (const QString &language : Translator::availableLanguages())
        m_ui->languageCombo->addItem(Translator::nativeName(language), language);
    setOptions(options);
}

ReportOptionsDialog::~ReportOptionsDialog() = default;

void ReportOptionsDialog::setOptions(const ReportOptions &options)
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(options.language));
    m_ui->notesCheck->setChecked(options.withNotes);
    findChild<QCheckBox *>(kRecordCodesCheck)->setChecked(options.includeRecordCodes);
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions options;
    options.language = m_ui->languageCombo->currentData().toString();
    options.withNotes = m_ui->notesCheck->isChecked();
    options.includeRecordCodes = findChild<QCheckBox *>(kRecordCodesCheck)->isChecked();
    return options;
}

} // namespace laatu::gui
