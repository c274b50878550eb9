// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratorPage.h"

#include "GenerateManyDialog.h"
#include "Icons.h"
#include "OptionBinder.h"
#include "PresetBar.h"
#include "QrDialog.h"
#include "StrengthMeter.h"
#include "ValueDisplay.h"
#include "passforge/ByteSource.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

GeneratorPage::GeneratorPage(passforge::Random &random, PresetStore &presets,
                             const QString &command, const Keys &keys, QWidget *parent)
    : TabPage(parent)
    , m_random(random)
    , m_command(command)
    , m_showValueKey(keys.showValue)
    // Made first, so that it comes first in the Tab order as on the screen.
    , m_presetBar(new PresetBar(presets,
                                {command, [this](QString *why) { return currentPreset(why); },
                                 [this](const QJsonObject &options, QString *problem) {
                                     return normalizedPreset(options, problem);
                                 },
                                 [this](const QJsonObject &options) {
                                     applyPreset(options);
                                 }},
                                keys.preset, this))
    , m_display(new ValueDisplay(this))
    , m_showToggle(new QToolButton(this))
    , m_meter(new StrengthMeter(this))
    , m_regenerateButton(new QPushButton(Icons::icon(Icons::Glyph::Regenerate), QString(), this))
    , m_copyButton(new QPushButton(Icons::icon(Icons::Glyph::Copy), QString(), this))
    , m_menuButton(new QToolButton(this))
    , m_optionsBox(new QGroupBox(this))
    , m_binder(new OptionBinder(this, [this] {
        if (m_settingPreset)
            return;
        applyOptions();
        optionChanged();
    }))
{
    m_showToggle->setObjectName(QStringLiteral("showValueToggle"));
    m_showToggle->setCheckable(true);
    m_showToggle->setAutoRaise(true);
    m_showToggle->setFocusPolicy(Qt::StrongFocus);
    m_regenerateButton->setObjectName(QStringLiteral("regenerateButton"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setEnabled(false);
    // Hidden until the window gives the tab actions for it.
    m_menuButton->setObjectName(QStringLiteral("moreButton"));
    m_menuButton->setIcon(Icons::icon(Icons::Glyph::Menu));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(new QMenu(m_menuButton));
    m_menuButton->setFocusPolicy(Qt::StrongFocus);
    m_menuButton->hide();
    m_optionsBox->setFlat(true);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_display, 1);
    valueRow->addWidget(m_showToggle, 0, Qt::AlignTop);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_meter, 1);
    actionRow->addSpacing(12);
    actionRow->addWidget(m_regenerateButton);
    actionRow->addWidget(m_copyButton);
    actionRow->addWidget(m_menuButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_presetBar);
    layout->addSpacing(4);
    layout->addLayout(valueRow);
    layout->addLayout(actionRow);
    layout->addSpacing(6);
    layout->addWidget(m_optionsBox);
    layout->addStretch(1);

    connect(m_regenerateButton, &QPushButton::clicked, this, &GeneratorPage::regenerate);
    connect(m_copyButton, &QPushButton::clicked, this, &GeneratorPage::copyToClipboard);
    connect(m_display, &ValueDisplay::copyRequested, this, &GeneratorPage::copyToClipboard);
    connect(m_showToggle, &QToolButton::toggled, this, [this](bool shown) {
        setShown(shown);
        Q_EMIT optionsChanged();
    });
    m_showToggle->setChecked(m_showValueKey.defaultValue);
    GeneratorPage::retranslate();
}

void GeneratorPage::retranslate()
{
    m_regenerateButton->setText(tr("&Regenerate"));
    m_regenerateButton->setToolTip(tr("Make a new value with the same options (Ctrl+R, F5)"));
    m_regenerateButton->setAccessibleName(tr("Regenerate"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy to the clipboard"));
    m_optionsBox->setTitle(tr("Options"));
    m_menuButton->setToolTip(tr("More: a QR code, many values at once"));
    m_menuButton->setAccessibleName(tr("More actions"));
    setShown(m_showToggle->isChecked());
    updateCopyToolTip();
    if (!m_generated)
        return; // regenerate() writes the lines below, in the language of the moment
    // The entropy line and an explanation follow the language too; the value stays as it is.
    if (m_display->hasValue()) {
        const double bits = entropyBits();
        if (isSecret())
            m_meter->setBits(bits, entropyText(bits), entropyToolTip());
        else
            m_meter->setText(entropyText(bits), entropyToolTip());
    } else if (const QString why = problem(); !why.isEmpty()) {
        m_display->setError(why);
    }
}

void GeneratorPage::updateCopyToolTip()
{
    m_copyButton->setToolTip(isSecret()
                                 ? tr("Copy to the clipboard, which clears itself after a while")
                                 : tr("Copy to the clipboard as plain text, which stays there"));
}

void GeneratorPage::setShown(bool shown)
{
    m_display->setMasked(!shown);
    m_showToggle->setIcon(Icons::icon(shown ? Icons::Glyph::Hide : Icons::Glyph::Show));
    const QString action = shown ? tr("Hide the value") : tr("Show the value");
    m_showToggle->setToolTip(action);
    m_showToggle->setAccessibleName(action);
}

void GeneratorPage::setValueAccessibleName(const QString &name)
{
    m_display->setAccessibleName(name);
}

void GeneratorPage::regenerate()
{
    const QString why = problem();
    QString value;
    QString failure = why;
    if (why.isEmpty()) {
        try {
            value = makeValue(m_random);
        } catch (const passforge::RandomSourceError &error) {
            // No fallback to a weaker generator: say so and show nothing.
            failure = tr("The system's random source failed: %1")
                          .arg(QString::fromLocal8Bit(error.what()));
        }
    }
    if (failure.isEmpty()) {
        m_display->setValue(value);
        if (isSecret())
            Q_EMIT secretRecorded(value, false);
        const double bits = entropyBits();
        if (isSecret())
            m_meter->setBits(bits, entropyText(bits), entropyToolTip());
        else
            m_meter->setText(entropyText(bits), entropyToolTip());
    } else {
        m_display->setError(failure);
        m_meter->clear();
    }
    // A failed random source may be retried; invalid options must be changed first.
    const bool canRegenerateNow = why.isEmpty();
    m_regenerateButton->setEnabled(canRegenerateNow);
    if (canRegenerateNow != m_canRegenerate) {
        m_canRegenerate = canRegenerateNow;
        Q_EMIT canRegenerateChanged(canRegenerateNow);
    }
    const bool canCopyNow = m_display->hasValue();
    m_copyButton->setEnabled(canCopyNow);
    m_generated = true;
    if (canCopyNow != m_canCopy) {
        m_canCopy = canCopyNow;
        Q_EMIT canCopyChanged(canCopyNow);
    }
}

QString GeneratorPage::entropyText(double bits) const
{
    return StrengthMeter::describe(bits);
}

QString GeneratorPage::entropyToolTip() const
{
    return StrengthMeter::exactToolTip();
}

void GeneratorPage::copyToClipboard()
{
    if (!m_display->hasValue())
        return;
    Q_EMIT copyRequested(m_display->value(), isSecret() ? CopyAs::Secret : CopyAs::PlainText);
    if (isSecret())
        Q_EMIT secretRecorded(m_display->value(), true);
}

bool GeneratorPage::canShowQrCode() const
{
    return isSecret() && m_display->hasValue();
}

void GeneratorPage::showQrCode()
{
    if (!canShowQrCode())
        return;
    QrDialog dialog(m_display->value(), tr("QR Code"), this);
    dialog.exec();
}

bool GeneratorPage::canGenerateMany() const
{
    return isSecret() && m_canRegenerate && bool(valueMaker());
}

void GeneratorPage::generateMany()
{
    if (!canGenerateMany())
        return;
    GenerateManyDialog dialog(m_random.source(), valueMaker(), optionsAsCommand(), this);
    connect(&dialog, &GenerateManyDialog::copyRequested, this,
            [this](const QString &text) { Q_EMIT copyRequested(text, CopyAs::Secret); });
    dialog.exec();
}

void GeneratorPage::addMenuAction(QAction *action)
{
    m_menuButton->menu()->addAction(action);
    m_menuButton->show();
}

QString GeneratorPage::optionsAsCommand() const
{
    QString why;
    const std::optional<QJsonObject> options = currentPreset(&why);
    if (!options)
        return {};
    QStringList words{m_command};
    for (auto it = options->begin(); it != options->end(); ++it) {
        words.append(QStringLiteral("--") + it.key());
        if (it.value().isBool())
            continue;
        QString value =
            it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString();
        // Quoted as a shell would need it, so that the line can be run as it stands.
        static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z0-9_./:@%+=,-]+\\z"));
        if (!plain.match(value).hasMatch())
            value = u'\'' + value.replace(u'\'', QLatin1String("'\\''")) + u'\'';
        words.append(value);
    }
    return words.join(u' ');
}

bool GeneratorPage::canRegenerate() const
{
    return m_canRegenerate;
}

bool GeneratorPage::canCopy() const
{
    return m_display->hasValue();
}

void GeneratorPage::optionChanged()
{
    if (m_settingPreset)
        return;
    regenerate();
    m_presetBar->optionsChanged();
    Q_EMIT optionsChanged();
}

void GeneratorPage::applyPreset(const QJsonObject &options)
{
    m_settingPreset = true;
    setPresetOptions(options);
    m_settingPreset = false;
    applyOptions();
    optionChanged();
}

void GeneratorPage::restoreOptions(const AppSettings &settings)
{
    const bool shown = settings.value(m_showValueKey);
    {
        const QSignalBlocker blocker(m_showToggle);
        m_showToggle->setChecked(shown);
    }
    setShown(shown);
    m_binder->restore(settings);
    // The choice is read before applying the options can save them (and an empty choice).
    m_presetBar->restore(settings);
    applyOptions();
    m_presetBar->optionsChanged();
}

void GeneratorPage::saveOptions(AppSettings &settings) const
{
    settings.setValue(m_showValueKey, m_showToggle->isChecked());
    m_binder->save(settings);
    m_presetBar->save(settings);
}
