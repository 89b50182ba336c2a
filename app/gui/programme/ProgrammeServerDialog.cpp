#include "ProgrammeServerDialog.h"

#include "ConnectionTestRunner.h"
#include "ServerPasswordStore.h"

#include "gui/common/FileDialog.h"
#include "programme/ProgrammeSettings.h"
#include "programme/ServerAddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace laatu::gui {

ProgrammeServerDialog::ProgrammeServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_runner(new ConnectionTestRunner(this))
    , m_passwords(new ServerPasswordStore(this))
{
    setWindowTitle(tr("Programme Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Final reviews are published to the programme's PostgreSQL server and the "
           "programme's reviews pulled from it. Leave the address empty to keep Laatu off the "
           "network."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@server.example.fi:5432/laatu"));
    form->addRow(tr("&Server address:"), m_url);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("your login on the server"));
    form->addRow(tr("&User name:"), m_user);
    m_caFile = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    form->addRow(tr("&CA certificate:"), caRow);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keyring"), this);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    // The saved URL, split back into the address and its CA file.
    QUrl saved(ProgrammeSettings::url());
    QUrlQuery query(saved);
    m_caFile->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
    query.removeAllQueryItems(QStringLiteral("sslrootcert"));
    saved.setQuery(query);
    m_user->setText(saved.userName(QUrl::FullyDecoded));
    saved.setUserName({});
    m_url->setText(saved.isEmpty() ? QString() : saved.toString());
    QString problem;
    if (const auto address = ServerAddress::parse(effectiveUrl(), {}, problem))
        m_passwords->read(ServerPasswordStore::key(address->user(), address->label()),
                          [this](const QString &password) {
                              if (m_password->text().isEmpty())
                                  m_password->setText(password);
                          });

    connect(browse, &QPushButton::clicked, this, &ProgrammeServerDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, &ProgrammeServerDialog::testConnection);
    connect(m_runner, &ConnectionTestRunner::finished, this,
            &ProgrammeServerDialog::showTestResult);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgrammeServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgrammeServerDialog::reject);
}

QString ProgrammeServerDialog::effectiveUrl() const
{
    const QString typed = m_url->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (typed.isEmpty() || (m_caFile->text().trimmed().isEmpty() && user.isEmpty()))
        return typed;
    QUrl url(typed);
    // A user name typed into the address stays unless the field names one.
    if (!user.isEmpty())
        url.setUserName(user, QUrl::DecodedMode);
    if (m_caFile->text().trimmed().isEmpty())
        return url.toString();
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("sslrootcert"));
    query.addQueryItem(QStringLiteral("sslrootcert"), m_caFile->text().trimmed());
    url.setQuery(query);
    return url.toString();
}

bool ProgrammeServerDialog::validate(QString &problem) const
{
    return ServerAddress::parse(effectiveUrl(), {}, problem).has_value();
}

void ProgrammeServerDialog::browseCaFile()
{
    const QString file
        = FileDialog::openFileName(this, tr("CA Certificate of the Programme Server"),
                                   tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ProgrammeServerDialog::testConnection()
{
    QString problem;
    const auto address = ServerAddress::parse(effectiveUrl(), {}, problem);
    if (!address) {
        showTestResult(false, problem);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(address->describe()));
    m_runner->start(*address, m_password->text());
}

void ProgrammeServerDialog::showTestResult(bool ok, const QString &message)
{
    m_test->setEnabled(true);
    m_result->setText(ok ? message : tr("Not usable: %1").arg(message));
}

void ProgrammeServerDialog::accept()
{
    if (m_url->text().trimmed().isEmpty()) {
        ProgrammeSettings::setUrl({});
        QDialog::accept();
        return;
    }
    QString problem;
    const auto address = ServerAddress::parse(effectiveUrl(), {}, problem);
    if (!address) {
        m_result->setText(tr("Not saved: %1").arg(problem));
        return;
    }
    ProgrammeSettings::setUrl(effectiveUrl());
    const QString key = ServerPasswordStore::key(address->user(), address->label());
    if (m_password->text().isEmpty()) {
        QDialog::accept();
        return;
    }
    m_passwords->write(
        key, m_password->text(), m_remember->isChecked(), [this](const QString &keyringProblem) {
            if (keyringProblem.isEmpty()) {
                QDialog::accept();
                return;
            }
            m_result->setText(tr("The address is saved; the keyring could not keep the "
                                 "password (%1), so it is kept for this session only.")
                                  .arg(keyringProblem));
            m_remember->setChecked(false);
        });
}

} // namespace laatu::gui
