#include "ServerPasswordStore.h"

#include <QHash>
#include <qt6keychain/keychain.h>

namespace laatu::gui {

namespace {
const auto kService = "Laatu programme server";

// The session's passwords, per keyring key: asked once per session when no keyring is used.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}
} // namespace

ServerPasswordStore::ServerPasswordStore(QObject *parent)
    : QObject(parent)
{ }

QString ServerPasswordStore::key(const QString &user, const QString &serverLabel)
{
    return user + QLatin1Char('@') + serverLabel;
}

void ServerPasswordStore::read(const QString &key, const std::function<void(const QString &)> &done)
{
    if (const auto it = sessionPasswords().constFind(key); it != sessionPasswords().cend()) {
        done(it.value());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, key, done](QKeychain::Job *) {
        const QString password = job->error() == QKeychain::NoError ? job->textData() : QString();
        if (!password.isEmpty())
            sessionPasswords().insert(key, password);
        done(password);
    });
    job->start();
}

void ServerPasswordStore::write(const QString &key, const QString &password, bool remember,
                                const std::function<void(const QString &)> &done)
{
    sessionPasswords().insert(key, password);
    if (!remember) {
        // Not remembered: a password stored before is taken out of the keyring as well.
        forget(key);
        sessionPasswords().insert(key, password);
        done({});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void ServerPasswordStore::forget(const QString &key)
{
    sessionPasswords().remove(key);
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace laatu::gui
