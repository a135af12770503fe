// CaseRepository's attachments: photos and scanned evidence kept in the
// database with their SHA-256, so they travel with the case and any later
// change to the stored bytes shows when they are read.
#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "cases/caserepository.h"
#include "cases/caserows.h"
#include "cases/casesteps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

const char *const kColumns = "a.id, a.case_id, a.uuid, a.file_name, a.mime_type, a.size, a.sha256, a.note, "
                             "coalesce(s.name, a.created_by), a.created_at";

CaseAttachment attachmentFromRow(const QSqlQuery &q)
{
    CaseAttachment a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.uuid = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.note = q.value(7).toString();
    a.addedBy = q.value(8).toString();
    a.addedAt = q.value(9).toString();
    return a;
}

Result<CaseAttachment> findAttachment(const Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM case_attachment a LEFT JOIN staff s ON s.login = a.created_by "
                                    "WHERE a.id = ? AND a.deleted_at IS NULL")
                         .arg(QLatin1String(kColumns)),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no attachment %1.").arg(id));
    return attachmentFromRow(*q);
}

// The name without any folder, whichever system's separators it came with.
QString bareName(const QString &fileName)
{
    QString name = fileName.trimmed();
    const qsizetype cut = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    return cut >= 0 ? name.mid(cut + 1) : name;
}

QJsonObject auditJson(const CaseAttachment &a)
{
    return {{QStringLiteral("fileName"), a.fileName},
            {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("size"), QString::number(a.size)},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("note"), a.note}};
}

QString attachmentLabel(const EnforcementCase &c, const QString &fileName, const Database &db)
{
    return QStringLiteral("%1 %2").arg(c.displayNumber(BureauSettings::load(db).abbreviation), fileName);
}
} // namespace

QList<CaseAttachment> CaseRepository::attachments(qint64 caseId) const
{
    QList<CaseAttachment> out;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM case_attachment a LEFT JOIN staff s ON s.login = a.created_by "
                                      "WHERE a.case_id = ? AND a.deleted_at IS NULL ORDER BY a.id")
                           .arg(QLatin1String(kColumns)),
                       {caseId});
    while (q && q->next())
        out << attachmentFromRow(*q);
    return out;
}

Result<QByteArray> CaseRepository::attachmentContent(qint64 attachmentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT content, sha256, size, file_name FROM case_attachment "
                                      "WHERE id = ? AND deleted_at IS NULL"),
                       {attachmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no attachment %1.").arg(attachmentId));
    const QByteArray content = q->value(0).toByteArray();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (hash != q->value(1).toString() || content.size() != q->value(2).toLongLong())
        return failure(Text::tr("The stored content of %1 no longer matches its SHA-256 (%2): it was changed or "
                                "damaged after it was attached.")
                           .arg(q->value(3).toString(), q->value(1).toString()));
    return content;
}

Result<CaseAttachment> CaseRepository::attach(const Session &session, qint64 caseId, const QString &fileName,
                                              const QByteArray &content, const QString &note)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditCase); !s)
        return s.error();
    auto c = find(caseId);
    if (!c)
        return c.error();
    CaseAttachment a;
    a.caseId = caseId;
    a.fileName = bareName(fileName);
    if (a.fileName.isEmpty())
        return refusal(Text::tr("Attachment: give the file's name."));
    if (content.isEmpty())
        return refusal(Text::tr("Attachment: %1 is empty.").arg(a.fileName));
    if (content.size() > kLargestAttachment)
        return refusal(Text::tr("Attachment: %1 is %2; an attachment may be at most %3.")
                           .arg(a.fileName, QLocale().formattedDataSize(content.size()),
                                QLocale().formattedDataSize(kLargestAttachment)));
    a.size = content.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, content).name();
    a.note = note.trimmed();
    auto id = tx.writer().insert("case_attachment", {{"case_id", caseId},
                                                     {"file_name", a.fileName},
                                                     {"mime_type", a.mimeType},
                                                     {"size", a.size},
                                                     {"sha256", a.sha256},
                                                     {"note", a.note},
                                                     {"content", content}});
    if (!id)
        return id.error();
    a.id = *id;
    a.uuid = tx.writer().lastUuid();
    if (auto s = CaseSteps::append(tx, caseId,
                                   {QStringLiteral("attachment"), c->stage, c->stage, QDate::currentDate(),
                                    a.note.isEmpty() ? a.fileName : QStringLiteral("%1: %2").arg(a.fileName, a.note)});
        !s)
        return s.error();
    if (auto s = tx.record({QStringLiteral("case.attach"),
                            QStringLiteral("case_attachment"),
                            a.uuid,
                            attachmentLabel(*c, a.fileName, m_db),
                            {},
                            auditJson(a)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return findAttachment(m_db, a.id);
}

Status CaseRepository::removeAttachment(const Session &session, qint64 attachmentId)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditCase); !s)
        return s;
    auto a = findAttachment(m_db, attachmentId);
    if (!a)
        return a.error();
    auto c = find(a->caseId);
    if (!c)
        return c.error();
    if (auto s = tx.writer().markDeleted("case_attachment", "id", attachmentId); !s)
        return s;
    if (auto s = CaseSteps::append(tx, c->id,
                                   {QStringLiteral("attachment"), c->stage, c->stage, QDate::currentDate(),
                                    Text::tr("Removed %1").arg(a->fileName)});
        !s)
        return s;
    if (auto s = tx.record({QStringLiteral("case.attachment-remove"),
                            QStringLiteral("case_attachment"),
                            a->uuid,
                            attachmentLabel(*c, a->fileName, m_db),
                            auditJson(*a),
                            {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace casedesk
