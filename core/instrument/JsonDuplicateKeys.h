#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace laatu {

// Finds object keys that appear more than once in a JSON text. QJsonDocument keeps only the
// last of them without a word, so a file could show one value to a reader of the text and
// give another to Laatu. Keys are compared as JSON means them ("a" and "\u0061" are the same
// key). The text must already have been parsed as valid JSON (the scanner does not check the
// grammar); nesting is bounded by QJsonDocument's own limit.
class JsonDuplicateKeys
{
    Q_DECLARE_TR_FUNCTIONS(JsonDuplicateKeys)

public:
    // One message per duplicate, at most `limit`, each naming the key and where it is
    // ("the key \"name\" appears more than once in site").
    static QStringList find(const QByteArray &json, int limit = 10);
};

} // namespace laatu
