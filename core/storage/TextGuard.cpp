#include "TextGuard.h"

#include "review/ReviewTextCheck.h"

namespace laatu {

StorageError TextGuard::field(const QString &field, const QString &text, TextRules::Kind kind)
{
    const QString problem = TextRules::fieldProblem(field, text, kind);
    return problem.isEmpty() ? StorageError() : StorageError(StorageError::InvalidInput, problem);
}

StorageError TextGuard::documents(const QList<ReviewDocument> &documents)
{
    for (const ReviewDocument &document : documents)
        if (const QStringList problems = ReviewTextCheck::problems(document); !problems.isEmpty())
            return {StorageError::InvalidInput, problems.join(QLatin1Char('\n'))};
    return {};
}

} // namespace laatu
