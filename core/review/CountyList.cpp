#include "CountyList.h"

#include <QCollator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QtDebug>

#include <algorithm>

namespace laatu {

QString County::name(const QString &language) const
{
    return language == QLatin1String("sv") ? swedish : finnish;
}

QString CountyList::normalized(const QString &name)
{
    return name.simplified().normalized(QString::NormalizationForm_C).toCaseFolded();
}

const CountyList &CountyList::builtIn()
{
    static const CountyList list = [] {
        QString error;
        CountyList loaded = fromFile(QString::fromLatin1(ResourcePath), &error);
        if (loaded.isEmpty())
            qWarning("%s", qUtf8Printable(error));
        return loaded;
    }();
    return list;
}

CountyList CountyList::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The county list %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return fromJson(file.readAll(), error);
}

CountyList CountyList::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return CountyList {};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The county list is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonValue entries = document.object().value(QLatin1String("counties"));
    if (!entries.isArray() || entries.toArray().isEmpty())
        return fail(tr("The county list has no \"counties\" array."));
    CountyList list;
    QSet<QString> ids;
    QSet<QString> names;
    for (const QJsonValue &entry : entries.toArray()) {
        const QJsonObject object = entry.toObject();
        County county;
        county.id = object.value(QLatin1String("id")).toString().trimmed();
        county.finnish = object.value(QLatin1String("fi")).toString().trimmed();
        county.swedish = object.value(QLatin1String("sv")).toString().trimmed();
        county.english = object.value(QLatin1String("en")).toString().trimmed();
        const int number = int(list.m_counties.size()) + 1;
        if (county.id.isEmpty() || county.finnish.isEmpty() || county.swedish.isEmpty())
            return fail(tr("County %1 of the list needs an id and a Finnish and a Swedish name.")
                            .arg(number));
        if (ids.contains(county.id))
            return fail(tr("The county id \"%1\" appears twice in the list.").arg(county.id));
        ids.insert(county.id);
        // A name may serve both languages of one county, but never two counties.
        const QString finnish = normalized(county.finnish);
        const QString swedish = normalized(county.swedish);
        for (const QString &name : {finnish, swedish}) {
            if (names.contains(name))
                return fail(tr("The county name \"%1\" appears twice in the list.").arg(name));
        }
        names.insert(finnish);
        names.insert(swedish);
        list.m_counties << county;
    }
    return list;
}

const County *CountyList::find(const QString &name) const
{
    const QString wanted = normalized(name);
    if (wanted.isEmpty())
        return nullptr;
    for (const County &county : m_counties) {
        if (normalized(county.finnish) == wanted || normalized(county.swedish) == wanted)
            return &county;
    }
    return nullptr;
}

const County *CountyList::byId(const QString &id) const
{
    for (const County &county : m_counties) {
        if (county.id == id)
            return &county;
    }
    return nullptr;
}

QStringList CountyList::names(const QString &language) const
{
    QStringList result;
    result.reserve(m_counties.size());
    for (const County &county : m_counties)
        result << county.name(language);
    QCollator collator(language == QLatin1String("sv")
                           ? QLocale(QLocale::Swedish, QLocale::Finland)
                           : QLocale(QLocale::Finnish, QLocale::Finland));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

QString CountyList::displayName(const QString &text, const QString &language) const
{
    const County *county = find(text);
    return county ? county->name(language) : text;
}

} // namespace laatu
