#define _GNU_SOURCE
#include "pseudo_terminal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

/// Closes every descriptor from `lowest` up; only async-signal-safe calls.
static void close_from(int lowest) {
#if defined(SYS_close_range)
    if (syscall(SYS_close_range, (unsigned int)lowest, ~0U, 0) == 0) return;
#endif
    long limit = sysconf(_SC_OPEN_MAX);
    if (limit < 0 || limit > 65536) limit = 65536;
    for (int fd = lowest; fd < limit; fd++) close(fd);
}

/// Runs in the child between fork and exec: only async-signal-safe calls.
static void start_child(const char *path, char *const argv[], char *const envp[], int slave, int make_controlling) {
    struct sigaction defaults;
    memset(&defaults, 0, sizeof defaults);
    defaults.sa_handler = SIG_DFL;
    sigemptyset(&defaults.sa_mask);
    for (int signal_number = 1; signal_number < NSIG; signal_number++) {
        if (signal_number == SIGKILL || signal_number == SIGSTOP) continue;
        sigaction(signal_number, &defaults, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);

    if (setsid() < 0) _exit(126);
    if (make_controlling && ioctl(slave, TIOCSCTTY, 0) < 0) _exit(126);
    if (dup2(slave, STDIN_FILENO) < 0 || dup2(slave, STDOUT_FILENO) < 0 || dup2(slave, STDERR_FILENO) < 0) _exit(126);
    close_from(3);
    execve(path, argv, envp);
    _exit(127);
}

int maturity_spawn(const char *path, char *const argv[], char *const envp[], int with_terminal,
                   unsigned short rows, unsigned short columns, int *descriptor, pid_t *pid) {
    int ours = -1, theirs = -1;
    if (with_terminal) {
        ours = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (ours < 0) return errno;
        char name[128];
        if (grantpt(ours) != 0 || unlockpt(ours) != 0 || ptsname_r(ours, name, sizeof name) != 0) {
            int error = errno;
            close(ours);
            return error;
        }
        theirs = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (theirs < 0) {
            int error = errno;
            close(ours);
            return error;
        }
        // UTF-8 aware erasing for line-by-line input; the full screen sets its own modes.
        struct termios modes;
        if (tcgetattr(theirs, &modes) == 0) {
            modes.c_iflag |= IUTF8;
            tcsetattr(theirs, TCSANOW, &modes);
        }
        struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
        ioctl(ours, TIOCSWINSZ, &size);
    } else {
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) return errno;
        ours = pair[0];
        theirs = pair[1];
    }

    pid_t child = fork();
    if (child < 0) {
        int error = errno;
        close(ours);
        close(theirs);
        return error;
    }
    if (child == 0) start_child(path, argv, envp, theirs, with_terminal);

    close(theirs);
    *descriptor = ours;
    *pid = child;
    return 0;
}

int maturity_set_window_size(int master, unsigned short rows, unsigned short columns) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(master, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

pid_t maturity_reap_any(int *exited, int *signaled, int *status) {
    int raw = 0;
    pid_t pid = waitpid(-1, &raw, WNOHANG);
    *exited = 0;
    *signaled = 0;
    *status = 0;
    if (pid <= 0) return pid;
    if (WIFEXITED(raw)) {
        *exited = 1;
        *status = WEXITSTATUS(raw);
    } else if (WIFSIGNALED(raw)) {
        *signaled = 1;
        *status = WTERMSIG(raw);
    }
    return pid;
}
