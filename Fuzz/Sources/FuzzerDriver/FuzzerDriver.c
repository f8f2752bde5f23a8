// Only the declaration in include/FuzzerDriver.h is needed; libFuzzer itself is linked in by
// -sanitize=fuzzer. A C target needs at least one source file.
#include "FuzzerDriver.h"
