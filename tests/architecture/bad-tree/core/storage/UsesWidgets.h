#pragma once
// A test fixture: core must not include widgets.
#include "review/Fine.h"
#include <QWidget>
