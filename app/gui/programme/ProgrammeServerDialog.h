#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace laatu::gui {

class ConnectionTestRunner;
class ServerPasswordStore;

// Settings → Programme Server: the server's libpq URI, the user name (kept in the URI, shown
// on its own), the CA certificate that proves it is
// the programme's server, the password (kept in the system keyring on request, else for the
// session only) and "Test connection", which runs off the GUI thread. An empty URL means no
// server: Laatu then connects nowhere.
class ProgrammeServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProgrammeServerDialog(QWidget *parent = nullptr);

    // The URL as saved: the one typed, with the user name of its field and sslrootcert= the CA
    // file when one was chosen.
    QString effectiveUrl() const;

    void accept() override;

private:
    void browseCaFile();
    void testConnection();
    void showTestResult(bool ok, const QString &message);
    // The server named by the fields, or nullopt with the reason shown.
    bool validate(QString &problem) const;

    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    ConnectionTestRunner *m_runner = nullptr;
    ServerPasswordStore *m_passwords = nullptr;
};

} // namespace laatu::gui
