// Linked into the instrumented claimsift of the PGO build only (CMakeLists.txt, CLAIMSIFT_PGO),
// with -Wl,--wrap=_exit: claimsift ends with _exit, which skips the exit handler that writes
// the profile, so every call to _exit comes here first and writes it.
#include <cstdlib>

extern "C" {
void __gcov_dump();
[[noreturn]] void __real__exit(int status);

[[noreturn]] void __wrap__exit(int status) {
  __gcov_dump();
  __real__exit(status);
}
}
