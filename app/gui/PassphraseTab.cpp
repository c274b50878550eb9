// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseTab.h"

#include "Localization.h"
#include "OptionBinder.h"
#include "PresetBar.h"
#include "passforge/PresetOptions.h"

#include "StrengthMeter.h"
#include "ValueDisplay.h"
#include "WordlistChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <cmath>

using passforge::PassphraseGenerator;

namespace {

// List sizes as a dice user writes them: "7776-word list", not "7,776-word list".
QString listSize(qsizetype size)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(static_cast<qlonglong>(size));
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

PassphraseTab::PassphraseTab(passforge::Random &random, PresetStore &presets, QWidget *parent)
    : GeneratorPage(random, presets, QStringLiteral("passphrase"),
                    {AppSettings::PassphraseShowValue, AppSettings::PassphrasePreset}, parent)
    , m_wordsSpin(new QSpinBox(this))
    , m_separatorEdit(new QLineEdit(this))
    , m_separatorFromEdit(new QLineEdit(this))
    , m_caseCombo(new QComboBox(this))
    , m_addDigitCheck(new QCheckBox(this))
    , m_addSymbolCheck(new QCheckBox(this))
    , m_chooser(new WordlistChooser(passforge::i18n::installedLanguage(), this))
    , m_upperBoundNote(new QLabel(this))
    , m_wordsLabel(new QLabel(this))
    , m_separatorLabel(new QLabel(this))
    , m_separatorFromLabel(new QLabel(this))
    , m_caseLabel(new QLabel(this))
    , m_wordlistLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseTab"));
    // Break long passphrases between words where the separator allows it.
    valueDisplay()->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_wordsSpin->setObjectName(QStringLiteral("wordsSpinBox"));
    QLabel *wordsRange = options().bind(m_wordsSpin, AppSettings::PassphraseWords);
    auto *wordsLabel = m_wordsLabel;
    wordsLabel->setBuddy(m_wordsSpin);

    m_separatorEdit->setObjectName(QStringLiteral("separatorEdit"));
    options().bind(m_separatorEdit, AppSettings::PassphraseSeparator);
    m_separatorEdit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *separatorLabel = m_separatorLabel;
    separatorLabel->setBuddy(m_separatorEdit);

    m_separatorFromEdit->setObjectName(QStringLiteral("separatorFromEdit"));
    options().bind(m_separatorFromEdit, AppSettings::PassphraseSeparatorFrom);
    m_separatorFromEdit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_separatorFromLabel->setBuddy(m_separatorFromEdit);

    m_caseCombo->setObjectName(QStringLiteral("caseCombo"));
    // The item data is the stable case name that the settings and the CLI use.
    for (PassphraseGenerator::Case letterCase :
         {PassphraseGenerator::Case::Lower, PassphraseGenerator::Case::Upper,
          PassphraseGenerator::Case::Title, PassphraseGenerator::Case::OneCapitalised,
          PassphraseGenerator::Case::RandomCase})
        m_caseCombo->addItem(QString(), PassphraseGenerator::caseName(letterCase));
    options().bind(m_caseCombo, AppSettings::PassphraseCase);
    auto *caseLabel = m_caseLabel;
    caseLabel->setBuddy(m_caseCombo);

    m_addDigitCheck->setObjectName(QStringLiteral("addDigitCheck"));
    options().bind(m_addDigitCheck, AppSettings::PassphraseAddDigit);
    m_addSymbolCheck->setObjectName(QStringLiteral("addSymbolCheck"));
    options().bind(m_addSymbolCheck, AppSettings::PassphraseAddSymbol);
    auto *wordlistLabel = m_wordlistLabel;
    wordlistLabel->setBuddy(m_chooser);

    m_upperBoundNote->setObjectName(QStringLiteral("upperBoundNote"));
    m_upperBoundNote->setWordWrap(true);
    m_upperBoundNote->setTextFormat(Qt::PlainText);
    m_upperBoundNote->hide();

    // Mnemonics: the tab titles (P, S, T, N, W), the menus (F, E, H) and the page's Regenerate
    // and Copy (R, C) are taken, so D, O, X, A, G, Y and L.
    auto *form = new QFormLayout(optionsBox());
    // Only the wordlist chooser (for its status line) grows with the tab.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *wordsRow = new QHBoxLayout;
    wordsRow->addWidget(m_wordsSpin);
    wordsRow->addWidget(wordsRange);
    wordsRow->addStretch(1);
    form->addRow(wordsLabel, wordsRow);
    form->addRow(separatorLabel, m_separatorEdit);
    form->addRow(m_separatorFromLabel, m_separatorFromEdit);
    form->addRow(caseLabel, m_caseCombo);
    form->addRow(QString(), m_addDigitCheck);
    form->addRow(QString(), m_addSymbolCheck);
    form->addRow(wordlistLabel, m_chooser);
    form->addRow(m_upperBoundNote);

    m_generator.setWordlist(m_chooser->wordlist());
    connect(m_chooser, &WordlistChooser::wordlistChanged, this, [this] {
        m_generator.setWordlist(m_chooser->wordlist());
        applyOptions();
        optionChanged();
    });
    retranslate();
    applyOptions();
}

void PassphraseTab::retranslate()
{
    setValueAccessibleName(tr("Generated passphrase"));
    m_wordsSpin->setAccessibleName(tr("Number of words"));
    m_wordsLabel->setText(tr("Wor&ds:"));
    m_separatorEdit->setPlaceholderText(tr("None: the words run together"));
    // Wide enough to read the placeholder that explains an empty separator.
    m_separatorEdit->setMinimumWidth(
        m_separatorEdit->fontMetrics().horizontalAdvance(m_separatorEdit->placeholderText()) + 24);
    m_separatorEdit->setAccessibleName(tr("Separator between words"));
    m_separatorEdit->setToolTip(tr("Goes between the words; it may be empty, and it adds no "
                                   "entropy"));
    m_separatorLabel->setText(tr("Separat&or:"));
    m_caseCombo->setAccessibleName(tr("Letter case"));
    const QString cases[] = {tr("lowercase"), tr("UPPERCASE"), tr("Each Word Capitalised"),
                             tr("One random word capitalised"),
                             tr("Random: each word capitalised or not")};
    for (int i = 0; i < m_caseCombo->count(); ++i)
        m_caseCombo->setItemText(i, cases[i]);
    m_caseCombo->setItemData(
        3, tr("Which word is capitalised is random too, and counts as entropy"), Qt::ToolTipRole);
    m_caseCombo->setItemData(4,
                             tr("A coin for each word decides its capital: one bit a word, for "
                                "words that have a capital"),
                             Qt::ToolTipRole);
    m_separatorFromLabel->setText(tr("Mi&x separators:"));
    m_separatorFromEdit->setPlaceholderText(tr("Off; or characters to draw each gap's from"));
    m_separatorFromEdit->setMinimumWidth(m_separatorFromEdit->fontMetrics().horizontalAdvance(
                                             m_separatorFromEdit->placeholderText()) +
                                         24);
    m_separatorFromEdit->setAccessibleName(tr("Characters to draw each separator from"));
    m_separatorFromEdit->setToolTip(
        tr("Each gap between words gets its own separator, drawn from these characters (2 to "
           "%1, all different), in place of the one above; each gap adds log2 of their number")
            .arg(PassphraseGenerator::MaxSeparatorChoices));
    m_addSymbolCheck->setText(tr("Add a random s&ymbol"));
    m_addSymbolCheck->setAccessibleName(tr("Add a random symbol"));
    m_addSymbolCheck->setToolTip(tr("Appends a random symbol (one of %1) to one random word, for "
                                    "sites that insist on a symbol")
                                     .arg(PassphraseGenerator::symbols()));
    m_caseLabel->setText(tr("C&ase:"));
    m_addDigitCheck->setText(tr("Add a random di&git"));
    m_addDigitCheck->setAccessibleName(tr("Add a random digit"));
    m_addDigitCheck->setToolTip(tr("Appends a random digit 0–9 to one random word, for sites "
                                   "that insist on a digit"));
    m_wordlistLabel->setText(tr("Word&list:"));
    updateUpperBoundNote();
    GeneratorPage::retranslate();
}

void PassphraseTab::applyOptions()
{
    PassphraseGenerator &g = m_generator;
    g.setWordCount(m_wordsSpin->value());
    g.setSeparator(m_separatorEdit->text());
    const auto letterCase =
        PassphraseGenerator::caseFromName(m_caseCombo->currentData().toString());
    g.setLetterCase(letterCase.value_or(PassphraseGenerator::Case::Lower));
    g.setAddDigit(m_addDigitCheck->isChecked());
    g.setAddSymbol(m_addSymbolCheck->isChecked());
    g.setSeparatorsFrom(m_separatorFromEdit->text());
    // Mixed separators take the place of the one separator.
    m_separatorEdit->setEnabled(m_separatorFromEdit->text().isEmpty());
    updateUpperBoundNote();
}

void PassphraseTab::updateUpperBoundNote()
{
    // Say which option to change: the digit when it alone makes the count inexact (the list's
    // words hold digits), else the separator.
    const PassphraseGenerator::Inexact reason = m_generator.inexactReason();
    if (reason == PassphraseGenerator::Inexact::None) {
        m_upperBoundNote->hide();
        return;
    }
    QString note;
    switch (reason) {
    case PassphraseGenerator::Inexact::DigitInWords:
        note = tr("Some words of this list contain digits, so the added digit may be read as part "
                  "of a word, and a passphrase as more than one choice of words: the entropy "
                  "shown is an upper bound. Without the added digit it is exact.");
        break;
    case PassphraseGenerator::Inexact::SymbolInWords:
        note = tr("Some words of this list contain symbols, so the added symbol may be read as "
                  "part of a word: the entropy shown is an upper bound. Without the added symbol "
                  "it is exact.");
        break;
    case PassphraseGenerator::Inexact::CaseMerges:
        note = tr("In this case two words of the list look the same (such as straße and strasse, "
                  "both STRASSE), so a passphrase may be read as more than one choice of words: "
                  "the entropy shown is an upper bound. Lowercase keeps it exact.");
        break;
    default:
        note = tr("Some words of this list begin with other words, and the separator does not "
                  "keep the words apart, so a passphrase may be read as more than one choice of "
                  "words: the entropy shown is an upper bound. A one-character separator that "
                  "appears in no word makes it exact.");
        break;
    }
    m_upperBoundNote->setText(note);
    m_upperBoundNote->show();
}

double PassphraseTab::bitsPerWord() const
{
    return std::log2(static_cast<double>(m_generator.wordlist().size()));
}

QString PassphraseTab::entropyText(double bits) const
{
    const PassphraseGenerator &g = m_generator;
    const QString total = StrengthMeter::describe(bits);
    const QString head =
        g.entropyIsExact()
            ? total
            : tr("at most %1", "an upper bound on the entropy, such as “77.5 bits — strong”")
                  .arg(total);
    QString text = tr("%1 · %Ln words × %2 bits (%3-word list)",
                      "the entropy, then how it arises: words times bits per word", g.wordCount())
                       .arg(head, oneDecimal(bitsPerWord()), listSize(g.wordlist().size()));
    // Each source of bits beyond the words, named.
    const PassphraseGenerator::EntropyParts parts = g.entropyParts();
    QStringList what;
    if (parts.letterCase > 0)
        what << (g.letterCase() == PassphraseGenerator::Case::RandomCase
                     ? tr("case", "bits for each word's random capital")
                     : tr("capital", "bits for which word is capitalised"));
    if (parts.separators > 0)
        what << tr("separators", "bits for each gap's separator");
    if (g.addDigit())
        what << tr("digit", "bits for where the digit goes and which digit it is");
    if (g.addSymbol())
        what << tr("symbol", "bits for where the symbol goes and which symbol it is");
    if (!what.isEmpty()) {
        text = tr("%1 + %2 bits (%3)", "the entropy line, then bits for the capital or digit")
                   .arg(text, oneDecimal(bits - parts.words),
                        what.join(tr(", ", "between the sources of extra bits")));
    }
    return text;
}

QString PassphraseTab::entropyToolTip() const
{
    const PassphraseGenerator &g = m_generator;
    const int words = g.wordCount();
    QStringList lines;
    lines << tr("%Ln words, each drawn from %1: %Ln × log2(%1) = %2 bits.", "", words)
                 .arg(listSize(g.wordlist().size()), oneDecimal(words * bitsPerWord()));
    const PassphraseGenerator::EntropyParts parts = g.entropyParts();
    if (g.letterCase() == PassphraseGenerator::Case::OneCapitalised)
        lines << tr("Which word is capitalised: %1 bits (log2(%2) when every word has a "
                    "capital).")
                     .arg(oneDecimal(parts.letterCase))
                     .arg(words);
    if (g.letterCase() == PassphraseGenerator::Case::RandomCase)
        lines << tr("Whether each word is capitalised: %1 bits (a bit for each word that has a "
                    "capital).")
                     .arg(oneDecimal(parts.letterCase));
    if (parts.separators > 0)
        lines << tr("Each gap's separator, from %1: %2 bits.")
                     .arg(g.separatorChoices().size())
                     .arg(oneDecimal(parts.separators));
    if (g.addDigit())
        lines << tr("Which word gets the digit, and which digit: log2(10 × %1) = %2 bits.")
                     .arg(words)
                     .arg(oneDecimal(parts.digit));
    if (g.addSymbol())
        lines << tr("Which word gets the symbol, and which symbol: log2(%1 × %2) = %3 bits.")
                     .arg(PassphraseGenerator::symbols().size())
                     .arg(words)
                     .arg(oneDecimal(parts.symbol));
    lines << (g.entropyIsExact() ? StrengthMeter::exactToolTip() : m_upperBoundNote->text());
    return lines.join(QLatin1Char('\n'));
}

QString PassphraseTab::problem() const
{
    switch (m_generator.error()) {
    case PassphraseGenerator::Error::None:
        return {};
    case PassphraseGenerator::Error::WordCountOutOfRange:
        return tr("A passphrase needs from %1 to %2 words.")
            .arg(PassphraseGenerator::MinWords)
            .arg(PassphraseGenerator::MaxWords);
    case PassphraseGenerator::Error::InvalidSeparator:
        return tr("The separator has a character that cannot stand alone, such as a lone accent "
                  "or an invisible control character.");
    case PassphraseGenerator::Error::WordlistTooSmall:
        return tr("The wordlist has fewer than %1 words.").arg(passforge::Wordlist::MinWords);
    case PassphraseGenerator::Error::InvalidSeparatorSet:
        return tr("Mixed separators need 2 to %1 different characters, none a lone accent or an "
                  "invisible control character.")
            .arg(PassphraseGenerator::MaxSeparatorChoices);
    }
    return {};
}

QString PassphraseTab::makeValue(passforge::Random &random) const
{
    return m_generator.generate(random);
}

std::function<QString(passforge::Random &)> PassphraseTab::valueMaker() const
{
    return [generator = m_generator](passforge::Random &random) {
        return generator.generate(random);
    };
}

void PassphraseTab::restoreOptions(const AppSettings &settings)
{
    // The bound options (GeneratorPage), then the wordlist, which is not a plain value.
    GeneratorPage::restoreOptions(settings);
    const QSignalBlocker blocker(m_chooser);
    // Only the path was stored: the file is read again, or the built-in list used with a note.
    m_chooser->restore(settings.value(AppSettings::PassphraseWordlist),
                       settings.value(AppSettings::PassphraseList));
    m_generator.setWordlist(m_chooser->wordlist());
    applyOptions();
    // The chosen preset was compared before the wordlist was back.
    presetBar()->optionsChanged();
}

std::optional<QJsonObject> PassphraseTab::currentPreset(QString *) const
{
    passforge::PassphraseOptions values;
    values.words = m_wordsSpin->value();
    values.separator = m_separatorEdit->text();
    values.letterCase = m_caseCombo->currentData().toString();
    values.addDigit = m_addDigitCheck->isChecked();
    values.addSymbol = m_addSymbolCheck->isChecked();
    values.separatorFrom = m_separatorFromEdit->text();
    if (!values.separatorFrom.isEmpty())
        values.separator = passforge::PassphraseOptions().separator; // not in use
    values.wordlist = m_chooser->filePath();
    values.list = m_chooser->builtInCode();
    return values.toPreset();
}

std::optional<QJsonObject> PassphraseTab::normalizedPreset(const QJsonObject &options,
                                                           QString *problem) const
{
    // A preset that names no list means the window's default one, as the command line's is en.
    QJsonObject withList = options;
    if (!options.contains(QLatin1String("list")) && !options.contains(QLatin1String("wordlist")))
        withList.insert(QLatin1String("list"), m_chooser->defaultCode());
    return passforge::normalizedPreset<passforge::PassphraseOptions>(withList, problem);
}

void PassphraseTab::setPresetOptions(const QJsonObject &options)
{
    const auto values = passforge::PassphraseOptions::fromPreset(options, nullptr);
    if (!values)
        return;
    m_wordsSpin->setValue(values->words);
    m_separatorEdit->setText(values->separator);
    m_caseCombo->setCurrentIndex(m_caseCombo->findData(values->letterCase));
    m_addDigitCheck->setChecked(values->addDigit);
    m_addSymbolCheck->setChecked(values->addSymbol);
    m_separatorFromEdit->setText(values->separatorFrom);
    // A list that cannot be read is refused on the chooser's status line, and the list in use
    // stays: the preset then shows as modified.
    if (values->wordlist.isEmpty()) {
        const QString code = values->list.isEmpty() ? m_chooser->defaultCode() : values->list;
        if (code != m_chooser->builtInCode())
            m_chooser->useBuiltIn(code);
    } else if (values->wordlist != m_chooser->filePath()) {
        m_chooser->loadFile(values->wordlist);
    }
}

void PassphraseTab::saveOptions(AppSettings &settings) const
{
    GeneratorPage::saveOptions(settings);
    settings.setValue(AppSettings::PassphraseWordlist, m_chooser->filePath());
    // The default list is not stored, so that it follows the language when that changes.
    const QString code = m_chooser->builtInCode();
    settings.setValue(AppSettings::PassphraseList,
                      code == m_chooser->defaultCode() ? QString() : code);
}
