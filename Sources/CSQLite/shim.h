#include <sqlite3.h>

/// sqlite3_config is variadic, which Swift cannot call: one wrapper per option used.
/// Turns off SQLite's allocation statistics, which take a global mutex on every malloc and
/// free; must run before the library initializes (before the first connection opens).
static inline int kb_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
