// SPDX-License-Identifier: GPL-3.0-or-later
#include "RangeCheck.h"

#include "Palette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace RangeCheck {

namespace {

QString rangeText(const QSpinBox *spin, int min, int max)
{
    return QCoreApplication::translate("RangeCheck", "%1–%2", "a range of whole numbers")
        .arg(spin->locale().toString(min), spin->locale().toString(max));
}

} // namespace

void acceptAnyNumberQuietly(QSpinBox *spin, int min, int max)
{
    spin->setRange(std::min(min, 0), TypedMax);
    spin->setToolTip(QCoreApplication::translate("RangeCheck", "Allowed range: %1")
                         .arg(rangeText(spin, min, max)));
}

QLabel *acceptAnyNumber(QSpinBox *spin, int min, int max)
{
    spin->setRange(std::min(min, 0), TypedMax);
    auto *label = new QLabel(spin->parentWidget());
    label->setObjectName(spin->objectName() + QStringLiteral("Range"));
    label->setText(rangeText(spin, min, max));
    const auto update = [spin, label, min, max] {
        const bool inRange = spin->value() >= min && spin->value() <= max;
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, inRange ? Palette::hint(pal) : Palette::problem(pal));
        label->setPalette(pal);
        label->setProperty("outOfRange", !inRange);
    };
    QObject::connect(spin, &QSpinBox::valueChanged, label, update);
    update();
    label->setAccessibleName(
        QCoreApplication::translate("RangeCheck", "Allowed range: %1").arg(label->text()));
    return label;
}

} // namespace RangeCheck
