// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class PresetStore;
class QAction;
class QComboBox;
class QLabel;
class QToolButton;

// The row at the top of a generator tab: a combo of the presets for its command and a menu to
// save, rename, delete, import and export them. Choosing a preset sets the tab's options; any
// change afterwards shows "(modified)" beside its name, until the options match it again.
// The tab is reached through three functions, so that the bar knows nothing of its widgets.
class PresetBar : public QWidget
{
    Q_OBJECT

public:
    struct Tab
    {
        QString command; // password, passphrase, token or number
        // The tab's options in preset form; empty with why set when they have none.
        std::function<std::optional<QJsonObject>(QString *why)> current;
        // A preset's options in the same form, or empty with the problem set.
        std::function<std::optional<QJsonObject>(const QJsonObject &, QString *)> normalized;
        // Sets the tab's options from options normalized() accepted.
        std::function<void(const QJsonObject &)> apply;
    };

    PresetBar(PresetStore &store, Tab tab, const AppSettings::TextKey &key,
              QWidget *parent = nullptr);

    // The preset chosen (its file name, not its translation), or an empty string.
    QString currentName() const { return m_current; }
    bool isModified() const { return m_modified; }
    // The line under the combo: what was done, or why not.
    QString message() const;

    // What the menu's actions do once their dialogs have asked; each returns why it was
    // refused, or an empty string.
    QString choose(const QString &name);
    QString saveAs(const QString &name);
    QString renameCurrent(const QString &name);
    QString deleteCurrent();
    QString importFile(const QString &path);
    QString exportFile(const QString &path);

    // The tab's options have changed: recompute "(modified)".
    void optionsChanged();
    void restore(const AppSettings &settings);
    void save(AppSettings &settings) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateActions();
    void setMessage(const QString &text, bool isProblem);
    // Reports the outcome of an action on the message line; returns the problem.
    QString report(const QString &problem, const QString &done);
    void askSaveAs();
    void askRename();
    void askImport();
    void askExport();

    PresetStore &m_store;
    Tab m_tab;
    const AppSettings::TextKey &m_key;
    QLabel *m_label;
    QComboBox *m_combo;
    QToolButton *m_menuButton;
    QLabel *m_message;
    QAction *m_saveAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_showHiddenAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QString m_current;
    // The chosen preset's options in normalized form, which "(modified)" compares with.
    std::optional<QJsonObject> m_chosenOptions;
    bool m_modified = false;
};
