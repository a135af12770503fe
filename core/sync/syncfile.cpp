#include "sync/syncfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncFile)
};

const QByteArray kMagic("CASEDESK-EXCHANGE ");
const QByteArray kHmacTag("HMAC ");

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QJsonObject SyncFileHeader::toJson() const
{
    return {{QStringLiteral("format"), format},
            {QStringLiteral("application"), application},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("bureau"), bureauName},
            {QStringLiteral("abbreviation"), abbreviation},
            {QStringLiteral("bureauUuid"), bureauUuid},
            {QStringLiteral("keyFingerprint"), keyFingerprint},
            {QStringLiteral("base"), base.toJson()},
            {QStringLiteral("knowledge"), knowledge.toJson()},
            {QStringLiteral("auditBase"), auditBase},
            {QStringLiteral("auditHeads"), auditHeads},
            {QStringLiteral("records"), records},
            {QStringLiteral("auditEntries"), auditEntries},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("blobs"), blobs},
            {QStringLiteral("bodyBytes"), bodyBytes},
            {QStringLiteral("bodySha256"), bodySha256}};
}

SyncFileHeader SyncFileHeader::fromJson(const QJsonObject &j)
{
    SyncFileHeader h;
    h.format = j.value(QStringLiteral("format")).toInt();
    h.application = j.value(QStringLiteral("application")).toString();
    h.from = j.value(QStringLiteral("from")).toString();
    h.to = j.value(QStringLiteral("to")).toString();
    h.createdAt = j.value(QStringLiteral("createdAt")).toString();
    h.bureauName = j.value(QStringLiteral("bureau")).toString();
    h.abbreviation = j.value(QStringLiteral("abbreviation")).toString();
    h.bureauUuid = j.value(QStringLiteral("bureauUuid")).toString();
    h.keyFingerprint = j.value(QStringLiteral("keyFingerprint")).toString();
    h.base = VersionVector::fromJson(j.value(QStringLiteral("base")).toObject());
    h.knowledge = VersionVector::fromJson(j.value(QStringLiteral("knowledge")).toObject());
    h.auditBase = j.value(QStringLiteral("auditBase")).toObject();
    h.auditHeads = j.value(QStringLiteral("auditHeads")).toObject();
    h.records = j.value(QStringLiteral("records")).toInt();
    h.auditEntries = j.value(QStringLiteral("auditEntries")).toInt();
    h.conflicts = j.value(QStringLiteral("conflicts")).toInt();
    h.blobs = j.value(QStringLiteral("blobs")).toInt();
    h.bodyBytes = j.value(QStringLiteral("bodyBytes")).toInteger();
    h.bodySha256 = j.value(QStringLiteral("bodySha256")).toString();
    return h;
}

namespace SyncFile {

Result<qint64> write(const QString &path, SyncPayload &payload, const SyncKey &key)
{
    QByteArray body;
    for (const QJsonObject &r : payload.records)
        body += line({{QStringLiteral("r"), r}});
    for (const QJsonObject &a : payload.auditEntries)
        body += line({{QStringLiteral("a"), a}});
    for (const QJsonObject &c : payload.conflicts)
        body += line({{QStringLiteral("c"), c}});
    for (auto it = payload.blobs.begin(); it != payload.blobs.end(); ++it)
        body += line(
            {{QStringLiteral("b"), QJsonObject{{QStringLiteral("sha256"), it.key()},
                                               {QStringLiteral("data"), QString::fromLatin1(it.value().toBase64())}}}});
    const QByteArray packed = qCompress(body, 6);
    SyncFileHeader &h = payload.header;
    h.format = kFormat;
    h.records = int(payload.records.size());
    h.auditEntries = int(payload.auditEntries.size());
    h.conflicts = int(payload.conflicts.size());
    h.blobs = int(payload.blobs.size());
    h.bodyBytes = packed.size();
    h.bodySha256 = QString::fromLatin1(sha256(packed));
    h.keyFingerprint = key.fingerprint();
    QByteArray signedPart = kMagic + QByteArray::number(kFormat) + '\n' + line(h.toJson()) + packed + '\n';
    const QByteArray trailer = kHmacTag + key.sign(signedPart).toHex() + '\n';

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return refusal(Text::tr("%1: cannot write the exchange file (%2).").arg(path, file.errorString()));
    if (file.write(signedPart) != signedPart.size() || file.write(trailer) != trailer.size() || !file.commit())
        return failure(
            Text::tr("%1: writing the exchange file failed (%2); nothing was written.").arg(path, file.errorString()));
    return qint64(signedPart.size() + trailer.size());
}

Result<SyncPayload> read(const QString &path, const SyncKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(Text::tr("%1: cannot read the file (%2).").arg(path, file.errorString()));
    const QByteArray all = file.readAll();
    const auto corrupted = [&path](const QString &why) {
        return refusal(Text::tr("%1: the exchange file is damaged: %2. Nothing was imported; ask for the file "
                                "again.")
                           .arg(path, why));
    };
    if (!all.startsWith(kMagic))
        return refusal(Text::tr("%1 is not a CaseDesk exchange file.").arg(path));
    const auto truncated = [&path, &all](qint64 expected) {
        return refusal(expected > 0
                           ? Text::tr("%1 is truncated: it has %2 of its %3 bytes. Nothing was imported; copy "
                                      "the file again.")
                                 .arg(path)
                                 .arg(all.size())
                                 .arg(expected)
                           : Text::tr("%1 is truncated: it ends after %2 bytes, inside its header. Nothing was "
                                      "imported; copy the file again.")
                                 .arg(path)
                                 .arg(all.size()));
    };
    const qsizetype magicEnd = all.indexOf('\n');
    if (magicEnd < 0)
        return truncated(0);
    const int format = all.mid(kMagic.size(), magicEnd - kMagic.size()).toInt();
    if (format > kFormat)
        return refusal(Text::tr("%1 was made by a newer CaseDesk (exchange format %2; this one reads format %3). "
                                "Update CaseDesk on this workstation, then import it.")
                           .arg(path)
                           .arg(format)
                           .arg(kFormat));
    if (format < 1)
        return corrupted(Text::tr("its first line is not readable"));
    const qsizetype headerEnd = all.indexOf('\n', magicEnd + 1);
    if (headerEnd < 0)
        return truncated(0);
    QJsonParseError error;
    const QJsonDocument headerJson = QJsonDocument::fromJson(all.mid(magicEnd + 1, headerEnd - magicEnd - 1), &error);
    if (!headerJson.isObject())
        return corrupted(Text::tr("its header is not readable (%1)").arg(error.errorString()));
    SyncPayload payload;
    payload.header = SyncFileHeader::fromJson(headerJson.object());
    const SyncFileHeader &h = payload.header;
    const qint64 bodyStart = headerEnd + 1;
    const qint64 trailerStart = bodyStart + h.bodyBytes + 1;
    const qint64 expected = trailerStart + kHmacTag.size() + 64 + 1;
    if (all.size() < expected)
        return truncated(expected);
    if (all.size() > expected)
        return corrupted(Text::tr("it has %1 bytes more than its header says").arg(all.size() - expected));
    const QByteArray body = all.mid(bodyStart, h.bodyBytes);
    if (sha256(body) != h.bodySha256.toLatin1())
        return corrupted(Text::tr("its content does not match its checksum"));
    if (h.keyFingerprint != key.fingerprint())
        return refusal(Text::tr("%1 was made with another sync key (key %2; this workstation's is %3): it comes "
                                "from another bureau, or one of the two workstations has the wrong key. Nothing "
                                "was imported.")
                           .arg(path, h.keyFingerprint, key.fingerprint()));
    const QByteArray signature = QByteArray::fromHex(all.mid(trailerStart + kHmacTag.size(), 64));
    if (all.mid(trailerStart, kHmacTag.size()) != kHmacTag || signature != key.sign(all.left(trailerStart)))
        return refusal(Text::tr("%1 does not carry a valid signature of this bureau's sync key: it was altered "
                                "after it was made, or forged. Nothing was imported.")
                           .arg(path));
    const QByteArray unpacked = qUncompress(body);
    if (unpacked.isEmpty() && h.bodyBytes > 0 && (h.records || h.auditEntries || h.conflicts || h.blobs))
        return corrupted(Text::tr("its content cannot be unpacked"));
    qsizetype at = 0;
    int lineNumber = 0;
    while (at < unpacked.size()) {
        qsizetype end = unpacked.indexOf('\n', at);
        if (end < 0)
            end = unpacked.size();
        ++lineNumber;
        const QJsonObject o = QJsonDocument::fromJson(unpacked.mid(at, end - at), &error).object();
        at = end + 1;
        if (o.contains(QLatin1String("r")))
            payload.records << o.value(QLatin1String("r")).toObject();
        else if (o.contains(QLatin1String("a")))
            payload.auditEntries << o.value(QLatin1String("a")).toObject();
        else if (o.contains(QLatin1String("c")))
            payload.conflicts << o.value(QLatin1String("c")).toObject();
        else if (o.contains(QLatin1String("b"))) {
            const QJsonObject b = o.value(QLatin1String("b")).toObject();
            payload.blobs.insert(b.value(QLatin1String("sha256")).toString(),
                                 QByteArray::fromBase64(b.value(QLatin1String("data")).toString().toLatin1()));
        } else
            return corrupted(Text::tr("entry %1 of its content is not readable").arg(lineNumber));
    }
    if (payload.records.size() != h.records || payload.auditEntries.size() != h.auditEntries ||
        payload.conflicts.size() != h.conflicts || payload.blobs.size() != h.blobs)
        return corrupted(Text::tr("it holds other numbers of entries than its header says"));
    return payload;
}

} // namespace SyncFile

} // namespace casedesk
