#pragma once
// SyncFile: the exchange file workstations pass on (USB stick, e-mail, a
// shared folder). Layout:
//
//   CASEDESK-EXCHANGE <format>\n
//   <header: one line of JSON: who made it for whom, when, what it holds,
//    the body's size and SHA-256, the sync key's fingerprint>\n
//   <body: zlib-compressed JSON lines: records, audit entries, conflicts,
//    attachments' bytes>\n
//   HMAC <HMAC-SHA256 of everything above, under the bureau's sync key>\n
//
// Written through QSaveFile (a crash never leaves a half file that looks
// whole). Reading checks, in order, that the file is an exchange file, is
// not from a newer CaseDesk, is whole, matches its checksum and was made
// with this bureau's key, and says which of these failed.

#include "result.h"
#include "sync/synckey.h"
#include "sync/versionvector.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace casedesk {

struct SyncFileHeader {
    int format = 0;
    QString application; // "CaseDesk 0.1.0"
    QString from;        // the workstation that made it
    QString to;          // the one it is meant for; empty: a full export for anyone
    QString createdAt;
    QString bureauName, abbreviation, bureauUuid;
    QString keyFingerprint;
    VersionVector base;      // what the maker knew the receiver held (nothing for a full export)
    VersionVector knowledge; // what the maker held
    QJsonObject auditBase, auditHeads;
    int records = 0, auditEntries = 0, conflicts = 0, blobs = 0;
    qint64 bodyBytes = 0;
    QString bodySha256;

    QJsonObject toJson() const;
    static SyncFileHeader fromJson(const QJsonObject &json);
};

struct SyncPayload {
    SyncFileHeader header;
    QList<QJsonObject> records;
    QList<QJsonObject> auditEntries;
    QList<QJsonObject> conflicts;
    QHash<QString, QByteArray> blobs; // SHA-256 (hex) → bytes
};

namespace SyncFile {

constexpr int kFormat = 1;

// Fills the header's counts, size, checksum and fingerprint; returns the
// file's size.
Result<qint64> write(const QString &path, SyncPayload &payload, const SyncKey &key);
// The whole file, after the checks above; a refusal names the file and
// which check failed.
Result<SyncPayload> read(const QString &path, const SyncKey &key);

} // namespace SyncFile

} // namespace casedesk
