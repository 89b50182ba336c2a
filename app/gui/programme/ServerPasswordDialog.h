#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace laatu::gui {

// Asks for the programme server's password when neither the keyring nor this session has it,
// or when the server refused the one it had: what the server said, the password field, and
// whether to keep it in the system keyring.
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `login` as "user@host:port/db"; `reason` what the server said last (may be empty).
    ServerPasswordDialog(const QString &login, const QString &reason, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace laatu::gui
