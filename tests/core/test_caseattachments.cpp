// Case attachments: stored in the database with their size, type and
// SHA-256, read back byte for byte, a change to the stored bytes detected,
// empty and oversized files refused, and removal kept as a tombstone.
#include "cases/caserepository.h"
#include "casesupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The first bytes of a PNG file and some pixels' worth of data.
QByteArray pngBytes()
{
    QByteArray bytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    for (int i = 0; i < 1000; ++i)
        bytes.append(char(i % 251));
    return bytes;
}

QStringList actionsOf(Database &db, const QString &uuid)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_entry WHERE record_uuid = ? ORDER BY id"), {uuid});
    REQUIRE(q);
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

TEST_CASE("attachments: content is stored with its hash, size and type and read back unchanged", "[cases][attachments]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Investigating, QDate(2026, 3, 2));

    const QByteArray content = pngBytes();
    auto added = repo.attach(staff.inspectorA, c.id, QStringLiteral("C:\\证据\\现场照片 1.png"), content,
                             QStringLiteral(" 仓库现场 "));
    REQUIRE(added);
    CHECK(added->caseId == c.id);
    CHECK(added->fileName == QStringLiteral("现场照片 1.png"));
    CHECK(added->mimeType == QStringLiteral("image/png"));
    CHECK(added->size == content.size());
    CHECK(added->sha256 == QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    CHECK(added->sha256.size() == 64);
    CHECK(added->note == QStringLiteral("仓库现场"));
    CHECK(added->addedBy == QStringLiteral("张伟"));
    CHECK_FALSE(added->addedAt.isEmpty());
    CHECK(added->uuid.size() == 36);

    auto read = repo.attachmentContent(added->id);
    REQUIRE(read);
    CHECK(*read == content);

    auto text = repo.attach(staff.clerk, c.id, QStringLiteral("/home/clerk/询问笔录.txt"),
                            QStringLiteral("询问笔录：当事人承认……").toUtf8(), {});
    REQUIRE(text);
    CHECK(text->fileName == QStringLiteral("询问笔录.txt"));
    CHECK(text->mimeType == QStringLiteral("text/plain"));

    const QList<CaseAttachment> listed = repo.attachments(c.id);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).id == added->id);
    CHECK(listed.at(1).id == text->id);
    const QList<CaseStep> steps = repo.steps(c.id);
    CHECK(steps.last().kind == QStringLiteral("attachment"));
    CHECK(steps.last().login == QStringLiteral("clerk"));
    CHECK(steps.at(steps.size() - 2).text == QStringLiteral("现场照片 1.png: 仓库现场"));
    CHECK(actionsOf(t.db(), added->uuid) == QStringList{"case.attach"});
}

TEST_CASE("attachments: stored content that no longer matches its hash is reported", "[cases][attachments]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Lead, QDate(2026, 3, 2));
    auto added = repo.attach(staff.clerk, c.id, QStringLiteral("scan.pdf"), QByteArray("%PDF-1.4\n%…evidence…"), {});
    REQUIRE(added);
    CHECK(added->mimeType == QStringLiteral("application/pdf"));

    QSqlQuery tamper(t.db().sql());
    REQUIRE(tamper.prepare(QStringLiteral("UPDATE case_attachment SET content = ? WHERE id = ?")));
    tamper.addBindValue(QByteArray("%PDF-1.4\n%…evidencf…"));
    tamper.addBindValue(added->id);
    REQUIRE(tamper.exec());

    auto read = repo.attachmentContent(added->id);
    REQUIRE_FALSE(read);
    CHECK_FALSE(read.error().refusal);
    CHECK(read.error().message.contains(QStringLiteral("scan.pdf")));
    CHECK(read.error().message.contains(added->sha256));
    CHECK_FALSE(repo.attachmentContent(added->id + 100));
}

TEST_CASE("attachments: empty and oversized files, unknown cases and readers are refused", "[cases][attachments]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Lead, QDate(2026, 3, 2));
    const QByteArray before = fingerprint(t.db());

    auto refused = repo.attach(staff.clerk, c.id, QStringLiteral("empty.jpg"), QByteArray(), {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == QStringLiteral("Attachment: empty.jpg is empty."));
    refused = repo.attach(staff.clerk, c.id, QStringLiteral("huge.mp4"),
                          QByteArray(int(CaseRepository::kLargestAttachment + 1), 'x'), {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Attachment: huge.mp4 is ")));
    CHECK_FALSE(repo.attach(staff.clerk, c.id, QStringLiteral("dir/"), QByteArray("x"), {}));
    CHECK_FALSE(repo.attach(staff.clerk, 999, QStringLiteral("a.txt"), QByteArray("x"), {}));
    refused = repo.attach(staff.admin, c.id, QStringLiteral("a.txt"), QByteArray("x"), {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("edit enforcement cases")));
    CHECK(fingerprint(t.db()) == before);

    // The largest allowed size is accepted.
    auto largest = repo.attach(staff.clerk, c.id, QStringLiteral("video.bin"),
                               QByteArray(int(CaseRepository::kLargestAttachment), '\x01'), {});
    REQUIRE(largest);
    CHECK(largest->size == CaseRepository::kLargestAttachment);
}

TEST_CASE("attachments: removal leaves a tombstone and a step", "[cases][attachments]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Filed, QDate(2026, 3, 2));
    auto added = repo.attach(staff.inspectorB, c.id, QStringLiteral("photo.jpg"), pngBytes(), {});
    REQUIRE(added);

    const QByteArray before = fingerprint(t.db());
    CHECK_FALSE(repo.removeAttachment(staff.admin, added->id));
    CHECK_FALSE(repo.removeAttachment(staff.clerk, added->id + 1));
    CHECK(fingerprint(t.db()) == before);

    REQUIRE(repo.removeAttachment(staff.clerk, added->id));
    CHECK(repo.attachments(c.id).isEmpty());
    CHECK_FALSE(repo.attachmentContent(added->id));
    auto row = t.db().exec(QStringLiteral("SELECT deleted_at, length(content), modified_by FROM case_attachment "
                                          "WHERE id = ?"),
                           {added->id});
    REQUIRE(row);
    REQUIRE(row->next());
    CHECK_FALSE(row->value(0).isNull());
    CHECK(row->value(1).toInt() == pngBytes().size());
    CHECK(row->value(2).toString() == QStringLiteral("clerk"));
    CHECK(repo.steps(c.id).last().text == QStringLiteral("Removed photo.jpg"));
    CHECK(actionsOf(t.db(), added->uuid) == QStringList{"case.attach", "case.attachment-remove"});
    CHECK_FALSE(repo.removeAttachment(staff.clerk, added->id));
}
