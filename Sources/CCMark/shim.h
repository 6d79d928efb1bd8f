// libcmark's public header, found through pkg-config (Debian: libcmark-dev).
#include <cmark.h>
