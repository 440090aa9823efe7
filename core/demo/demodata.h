#pragma once

// Generates the demo dataset: a few MB of JSONL text and small PNG images, made by the
// app itself (no network, no bundled data), byte-identical for the same seed so a demo
// manifest is reproducible.

#include "common/result.h"

#include <QString>

#include <functional>

namespace sg::demo {

struct DemoDataOptions
{
    quint64 seed = 20260110;
    int jsonlFiles = 3;
    int recordsPerFile = 6000; // ~1 MB per file
    int images = 24;
    int imageSize = 64; // pixels per side
};

struct DemoDataSummary
{
    int files = 0;
    qint64 bytes = 0;
};

// Writes the dataset into dir (created; must be empty or absent).
Result<DemoDataSummary> generateDemoData(const QString &dir, const DemoDataOptions &options = {});

// A minimal PNG encoder (8-bit RGB, no interlace), so core needs no QtGui.
QByteArray encodePngRgb(int width, int height, const QByteArray &rgb);

} // namespace sg::demo
