#pragma once

// Shard buffers whose bytes start on a 4 KiB boundary, so verified shards can be written
// with O_DIRECT straight from them (see FileAssembler): no page-cache copy, no fresh
// page-cache pages for every byte of a large dataset.
//
// They are ordinary QByteArrays (implicitly shared, as the downloader hands them around)
// allocated through QArrayData's aligned allocator. resize() within the capacity keeps the
// bytes where they are; anything that reallocates (growing past the capacity) yields an
// ordinary, unaligned array, which the writer notices and writes through the page cache.

#include <QByteArray>

namespace sg::download {

inline constexpr qsizetype kDirectIoAlign = 4096;

// An empty array with room for at least `capacity` bytes whose data() is aligned to
// kDirectIoAlign. Empty (no capacity) when the allocation fails.
QByteArray alignedBuffer(qsizetype capacity);

inline bool isDirectIoAligned(const void *p)
{
    return (quintptr(p) & quintptr(kDirectIoAlign - 1)) == 0;
}

} // namespace sg::download
