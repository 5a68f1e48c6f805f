// Graphviz headers for Swift, plus signature fixes. Header-only: a `.c` file
// in a system-library target is never compiled, so every shim is
// `static inline`.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/// 1 when the installed gvc.h declares gvRenderData's length as `size_t *`, 0
/// when it declares `unsigned int *`. Read from the declaration itself by
/// `_Generic` on the function's type, so no version number has to be kept up
/// to date (2.43's graphviz_version.h has only a version string, which the
/// preprocessor cannot compare). Where `size_t` is `unsigned int` both are the
/// same type and this is 1.
#define CGRAPHVIZ_RENDER_LENGTH_IS_SIZE_T                                                      \
  _Generic(&gvRenderData, int (*)(GVC_t *, graph_t *, const char *, char **, size_t *): 1,  \
           default: 0)

/// Renders into a buffer that the caller frees with gvFreeRenderData.
///
/// Graphviz 2.x (2.42 on Debian 12, 2.43 on Ubuntu) declares the length as
/// `unsigned int *`; current releases (as Homebrew's on macOS) declare
/// `size_t *` and write 8 bytes there, so a 4-byte variable would have the
/// stack beside it overwritten. Graphviz writes instead into a union as wide
/// as either type (a `void *` converts to whichever pointer the header asks
/// for), and the member read back is the one of the type the header declares.
/// Swift always sees `size_t`.
static inline int CGraphviz_renderData(GVC_t *gvc, Agraph_t *g, const char *format,
                                       char **result, size_t *length) {
  union {
    size_t wide;
    unsigned int narrow;
  } written = {.wide = 0};
  int status = gvRenderData(gvc, g, format, result, (void *)&written);
  *length = CGRAPHVIZ_RENDER_LENGTH_IS_SIZE_T ? written.wide : (size_t)written.narrow;
  return status;
}

#endif
