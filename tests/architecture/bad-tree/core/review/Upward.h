#pragma once
// A test fixture: review is below storage.
#include "storage/UsesWidgets.h"
