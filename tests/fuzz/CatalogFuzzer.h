#pragma once

#include "FuzzTarget.h"

// The libFuzzer entry (FuzzTarget.h) for criteria catalogs: one input is one catalog file, read
// by CatalogParser as `laatu-cli catalog --check --file` and File → Open Catalog File… read
// it. Aborts (so libFuzzer keeps the input) when the parser refuses without a message or gives
// a catalog and errors at once, when CatalogReader::readStored is stricter than the parser or
// reads an accepted catalog differently, when a message quotes the file unescaped, or when an
// accepted catalog holds a text TextRules forbids or breaks what the parser promises its users
// (anchors, levels, suggestion rules). An input counts as accepted when it is a valid catalog.

namespace laatu::fuzz {

// What the inputs so far did; the replay driver checks that both paths were exercised.
struct CatalogStats
{
    long inputs = 0;
    long tooLarge = 0; // above CatalogReader::kMaxFileBytes: readFile refuses those unread
    long accepted = 0;
    long refused = 0;
    long refusedDeep = 0; // ... though a JSON object: by the catalog's own rules
    long refusedForTexts = 0; // ... only for texts TextRules forbids (readStored accepts)
    long texts = 0; // texts of accepted catalogs checked against TextRules
};

const CatalogStats &catalogStats();

} // namespace laatu::fuzz
