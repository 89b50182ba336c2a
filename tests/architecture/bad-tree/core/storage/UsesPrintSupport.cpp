// A test fixture: core must not print.
#include <QtPrintSupport/QPrinter>
