#ifndef OUTLAY_TERMINAL_SIGNALS_H
#define OUTLAY_TERMINAL_SIGNALS_H

/// SIGTERM, SIGHUP and SIGINT only set a flag: the event loop sees it within
/// one tick and leaves through the normal path, which restores the terminal.
/// A crash (SIGSEGV, SIGILL, SIGABRT, …) restores the terminal, then dies of
/// the same signal so the exit status and core dump stay honest.
void outlay_install_signal_handlers(void);

/// The stop signal that arrived, or 0.
int outlay_stop_requested(void);

#endif
