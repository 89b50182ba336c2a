// Runs a fuzz entry without libFuzzer (any compiler): every seed in the corpus directory, then
// seeded mutations of them (bit flips, truncation, inserted bytes and JSON tokens, deletion,
// splicing, list entries doubled or dropped, strings swapped, values replaced). Deterministic
// for a given seed. Generic over the target: it links with one entry that implements
// FuzzTarget.h (review files, criteria catalogs).
//
//   laatu_fuzz_replay <corpus dir> [mutations = 2000] [random seed = 20261129]
#include "FuzzTarget.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace {

using Bytes = std::string;

struct Seed
{
    std::string name;
    Bytes bytes;
};

const std::string &anyToken(std::mt19937 &random);

Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::size_t below(std::mt19937 &random, std::size_t n)
{
    return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
}

const std::string &anyToken(std::mt19937 &random)
{
    const std::vector<std::string> &tokens = laatu::fuzz::mutationTokens();
    return tokens[below(random, tokens.size())];
}

// Replaces the JSON value after a random ": " with a token, keeping the document's shape.
void replaceValue(Bytes &bytes, std::mt19937 &random)
{
    const std::size_t colon = bytes.find(':', below(random, bytes.size()));
    if (colon == Bytes::npos)
        return;
    std::size_t start = colon + 1;
    while (start < bytes.size() && bytes[start] == ' ')
        ++start;
    std::size_t end = start;
    if (end < bytes.size() && bytes[end] == '"') {
        end = bytes.find('"', end + 1);
        end = end == Bytes::npos ? bytes.size() : end + 1;
    } else {
        while (end < bytes.size() && bytes[end] != ',' && bytes[end] != '}' && bytes[end] != ']'
               && bytes[end] != '\n')
            ++end;
    }
    bytes.replace(start, end - start, anyToken(random));
}

// The end of the JSON object or list opening at `open` (strings skipped), or npos.
std::size_t matchingClose(const Bytes &bytes, std::size_t open)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = open; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i;
        }
    }
    return Bytes::npos;
}

// A list entry (an object after '[' or ',') at or after a random place, as [begin, end].
bool findEntry(const Bytes &bytes, std::mt19937 &random, std::size_t &begin, std::size_t &end)
{
    for (begin = bytes.find('{', below(random, bytes.size())); begin != Bytes::npos;
         begin = bytes.find('{', begin + 1)) {
        const std::size_t before = bytes.find_last_not_of(" \n\r\t", begin - 1);
        if (begin > 0 && before != Bytes::npos && (bytes[before] == '[' || bytes[before] == ',')) {
            end = matchingClose(bytes, begin);
            return end != Bytes::npos;
        }
    }
    return false;
}

// A quoted string value (after ':' or in a list, not a key) at or after `from`: its position
// and length, quotes included.
bool findString(const Bytes &bytes, std::size_t from, std::size_t &at, std::size_t &length)
{
    for (at = bytes.find('"', from); at != Bytes::npos; at = bytes.find('"', at + length)) {
        const std::size_t close = bytes.find('"', at + 1);
        if (close == Bytes::npos)
            return false;
        length = close - at + 1;
        const std::size_t before
            = at == 0 ? Bytes::npos : bytes.find_last_not_of(" \n\r\t", at - 1);
        if (before != Bytes::npos && (bytes[before] == ':' || bytes[before] == '['))
            return true;
    }
    return false;
}

// Mostly changes that keep the text JSON (so inputs reach the validator and the database),
// some that break it anywhere.
void mutateOnce(Bytes &bytes, const std::vector<Seed> &seeds, std::mt19937 &random)
{
    const std::size_t at = below(random, bytes.size() + 1);
    std::size_t begin = 0;
    std::size_t end = 0;
    switch (below(random, 14)) {
    case 0: // flip one bit
        if (!bytes.empty())
            bytes[at % bytes.size()] = static_cast<char>(
                static_cast<unsigned char>(bytes[at % bytes.size()]) ^ (1u << below(random, 8)));
        break;
    case 1: // truncate
        bytes.resize(at);
        break;
    case 2: // insert random bytes
        for (std::size_t n = 1 + below(random, 8); n > 0; --n)
            bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                         static_cast<char>(below(random, 256)));
        break;
    case 3: // insert a token
        bytes.insert(at, anyToken(random));
        break;
    case 4: // delete a range
        bytes.erase(at, 1 + below(random, 64));
        break;
    case 5: { // splice: the head of this input, the tail of another seed
        const Bytes &other = seeds[below(random, seeds.size())].bytes;
        bytes = bytes.substr(0, at) + other.substr(std::min(at, other.size()));
        break;
    }
    case 6: // a list entry twice (duplicate ratings, findings, notes ...)
        if (findEntry(bytes, random, begin, end))
            bytes.insert(begin, bytes.substr(begin, end - begin + 1) + ",");
        break;
    case 7: // a list entry removed
        if (findEntry(bytes, random, begin, end)) {
            const std::size_t after = bytes.find_first_not_of(" \n\r\t", end + 1);
            if (after != Bytes::npos && bytes[after] == ',')
                end = after;
            bytes.erase(begin, end - begin + 1);
        }
        break;
    case 8:
    case 9: { // a string swapped for a string of any seed (ids, uuids, sources, dates)
        const Bytes &other = seeds[below(random, seeds.size())].bytes;
        std::size_t from = 0;
        std::size_t fromLength = 0;
        std::size_t to = 0;
        std::size_t toLength = 0;
        if (findString(other, below(random, other.size()), from, fromLength)
            && findString(bytes, at, to, toLength))
            bytes.replace(to, toLength, other.substr(from, fromLength));
        break;
    }
    default: // a value replaced by a token
        replaceValue(bytes, random);
        break;
    }
}

void run(const Bytes &bytes, const std::string &label)
{
    laatu::fuzz::setInputLabel(label.c_str());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <corpus dir> [mutations] [seed]\n", argv[0]);
        return 2;
    }
    const long mutations = argc > 2 ? std::atol(argv[2]) : 2000;
    const unsigned long seed = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 20261129ul;
    std::vector<Seed> seeds;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1])) {
        if (entry.is_regular_file())
            seeds.push_back({entry.path().filename().string(), readFile(entry.path())});
    }
    std::sort(seeds.begin(), seeds.end(),
              [](const Seed &a, const Seed &b) { return a.name < b.name; });
    if (seeds.empty()) {
        std::fprintf(stderr, "no seeds in %s\n", argv[1]);
        return 1;
    }

    std::vector<std::size_t> validIndexes;
    for (const Seed &s : seeds) {
        run(s.bytes, "seed " + s.name);
        const bool accepted = laatu::fuzz::lastInputAccepted();
        // The seeds say by name what they are; a seed that does not behave so is stale.
        const bool valid = s.name.rfind("valid-", 0) == 0;
        if (accepted != valid) {
            std::fprintf(stderr, "seed %s was %s\n", s.name.c_str(),
                         accepted ? "accepted" : "refused");
            return 1;
        }
        if (valid)
            validIndexes.push_back(static_cast<std::size_t>(&s - seeds.data()));
    }

    std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
    for (long i = 0; i < mutations; ++i) {
        // Half of the mutations start from a valid seed, so that many get past the parser.
        const Seed &base = below(random, 2) == 0 && !validIndexes.empty()
            ? seeds[validIndexes[below(random, validIndexes.size())]]
            : seeds[below(random, seeds.size())];
        Bytes bytes = base.bytes;
        for (std::size_t n = 1 + below(random, 3); n > 0; --n)
            mutateOnce(bytes, seeds, random);
        run(bytes,
            "mutation " + std::to_string(i) + " of " + base.name + " (seed " + std::to_string(seed)
                + ")");
    }

    std::printf("%ld inputs (%zu seeds, %ld mutations): %s\n",
                static_cast<long>(seeds.size()) + mutations, seeds.size(), mutations,
                laatu::fuzz::summary().c_str());
    // A run that never reached the accepting path, or never refused anything, proved nothing.
    const std::string missed
        = validIndexes.empty() ? std::string("no seed named valid-*") : laatu::fuzz::missedPaths();
    if (!missed.empty()) {
        std::fprintf(stderr, "%s\n", missed.c_str());
        return 1;
    }
    return 0;
}
