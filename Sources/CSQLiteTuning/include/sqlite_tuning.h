#ifndef OUTLAY_SQLITE_TUNING_H
#define OUTLAY_SQLITE_TUNING_H

/// Puts SQLite in multi-thread mode without memory statistics, before it
/// initialises. Returns 0 on success, non-zero when SQLite was already in use.
int outlay_sqlite_configure_multithread(void);

/// Receives one token: its bytes (UTF-8, folded as the index stores it) and their count.
typedef void (*outlay_token_callback)(void *context, const char *token, int length);

/// Splits `text` into tokens exactly as the search index does (FTS5's
/// `unicode61` tokenizer with `remove_diacritics 2`), calling `callback` for
/// each. Returns 0 (SQLITE_OK) on success, an SQLite error code otherwise.
int outlay_fts5_tokenize(const char *text, int length, void *context, outlay_token_callback callback);

#endif
