// Removing a half-written output when the process is interrupted, from a
// signal handler that does only what POSIX allows there (async-signal-safe
// calls: unlink, rmdir, rename, raise; no allocation, no lock). Swift cannot
// promise that of a handler written in Swift (a global's first read takes a
// lock, a `var` is checked for exclusive access), so the handler is C.
#ifndef CINTERRUPTION_H
#define CINTERRUPTION_H

#include <stddef.h>

/// Installs, once, the handler of SIGINT, SIGTERM and SIGHUP. A signal the
/// process ignores (as under `nohup`) stays ignored.
void CInterruption_install(void);

/// Sets what the handler undoes if the process is interrupted, replacing what
/// was set before: each of `paths` is removed in order (unlinked, or removed
/// as an empty folder, so list a folder after its files), then, if
/// `restoreFrom` is not NULL, `restoreFrom` is renamed to `restoreTo`. Paths
/// that do not exist are passed over. The paths are copied into storage set
/// aside before any signal comes, so the caller may free them on return.
///
/// Returns 0, or -1 (nothing set) if there are more than 256 paths or more
/// than 1 MiB of them.
int CInterruption_set(const char *const *paths, size_t count, const char *restoreFrom, const char *restoreTo);

/// Clears what was set: an interruption from now on undoes nothing.
void CInterruption_clear(void);

#endif
