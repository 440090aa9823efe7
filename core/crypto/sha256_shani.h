#pragma once

// SHA-256 compression with the x86 SHA extensions (SHA-NI), one stream or two at once.
// Internal to Sha256 (sha256.cpp), which picks these when the CPU has them.

#include <cstddef>
#include <cstdint>

namespace sg::crypto::detail {

// Whether this CPU has SHA-NI with the SSSE3/SSE4.1 they are used with (false off x86).
bool cpuHasShaNi();

// Runs `blocks` 64-byte blocks of `data` through `state` (the eight working words, host order).
void sha256BlocksShaNi(uint32_t state[8], const unsigned char *data, size_t blocks);

// The same for two independent messages, interleaved: a SHA-NI round's latency leaves room
// for a second stream, so two streams run at ~1.8x the bytes per second of one.
void sha256BlocksShaNi2(uint32_t stateA[8], const unsigned char *dataA, uint32_t stateB[8],
                        const unsigned char *dataB, size_t blocks);

} // namespace sg::crypto::detail
