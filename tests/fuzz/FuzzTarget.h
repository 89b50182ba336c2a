#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// What a libFuzzer entry gives the replay driver (FuzzReplayMain.cpp), so one driver runs every
// fuzz target of the suite: each target's .cpp defines LLVMFuzzerTestOneInput and these.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace laatu::fuzz {

// A name for the input being run (seed file, mutation number), printed on a violation.
void setInputLabel(const char *label);

// Whether the last input was accepted (what a seed named valid-* must be, and one named
// otherwise must not be).
bool lastInputAccepted();

// Tokens the mutations insert or put in place of a value: JSON that keeps the text JSON often
// enough to get past the parser, and the values that matter to the target.
const std::vector<std::string> &mutationTokens();

// One line of what the inputs did, for the end of a replay.
std::string summary();

// Empty when the run reached both the refusing and the accepting path; else why not (a run
// that never got that far proved nothing).
std::string missedPaths();

} // namespace laatu::fuzz
