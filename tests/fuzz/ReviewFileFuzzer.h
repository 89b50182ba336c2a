#pragma once

#include "FuzzTarget.h"

// The libFuzzer entry (FuzzTarget.h): one input is one review file. Aborts (so libFuzzer keeps
// the input) when a rule of reliability.md is broken: a refused file changed the database, a
// file the validator refuses was imported, a one-rater file was imported, or an accepted file
// does not read back as it was. An input counts as accepted when it was added or imported
// unchanged.

namespace laatu::fuzz {

// What the inputs so far did; the replay driver checks that both paths were exercised.
struct Stats
{
    long inputs = 0;
    long parsed = 0; // ReviewFileFormat::fromJson gave a document
    long validatorClean = 0; // ... and ReviewValidator found no problem
    long added = 0;
    long replaced = 0;
    long unchanged = 0;
    long refusedFile = 0; // the importer named file problems
    long refusedDatabase = 0; // the database refused (a final review)
};

const Stats &stats();

} // namespace laatu::fuzz
