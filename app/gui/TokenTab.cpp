// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenTab.h"
#include "OptionBinder.h"
#include "passforge/PresetOptions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using passforge::TokenGenerator;

TokenTab::TokenTab(passforge::Random &random, PresetStore &presets, QWidget *parent)
    : GeneratorPage(random, presets, QStringLiteral("token"),
                    {AppSettings::TokenShowValue, AppSettings::TokenPreset}, parent)
    , m_bytesSpin(new QSpinBox(this))
    , m_formatCombo(new QComboBox(this))
    , m_formatNote(new QLabel(this))
    , m_bytesLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenTab"));
    m_bytesSpin->setObjectName(QStringLiteral("bytesSpinBox"));
    m_bytesLabel->setBuddy(m_bytesSpin);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    // The item data is the stable format name that the settings and the CLI use; the words are
    // put in by retranslate().
    for (TokenGenerator::Format format :
         {TokenGenerator::Format::Hex, TokenGenerator::Format::UrlSafe,
          TokenGenerator::Format::Base64, TokenGenerator::Format::Base32,
          TokenGenerator::Format::Uuid})
        m_formatCombo->addItem(QString(), TokenGenerator::formatName(format));
    m_bytesRange = options().bind(m_bytesSpin, AppSettings::TokenBytes);
    options().bind(m_formatCombo, AppSettings::TokenFormat);
    m_formatLabel->setBuddy(m_formatCombo);
    auto *bytesLabel = m_bytesLabel;
    auto *formatLabel = m_formatLabel;

    m_formatNote->setObjectName(QStringLiteral("formatNote"));
    m_formatNote->setWordWrap(true);
    m_formatNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(optionsBox());
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(formatLabel, m_formatCombo);
    auto *bytesRow = new QHBoxLayout;
    bytesRow->addWidget(m_bytesSpin);
    bytesRow->addWidget(m_bytesRange);
    bytesRow->addStretch(1);
    form->addRow(bytesLabel, bytesRow);
    form->addRow(QString(), m_formatNote);
    // The format is shown first, so Tab reaches it first.
    QWidget::setTabOrder(m_formatCombo, m_bytesSpin);

    retranslate();
    applyOptions();
}

void TokenTab::retranslate()
{
    setValueAccessibleName(tr("Generated token"));
    m_bytesSpin->setAccessibleName(tr("Random bytes per token"));
    m_bytesSpin->setToolTip(tr("How many random bytes the token encodes: 8 bits of entropy each"));
    m_bytesLabel->setText(tr("&Bytes:"));
    m_formatCombo->setAccessibleName(tr("Token format"));
    const QString formats[] = {tr("Hex (0–9, a–f)"), tr("URL-safe Base64"), tr("Base64"),
                               tr("Base32 (for authenticator apps)"), tr("UUID v4")};
    for (int i = 0; i < m_formatCombo->count(); ++i)
        m_formatCombo->setItemText(i, formats[i]);
    m_formatLabel->setText(tr("F&ormat:"));
    updateFormatNote();
    GeneratorPage::retranslate();
}

void TokenTab::applyOptions()
{
    const auto format = TokenGenerator::formatFromName(m_formatCombo->currentData().toString());
    m_generator.setFormat(format.value_or(TokenGenerator::Format::Hex));
    m_generator.setBytes(m_bytesSpin->value());
    const bool uuid = m_generator.format() == TokenGenerator::Format::Uuid;
    // A UUID v4 always has 122 random bits; the byte count does not apply.
    m_bytesSpin->setEnabled(!uuid);
    updateFormatNote();
}

void TokenTab::updateFormatNote()
{
    const bool uuid = m_generator.format() == TokenGenerator::Format::Uuid;
    const std::size_t length = m_generator.encodedLength();
    const QString size = tr("%Ln character(s) long.", "", static_cast<int>(length));
    m_formatNote->setText(
        uuid ? size + QLatin1Char(' ') + tr("A UUID v4 always holds 122 random bits.") : size);
}

QString TokenTab::problem() const
{
    // The window makes tokens of at most WindowMaxBytes; core would take more.
    if (!m_generator.isValid() || m_bytesSpin->value() > AppSettings::TokenBytes.max)
        return tr("A token needs from %1 to %2 bytes.")
            .arg(AppSettings::TokenBytes.min)
            .arg(AppSettings::TokenBytes.max);
    return {};
}

QString TokenTab::makeValue(passforge::Random &random) const
{
    return m_generator.generate(random);
}

std::function<QString(passforge::Random &)> TokenTab::valueMaker() const
{
    return [generator = m_generator](passforge::Random &random) {
        return generator.generate(random);
    };
}

std::optional<QJsonObject> TokenTab::currentPreset(QString *) const
{
    passforge::TokenOptions values;
    values.bytes = m_bytesSpin->value();
    values.format = m_formatCombo->currentData().toString();
    return values.toPreset();
}

std::optional<QJsonObject> TokenTab::normalizedPreset(const QJsonObject &options,
                                                      QString *problem) const
{
    return passforge::normalizedPreset<passforge::TokenOptions>(options, problem);
}

void TokenTab::setPresetOptions(const QJsonObject &options)
{
    const auto values = passforge::TokenOptions::fromPreset(options, nullptr);
    if (!values)
        return;
    // A UUID preset has no size: the one chosen for other formats stays.
    if (values->format != QLatin1String("uuid"))
        m_bytesSpin->setValue(values->bytes);
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(values->format));
}
