#include "alignedbuffer.h"

#include <sys/mman.h>

namespace sg::download {

namespace {
constexpr qsizetype kHugePage = qsizetype(2) << 20;
}

QByteArray alignedBuffer(qsizetype capacity)
{
    // A shard-sized buffer starts on a 2 MiB boundary and asks for transparent huge pages:
    // the kernel then pins it for an O_DIRECT write, and faults it in, a 2 MiB page at a
    // time instead of 4 KiB (perf: get_user_pages and page faults were ~5 % of get's CPU).
    // The padding before the start is address space only: never touched, never resident.
    const qsizetype align = capacity >= kHugePage ? kHugePage : kDirectIoAlign;
    QArrayData *header = nullptr;
    // QByteArray counts the alignment padding as free space before the data, so the
    // allocation is one alignment (and the terminating '\0') larger: resize() up to
    // `capacity` then always fits behind the aligned start and never reallocates.
    void *data = QArrayData::allocate(&header, 1, align, capacity + align + 1, QArrayData::KeepSize);
    if (!data)
        return {};
    if (align == kHugePage)
        (void)::madvise(data, size_t(capacity / kHugePage * kHugePage), MADV_HUGEPAGE); // a hint
    QByteArray buffer(
        QByteArray::DataPointer(static_cast<QTypedArrayData<char> *>(header), static_cast<char *>(data), 0));
    buffer.data()[0] = '\0';
    return buffer;
}

} // namespace sg::download
