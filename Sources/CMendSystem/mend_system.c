// The system calls Swift's Glibc module does not expose: renameat2 and copy_file_range
// are declared only with _GNU_SOURCE.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "mend_system.h"

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#elif defined(__APPLE__)
#include <stdio.h>
#endif

int mend_exchange_at(int folder, const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, folder, first, folder, second, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renameatx_np(folder, first, folder, second, RENAME_SWAP);
#else
    (void)folder;
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
#endif
}

long mend_copy_range(int input, int output, unsigned long length) {
#if defined(__linux__) && defined(SYS_copy_file_range)
    return (long)syscall(SYS_copy_file_range, input, NULL, output, NULL, length, 0U);
#else
    (void)input;
    (void)output;
    (void)length;
    errno = ENOSYS;
    return -1;
#endif
}
