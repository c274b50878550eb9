// SPDX-License-Identifier: GPL-3.0-or-later
#include "RangeCheck.h"

#include "Palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <functional>

namespace RangeCheck {

namespace {

QString rangeText(int min, int max)
{
    return QCoreApplication::translate("RangeCheck", "%1–%2", "a range of whole numbers")
        .arg(QLocale().toString(min), QLocale().toString(max));
}

// The label beside a field: its words (and the locale's digits) follow a change of language.
class RangeLabel : public QLabel
{
public:
    RangeLabel(QSpinBox *spin, int min, int max)
        : QLabel(spin->parentWidget())
        , m_min(min)
        , m_max(max)
    {
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QLabel::changeEvent(event);
    }

private:
    void retranslate()
    {
        setText(rangeText(m_min, m_max));
        setAccessibleName(
            QCoreApplication::translate("RangeCheck", "Allowed range: %1").arg(text()));
    }

    int m_min;
    int m_max;
};

// Calls back when its object's language changes.
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QObject *parent, std::function<void()> changed)
        : QObject(parent)
        , m_changed(std::move(changed))
    {}
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_changed();
        return false;
    }

private:
    std::function<void()> m_changed;
};

} // namespace

void acceptAnyNumberQuietly(QSpinBox *spin, int min, int max)
{
    spin->setRange(std::min(min, 0), TypedMax);
    const auto setToolTip = [spin, min, max] {
        spin->setToolTip(QCoreApplication::translate("RangeCheck", "Allowed range: %1")
                             .arg(rangeText(min, max)));
    };
    setToolTip();
    // The tooltip follows a change of language, as the labels do.
    spin->installEventFilter(new LanguageWatcher(spin, setToolTip));
}

QLabel *acceptAnyNumber(QSpinBox *spin, int min, int max)
{
    spin->setRange(std::min(min, 0), TypedMax);
    auto *label = new RangeLabel(spin, min, max);
    label->setObjectName(spin->objectName() + QStringLiteral("Range"));
    const auto update = [spin, label, min, max] {
        const bool inRange = spin->value() >= min && spin->value() <= max;
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, inRange ? Palette::hint(pal) : Palette::problem(pal));
        label->setPalette(pal);
        label->setProperty("outOfRange", !inRange);
    };
    QObject::connect(spin, &QSpinBox::valueChanged, label, update);
    update();
    return label;
}

} // namespace RangeCheck
