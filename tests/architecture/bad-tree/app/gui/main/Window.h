#pragma once
// A test fixture: main may include any room below it.
#include "gui/walk/Page.h"
#include "gui/common/Upward.h"
