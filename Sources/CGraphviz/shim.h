// Graphviz headers for Swift, plus signature fixes. Header-only: a `.c` file
// in a system-library target is never compiled, so every shim is
// `static inline`.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/// Renders into a buffer that the caller frees with gvFreeRenderData.
/// Graphviz 2.42 (Debian 12) takes an `unsigned int *` length, later releases
/// a `size_t *`: this shim is the one place to change, Swift always sees `size_t`.
static inline int CGraphviz_renderData(GVC_t *gvc, Agraph_t *g, const char *format,
                                       char **result, size_t *length) {
  unsigned int shortLength = 0;
  int status = gvRenderData(gvc, g, format, result, &shortLength);
  *length = (size_t)shortLength;
  return status;
}

#endif
