// sigaction and SA_RESETHAND are POSIX: compiled in the compiler's default
// (GNU) mode, which declares them on glibc and Darwin alike.
#include "CInterruption.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the handler reads `published` without a lock");

enum { maximumPaths = 256, capacity = 1 << 20 };

/// One registration: `count` paths (then the rename if `restore`), as
/// NUL-terminated strings at `offsets` in `text`.
struct Slot {
  size_t count;
  int restore;
  size_t offsets[maximumPaths + 2];
  char text[capacity];
};

/// Two slots, written in turn: a registration is written into the one not
/// published last, then published by one atomic store of its index (-1: none),
/// so a handler running meanwhile on another thread reads a whole one.
static struct Slot slots[2];
static atomic_int published = -1;
/// The slot written last (under `writers`).
static int lastWritten = 1;
/// Serializes writers (never taken by the handler).
static pthread_mutex_t writers = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t installation = PTHREAD_ONCE_INIT;

static const int handledSignals[] = {SIGINT, SIGTERM, SIGHUP};

/// Undoes the published registration, then dies of the signal as the process
/// would have without a handler (SA_RESETHAND has put the default action back;
/// the raised signal is delivered when the handler returns).
static void handle(int signal) {
  int index = atomic_load(&published);
  if (index >= 0) {
    const struct Slot *slot = &slots[index];
    for (size_t i = 0; i < slot->count; i++) {
      const char *path = slot->text + slot->offsets[i];
      if (unlink(path) != 0) (void)rmdir(path);
    }
    if (slot->restore) {
      (void)rename(slot->text + slot->offsets[slot->count], slot->text + slot->offsets[slot->count + 1]);
    }
  }
  raise(signal);
}

static void installHandlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handle;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  // One handler at a time: the others wait until the first has raised its signal.
  for (size_t i = 0; i < sizeof handledSignals / sizeof *handledSignals; i++) sigaddset(&action.sa_mask, handledSignals[i]);
  for (size_t i = 0; i < sizeof handledSignals / sizeof *handledSignals; i++) {
    struct sigaction current;
    if (sigaction(handledSignals[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    (void)sigaction(handledSignals[i], &action, NULL);
  }
}

void CInterruption_install(void) { (void)pthread_once(&installation, installHandlers); }

/// Copies `path` to `slot` at `*used`; 0, or -1 if it does not fit.
static int append(struct Slot *slot, size_t index, const char *path, size_t *used) {
  size_t length = strlen(path) + 1;
  if (length > capacity - *used) return -1;
  memcpy(slot->text + *used, path, length);
  slot->offsets[index] = *used;
  *used += length;
  return 0;
}

int CInterruption_set(const char *const *paths, size_t count, const char *restoreFrom, const char *restoreTo) {
  if (count > maximumPaths || (restoreFrom != NULL) != (restoreTo != NULL)) return -1;
  pthread_mutex_lock(&writers);
  int next = 1 - lastWritten;
  struct Slot *slot = &slots[next];
  size_t used = 0;
  int status = 0;
  for (size_t i = 0; i < count && status == 0; i++) status = append(slot, i, paths[i], &used);
  if (status == 0 && restoreFrom != NULL) {
    status = append(slot, count, restoreFrom, &used);
    if (status == 0) status = append(slot, count + 1, restoreTo, &used);
  }
  if (status == 0) {
    slot->count = count;
    slot->restore = restoreFrom != NULL;
    atomic_store(&published, next);
    lastWritten = next;
  }
  pthread_mutex_unlock(&writers);
  return status;
}

void CInterruption_clear(void) { atomic_store(&published, -1); }
