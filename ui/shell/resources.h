#pragma once

namespace sg::ui {
// Registers the console's compiled-in resources (icons); call once before building widgets.
void initResources();
} // namespace sg::ui
