#pragma once

// What the rules accept when one of the damaged files of CorruptFiles.h is opened: shared by
// the writer's open (CorruptFilesTest) and the read-only commands (CorruptReadTest).
#include "CorruptFiles.h"

#include "storage/StorageError.h"

namespace laatu::test {

QString codeName(StorageError::Code code);

// True for the kinds that are not damage of a Laatu database but another file, another
// program's database or a newer Laatu's: always refused at open, with a message of their own.
bool mustBeRefused(Damage damage);

// An empty string when refusing `corrupt` with `error` is right, else what is wrong with it.
// `fileName` must be named in the message.
QString judgeRefusal(const CorruptCase &corrupt, const StorageError &error,
                     const QString &fileName);

} // namespace laatu::test
