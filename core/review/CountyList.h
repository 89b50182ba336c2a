#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// One organiser of social and health services in Finland: a wellbeing services county
// (hyvinvointialue, välfärdsområde), the City of Helsinki or Åland.
struct County
{
    QString id; // stable, ASCII: "kanta-hame"
    QString finnish; // "Kanta-Hämeen hyvinvointialue"
    QString swedish; // "Egentliga Tavastlands välfärdsområde"
    QString english; // descriptive only; may be empty

    // The name in a user-interface language: Swedish for "sv", Finnish for any other (the law
    // names the counties in Finnish and Swedish only).
    QString name(const QString &language) const;

    friend bool operator==(const County &, const County &) = default;
};

// The counties a site can belong to, from resources/counties/fi-counties.json. A site stores
// its county as text; the list recognises that text in Finnish or Swedish, whatever its case
// or spacing.
class CountyList
{
    Q_DECLARE_TR_FUNCTIONS(CountyList)

public:
    static constexpr const char *ResourcePath = ":/counties/fi-counties.json";

    // The built-in list, read once from the resource (empty, with a warning, if it is broken).
    static const CountyList &builtIn();
    // Reads a list; on failure returns an empty list and says why in `error`.
    static CountyList fromJson(const QByteArray &json, QString *error = nullptr);
    static CountyList fromFile(const QString &path, QString *error = nullptr);

    bool isEmpty() const { return m_counties.isEmpty(); }
    int size() const { return int(m_counties.size()); }
    const QList<County> &counties() const { return m_counties; }

    // The county a name (Finnish or Swedish; case, surrounding and repeated spaces ignored)
    // stands for, or nullptr.
    const County *find(const QString &name) const;
    const County *byId(const QString &id) const;
    // Every county's name in a language, sorted the way that language sorts.
    QStringList names(const QString &language) const;
    // A stored county text as shown in a language: the listed name when the text names a listed
    // county, else the text as it is.
    QString displayName(const QString &text, const QString &language) const;

    // The form names are compared in: trimmed, inner spaces collapsed, NFC, case-folded.
    static QString normalized(const QString &name);

private:
    QList<County> m_counties;
};

} // namespace laatu
