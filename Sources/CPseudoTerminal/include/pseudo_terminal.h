// Starting a program on a pseudo-terminal of its own, for the workshop room: each participant's
// assessment runs as a separate process, so that one crash or hang stays inside one session.
// fork and exec are here, in C, because between the two only async-signal-safe calls are
// allowed, and the Swift runtime makes no such promise.
#ifndef MATURITY_PSEUDO_TERMINAL_H
#define MATURITY_PSEUDO_TERMINAL_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both NULL-terminated) as the leader of a new session.
///
/// With `with_terminal` set, its standard input, output and error are the slave side of a new
/// pseudo-terminal of `rows` by `columns`, which becomes its controlling terminal (so that it
/// gets SIGWINCH and SIGHUP as a login would); `*descriptor` is the master side. Otherwise they
/// are one end of a socket pair and `*descriptor` is the other end (a client that asked for no
/// terminal: the program sees a pipe-like stream and runs line by line).
///
/// `*descriptor` is close-on-exec. Signal dispositions and the signal mask are reset in the child,
/// and every other descriptor is closed before the program starts. Returns 0, or an errno value
/// (nothing is left open on failure). A program that cannot be executed exits with status 127.
int maturity_spawn(const char *path, char *const argv[], char *const envp[], int with_terminal,
                   unsigned short rows, unsigned short columns, int *descriptor, pid_t *pid);

/// Tells the program on the pseudo-terminal `master` its new size; it gets SIGWINCH.
/// Returns 0 or an errno value.
int maturity_set_window_size(int master, unsigned short rows, unsigned short columns);

/// The child's end: `*exited` is 1 and `*status` its exit status, or `*signaled` is 1 and
/// `*status` the signal's number. Returns the pid reaped, 0 when none has ended, -1 on error.
pid_t maturity_reap_any(int *exited, int *signaled, int *status);

#endif
