#pragma once
// A test fixture: common is below main.
#include "gui/main/Window.h"
