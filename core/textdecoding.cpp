#include "textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace casedesk::TextDecoding {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
};

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Offset of the first byte that is not part of a well-formed UTF-8
// sequence, or -1; also counts the well-formed multi-byte sequences so a
// damaged UTF-8 file can be told apart from a GB18030 one.
qsizetype firstInvalidUtf8(const QByteArray &bytes, int *multiByteSequences)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    *multiByteSequences = 0;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k)
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
        ++*multiByteSequences;
        i += extra + 1;
    }
    return -1;
}

// A control character that never appears in text (NUL, or C0 codes other
// than tab, line feed, form feed and carriage return).
qsizetype firstBinaryByte(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return i;
    }
    return -1;
}

} // namespace

Result<DecodedText> decodeFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString &name = path;
    if (!info.exists())
        return refusal(Text::tr("%1: the file does not exist.").arg(name));
    if (!info.isFile())
        return refusal(Text::tr("%1: not a regular file.").arg(name));
    if (info.size() > maxBytes)
        return refusal(Text::tr("%1: the file is %2 MB; the largest file accepted is %3 MB.")
                           .arg(name)
                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(maxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(Text::tr("%1: cannot be read (%2).").arg(name, file.errorString()));
    const QByteArray bytes = file.read(maxBytes + 1);
    // Problems inside the text name the file as the user knows it.
    return decode(bytes, info.fileName(), maxBytes);
}

Result<DecodedText> decode(const QByteArray &bytes, const QString &sourceName, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return refusal(Text::tr("%1: the file is larger than %2 MB, the largest accepted.")
                           .arg(sourceName)
                           .arg(maxBytes / (1024 * 1024)));
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    const QByteArray body = hasBom ? bytes.mid(3) : bytes;
    if (body.trimmed().isEmpty())
        return refusal(Text::tr("%1: the file is empty.").arg(sourceName));
    if (qsizetype at = firstBinaryByte(body); at >= 0)
        return refusal(Text::tr("%1, line %2: binary data (byte 0x%3 at offset %4); this is not a text file.")
                           .arg(sourceName)
                           .arg(lineOf(body, at))
                           .arg(static_cast<unsigned char>(body[at]), 2, 16, QLatin1Char('0'))
                           .arg(at + (hasBom ? 3 : 0)));

    int utf8Sequences = 0;
    const qsizetype badUtf8 = firstInvalidUtf8(body, &utf8Sequences);
    if (badUtf8 < 0) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        return DecodedText{utf8(body), hasBom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8")};
    }
    // A sequence cut off by the end of the file: the file was truncated.
    if (body.size() - badUtf8 <= 3 && firstInvalidUtf8(body.left(badUtf8), &utf8Sequences) < 0)
        return refusal(Text::tr("%1, line %2: the file ends in the middle of a character; it looks truncated.")
                           .arg(sourceName)
                           .arg(lineOf(body, badUtf8)));
    // Mostly well-formed UTF-8 with a bad byte: damaged, not another encoding.
    if (hasBom || utf8Sequences >= 8)
        return refusal(
            Text::tr("%1, line %2: invalid UTF-8 (byte 0x%3 at offset %4); the file is damaged or mixes encodings.")
                .arg(sourceName)
                .arg(lineOf(body, badUtf8))
                .arg(static_cast<unsigned char>(body[badUtf8]), 2, 16, QLatin1Char('0'))
                .arg(badUtf8));

    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (gb18030.isValid()) {
        const QString text = gb18030(body);
        if (!gb18030.hasError())
            return DecodedText{text, QStringLiteral("GB18030")};
        // Find the line of the first undecodable byte for the message.
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = bad < 0 ? 1 : int(text.left(bad).count(QLatin1Char('\n'))) + 1;
        return refusal(Text::tr("%1, line %2: the text is neither UTF-8 nor GB18030; save it as UTF-8 and try again.")
                           .arg(sourceName)
                           .arg(line));
    }
    return refusal(Text::tr("%1, line %2: the text is not UTF-8; save it as UTF-8 and try again.")
                       .arg(sourceName)
                       .arg(lineOf(body, badUtf8)));
}

} // namespace casedesk::TextDecoding
