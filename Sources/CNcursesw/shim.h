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

// The C streams ncurses writes to and reads from (Swift 6 rejects the mutable globals).
static inline FILE *maturity_stdout(void) { return stdout; }
static inline FILE *maturity_stdin(void) { return stdin; }
static inline int maturity_colors(void) { return COLORS; }
static inline int maturity_color_pairs(void) { return COLOR_PAIRS; }

// Signals: the handler only records which signal came, as async-signal-safety requires; the
// app loop polls it between key timeouts. Only MaturityTerminal imports this header, so the
// static flag exists once in the program.
#include <signal.h>
#include <string.h>
static volatile sig_atomic_t maturity_signal_flag_value = 0;
static void maturity_signal_flag_handler(int signal_number) { maturity_signal_flag_value = signal_number; }
static inline int maturity_signal_set_action(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}
/// Installs the flag-setting handler for `signal_number`; returns 0 on success.
static inline int maturity_signal_flag_install(int signal_number) {
    return maturity_signal_set_action(signal_number, maturity_signal_flag_handler);
}
/// Puts back the default action for `signal_number` (the process ends on it).
static inline int maturity_signal_flag_uninstall(int signal_number) {
    return maturity_signal_set_action(signal_number, SIG_DFL);
}
static inline int maturity_signal_flag_read(void) { return maturity_signal_flag_value; }
static inline void maturity_signal_flag_clear(void) { maturity_signal_flag_value = 0; }

#endif
