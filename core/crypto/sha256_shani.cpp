#include "sha256_shani.h"

// The round structure follows Intel's "Intel SHA Extensions" white paper (2013): the state
// is kept as ABEF/CDGH, each sha256rnds2 runs two rounds, sha256msg1/msg2 extend the
// message schedule four words at a time.

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

namespace sg::crypto::detail {

namespace {

alignas(16) constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define SG_SHANI __attribute__((target("sha,sse4.1,ssse3")))

// State words a..h -> the ABEF / CDGH register pair sha256rnds2 works on, and back.
SG_SHANI inline void loadState(const uint32_t s[8], __m128i &abef, __m128i &cdgh)
{
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s)), 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 4)), 0x1B);
    abef = _mm_alignr_epi8(dcba, efgh, 8);
    cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);
}

SG_SHANI inline void storeState(uint32_t s[8], __m128i abef, __m128i cdgh)
{
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(s), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(s + 4), _mm_alignr_epi8(dchg, feba, 8));
}

SG_SHANI inline __m128i byteSwapMask()
{
    return _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
}

// Message words 4i..4i+3: loaded for i < 4, else extended from the four before them
// (w[] holds the last four groups, indexed i mod 4).
SG_SHANI inline __m128i schedule(__m128i w[4], int i, const unsigned char *block, __m128i mask)
{
    if (i < 4)
        return w[i]
            = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * i)), mask);
    const __m128i t = _mm_add_epi32(_mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]),
                                    _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4));
    return w[i & 3] = _mm_sha256msg2_epu32(t, w[(i + 3) & 3]);
}

// Four rounds.
SG_SHANI inline void rounds(__m128i &abef, __m128i &cdgh, __m128i words, int i)
{
    __m128i m = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * i)));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, m);
    m = _mm_shuffle_epi32(m, 0x0E);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, m);
}

} // namespace

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & bit_SSSE3;
    const bool sse41 = c & bit_SSE4_1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & bit_SHA);
}

SG_SHANI void sha256BlocksShaNi(uint32_t state[8], const unsigned char *data, size_t blocks)
{
    const __m128i mask = byteSwapMask();
    __m128i abef, cdgh;
    loadState(state, abef, cdgh);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef0 = abef, cdgh0 = cdgh;
        __m128i w[4];
#pragma GCC unroll 16
        for (int i = 0; i < 16; ++i)
            rounds(abef, cdgh, schedule(w, i, data, mask), i);
        abef = _mm_add_epi32(abef, abef0);
        cdgh = _mm_add_epi32(cdgh, cdgh0);
    }
    storeState(state, abef, cdgh);
}

SG_SHANI void sha256BlocksShaNi2(uint32_t stateA[8], const unsigned char *dataA, uint32_t stateB[8],
                                 const unsigned char *dataB, size_t blocks)
{
    const __m128i mask = byteSwapMask();
    __m128i abefA, cdghA, abefB, cdghB;
    loadState(stateA, abefA, cdghA);
    loadState(stateB, abefB, cdghB);
    for (; blocks > 0; --blocks, dataA += 64, dataB += 64) {
        const __m128i abefA0 = abefA, cdghA0 = cdghA, abefB0 = abefB, cdghB0 = cdghB;
        __m128i wA[4], wB[4];
#pragma GCC unroll 16
        for (int i = 0; i < 16; ++i) {
            const __m128i a = schedule(wA, i, dataA, mask);
            const __m128i b = schedule(wB, i, dataB, mask);
            rounds(abefA, cdghA, a, i);
            rounds(abefB, cdghB, b, i);
        }
        abefA = _mm_add_epi32(abefA, abefA0);
        cdghA = _mm_add_epi32(cdghA, cdghA0);
        abefB = _mm_add_epi32(abefB, abefB0);
        cdghB = _mm_add_epi32(cdghB, cdghB0);
    }
    storeState(stateA, abefA, cdghA);
    storeState(stateB, abefB, cdghB);
}

} // namespace sg::crypto::detail

#else

#include <cstdlib>

namespace sg::crypto::detail {

bool cpuHasShaNi()
{
    return false;
}

void sha256BlocksShaNi(uint32_t *, const unsigned char *, size_t)
{
    std::abort(); // never chosen: cpuHasShaNi() is false
}

void sha256BlocksShaNi2(uint32_t *, const unsigned char *, uint32_t *, const unsigned char *, size_t)
{
    std::abort();
}

} // namespace sg::crypto::detail

#endif
