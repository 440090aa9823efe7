#include "uiutil.h"

#include "shell/theme.h"

#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

namespace sg::ui {

void addPageHeader(QVBoxLayout *layout, const QString &title, const QString &subtitle)
{
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    layout->addWidget(heading);
    if (!subtitle.isEmpty())
        layout->addWidget(hintLabel(subtitle));
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void setMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    const bool dark = Theme::instance() && Theme::instance()->isDark();
    label->setStyleSheet(
        error ? (dark ? QStringLiteral("color: #ff7b72;") : QStringLiteral("color: #c01c28;")) : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace sg::ui
