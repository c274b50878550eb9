// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wordlist.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <mutex>

// The resource lives in this static library, so it must be registered by hand. The macro may not
// be used inside a namespace.
static void initWordlistResources()
{
    Q_INIT_RESOURCE(wordlists);
}

namespace passforge {

namespace {

// Strips a leading dice roll or index: digits, then a tab or spaces, then the word.
QStringView stripDicePrefix(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isDigit())
        ++i;
    if (i == 0 || i == line.size() || (line[i] != u'\t' && line[i] != u' '))
        return line;
    const QStringView rest = line.mid(i).trimmed();
    return rest.isEmpty() ? line : rest;
}

bool computePrefixFree(QStringList sorted)
{
    // After sorting, a word that is a prefix of another sits right before some word starting
    // with it, so checking neighbours is enough.
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted[i].startsWith(sorted[i - 1]))
            return false;
    }
    return true;
}

} // namespace

const QStringList &Wordlist::builtInCodes()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("de"),
                                      QStringLiteral("fr"), QStringLiteral("es"),
                                      QStringLiteral("it"), QStringLiteral("pt_BR")};
    return codes;
}

const Wordlist *Wordlist::builtIn(QStringView code)
{
    static constexpr std::size_t Count = 6;
    static std::array<Wordlist, Count> lists;
    static std::array<std::once_flag, Count> loaded;
    const QStringList &codes = builtInCodes();
    Q_ASSERT(codes.size() == qsizetype(Count));
    const qsizetype index = codes.indexOf(code);
    if (index < 0)
        return nullptr;
    std::call_once(loaded[std::size_t(index)], [&] {
        initWordlistResources();
        QFile file(QStringLiteral(":/wordlists/%1.txt").arg(codes[index]));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in wordlist missing from resources");
        lists[std::size_t(index)] = fromUtf8(file.readAll());
    });
    return &lists[std::size_t(index)];
}

qsizetype Wordlist::builtInSize(QStringView code)
{
    static constexpr std::size_t Count = 6;
    static std::array<qsizetype, Count> sizes{};
    static std::array<std::once_flag, Count> counted;
    const QStringList &codes = builtInCodes();
    const qsizetype index = codes.indexOf(code);
    if (index < 0)
        return 0;
    std::call_once(counted[std::size_t(index)], [&] {
        initWordlistResources();
        QFile file(QStringLiteral(":/wordlists/%1.txt").arg(codes[index]));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in wordlist missing from resources");
        sizes[std::size_t(index)] = file.readAll().count('\n');
    });
    return sizes[std::size_t(index)];
}

const Wordlist &Wordlist::builtIn()
{
    return *builtIn(DefaultCode);
}

Wordlist Wordlist::fromUtf8(QByteArrayView text, Error *error)
{
    auto fail = [&](Error e) {
        if (error)
            *error = e;
        return Wordlist();
    };
    if (text.size() > MaxFileBytes)
        return fail(Error::TooLarge);
    if (text.contains('\0'))
        return fail(Error::Binary);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(text);
    if (decoder.hasError())
        return fail(Error::InvalidUtf8);
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);

    Wordlist list;
    QSet<QString> seen;
    const auto lines = QStringView(decoded).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.isEmpty()) {
            ++list.m_droppedBlank;
            continue;
        }
        const QString word = stripDicePrefix(line).toString().toLower();
        if (seen.contains(word)) {
            ++list.m_droppedDuplicates;
            continue;
        }
        seen.insert(word);
        list.m_words.append(word);
    }
    // A final newline is not a blank line.
    if (decoded.endsWith(u'\n') && list.m_droppedBlank > 0)
        --list.m_droppedBlank;
    if (list.m_words.size() < MinWords) {
        if (error)
            *error = Error::TooSmall;
        return list; // keep the counts so the caller can say how many there were
    }
    list.m_utf8.reserve(static_cast<std::size_t>(list.m_words.size()));
    for (const QString &w : std::as_const(list.m_words))
        list.m_utf8.push_back(w.toStdString());
    list.m_prefixFree = computePrefixFree(list.m_words);
    if (error)
        *error = Error::None;
    return list;
}

Wordlist Wordlist::fromFile(const QString &path, Error *error, QString *systemMessage)
{
    ListFile read = ListFile::read(path);
    Error result = Error::None;
    switch (read.status) {
    case ListFile::Status::Ok:
        return fromUtf8(read.data, error);
    case ListFile::Status::IsDirectory:
        result = Error::Unreadable;
        if (systemMessage)
            *systemMessage = QStringLiteral("Is a directory");
        break;
    case ListFile::Status::CannotOpen:
    case ListFile::Status::ReadError:
        result = Error::Unreadable;
        if (systemMessage)
            *systemMessage = read.errorString;
        break;
    case ListFile::Status::TooLarge:
        result = Error::TooLarge;
        break;
    }
    if (error)
        *error = result;
    return {};
}

} // namespace passforge
