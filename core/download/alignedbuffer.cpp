#include "alignedbuffer.h"

namespace sg::download {

QByteArray alignedBuffer(qsizetype capacity)
{
    QArrayData *header = nullptr;
    // QByteArray counts the alignment padding as free space before the data, so the
    // allocation is one alignment (and the terminating '\0') larger: resize() up to
    // `capacity` then always fits behind the aligned start and never reallocates.
    void *data = QArrayData::allocate(&header, 1, kDirectIoAlign, capacity + kDirectIoAlign + 1,
                                      QArrayData::KeepSize);
    if (!data)
        return {};
    QByteArray buffer(
        QByteArray::DataPointer(static_cast<QTypedArrayData<char> *>(header), static_cast<char *>(data), 0));
    buffer.data()[0] = '\0';
    return buffer;
}

} // namespace sg::download
