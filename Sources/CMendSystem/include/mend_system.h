#ifndef MEND_SYSTEM_H
#define MEND_SYSTEM_H

/// Swaps two paths in one step, both relative to the folder open as `folder`: afterwards
/// `first` names what `second` named and the other way round, and there is no instant at
/// which either name is missing. Linux: renameat2(RENAME_EXCHANGE); macOS:
/// renameatx_np(RENAME_SWAP). Returns 0, or -1 with errno set (ENOSYS or EINVAL where the
/// system or the file system cannot exchange).
int mend_exchange_at(int folder, const char *first, const char *second);

/// Copies up to `length` bytes from the file open as `input` to the one open as `output`,
/// from and advancing their current offsets, inside the kernel (Linux copy_file_range).
/// Returns the bytes copied (0 at the end of the input), or -1 with errno set (ENOSYS,
/// EXDEV or EINVAL where it cannot: copy through a buffer then).
long mend_copy_range(int input, int output, unsigned long length);

#endif
