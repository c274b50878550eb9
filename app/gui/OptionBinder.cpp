// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionBinder.h"

#include "RangeCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

OptionBinder::OptionBinder(QObject *parent, std::function<void()> changed)
    : QObject(parent)
    , m_changed(std::move(changed))
{}

QLabel *OptionBinder::bind(QSpinBox *spin, const AppSettings::IntKey &key, Range range)
{
    QLabel *label = nullptr;
    if (range == Range::Beside) {
        label = RangeCheck::acceptAnyNumber(spin, key.min, key.max);
    } else {
        RangeCheck::acceptAnyNumberQuietly(spin, key.min, key.max);
    }
    spin->setValue(key.defaultValue);
    connect(spin, &QSpinBox::valueChanged, this, [this] { m_changed(); });
    m_bindings.push_back({spin,
                          [spin, &key](const AppSettings &s) { spin->setValue(s.value(key)); },
                          [spin, &key](AppSettings &s) {
                              s.setValue(key, spin->value());
                          }});
    return label;
}

void OptionBinder::bind(QCheckBox *check, const AppSettings::BoolKey &key)
{
    check->setChecked(key.defaultValue);
    connect(check, &QCheckBox::toggled, this, [this] { m_changed(); });
    m_bindings.push_back({check,
                          [check, &key](const AppSettings &s) { check->setChecked(s.value(key)); },
                          [check, &key](AppSettings &s) {
                              s.setValue(key, check->isChecked());
                          }});
}

void OptionBinder::bind(QLineEdit *edit, const AppSettings::TextKey &key)
{
    edit->setMaxLength(key.maxLength);
    edit->setText(QString::fromUtf8(key.defaultValue));
    connect(edit, &QLineEdit::textChanged, this, [this] { m_changed(); });
    m_bindings.push_back({edit, [edit, &key](const AppSettings &s) { edit->setText(s.value(key)); },
                          [edit, &key](AppSettings &s) {
                              s.setValue(key, edit->text());
                          }});
}

void OptionBinder::bind(QComboBox *combo, const AppSettings::TextKey &key)
{
    const auto select = [combo](const QString &name) {
        const int index = combo->findData(name);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(QString::fromUtf8(key.defaultValue));
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_changed(); });
    m_bindings.push_back({combo, [select, &key](const AppSettings &s) { select(s.value(key)); },
                          [combo, &key](AppSettings &s) {
                              s.setValue(key, combo->currentData().toString());
                          }});
}

void OptionBinder::bind(QLineEdit *edit, const AppSettings::Int64Key &key,
                        std::function<std::optional<qint64>()> parsed)
{
    edit->setText(QString::number(key.defaultValue));
    connect(edit, &QLineEdit::textChanged, this, [this] { m_changed(); });
    m_bindings.push_back(
        {edit, [edit, &key](const AppSettings &s) { edit->setText(QString::number(s.value(key))); },
         [&key, parsed = std::move(parsed)](AppSettings &s) {
             if (const std::optional<qint64> value = parsed())
                 s.setValue(key, *value);
         }});
}

void OptionBinder::restore(const AppSettings &settings)
{
    for (const Binding &binding : m_bindings) {
        const QSignalBlocker blocker(binding.widget);
        binding.restore(settings);
    }
}

void OptionBinder::save(AppSettings &settings) const
{
    for (const Binding &binding : m_bindings)
        binding.save(settings);
}
