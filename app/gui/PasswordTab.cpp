// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordTab.h"
#include "OptionBinder.h"
#include "PresetStore.h"
#include "WifiQrDialog.h"

#include "RulesText.h"
#include "ValueDisplay.h"
#include "passforge/SiteRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

#include <vector>

using passforge::PasswordGenerator;
using passforge::PronounceableGenerator;

namespace {

// The order of the class controls on screen: capitals first, as people say "A–Z, a–z, 0–9".
constexpr std::array<PasswordGenerator::CharClass, PasswordGenerator::ClassCount> ScreenOrder{
    PasswordGenerator::Upper, PasswordGenerator::Lower, PasswordGenerator::Digits,
    PasswordGenerator::Symbols};

struct ClassKeys
{
    const AppSettings::BoolKey &enabled;
    const AppSettings::IntKey &minimum;
    const char *checkName;
    const char *spinName;
};

ClassKeys keysFor(PasswordGenerator::CharClass c)
{
    switch (c) {
    case PasswordGenerator::Upper:
        return {AppSettings::PasswordUpper, AppSettings::PasswordMinUpper, "upperCheck",
                "minUpperSpin"};
    case PasswordGenerator::Lower:
        return {AppSettings::PasswordLower, AppSettings::PasswordMinLower, "lowerCheck",
                "minLowerSpin"};
    case PasswordGenerator::Digits:
        return {AppSettings::PasswordDigits, AppSettings::PasswordMinDigits, "digitsCheck",
                "minDigitsSpin"};
    case PasswordGenerator::Symbols:
        break;
    }
    return {AppSettings::PasswordSymbols, AppSettings::PasswordMinSymbols, "symbolsCheck",
            "minSymbolsSpin"};
}

} // namespace

PasswordTab::PasswordTab(passforge::Random &random, PresetStore &presets, QWidget *parent)
    : GeneratorPage(random, presets, QStringLiteral("password"),
                    {AppSettings::PasswordShowValue, AppSettings::PasswordPreset}, parent)
{
    setObjectName(QStringLiteral("passwordTab"));
    buildOptions();
    retranslate();
    applyOptions();
}

QString PasswordTab::className(PasswordGenerator::CharClass c)
{
    switch (c) {
    case PasswordGenerator::Upper:
        return tr("A–Z", "character class: capital letters");
    case PasswordGenerator::Lower:
        return tr("a–z", "character class: small letters");
    case PasswordGenerator::Digits:
        return tr("0–9", "character class: digits");
    case PasswordGenerator::Symbols:
        break;
    }
    return tr("symbols", "character class: punctuation");
}

void PasswordTab::buildOptions()
{
    const int maxLength = AppSettings::PasswordLength.max;
    const int minLength = AppSettings::PasswordLength.min;
    m_lengthSlider = new QSlider(Qt::Horizontal, this);
    m_lengthSlider->setObjectName(QStringLiteral("lengthSlider"));
    m_lengthSlider->setRange(minLength, maxLength);
    m_lengthSlider->setPageStep(8);
    m_lengthSpin = new QSpinBox(this);
    m_lengthSpin->setObjectName(QStringLiteral("lengthSpinBox"));
    QLabel *lengthRange = options().bind(m_lengthSpin, AppSettings::PasswordLength);
    m_lengthSlider->setValue(m_lengthSpin->value());
    auto *lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_lengthSlider, 1);
    lengthRow->addWidget(m_lengthSpin);
    lengthRow->addWidget(lengthRange);
    m_lengthLabel = new QLabel(this);
    auto *lengthLabel = m_lengthLabel;
    lengthLabel->setBuddy(m_lengthSpin);

    auto *classRow = new QHBoxLayout;
    auto *advancedGrid = new QGridLayout;
    for (std::size_t i = 0; i < ScreenOrder.size(); ++i) {
        const PasswordGenerator::CharClass c = ScreenOrder[i];
        const ClassKeys keys = keysFor(c);
        auto *check = new QCheckBox(this);
        check->setObjectName(QString::fromLatin1(keys.checkName));
        options().bind(check, keys.enabled);
        check->setToolTip(PasswordGenerator::classCharacters(c));
        classRow->addWidget(check);
        m_classChecks[c] = check;

        auto *spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(keys.spinName));
        // Any number typed stays as typed; one beyond the length is explained in place.
        options().bind(spin, keys.minimum, OptionBinder::Range::InToolTip);
        auto *label = new QLabel(this);
        m_minimumLabels[c] = label;
        label->setBuddy(spin);
        const int row = static_cast<int>(i / 2);
        const int column = static_cast<int>(i % 2) * 3;
        advancedGrid->addWidget(label, row, column);
        advancedGrid->addWidget(spin, row, column + 1);
        m_minimumSpins[c] = spin;
    }
    classRow->addStretch(1);
    advancedGrid->setColumnMinimumWidth(2, 18);
    advancedGrid->setColumnStretch(5, 1);

    m_customEdit = new QLineEdit(this);
    m_customEdit->setObjectName(QStringLiteral("customEdit"));
    options().bind(m_customEdit, AppSettings::PasswordAlsoUse);
    m_customLabel = new QLabel(this);
    auto *customLabel = m_customLabel;
    customLabel->setBuddy(m_customEdit);

    m_excludeEdit = new QLineEdit(this);
    m_excludeEdit->setObjectName(QStringLiteral("excludeEdit"));
    options().bind(m_excludeEdit, AppSettings::PasswordExclude);
    m_excludeLabel = new QLabel(this);
    auto *excludeLabel = m_excludeLabel;
    excludeLabel->setBuddy(m_excludeEdit);

    m_siteEdit = new QLineEdit(this);
    m_siteEdit->setObjectName(QStringLiteral("siteEdit"));
    options().bind(m_siteEdit, AppSettings::PasswordSite);
    QStringList domains;
    for (const passforge::SiteRules::Site &site : passforge::SiteRules::builtIn().sites())
        domains.append(site.domain);
    auto *completer = new QCompleter(domains, m_siteEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_siteEdit->setCompleter(completer);
    m_siteLabel = new QLabel(this);
    m_siteLabel->setBuddy(m_siteEdit);
    m_rulesEdit = new QLineEdit(this);
    m_rulesEdit->setObjectName(QStringLiteral("rulesEdit"));
    options().bind(m_rulesEdit, AppSettings::PasswordRules);
    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setBuddy(m_rulesEdit);
    m_rulesDescription = new QLabel(this);
    m_rulesDescription->setObjectName(QStringLiteral("rulesDescription"));
    m_rulesDescription->setWordWrap(true);
    m_rulesDescription->setTextFormat(Qt::PlainText);

    m_eachKindCheck = new QCheckBox(this);
    m_eachKindCheck->setObjectName(QStringLiteral("eachKindCheck"));
    options().bind(m_eachKindCheck, AppSettings::PasswordEachKind);

    m_lookAlikesCheck = new QCheckBox(this);
    m_lookAlikesCheck->setObjectName(QStringLiteral("lookAlikesCheck"));
    options().bind(m_lookAlikesCheck, AppSettings::PasswordAvoidLookAlikes);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedSection = new QWidget(this);
    m_advancedSection->setObjectName(QStringLiteral("advancedSection"));
    advancedGrid->setContentsMargins(18, 0, 0, 0);
    m_advancedSection->setLayout(advancedGrid);

    // The style: random characters, or easy to say. Its label takes no mnemonic: every letter
    // of the page is taken; Tab reaches it first.
    m_styleCombo = new QComboBox(this);
    m_styleCombo->setObjectName(QStringLiteral("styleCombo"));
    m_styleCombo->addItem(QString(), QStringLiteral("random"));
    m_styleCombo->addItem(QString(), QStringLiteral("easy"));
    options().bind(m_styleCombo, AppSettings::PasswordStyle);
    m_styleLabel = new QLabel(this);
    m_easyCapitalCheck = new QCheckBox(this);
    m_easyCapitalCheck->setObjectName(QStringLiteral("easyCapitalCheck"));
    options().bind(m_easyCapitalCheck, AppSettings::PasswordEasyCapital);
    m_easyDigitCheck = new QCheckBox(this);
    m_easyDigitCheck->setObjectName(QStringLiteral("easyDigitCheck"));
    options().bind(m_easyDigitCheck, AppSettings::PasswordEasyDigit);

    auto *form = new QFormLayout(optionsBox());
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_styleLabel, m_styleCombo);
    form->addRow(lengthLabel, lengthRow);
    form->addRow(QString(), m_easyCapitalCheck);
    form->addRow(QString(), m_easyDigitCheck);
    m_charactersLabel = new QLabel(this);
    form->addRow(m_charactersLabel, classRow);
    form->addRow(QString(), m_eachKindCheck);
    form->addRow(customLabel, m_customEdit);
    form->addRow(excludeLabel, m_excludeEdit);
    form->addRow(QString(), m_lookAlikesCheck);
    form->addRow(m_siteLabel, m_siteEdit);
    form->addRow(m_rulesLabel, m_rulesEdit);
    form->addRow(QString(), m_rulesDescription);
    form->addRow(m_advancedToggle);
    form->addRow(m_advancedSection);
    setAdvancedShown(AppSettings::PasswordAdvancedShown.defaultValue);

    // The class check boxes and their minimum spin boxes were made in pairs, but the checks are
    // on one row and the minimums in the advanced section below: Tab follows the screen.
    std::vector<QWidget *> order{m_styleCombo, m_lengthSlider, m_lengthSpin, m_easyCapitalCheck,
                                 m_easyDigitCheck};
    for (const PasswordGenerator::CharClass c : ScreenOrder)
        order.push_back(m_classChecks[c]);
    order.insert(order.end(), {m_eachKindCheck, m_customEdit, m_excludeEdit, m_lookAlikesCheck,
                               m_siteEdit, m_rulesEdit, m_advancedToggle});
    for (const PasswordGenerator::CharClass c : ScreenOrder)
        order.push_back(m_minimumSpins[c]);
    for (std::size_t i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    connect(m_lengthSlider, &QSlider::valueChanged, m_lengthSpin, &QSpinBox::setValue);
    // The slider only follows the spin box, which is the bound option.
    connect(m_lengthSpin, &QSpinBox::valueChanged, this, [this](int length) {
        const QSignalBlocker blocker(m_lengthSlider);
        m_lengthSlider->setValue(length);
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        setAdvancedShown(shown);
        Q_EMIT optionsChanged();
    });
}

void PasswordTab::retranslate()
{
    setValueAccessibleName(tr("Generated password"));
    m_lengthSlider->setAccessibleName(tr("Length"));
    m_lengthSpin->setAccessibleName(tr("Length in characters"));
    m_lengthLabel->setText(tr("&Length:"));
    m_charactersLabel->setText(tr("Characters:"));
    const std::array<QString, PasswordGenerator::ClassCount> checkTexts{tr("&A–Z"), tr("a–&z"),
                                                                        tr("&0–9"), tr("Sym&bols")};
    const std::array<QString, PasswordGenerator::ClassCount> minimumTexts{
        tr("&Minimum A–Z:"), tr("M&inimum a–z:"), tr("Minimum 0–&9:"), tr("Minimum s&ymbols:")};
    for (std::size_t i = 0; i < ScreenOrder.size(); ++i) {
        const PasswordGenerator::CharClass c = ScreenOrder[i];
        m_classChecks[c]->setText(checkTexts[i]);
        m_classChecks[c]->setAccessibleName(tr("Use %1").arg(className(c)));
        m_minimumSpins[c]->setAccessibleName(tr("Minimum number of %1").arg(className(c)));
        m_minimumLabels[c]->setText(minimumTexts[i]);
    }
    m_customEdit->setPlaceholderText(tr("Extra characters, such as é ß € §"));
    m_customEdit->setAccessibleName(tr("Also use these characters"));
    m_customLabel->setText(tr("Also &use:"));
    m_excludeEdit->setPlaceholderText(tr("Characters never to use"));
    m_excludeEdit->setAccessibleName(tr("Exclude these characters"));
    m_excludeLabel->setText(tr("E&xclude:"));
    m_eachKindCheck->setText(tr("At least one of each &kind"));
    m_eachKindCheck->setToolTip(tr("Every password has at least one character of each kind "
                                   "chosen. Each such password is equally likely, and the "
                                   "entropy counts only those."));
    m_eachKindCheck->setAccessibleName(tr("At least one of each kind"));
    QString lookAlikes;
    for (QChar ch : PasswordGenerator::lookAlikes())
        lookAlikes += (lookAlikes.isEmpty() ? QString() : QStringLiteral(" ")) + ch;
    m_lookAlikesCheck->setText(tr("A&void look-alike characters"));
    m_lookAlikesCheck->setToolTip(tr("Leaves out %1").arg(lookAlikes));
    m_lookAlikesCheck->setAccessibleName(tr("Avoid look-alike characters"));
    m_siteLabel->setText(tr("Site (d&omain):"));
    m_siteEdit->setPlaceholderText(tr("A website whose password rules are known, such as "
                                      "apple.com"));
    m_siteEdit->setAccessibleName(tr("Follow the password rules of this website"));
    m_rulesLabel->setText(tr("Rule strin&g:"));
    m_rulesEdit->setPlaceholderText(tr("Or a site's rules, such as: minlength: 8; required: "
                                       "digit; max-consecutive: 2"));
    m_rulesEdit->setAccessibleName(tr("Password rules"));
    m_rulesEdit->setToolTip(tr("Apple's password-rules language: required, allowed, "
                               "max-consecutive, minlength and maxlength, with the classes "
                               "upper, lower, digit, special, ascii-printable and [characters]. "
                               "Rules replace the kinds of character above; the space is never "
                               "used."));
    m_styleLabel->setText(tr("Style:"));
    m_styleCombo->setAccessibleName(tr("Password style"));
    m_styleCombo->setItemText(0, tr("Random characters"));
    m_styleCombo->setItemText(1, tr("Easy to say (syllables)"));
    // How the syllables are made, where the choice is made.
    m_styleCombo->setItemData(
        1,
        tr("Syllables of a consonant (%1), a vowel (%2) and sometimes a closing consonant (%3), "
           "drawn so that every password of this length is equally likely: easier to read out "
           "and type, with fewer bits a character")
            .arg(PronounceableGenerator::onsets(), PronounceableGenerator::vowels(),
                 PronounceableGenerator::codas()),
        Qt::ToolTipRole);
    // Their letters are free while the kinds of character, which they replace, are hidden.
    m_easyCapitalCheck->setText(tr("Add a c&apital"));
    m_easyCapitalCheck->setAccessibleName(tr("Make one letter a capital"));
    m_easyCapitalCheck->setToolTip(tr("One letter, at random, in upper case"));
    m_easyDigitCheck->setText(tr("Add a &digit"));
    m_easyDigitCheck->setAccessibleName(tr("Add a digit"));
    m_easyDigitCheck->setToolTip(tr("One digit, at random, anywhere in the password"));
    m_advancedToggle->setText(tr("A&dvanced: minimum per kind"));
    m_advancedToggle->setAccessibleName(tr("Show advanced options"));
    GeneratorPage::retranslate();
}

void PasswordTab::setAdvancedShown(bool shown)
{
    const QSignalBlocker blocker(m_advancedToggle);
    m_advancedToggle->setChecked(shown);
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedSection->setVisible(shown && !isEasyToSay());
}

bool PasswordTab::isEasyToSay() const
{
    return m_styleCombo && m_styleCombo->currentData().toString() == QLatin1String("easy");
}

void PasswordTab::showStyle()
{
    // Only the options of the style in use are shown. Widgets are hidden with their labels, and
    // the form closes up the rows: QFormLayout::setRowVisible corrupts memory in Qt 6.4 when a
    // word-wrapped row's height is measured.
    const bool easy = isEasyToSay();
    const auto show = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(visible);
    };
    for (QWidget *w :
         {static_cast<QWidget *>(m_easyCapitalCheck), static_cast<QWidget *>(m_easyDigitCheck)})
        show(w, easy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_eachKindCheck), static_cast<QWidget *>(m_customEdit),
          static_cast<QWidget *>(m_excludeEdit), static_cast<QWidget *>(m_lookAlikesCheck),
          static_cast<QWidget *>(m_siteEdit), static_cast<QWidget *>(m_rulesEdit),
          static_cast<QWidget *>(m_advancedToggle)})
        show(w, !easy);
    m_rulesDescription->setVisible(!easy && !m_rulesDescription->text().isEmpty());
    m_charactersLabel->setVisible(!easy);
    for (QCheckBox *check : m_classChecks)
        check->setVisible(!easy);
    m_advancedSection->setVisible(!easy && m_advancedToggle->isChecked());
}

void PasswordTab::applyOptions()
{
    m_easy.setLength(m_lengthSpin->value());
    m_easy.setCapital(m_easyCapitalCheck->isChecked());
    m_easy.setDigit(m_easyDigitCheck->isChecked());
    showStyle();
    // Each setter rebuilds the generator's tables, so only pass on what changed.
    PasswordGenerator &g = m_generator;
    if (g.length() != m_lengthSpin->value())
        g.setLength(m_lengthSpin->value());
    for (int i = 0; i < PasswordGenerator::ClassCount; ++i) {
        const auto c = static_cast<PasswordGenerator::CharClass>(i);
        const bool enabled = m_classChecks[c]->isChecked();
        if (g.classEnabled(c) != enabled)
            g.setClassEnabled(c, enabled);
        if (g.minimum(c) != m_minimumSpins[c]->value())
            g.setMinimum(c, m_minimumSpins[c]->value());
        // A minimum only applies to a class in use.
        m_minimumSpins[c]->setEnabled(enabled);
    }
    if (g.custom() != m_customEdit->text())
        g.setCustom(m_customEdit->text());
    if (g.exclude() != m_excludeEdit->text())
        g.setExclude(m_excludeEdit->text());
    if (g.eachClassRequired() != m_eachKindCheck->isChecked())
        g.setEachClassRequired(m_eachKindCheck->isChecked());
    if (g.avoidLookAlikes() != m_lookAlikesCheck->isChecked())
        g.setAvoidLookAlikes(m_lookAlikesCheck->isChecked());
    applyRules();
}

void PasswordTab::applyRules()
{
    using passforge::PasswordRules;
    m_rulesProblem.clear();
    std::optional<PasswordRules> rules;
    QString source;
    const QString site = m_siteEdit->text().trimmed();
    const QString typed = m_rulesEdit->text().trimmed();
    if (!site.isEmpty()) {
        const passforge::SiteRules::Site *found = passforge::SiteRules::builtIn().find(site);
        if (!found) {
            m_rulesProblem =
                tr("No password rules are known for “%1”. Type them under “Rule string”, "
                   "or clear “Site”.")
                    .arg(site);
        } else {
            rules = PasswordRules::parse(found->rules);
            source = found->domain;
        }
    } else if (!typed.isEmpty()) {
        PasswordRules::Error error;
        rules = PasswordRules::parse(typed, &error);
        if (error.kind != PasswordRules::ErrorKind::None) {
            m_rulesProblem =
                tr("The rules have an error: %1.").arg(passforge::i18n::rulesError(error));
            rules.reset();
        }
    }
    // A site's rules replace what is typed under Rules, which is kept for later.
    m_rulesEdit->setEnabled(site.isEmpty());
    const bool byRules = rules.has_value();
    for (QCheckBox *check : m_classChecks)
        check->setEnabled(!byRules);
    for (const PasswordGenerator::CharClass c : ScreenOrder)
        m_minimumSpins[c]->setEnabled(!byRules && m_classChecks[c]->isChecked());
    m_customEdit->setEnabled(!byRules);
    m_eachKindCheck->setEnabled(!byRules);
    if (byRules) {
        const QString words = passforge::i18n::describeRules(*rules);
        //: The rules of a website in words: "apple.com: 8–63 characters, at least one digit"
        m_rulesDescription->setText(source.isEmpty() ? words : tr("%1: %2").arg(source, words));
    } else {
        m_rulesDescription->setText(m_rulesProblem);
    }
    m_rulesDescription->setVisible(!m_rulesDescription->text().isEmpty() && !isEasyToSay());
    if (m_generator.rules() != rules) {
        // New rules whose lengths exclude the current one start from their default length; a
        // length typed afterwards stays as typed, and one out of range is explained.
        if (rules) {
            if (m_lengthSpin->value() < PasswordGenerator::minimumLength(*rules) ||
                m_lengthSpin->value() > PasswordGenerator::maximumLength(*rules)) {
                m_lengthSpin->setValue(PasswordGenerator::defaultLength(*rules));
                m_generator.setLength(m_lengthSpin->value());
            }
        }
        m_generator.setRules(rules);
    }
}

QString PasswordTab::problem() const
{
    if (isEasyToSay()) {
        return m_easy.isValid() ? QString()
                                : tr("Easy-to-say passwords take %1 to %2 characters.")
                                      .arg(PronounceableGenerator::MinLength)
                                      .arg(PronounceableGenerator::MaxLength);
    }
    const PasswordGenerator &g = m_generator;
    if (!m_rulesProblem.isEmpty())
        return m_rulesProblem;
    switch (g.error()) {
    case PasswordGenerator::Error::None:
        return {};
    case PasswordGenerator::Error::LengthOutOfRange:
        if (g.rules())
            return tr("These rules take %1 to %2 characters.")
                .arg(g.minimumLength())
                .arg(g.maximumLength());
        return tr("The length must be from %1 to %2.")
            .arg(AppSettings::PasswordLength.min)
            .arg(AppSettings::PasswordLength.max);
    case PasswordGenerator::Error::EmptyAlphabet: {
        bool anyClass = false;
        for (int c = 0; c < PasswordGenerator::ClassCount; ++c)
            anyClass = anyClass || g.classEnabled(static_cast<PasswordGenerator::CharClass>(c));
        if (!anyClass && g.custom().isEmpty())
            return tr("Choose at least one kind of character, or add characters under "
                      "“Also use”.");
        return tr("The excluded characters leave nothing to choose from. Exclude fewer, or add "
                  "characters under “Also use”.");
    }
    case PasswordGenerator::Error::ClassEmptied: {
        const PasswordGenerator::CharClass c = g.errorClass();
        return tr("Every character of %1 is excluded, but its minimum is %2.")
            .arg(className(c))
            .arg(g.effectiveMinimum(c));
    }
    case PasswordGenerator::Error::MinimumsExceedLength:
        if (g.eachClassRequired()) {
            int chosen = 0;
            int ownSum = 0;
            for (int i = 0; i < PasswordGenerator::ClassCount; ++i) {
                const auto c = static_cast<PasswordGenerator::CharClass>(i);
                chosen += g.classEnabled(c) ? 1 : 0;
                ownSum += g.classEnabled(c) ? g.minimum(c) : 0;
            }
            // Only the one-of-each rule makes it too much: say so.
            if (ownSum <= g.length())
                return tr("A password of %Ln character(s) cannot hold one of each of the %1 kinds "
                          "chosen. Make it longer, or turn off “At least one of each kind”.",
                          "", g.length())
                    .arg(chosen);
        }
        return tr("The minimums add up to %1, more than the length of %2. Lower a minimum or "
                  "make the password longer.")
            .arg(g.minimumSum())
            .arg(g.length());
    case PasswordGenerator::Error::CustomTooLong:
        return tr("“Also use” has %1 characters; at most %2 are allowed.")
            .arg(QLocale().toString(g.customCount()),
                 QLocale().toString(PasswordGenerator::MaxCustomCharacters));
    case PasswordGenerator::Error::RulesNoLength:
        return tr("These rules admit no length: at least %1 and at most %2 characters.")
            .arg(g.rules()->minLength())
            .arg(g.rules()->maxLength() > 0 ? g.rules()->maxLength()
                                            : PasswordGenerator::MaxLength);
    case PasswordGenerator::Error::RulesSetEmptied:
        return tr("The rules require one of “%1”, and none of them can be used: the space never "
                  "is, and “Exclude” or “Avoid look-alike characters” remove the rest.")
            .arg(passforge::PasswordRules::characters(
                g.rules()->required()[static_cast<std::size_t>(g.errorSet())]));
    case PasswordGenerator::Error::RulesUnsatisfiable:
        return tr("No password of %Ln character(s) meets these rules.", "", g.length());
    case PasswordGenerator::Error::RulesTooComplex:
        return tr("These rules have more than %1 different “required” sets.")
            .arg(passforge::PasswordRules::MaxRequiredSets);
    case PasswordGenerator::Error::InvalidCustom:
        return tr("“Also use” has a character that cannot stand alone, such as a lone accent "
                  "or an invisible character.");
    }
    return {};
}

passforge::PasswordOptions PasswordTab::presetValues() const
{
    passforge::PasswordOptions values;
    values.length = m_lengthSpin->value();
    if (isEasyToSay()) {
        values.pronounceable = true;
        values.minimums[PasswordGenerator::Upper] = m_easyCapitalCheck->isChecked() ? 1 : 0;
        values.minimums[PasswordGenerator::Digits] = m_easyDigitCheck->isChecked() ? 1 : 0;
        return values;
    }
    const bool eachKind = m_eachKindCheck->isChecked();
    for (int i = 0; i < PasswordGenerator::ClassCount; ++i) {
        const auto c = static_cast<PasswordGenerator::CharClass>(i);
        values.classes[i] = m_classChecks[c]->isChecked();
        values.minimums[i] = qMax(m_minimumSpins[c]->value(), eachKind ? 1 : 0);
    }
    values.custom = m_customEdit->text();
    values.exclude = m_excludeEdit->text();
    values.avoidLookAlikes = m_lookAlikesCheck->isChecked();
    // A site's rules replace what is typed under Rules (see applyRules).
    values.site = m_siteEdit->text().trimmed();
    values.rules = values.site.isEmpty() ? m_rulesEdit->text().trimmed() : QString();
    return values;
}

std::optional<QJsonObject> PasswordTab::currentPreset(QString *why) const
{
    std::optional<QJsonObject> options = presetValues().toPreset();
    if (!options && why)
        *why = tr("With no kind of character chosen, passforge-cli would use all four, so these "
                  "options cannot be a preset: choose at least one kind.");
    return options;
}

std::optional<QJsonObject> PasswordTab::normalizedPreset(const QJsonObject &options,
                                                         QString *problem) const
{
    using passforge::PasswordRules;
    std::optional<passforge::PasswordOptions> values =
        passforge::PasswordOptions::fromPreset(options, problem);
    if (!values)
        return std::nullopt;
    if (values->pronounceable) {
        if (values->length == 0)
            values->length = PronounceableGenerator::DefaultLength;
        return values->toPreset();
    }
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // As on the command line: a site must be known, rules must parse, and the length is 20
    // clamped into the rules' range, or one given inside it.
    QString text = values->rules;
    if (!values->site.isEmpty()) {
        const passforge::SiteRules::Site *site = passforge::SiteRules::builtIn().find(values->site);
        if (!site)
            return refuse(tr("no password rules are known for the site “%1”").arg(values->site));
        text = site->rules;
    }
    std::optional<PasswordRules> rules;
    if (!text.isEmpty()) {
        PasswordRules::Error error;
        rules = PasswordRules::parse(text, &error);
        if (error.kind != PasswordRules::ErrorKind::None)
            return refuse(
                tr("the rules have an error: %1").arg(passforge::i18n::rulesError(error)));
    }
    if (values->length == 0) {
        values->length =
            rules ? PasswordGenerator::defaultLength(*rules) : PasswordGenerator::DefaultLength;
    } else if (rules && (values->length < PasswordGenerator::minimumLength(*rules) ||
                         values->length > PasswordGenerator::maximumLength(*rules))) {
        return refuse(tr("the length must be from %1 to %2 for these rules, not %3")
                          .arg(PasswordGenerator::minimumLength(*rules))
                          .arg(PasswordGenerator::maximumLength(*rules))
                          .arg(values->length));
    }
    return values->toPreset();
}

void PasswordTab::setPresetOptions(const QJsonObject &options)
{
    const std::optional<passforge::PasswordOptions> values =
        passforge::PasswordOptions::fromPreset(options, nullptr);
    if (!values)
        return;
    m_styleCombo->setCurrentIndex(values->pronounceable ? 1 : 0);
    if (values->pronounceable) {
        m_lengthSpin->setValue(values->length == 0 ? PronounceableGenerator::DefaultLength
                                                   : values->length);
        m_easyCapitalCheck->setChecked(values->minimums[PasswordGenerator::Upper] > 0);
        m_easyDigitCheck->setChecked(values->minimums[PasswordGenerator::Digits] > 0);
        return;
    }
    const bool byRules = !values->site.isEmpty() || !values->rules.isEmpty();
    // "At least one of each kind" is how the window says "a minimum of one for every kind
    // chosen"; rules leave the kinds as they are by default.
    bool eachKind = true;
    bool anyClass = false;
    for (int i = 0; i < PasswordGenerator::ClassCount; ++i) {
        if (values->classes[i]) {
            anyClass = true;
            eachKind = eachKind && values->minimums[i] >= 1;
        }
    }
    eachKind = byRules || (anyClass && eachKind);
    bool anyMinimum = false;
    for (int i = 0; i < PasswordGenerator::ClassCount; ++i) {
        const auto c = static_cast<PasswordGenerator::CharClass>(i);
        const int minimum = eachKind && values->minimums[i] == 1 ? 0 : values->minimums[i];
        m_classChecks[c]->setChecked(values->classes[i]);
        m_minimumSpins[c]->setValue(minimum);
        anyMinimum = anyMinimum || minimum > 0;
    }
    m_eachKindCheck->setChecked(eachKind);
    m_customEdit->setText(values->custom);
    m_excludeEdit->setText(values->exclude);
    m_lookAlikesCheck->setChecked(values->avoidLookAlikes);
    m_siteEdit->setText(values->site);
    m_rulesEdit->setText(values->rules);
    m_lengthSpin->setValue(values->length);
    if (anyMinimum)
        setAdvancedShown(true);
}

QString PasswordTab::makeValue(passforge::Random &random) const
{
    return isEasyToSay() ? m_easy.generate(random) : m_generator.generate(random);
}

void PasswordTab::showWifiQrCode()
{
    if (!canShowWifiQrCode())
        return;
    WifiQrDialog dialog(valueDisplay()->value(), this);
    dialog.exec();
}

std::function<QString(passforge::Random &)> PasswordTab::valueMaker() const
{
    if (isEasyToSay()) {
        return [generator = m_easy](passforge::Random &random) {
            return generator.generate(random);
        };
    }
    return [generator = m_generator](passforge::Random &random) {
        return generator.generate(random);
    };
}

void PasswordTab::restoreOptions(const AppSettings &settings)
{
    GeneratorPage::restoreOptions(settings);
    const QSignalBlocker blocker(m_lengthSlider);
    m_lengthSlider->setValue(m_lengthSpin->value());
    setAdvancedShown(settings.value(AppSettings::PasswordAdvancedShown));
}

void PasswordTab::saveOptions(AppSettings &settings) const
{
    GeneratorPage::saveOptions(settings);
    settings.setValue(AppSettings::PasswordAdvancedShown, m_advancedToggle->isChecked());
}
