// Wide-character ncurses for Swift. pkg-config is left out on purpose: SwiftPM drops its
// -D_XOPEN_SOURCE flag, which would silently turn wide characters off, so we ask for them here.
#ifndef MATURITY_CNCURSESW_SHIM_H
#define MATURITY_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 rejects global mutable state and cannot import these macros; wrap them.
static inline WINDOW *maturity_stdscr(void) { return stdscr; }
static inline int maturity_lines(void) { return LINES; }
static inline int maturity_cols(void) { return COLS; }
static inline attr_t maturity_a_bold(void) { return A_BOLD; }
static inline attr_t maturity_a_reverse(void) { return A_REVERSE; }
static inline attr_t maturity_a_underline(void) { return A_UNDERLINE; }
static inline attr_t maturity_a_dim(void) { return A_DIM; }
static inline attr_t maturity_a_normal(void) { return A_NORMAL; }
static inline int maturity_key_resize(void) { return KEY_RESIZE; }

#endif
