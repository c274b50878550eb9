// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QValidator>

// Accepts any whole number in the signed 64-bit range; a longer run of digits stays as typed
// (Intermediate), so that the tab can say it is out of range instead of dropping a digit.
// QIntValidator and QSpinBox stop at 32 bits, which would cut the number tab's range short.
class Int64Validator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    // The value of acceptable input; *ok says whether it was one.
    static qint64 parse(const QString &input, bool *ok);
};
