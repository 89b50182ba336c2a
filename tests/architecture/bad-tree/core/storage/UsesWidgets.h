#pragma once
// A test fixture: core must not include widgets.
#include <QWidget>
#include "review/Fine.h"
