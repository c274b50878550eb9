// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Binds each option widget of a tab to its settings key, once: bind() gives the widget its
// default and, for a number, core's range (stated beside the field, see RangeCheck), and
// connects it so that a change calls the tab back; restore() and save() then read and write
// every bound option, with the widgets' signals held while they are set.
class OptionBinder : public QObject
{
    Q_OBJECT

public:
    enum class Range { Beside, InToolTip };

    OptionBinder(QObject *parent, std::function<void()> changed);

    // Returns the label that states the range, for the tab to place (Range::Beside), or nullptr.
    QLabel *bind(QSpinBox *spin, const AppSettings::IntKey &key, Range range = Range::Beside);
    void bind(QCheckBox *check, const AppSettings::BoolKey &key);
    void bind(QLineEdit *edit, const AppSettings::TextKey &key);
    // The item whose data is the stored text (a stable name, such as a CLI's).
    void bind(QComboBox *combo, const AppSettings::TextKey &key);
    // A 64-bit number typed in a line edit, as parsed() reads it: saved only while it is one, so
    // that a half-typed bound never replaces the last complete one.
    void bind(QLineEdit *edit, const AppSettings::Int64Key &key,
              std::function<std::optional<qint64>()> parsed);

    void restore(const AppSettings &settings);
    void save(AppSettings &settings) const;

private:
    struct Binding
    {
        QObject *widget;
        std::function<void(const AppSettings &)> restore;
        std::function<void(AppSettings &)> save;
    };
    std::vector<Binding> m_bindings;
    std::function<void()> m_changed;
};
