#pragma once
// resolvedFilePath: the path a file has, or would have once written, with
// links, "." and ".." resolved, so that two names of one file compare
// equal: a backup is never written over the database, nor the database
// restored from itself.

#include <QString>

namespace casedesk {

QString resolvedFilePath(const QString &path);

} // namespace casedesk
