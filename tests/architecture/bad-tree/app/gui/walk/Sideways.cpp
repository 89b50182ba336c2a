// A test fixture: walk and sites are side by side.
#include "gui/sites/List.h"
#include "gui/common/Upward.h"
