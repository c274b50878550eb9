// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateManyDialog.h"

#include "passforge/ByteSource.h"
#include "passforge/Random.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

struct GenerateManyDialog::Job
{
    int count = 0;
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    passforge::SecureBytes values;
    QString error; // the random source's failure
};

GenerateManyDialog::GenerateManyDialog(passforge::ByteSource &source, ValueMaker maker,
                                       const QString &command, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_maker(std::move(maker))
    , m_countSpin(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_generateButton(new QPushButton(tr("&Generate"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_copyButton(new QPushButton(tr("&Copy all"), this))
    , m_saveButton(new QPushButton(tr("&Save…"), this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("generateManyDialog"));
    setWindowTitle(tr("Generate Many"));
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setRange(MinCount, MaxCount);
    m_countSpin->setValue(10);
    m_countSpin->setGroupSeparatorShown(true);
    auto *commandEdit = new QLineEdit(command, this);
    commandEdit->setObjectName(QStringLiteral("commandEdit"));
    commandEdit->setReadOnly(true);
    commandEdit->setToolTip(tr("The tab's options, as passforge-cli takes them"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *warning = new QLabel(tr("A saved file holds these secrets as plain text: keep it safe, "
                                  "and delete it when it has served."),
                               this);
    warning->setWordWrap(true);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    m_copyButton->setObjectName(QStringLiteral("copyAllButton"));
    m_copyButton->setToolTip(tr("Copy every value, one per line, to the clipboard, which clears "
                                "itself after a while"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save every value, one per line, to a file only you can read"));

    auto *form = new QFormLayout;
    form->addRow(
        tr("&How many (%1–%2):").arg(QLocale().toString(MinCount), QLocale().toString(MaxCount)),
        m_countSpin);
    form->addRow(tr("Options:"), commandEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_generateButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &GenerateManyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, &GenerateManyDialog::showProgress);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &GenerateManyDialog::finished);
    connect(m_generateButton, &QPushButton::clicked, this, [this] { start(m_countSpin->value()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &GenerateManyDialog::cancel);
    connect(m_copyButton, &QPushButton::clicked, this, &GenerateManyDialog::copyAll);
    connect(m_saveButton, &QPushButton::clicked, this, &GenerateManyDialog::save);
    updateButtons();
}

GenerateManyDialog::~GenerateManyDialog()
{
    cancel();
    m_watcher.waitForFinished();
}

void GenerateManyDialog::start(int count)
{
    if (isRunning() || count < MinCount || count > MaxCount)
        return;
    wipeValues();
    m_job = std::make_shared<Job>();
    m_job->count = count;
    m_progress->setRange(0, count);
    m_progress->setValue(0);
    m_status->clear();
    // The worker reads only the job, the maker's own copy of the generator and the OS source,
    // which any thread may read through a Random of its own.
    m_watcher.setFuture(QtConcurrent::run([job = m_job, maker = m_maker, source = &m_source] {
        try {
            passforge::Random random(*source);
            for (int i = 0; i < job->count && !job->cancelled.load(); ++i) {
                QString value = maker(random);
                QByteArray utf8 = value.toUtf8();
                if (i == 0)
                    job->values.reserve(std::size_t(job->count) * (utf8.size() + 1));
                job->values.insert(job->values.end(), utf8.cbegin(), utf8.cend());
                job->values.push_back('\n');
                passforge::secureWipe(utf8);
                passforge::secureWipe(value);
                job->done.store(i + 1);
            }
        } catch (const passforge::RandomSourceError &error) {
            job->error = QString::fromLocal8Bit(error.what());
        }
    }));
    // A progress bar only for what takes a while; a small batch is done before it would show.
    QTimer::singleShot(150, this, [this, job = m_job.get()] {
        if (m_job.get() == job && isRunning()) {
            m_progress->show();
            m_progressTimer->start();
        }
    });
    updateButtons();
}

void GenerateManyDialog::cancel()
{
    if (m_job)
        m_job->cancelled.store(true);
}

bool GenerateManyDialog::isRunning() const
{
    // Until finished() has taken the job's values: the future itself ends a moment earlier.
    return m_job != nullptr;
}

void GenerateManyDialog::showProgress()
{
    if (m_job)
        m_progress->setValue(m_job->done.load());
}

void GenerateManyDialog::finished()
{
    m_progressTimer->stop();
    m_progress->hide();
    const std::shared_ptr<Job> job = std::move(m_job);
    if (!job)
        return;
    if (job->cancelled.load()) {
        m_status->setText(tr("Cancelled; no values were kept."));
    } else if (!job->error.isEmpty()) {
        // No fallback to a weaker generator: nothing is kept.
        m_status->setText(tr("The system's random source failed: %1").arg(job->error));
    } else {
        m_values.swap(job->values);
        m_count = job->count;
        m_status->setText(
            tr("%1 values are ready to copy or save.").arg(QLocale().toString(m_count)));
    }
    updateButtons();
}

void GenerateManyDialog::updateButtons()
{
    const bool running = isRunning();
    m_generateButton->setVisible(!running);
    m_cancelButton->setVisible(running);
    m_countSpin->setEnabled(!running);
    m_copyButton->setEnabled(!running && m_count > 0);
    m_saveButton->setEnabled(!running && m_count > 0);
}

void GenerateManyDialog::wipeValues()
{
    passforge::secureZero(m_values.data(), m_values.size());
    m_values.clear();
    m_count = 0;
}

void GenerateManyDialog::copyAll()
{
    if (m_count == 0)
        return;
    QString text = QString::fromUtf8(m_values.data(), qsizetype(m_values.size()));
    Q_EMIT copyRequested(text);
    passforge::secureWipe(text);
    m_status->setText(tr("%1 values copied; the clipboard clears itself after a while.")
                          .arg(QLocale().toString(m_count)));
}

void GenerateManyDialog::save()
{
    if (m_count == 0)
        return;
    // Qt's file dialog asks before it replaces a file.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Values"), QDir::home().filePath(QStringLiteral("passforge-values.txt")));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    m_status->setText(error.isEmpty() ? tr("%1 values saved to %2, readable only by you.")
                                            .arg(QLocale().toString(m_count), path)
                                      : tr("Could not save to %1: %2").arg(path, error));
}

QString GenerateManyDialog::saveTo(const QString &path)
{
#ifdef Q_OS_UNIX
    // Created with mode 0600, and set to it if it existed, before a byte is written; no
    // symbolic link is followed, so the values cannot be redirected elsewhere.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    QString error;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        error = QString::fromLocal8Bit(std::strerror(errno));
    std::size_t written = 0;
    while (error.isEmpty() && written < m_values.size()) {
        const ssize_t n = ::write(fd, m_values.data() + written, m_values.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = QString::fromLocal8Bit(std::strerror(errno));
        else
            written += std::size_t(n);
    }
    if (error.isEmpty() && ::fsync(fd) != 0)
        error = QString::fromLocal8Bit(std::strerror(errno));
    if (::close(fd) != 0 && error.isEmpty())
        error = QString::fromLocal8Bit(std::strerror(errno));
    return error;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(m_values.data(), qint64(m_values.size())) != qint64(m_values.size()))
        return file.errorString();
    return {};
#endif
}

void GenerateManyDialog::reject()
{
    cancel();
    m_watcher.waitForFinished();
    wipeValues();
    QDialog::reject();
}
