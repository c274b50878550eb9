// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/SecureMemory.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace passforge {
class ByteSource;
class Random;
} // namespace passforge

// "Generate many…": N values of a tab's current options, made on another thread (the window
// stays responsive, with a progress bar and Cancel), then copied all at once through the
// clipboard guard (auto-clear) or saved to a file of mode 0600. The values live only in a buffer
// that is wiped, and are never shown.
class GenerateManyDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinCount = 2;
    static constexpr int MaxCount = 100'000;

    using ValueMaker = std::function<QString(passforge::Random &)>;
    // source is read from the worker thread through a Random of its own; maker must not touch
    // the tab (a copy of its generator); command names the options, for the user to see.
    GenerateManyDialog(passforge::ByteSource &source, ValueMaker maker, const QString &command,
                       QWidget *parent = nullptr);
    ~GenerateManyDialog() override;

    // Starts making count values (Generate); the previous ones are wiped.
    void start(int count);
    void cancel();
    bool isRunning() const;
    // How many values are ready to copy or save.
    int valueCount() const { return m_count; }
    // Writes the values, one per line, to a new file of mode 0600 (an existing one is replaced,
    // and takes mode 0600 too: the file dialog has asked first). Returns the error, or empty.
    QString saveTo(const QString &path);
    void copyAll();

Q_SIGNALS:
    // All the values, one per line, for the window's clipboard guard.
    void copyRequested(const QString &text);

protected:
    void reject() override;

private:
    struct Job;
    void finished();
    void showProgress();
    void updateButtons();
    void save();
    void wipeValues();

    passforge::ByteSource &m_source;
    ValueMaker m_maker;
    QSpinBox *m_countSpin;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_generateButton;
    QPushButton *m_cancelButton;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QTimer *m_progressTimer;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Job> m_job;
    passforge::SecureBytes m_values; // UTF-8, one value per line
    int m_count = 0;
};
