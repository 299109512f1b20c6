#include <signal.h>
#include "terminal_signals.h"

// curses' endwin, declared here rather than through curses.h (whose wide-character macros
// only the backend needs); the library is linked by this target.
int endwin(void);

// One flag for the whole program: defined in this one file, so the handler that sets it and
// every module that reads it see the same variable (a `static` in a header gave each its own).
static volatile sig_atomic_t stop_signal = 0;

static void on_stop(int signal) { stop_signal = signal; }

int outlay_stop_requested(void) { return stop_signal; }

static void on_crash(int signal) {
    endwin();
    struct sigaction action = {0};
    action.sa_handler = SIG_DFL;
    sigaction(signal, &action, 0);
    raise(signal);
}

void outlay_install_signal_handlers(void) {
    struct sigaction stop = {0};
    stop.sa_handler = on_stop;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTERM, &stop, 0);
    sigaction(SIGHUP, &stop, 0);
    sigaction(SIGINT, &stop, 0);
    struct sigaction crash = {0};
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, 0);
}
