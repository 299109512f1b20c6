// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched
// on here, before curses.h is read.
#ifndef OUTLAY_CNCURSESW_SHIM_H
#define OUTLAY_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Curses globals and function-like macros, as functions Swift can call.
static inline WINDOW *outlay_stdscr(void) { return stdscr; }
static inline int outlay_colors(void) { return COLORS; }
static inline int outlay_color_pairs(void) { return COLOR_PAIRS; }
static inline int outlay_lines(void) { return LINES; }
static inline int outlay_cols(void) { return COLS; }
static inline attr_t outlay_a_bold(void) { return A_BOLD; }
static inline attr_t outlay_a_dim(void) { return A_DIM; }
static inline attr_t outlay_a_italic(void) { return A_ITALIC; }
static inline attr_t outlay_a_underline(void) { return A_UNDERLINE; }
static inline attr_t outlay_a_reverse(void) { return A_REVERSE; }
static inline int outlay_key_f0(void) { return KEY_F0; }

// SIGTERM, SIGHUP and SIGINT only set a flag: the event loop sees it within
// one tick and leaves through the normal path, which restores the terminal.
static volatile sig_atomic_t outlay_stop_signal = 0;
static inline void outlay_on_stop(int signal) { outlay_stop_signal = signal; }
static inline int outlay_stop_requested(void) { return outlay_stop_signal; }

// A crash cannot go back to the event loop: restore the terminal, then die
// of the same signal so the exit status and core dump stay honest.
static inline void outlay_on_crash(int signal) {
    endwin();
    struct sigaction action = {0};
    action.sa_handler = SIG_DFL;
    sigaction(signal, &action, 0);
    raise(signal);
}

static inline void outlay_install_signal_handlers(void) {
    struct sigaction stop = {0};
    stop.sa_handler = outlay_on_stop;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTERM, &stop, 0);
    sigaction(SIGHUP, &stop, 0);
    sigaction(SIGINT, &stop, 0);
    struct sigaction crash = {0};
    crash.sa_handler = outlay_on_crash;
    sigemptyset(&crash.sa_mask);
    int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, 0);
}

#endif
