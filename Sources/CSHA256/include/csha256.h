#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (and SSSE3, SSE4.1) that
/// `csha256_compress_ni` needs (cpuid; callers keep the answer).
int csha256_has_ni(void);

/// SHA-256's 64 round constants.
extern const uint32_t csha256_k[64];

/// Compresses `blocks` 64-byte blocks at `data` into `state` (SHA-256's eight words, in
/// the standard order) with the SHA extensions. Call only when `csha256_has_ni()`.
void csha256_compress_ni(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
