// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresetBar.h"

#include "Icons.h"
#include "PresetStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using passforge::Presets;

PresetBar::PresetBar(PresetStore &store, Tab tab, const AppSettings::TextKey &key, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tab(std::move(tab))
    , m_key(key)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("presetBar"));
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    // Sized to its items from the start (the default policy measures them until first shown),
    // and to every later preset once shown (showEvent): AdjustToContents builds the combo's
    // popup list at once, which a tab not shown yet does not need.
    m_combo->setMinimumContentsLength(12);
    m_menuButton->setObjectName(QStringLiteral("presetMenuButton"));
    m_menuButton->setIcon(Icons::icon(Icons::Glyph::Menu));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setFocusPolicy(Qt::StrongFocus);
    m_message->setObjectName(QStringLiteral("presetMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *menu = new QMenu(m_menuButton);
    m_saveAction = menu->addAction(QString(), this, &PresetBar::askSaveAs);
    m_saveAction->setObjectName(QStringLiteral("presetSaveAs"));
    m_renameAction = menu->addAction(QString(), this, &PresetBar::askRename);
    m_renameAction->setObjectName(QStringLiteral("presetRename"));
    m_deleteAction = menu->addAction(QString(), this, [this] { deleteCurrent(); });
    m_deleteAction->setObjectName(QStringLiteral("presetDelete"));
    menu->addSeparator();
    m_showHiddenAction = menu->addAction(QString(), this, [this] {
        report(m_store.showBuiltIns(), tr("The built-in presets are shown again."));
    });
    m_showHiddenAction->setObjectName(QStringLiteral("presetShowHidden"));
    m_importAction = menu->addAction(QString(), this, &PresetBar::askImport);
    m_importAction->setObjectName(QStringLiteral("presetImport"));
    m_exportAction = menu->addAction(QString(), this, &PresetBar::askExport);
    m_exportAction->setObjectName(QStringLiteral("presetExport"));
    m_menuButton->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_menuButton);
    layout->addSpacing(6);
    layout->addWidget(m_message, 1);

    // Only a choice by the user applies a preset (activated), also the one already chosen: that
    // is how a modified preset is reset.
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_combo->itemData(index).toString();
        if (name.isEmpty()) {
            m_current.clear();
            m_chosenOptions.reset();
            m_modified = false;
            setMessage(QString(), false);
            rebuild();
            return;
        }
        choose(name);
    });
    connect(&m_store, &PresetStore::changed, this, &PresetBar::rebuild);
    retranslate();
    if (!m_store.loadProblem().isEmpty())
        setMessage(tr("The presets file cannot be read, so only the built-in presets are "
                      "offered: %1")
                       .arg(m_store.loadProblem()),
                   true);
}

void PresetBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_combo->sizeAdjustPolicy() != QComboBox::AdjustToContents)
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void PresetBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresetBar::retranslate()
{
    m_label->setText(tr("Preset:"));
    m_combo->setAccessibleName(tr("Preset"));
    m_combo->setToolTip(tr("Named sets of options, shared with passforge-cli --preset"));
    m_menuButton->setAccessibleName(tr("Preset actions"));
    m_menuButton->setToolTip(tr("Save, rename, delete, import or export presets"));
    m_saveAction->setText(tr("&Save as preset…"));
    m_renameAction->setText(tr("&Rename preset…"));
    m_showHiddenAction->setText(tr("Sho&w hidden built-in presets"));
    m_importAction->setText(tr("&Import presets…"));
    m_exportAction->setText(tr("&Export presets…"));
    rebuild();
}

QString PresetBar::message() const
{
    return m_message->text();
}

void PresetBar::setMessage(const QString &text, bool isProblem)
{
    m_message->setText(text);
    m_message->setForegroundRole(isProblem ? QPalette::Text : QPalette::PlaceholderText);
    QFont font = m_message->font();
    font.setBold(isProblem);
    m_message->setFont(font);
}

QString PresetBar::report(const QString &problem, const QString &done)
{
    setMessage(problem.isEmpty() ? done : problem, !problem.isEmpty());
    return problem;
}

void PresetBar::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("No preset"), QString());
    int currentIndex = 0;
    const Presets::Preset *chosen = nullptr;
    for (const Presets::Preset &preset : m_store.presets().visible()) {
        if (preset.command != m_tab.command)
            continue;
        QString text = PresetStore::displayName(preset);
        if (preset.name == m_current) {
            currentIndex = m_combo->count();
            chosen = m_store.presets().find(preset.name);
            if (m_modified)
                //: A preset whose options were changed after it was chosen: "Bank PIN (modified)"
                text = tr("%1 (modified)").arg(text);
        }
        m_combo->addItem(text, preset.name);
    }
    if (!chosen) {
        // Deleted or hidden elsewhere: the options stay, without a name.
        m_current.clear();
        m_chosenOptions.reset();
        m_modified = false;
    }
    m_combo->setCurrentIndex(currentIndex);
    updateActions();
}

void PresetBar::updateActions()
{
    const Presets::Preset *chosen =
        m_current.isEmpty() ? nullptr : m_store.presets().find(m_current);
    m_renameAction->setEnabled(chosen && !chosen->builtIn);
    m_deleteAction->setEnabled(chosen != nullptr);
    m_deleteAction->setText(chosen && chosen->builtIn ? tr("&Hide built-in preset")
                                                      : tr("&Delete preset"));
    m_showHiddenAction->setEnabled(!m_store.presets().hiddenBuiltIns().isEmpty());
    m_exportAction->setEnabled(!m_store.presets().userPresets().empty());
}

void PresetBar::optionsChanged()
{
    if (m_current.isEmpty())
        return;
    const bool modified = m_tab.current(nullptr) != m_chosenOptions;
    if (modified != m_modified) {
        m_modified = modified;
        rebuild();
    }
}

QString PresetBar::choose(const QString &name)
{
    const Presets::Preset *preset = m_store.presets().find(name);
    if (!preset || preset->command != m_tab.command) {
        rebuild();
        return report(tr("There is no preset named “%1” for this tab.").arg(name), {});
    }
    QString problem;
    const std::optional<QJsonObject> options = m_tab.normalized(preset->options, &problem);
    if (!options) {
        // The options in use stay as they are, and so does the choice.
        rebuild();
        //: A preset from the file that the window cannot use: "“api”: the option 'bytes' …"
        return report(
            tr("“%1” cannot be used here: %2").arg(PresetStore::displayName(*preset), problem), {});
    }
    m_current = name;
    m_chosenOptions = options;
    m_modified = false;
    m_tab.apply(*options);
    // The tab's own limits (a site's lengths, say) may have changed what was applied.
    m_modified = m_tab.current(nullptr) != m_chosenOptions;
    setMessage(QString(), false);
    rebuild();
    return {};
}

QString PresetBar::saveAs(const QString &name)
{
    QString why;
    std::optional<QJsonObject> options = m_tab.current(&why);
    if (!options)
        return report(why, {});
    // What could not be chosen again (an unknown site, say) is not saved either.
    options = m_tab.normalized(*options, &why);
    if (!options)
        //: Saving refused: "… as a preset: the length must be from 8 to 63 for these rules …"
        return report(tr("These options cannot be saved as a preset: %1").arg(why), {});
    const QString trimmed = name.trimmed();
    if (const QString why = m_store.add({trimmed, m_tab.command, *options, false}); !why.isEmpty())
        return report(why, {});
    m_current = trimmed;
    m_chosenOptions = options;
    m_modified = false;
    rebuild();
    return report({}, tr("Saved the preset “%1”.").arg(trimmed));
}

QString PresetBar::renameCurrent(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QString old = m_current;
    if (old.isEmpty())
        return report(tr("Choose a preset to rename first."), {});
    // Renamed before the store says it changed, so that the choice follows the new name.
    m_current = trimmed;
    const QString why = m_store.rename(old, trimmed);
    if (!why.isEmpty()) {
        m_current = old;
        rebuild();
        return report(why, {});
    }
    rebuild();
    return report({}, tr("Renamed “%1” to “%2”.").arg(old, trimmed));
}

QString PresetBar::deleteCurrent()
{
    const Presets::Preset *preset =
        m_current.isEmpty() ? nullptr : m_store.presets().find(m_current);
    if (!preset)
        return report(tr("Choose a preset to delete first."), {});
    const bool builtIn = preset->builtIn;
    const QString shown = PresetStore::displayName(*preset);
    const QString why = m_store.remove(m_current);
    if (!why.isEmpty())
        return report(why, {});
    return report({}, builtIn ? tr("Hid the built-in preset “%1”; Show hidden built-in presets "
                                   "brings it back.")
                                    .arg(shown)
                              : tr("Deleted the preset “%1”.").arg(shown));
}

QString PresetBar::importFile(const QString &path)
{
    int added = 0;
    const QString why = m_store.importFrom(path, &added);
    return report(
        why, tr("Imported %n preset(s) from %1.", "", added).arg(QDir::toNativeSeparators(path)));
}

QString PresetBar::exportFile(const QString &path)
{
    const int count = static_cast<int>(m_store.presets().userPresets().size());
    return report(
        m_store.exportTo(path),
        tr("Exported %n preset(s) to %1.", "", count).arg(QDir::toNativeSeparators(path)));
}

void PresetBar::askSaveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save as Preset"),
        tr("A name for these options (passforge-cli %1 --preset NAME uses it too):")
            .arg(m_tab.command),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveAs(name);
}

void PresetBar::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Preset"), tr("New name:"),
                                               QLineEdit::Normal, m_current, &ok);
    if (ok)
        renameCurrent(name);
}

void PresetBar::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Presets"), QDir::homePath(),
                                                      tr("Presets (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PresetBar::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Presets"), QDir::home().filePath(QStringLiteral("presets.json")),
        tr("Presets (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}

void PresetBar::restore(const AppSettings &settings)
{
    m_current = settings.value(m_key);
    m_chosenOptions.reset();
    m_modified = false;
    if (const Presets::Preset *preset =
            m_current.isEmpty() ? nullptr : m_store.presets().find(m_current);
        preset && preset->command == m_tab.command) {
        QString problem;
        m_chosenOptions = m_tab.normalized(preset->options, &problem);
        if (!m_chosenOptions) {
            // Edited by hand into one this tab cannot use: no name, and why.
            m_current.clear();
            setMessage(
                tr("“%1” cannot be used here: %2").arg(PresetStore::displayName(*preset), problem),
                true);
        }
        m_modified = m_chosenOptions && m_tab.current(nullptr) != m_chosenOptions;
    } else {
        m_current.clear();
    }
    rebuild();
}

void PresetBar::save(AppSettings &settings) const
{
    settings.setValue(m_key, m_current);
}
