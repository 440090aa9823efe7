#pragma once

// Small helpers shared by the workspaces: headings, hints and a consistent page frame.

#include <QString>

class QLabel;
class QWidget;
class QVBoxLayout;

namespace sg::ui {

// A workspace title with a one-line explanation underneath, added to layout.
void addPageHeader(QVBoxLayout *layout, const QString &title, const QString &subtitle);
// A muted, word-wrapped hint.
QLabel *hintLabel(const QString &text, QWidget *parent = nullptr);
// Sets a label to an error (red) or normal message.
void setMessage(QLabel *label, const QString &text, bool error);

} // namespace sg::ui
