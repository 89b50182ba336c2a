// A test fixture: walk and sites are side by side.
#include "gui/common/Upward.h"
#include "gui/sites/List.h"
