#pragma once
// TextDecoding: turns a file a clerk hands in into Unicode text, or says
// precisely why it cannot: empty, too large, binary, cut off in the middle of
// a character, or in neither UTF-8 (with or without BOM) nor GB18030 — what
// Excel and WPS on Chinese Windows save.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

struct DecodedText {
    QString text;     // without BOM; line ends as in the file
    QString encoding; // "UTF-8", "UTF-8 (BOM)" or "GB18030"
};

namespace TextDecoding {

constexpr qint64 kDefaultMaxBytes = 16 * 1024 * 1024;

// Reads and decodes a file; errors name the file and, where it applies, the line.
Result<DecodedText> decodeFile(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
// Decodes bytes already read; sourceName is used in messages.
Result<DecodedText> decode(const QByteArray &bytes, const QString &sourceName, qint64 maxBytes = kDefaultMaxBytes);

} // namespace TextDecoding
} // namespace casedesk
