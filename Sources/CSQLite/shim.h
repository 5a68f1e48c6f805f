// SQLite's C API for Swift (Debian's libsqlite3-dev, built with FTS5).
// Header-only: every shim is `static inline`.
#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro Swift cannot import: text bound with it is copied by SQLite.
static inline int CSQLite_bindText(sqlite3_stmt *statement, int index, const char *text, int length) {
  return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

/// A blob bound with SQLITE_TRANSIENT is copied by SQLite too.
static inline int CSQLite_bindBlob(sqlite3_stmt *statement, int index, const void *bytes, int length) {
  return sqlite3_bind_blob(statement, index, bytes, length, SQLITE_TRANSIENT);
}

/// Turns off SQLite's memory statistics, which take one lock shared by every
/// connection on each allocation (connections writing at once wait on it). Takes
/// effect only before SQLite initialises (its first connection); SQLITE_MISUSE after.
static inline int CSQLite_turnOffMemoryStatistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
