#pragma once

#include "instrument/CatalogReader.h"

#include <catch2/catch.hpp>

namespace laatu::test {

// The shipped catalog, loaded once per test executable; a failure to load fails loudly.
inline const Instrument &builtIn()
{
    static const Instrument instrument = [] {
        const CatalogReader::Result result = CatalogReader::readBuiltIn();
        if (!result.ok())
            FAIL("built-in catalog does not load: "
                 << result.errors.join(QLatin1Char('\n')).toStdString());
        return *result.instrument;
    }();
    return instrument;
}

} // namespace laatu::test
