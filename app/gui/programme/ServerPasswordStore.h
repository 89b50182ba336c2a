#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace laatu::gui {

// The programme server's password: in the system keyring (QtKeychain: Secret Service, KWallet)
// when the user asks for it and one is there, else only in memory for this session. Never in
// QSettings or any file of Laatu's.
class ServerPasswordStore : public QObject
{
    Q_OBJECT

public:
    explicit ServerPasswordStore(QObject *parent = nullptr);

    // The keyring's entry for a login on a server ("user@host:port/db").
    static QString key(const QString &user, const QString &serverLabel);

    // Asynchronous, as the keyring may ask the user to unlock it: `done` gets the password,
    // or an empty one when none is stored (then the caller asks).
    void read(const QString &key, const std::function<void(const QString &)> &done);
    // Keeps the password for the session; with `remember`, in the keyring too. `done` gets
    // an empty string, or what the keyring said when it could not store it.
    void write(const QString &key, const QString &password, bool remember,
               const std::function<void(const QString &)> &done);
    void forget(const QString &key);
};

} // namespace laatu::gui
