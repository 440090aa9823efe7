// libFuzzer target for the lean request parser and the range engine (both read bytes
// straight from the network). Built with clang++ -fsanitize=fuzzer,address,undefined.

#include "edge/leanparser.h"
#include "edge/rangeengine.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    const sg::edge::ParseResult r = sg::edge::parseRequestHead(in);
    if (r.status == sg::edge::ParseResult::Status::Complete) {
        if (r.consumed <= 0 || r.consumed > in.size())
            std::abort();
        // A complete head stays complete with the same length when more bytes follow.
        const QByteArray more = in.toByteArray() + "GET / HTTP/1.1\r\n";
        const auto r2 = sg::edge::parseRequestHead(more);
        if (r2.status != sg::edge::ParseResult::Status::Complete || r2.consumed != r.consumed)
            std::abort();
        const QByteArray range = r.request.header("range");
        for (qint64 length : { qint64(0), qint64(1), qint64(4096), qint64(1) << 40 }) {
            const auto d
                = sg::edge::RangeEngine::decide(range, r.request.header("if-range"), "\"e\"", length);
            qint64 last = -1;
            for (const auto &br : d.ranges) {
                if (br.length <= 0 || br.start < 0 || br.end() > length || br.start <= last)
                    std::abort();
                last = br.end();
            }
        }
        (void)sg::edge::queryValue(r.request.query, "token");
        (void)sg::edge::percentDecode(r.request.path);
    } else if (r.status == sg::edge::ParseResult::Status::Error) {
        if (r.httpStatus < 400 || r.httpStatus > 505)
            std::abort();
    }
    // Range headers straight from the input too.
    (void)sg::edge::RangeEngine::decide(in, {}, "\"e\"", 1000);
    return 0;
}
