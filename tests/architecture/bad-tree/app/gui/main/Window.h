#pragma once
// A test fixture: main may include any room below it.
#include "gui/common/Upward.h"
#include "gui/walk/Page.h"
