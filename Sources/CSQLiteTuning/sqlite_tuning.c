#include <pthread.h>
#include <sqlite3.h>
#include "sqlite_tuning.h"

// sqlite3_config is variadic, which Swift cannot call; hence this file.
int outlay_sqlite_configure_multithread(void) {
    int rc = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// FTS5 hands out its API through a pointer bound to `SELECT fts5(?1)`, on a
// connection of its own kept for the process; only its tokenizer is used.
static fts5_api *fts5 = 0;
static sqlite3 *fts5_connection = 0;
static pthread_once_t fts5_once = PTHREAD_ONCE_INIT;

static void outlay_load_fts5(void) {
    outlay_sqlite_configure_multithread();  // a no-op once SQLite is in use
    if (sqlite3_open(":memory:", &fts5_connection) != SQLITE_OK) return;
    sqlite3_stmt *statement = 0;
    if (sqlite3_prepare_v2(fts5_connection, "SELECT fts5(?1)", -1, &statement, 0) != SQLITE_OK) return;
    sqlite3_bind_pointer(statement, 1, (void *)&fts5, "fts5_api_ptr", 0);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
}

struct outlay_token_sink {
    void *context;
    outlay_token_callback callback;
};

static int outlay_on_token(void *sink, int flags, const char *token, int length, int start, int end) {
    (void)start;
    (void)end;
    struct outlay_token_sink *target = sink;
    if (!(flags & FTS5_TOKEN_COLOCATED)) target->callback(target->context, token, length);
    return SQLITE_OK;
}

int outlay_fts5_tokenize(const char *text, int length, void *context, outlay_token_callback callback) {
    pthread_once(&fts5_once, outlay_load_fts5);
    if (!fts5) return SQLITE_ERROR;
    void *user = 0;
    fts5_tokenizer tokenizer;
    int rc = fts5->xFindTokenizer(fts5, "unicode61", &user, &tokenizer);
    if (rc != SQLITE_OK) return rc;
    const char *arguments[] = {"remove_diacritics", "2"};
    Fts5Tokenizer *instance = 0;
    rc = tokenizer.xCreate(user, arguments, 2, &instance);
    if (rc != SQLITE_OK) return rc;
    struct outlay_token_sink sink = {context, callback};
    rc = tokenizer.xTokenize(instance, &sink, FTS5_TOKENIZE_QUERY, text, length, outlay_on_token);
    tokenizer.xDelete(instance);
    return rc;
}
