// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberTab.h"
#include "OptionBinder.h"
#include "passforge/PresetOptions.h"

#include "Int64Validator.h"
#include "ValueDisplay.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include <cmath>
#include <limits>

using passforge::NumberGenerator;

NumberTab::NumberTab(passforge::Random &random, PresetStore &presets, QWidget *parent)
    : GeneratorPage(random, presets, QStringLiteral("number"),
                    {AppSettings::NumberShowValue, AppSettings::NumberPreset}, parent)
    , m_minEdit(new QLineEdit(this))
    , m_maxEdit(new QLineEdit(this))
    , m_countSpin(new QSpinBox(this))
    , m_distinctCheck(new QCheckBox(this))
    , m_minLabel(new QLabel(this))
    , m_maxLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_rangeNote(new QLabel(this))
{
    setObjectName(QStringLiteral("numberTab"));
    valueDisplay()->setColourCoded(false);

    auto *validator = new Int64Validator(this);
    for (QLineEdit *edit : {m_minEdit, m_maxEdit}) {
        edit->setValidator(validator);
        // Wide enough for the longest 64-bit number, and no wider.
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(QStringLiteral("-9223372036854775808")) + 24);
    }
    // A half-typed bound is not an option yet: the last complete one is what is saved.
    options().bind(m_minEdit, AppSettings::NumberMin, [this]() -> std::optional<qint64> {
        return m_minValid ? std::optional(m_generator.min()) : std::nullopt;
    });
    options().bind(m_maxEdit, AppSettings::NumberMax, [this]() -> std::optional<qint64> {
        return m_maxValid ? std::optional(m_generator.max()) : std::nullopt;
    });
    m_minEdit->setObjectName(QStringLiteral("minEdit"));
    m_maxEdit->setObjectName(QStringLiteral("maxEdit"));
    auto *minLabel = m_minLabel;
    minLabel->setBuddy(m_minEdit);
    auto *maxLabel = m_maxLabel;
    maxLabel->setBuddy(m_maxEdit);

    m_countSpin->setObjectName(QStringLiteral("countSpinBox"));
    QLabel *countRange = options().bind(m_countSpin, AppSettings::NumberCount);
    auto *countLabel = m_countLabel;
    countLabel->setBuddy(m_countSpin);

    m_distinctCheck->setObjectName(QStringLiteral("distinctCheck"));
    options().bind(m_distinctCheck, AppSettings::NumberDistinct);
    auto *note = m_rangeNote;
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(optionsBox());
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(minLabel, m_minEdit);
    form->addRow(maxLabel, m_maxEdit);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_countSpin);
    countRow->addWidget(countRange);
    countRow->addStretch(1);
    form->addRow(countLabel, countRow);
    form->addRow(QString(), m_distinctCheck);
    form->addRow(note);

    retranslate();
    applyOptions();
}

void NumberTab::retranslate()
{
    setValueAccessibleName(tr("Generated numbers"));
    const QString range = tr("Any whole number from %1 to %2")
                              .arg(std::numeric_limits<qint64>::min())
                              .arg(std::numeric_limits<qint64>::max());
    for (QLineEdit *edit : {m_minEdit, m_maxEdit}) {
        edit->setToolTip(range);
        edit->setPlaceholderText(tr("A whole number"));
    }
    m_minEdit->setAccessibleName(tr("Minimum, included"));
    m_maxEdit->setAccessibleName(tr("Maximum, included"));
    m_minLabel->setText(tr("M&inimum:"));
    m_maxLabel->setText(tr("M&aximum:"));
    m_countSpin->setAccessibleName(tr("How many numbers"));
    m_countLabel->setText(tr("C&ount:"));
    m_distinctCheck->setText(tr("&Distinct: no value twice"));
    m_distinctCheck->setAccessibleName(tr("Distinct values"));
    m_rangeNote->setText(range + QLatin1Char('.'));
    GeneratorPage::retranslate();
}

void NumberTab::applyOptions()
{
    const qint64 min = Int64Validator::parse(m_minEdit->text(), &m_minValid);
    const qint64 max = Int64Validator::parse(m_maxEdit->text(), &m_maxValid);
    if (m_minValid)
        m_generator.setMin(min);
    if (m_maxValid)
        m_generator.setMax(max);
    m_generator.setCount(m_countSpin->value());
    m_generator.setDistinct(m_distinctCheck->isChecked());
}

QString NumberTab::problem() const
{
    // A number too long for 64 bits is kept as typed and explained, not cut short.
    const auto tooLarge = [](const QString &text) {
        static const QRegularExpression digits(QStringLiteral("^\\s*[-+\u2212]?\\d+\\s*$"));
        return digits.match(text).hasMatch();
    };
    const QString range = tr("from %1 to %2")
                              .arg(std::numeric_limits<qint64>::min())
                              .arg(std::numeric_limits<qint64>::max());
    if (!m_minValid)
        return tooLarge(m_minEdit->text()) ? tr("The minimum must be %1.").arg(range)
                                           : tr("Enter a whole number as the minimum.");
    if (!m_maxValid)
        return tooLarge(m_maxEdit->text()) ? tr("The maximum must be %1.").arg(range)
                                           : tr("Enter a whole number as the maximum.");
    // The window shows at most WindowMaxCount numbers; core would stream more.
    if (m_generator.error() == NumberGenerator::Error::None &&
        m_generator.count() > AppSettings::NumberCount.max)
        return countProblem();
    switch (m_generator.error()) {
    case NumberGenerator::Error::None:
        return {};
    case NumberGenerator::Error::MinAboveMax:
        return tr("The minimum %1 is above the maximum %2.")
            .arg(m_generator.min())
            .arg(m_generator.max());
    case NumberGenerator::Error::CountOutOfRange:
        return countProblem();
    case NumberGenerator::Error::NotEnoughDistinct:
        return tr("From %1 to %2 there are fewer than %3 different values, so they cannot all "
                  "be distinct.")
            .arg(m_generator.min())
            .arg(m_generator.max())
            .arg(m_generator.count());
    case NumberGenerator::Error::TooManyDistinct:
        // %L1: a limit to read, not a value to type, so with the locale's digit grouping.
        return tr("Distinct draws are limited to %L1 values.")
            .arg(NumberGenerator::MaxDistinctCount);
    }
    return {};
}

QString NumberTab::makeValue(passforge::Random &random) const
{
    QString out;
    m_generator.generate(random, [&out](std::int64_t value) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += QString::number(value);
    });
    return out;
}

QString NumberTab::countProblem() const
{
    return tr("The count must be from %1 to %2.")
        .arg(QLocale().toString(AppSettings::NumberCount.min),
             QLocale().toString(AppSettings::NumberCount.max));
}

QString NumberTab::entropyText(double bits) const
{
    // The range holds spanMinusOne() + 1 values; only the full 64-bit range, 2^64, needs more
    // than 64 bits, and a double holds that one exactly.
    const std::uint64_t span = m_generator.spanMinusOne();
    const QString values = span == std::numeric_limits<std::uint64_t>::max()
                               ? QLocale().toString(std::ldexp(1.0, 64), 'f', 0)
                               : QLocale().toString(static_cast<qulonglong>(span + 1));
    const QString bitsText = QLocale().toString(bits, 'f', 2);
    const auto count = static_cast<int>(m_generator.count());
    if (count == 1)
        return tr("one of %1 values (%2 bits)", "a number drawn from a range")
            .arg(values, bitsText);
    if (m_generator.distinct())
        return tr("%Ln distinct values of %1 (%2 bits in all)", "", count).arg(values, bitsText);
    return tr("%Ln values, each one of %1 (%2 bits in all)", "", count).arg(values, bitsText);
}

QString NumberTab::entropyToolTip() const
{
    return tr("Every value in the range is equally likely. A number is not treated as a secret: "
              "a copy is plain text and stays on the clipboard.");
}

std::optional<QJsonObject> NumberTab::currentPreset(QString *why) const
{
    if (!m_minValid || !m_maxValid) {
        if (why)
            *why = tr("Enter both bounds as whole numbers first.");
        return std::nullopt;
    }
    passforge::NumberOptions values;
    values.min = m_generator.min();
    values.max = m_generator.max();
    values.count = m_countSpin->value();
    values.distinct = m_distinctCheck->isChecked();
    return values.toPreset();
}

std::optional<QJsonObject> NumberTab::normalizedPreset(const QJsonObject &options,
                                                       QString *problem) const
{
    return passforge::normalizedPreset<passforge::NumberOptions>(options, problem);
}

void NumberTab::setPresetOptions(const QJsonObject &options)
{
    const auto values = passforge::NumberOptions::fromPreset(options, nullptr);
    if (!values)
        return;
    m_minEdit->setText(QString::number(values->min));
    m_maxEdit->setText(QString::number(values->max));
    m_countSpin->setValue(values->count);
    m_distinctCheck->setChecked(values->distinct);
}
