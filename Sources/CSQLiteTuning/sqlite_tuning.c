#include <sqlite3.h>
#include "sqlite_tuning.h"

// sqlite3_config is variadic, which Swift cannot call; hence this file.
int outlay_sqlite_configure_multithread(void) {
    int rc = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
