/* paths.h — finding the program's own folders (scenarios, assets) whether
   it runs from the source tree or from a build folder inside it */
#ifndef TS_PATHS_H
#define TS_PATHS_H

#include <stddef.h>

/* 1 if 'path' is an existing folder. */
int path_is_dir(const char *path);

/* The folder 'name' as given, if it exists relative to the current
   directory; else '../name' beside the running program (for a binary in
   build/), written into 'buf'. Returns 'name' itself when neither exists,
   so that the caller's later message names the folder it looked for. */
const char *path_find_dir(const char *name, char *buf, size_t size);

#endif
