#ifndef OUTLAY_SQLITE_TUNING_H
#define OUTLAY_SQLITE_TUNING_H

/// Puts SQLite in multi-thread mode without memory statistics, before it
/// initialises. Returns 0 on success, non-zero when SQLite was already in use.
int outlay_sqlite_configure_multithread(void);

#endif
