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

#endif
