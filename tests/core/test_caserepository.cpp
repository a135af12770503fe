// CaseRepository: leads with either kind of party, edits that quote what
// they read and respect what each stage froze, the whole path from lead to
// archive with its timeline and audit trail, a licence revoked when the
// decision is served, and refusals that change nothing. The clock's writes
// are in test_caseclockwrites.cpp.
#include "auth/staffdirectory.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "register/entityregister.h"
#include "register/licenceregister.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kFiled(2026, 3, 2);

QStringList auditActions(Database &db, const QString &recordUuid)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_entry WHERE record_uuid = ? ORDER BY id"), {recordUuid});
    REQUIRE(q);
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QString stored(Database &db, const char *column, qint64 caseId)
{
    auto q =
        db.exec(QStringLiteral("SELECT %1 FROM enforcement_case WHERE id = ?").arg(QLatin1String(column)), {caseId});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toString();
}

// An 18-character resident ID number with its check character (GB 11643).
QString residentId(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

TransitionInput to(CaseStage stage, const QDate &on, const QString &opinion = QStringLiteral("同意"))
{
    TransitionInput input;
    input.to = stage;
    input.on = on;
    input.opinion = opinion;
    return input;
}

} // namespace

TEST_CASE("cases: a lead against a registered entity copies the register and gets the site's lead number",
          "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const QDate today(2026, 2, 20);

    EnforcementCase lead = sampleLead(t.db(), staff, QDate(2026, 2, 18));
    lead.party.name = QStringLiteral("whatever the form said");
    auto first = repo.registerLead(staff.clerk, lead, today);
    REQUIRE(first);
    CHECK(first->stage == CaseStage::Lead);
    CHECK(first->leadNumber == QStringLiteral("A-2026-0001"));
    CHECK(first->number.isNull());
    CHECK(first->uuid.size() == 36);
    const Entity entity = *EntityRegister(t.db()).find(lead.party.entityId);
    CHECK(first->party.name == QStringLiteral("永清县第1电线电缆有限公司"));
    CHECK(first->party.code == entity.code);
    CHECK(first->party.address == entity.address);
    CHECK(first->party.representative == entity.legalRepresentative);
    CHECK(first->party.phone == entity.phone);
    REQUIRE(first->handlers.size() == 2);
    CHECK(first->handlers.at(0).name == QStringLiteral("张伟"));
    CHECK(first->handlers.at(1).login == QStringLiteral("insp2"));
    CHECK_FALSE(first->handlers.at(0).certificateNumber.isEmpty());
    CHECK(first->handlers.at(0).certificateValidUntil == QDate(2028, 12, 31));
    CHECK(first->provisions == lead.provisions);
    CHECK(stored(t.db(), "search_text", first->id).contains(QStringLiteral("a-2026-0001")));
    CHECK(stored(t.db(), "search_text", first->id).contains(entity.code.toLower()));
    CHECK(stored(t.db(), "due_on", first->id).isEmpty());

    const QList<CaseStep> steps = repo.steps(first->id);
    REQUIRE(steps.size() == 1);
    CHECK(steps.at(0).kind == QStringLiteral("lead"));
    CHECK(steps.at(0).login == QStringLiteral("clerk"));
    CHECK(steps.at(0).name == QStringLiteral("陈静"));
    CHECK(steps.at(0).on == QDate(2026, 2, 18));
    auto entry = t.db().exec(QStringLiteral("SELECT action, record_table, record_label FROM audit_entry "
                                            "WHERE record_uuid = ?"),
                             {first->uuid});
    REQUIRE(entry);
    REQUIRE(entry->next());
    CHECK(entry->value(0).toString() == QStringLiteral("case.lead"));
    CHECK(entry->value(1).toString() == QStringLiteral("enforcement_case"));
    CHECK(entry->value(2).toString() == QStringLiteral("A-2026-0001"));

    // The sequence is per year of receipt.
    auto second = repo.registerLead(staff.inspectorA, sampleLead(t.db(), staff, QDate(2026, 1, 5), 2), today);
    REQUIRE(second);
    CHECK(second->leadNumber == QStringLiteral("A-2026-0002"));
    auto older = repo.registerLead(staff.inspectorA, sampleLead(t.db(), staff, QDate(2025, 12, 30), 3), today);
    REQUIRE(older);
    CHECK(older->leadNumber == QStringLiteral("A-2025-0001"));
    CHECK(repo.findByNumber(QStringLiteral("A-2026-0002"))->id == second->id);
    CHECK(repo.findByNumber(QString::number(older->id))->leadNumber == QStringLiteral("A-2025-0001"));
    CHECK_FALSE(repo.findByNumber(QStringLiteral("A-2026-0099")));

    // An unknown or removed entity cannot be the party.
    const QByteArray before = fingerprint(t.db());
    EnforcementCase unknown = lead;
    unknown.party.entityId = 9999;
    auto refused = repo.registerLead(staff.clerk, unknown, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("entity 9999")));
    EnforcementCase removed = sampleLead(t.db(), staff, QDate(2026, 2, 18), 4);
    REQUIRE(EntityRegister(t.db()).remove(staff.clerk, removed.party.entityId));
    const QByteArray afterRemoval = fingerprint(t.db());
    CHECK_FALSE(repo.registerLead(staff.clerk, removed, today));
    CHECK(fingerprint(t.db()) == afterRemoval);
    CHECK(before != afterRemoval);
}

TEST_CASE("cases: a person as party needs a valid ID number; a lead checks what a lead needs", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const QDate today(2026, 4, 10);

    EnforcementCase lead;
    lead.source = CaseSource::Hotline12365;
    lead.receivedOn = QDate(2026, 4, 9);
    lead.title = QStringLiteral("涉嫌销售不合格燃气灶案");
    lead.party.kind = PartyKind::Person;
    lead.party.name = QStringLiteral("赵六");
    const QString id = residentId(QStringLiteral("13102319850612003"));
    lead.party.code = id.toLower();
    lead.party.representative = QStringLiteral("nobody");
    lead.handlers = {CaseHandler{staff.inspectorA.staffId(), {}, {}, {}, {}, {}}};

    const QByteArray empty = fingerprint(t.db());
    EnforcementCase badId = lead;
    badId.party.code = id.left(17) + (id.at(17) == QLatin1Char('1') ? QStringLiteral("2") : QStringLiteral("1"));
    auto refused = repo.registerLead(staff.clerk, badId, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("check")));

    EnforcementCase future = lead;
    future.receivedOn = today.addDays(1);
    refused = repo.registerLead(staff.clerk, future, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Date received")));

    EnforcementCase untitled = lead;
    untitled.title = QStringLiteral("  ");
    CHECK_FALSE(repo.registerLead(staff.clerk, untitled, today));

    // A handler, when named, must hold a valid enforcement certificate.
    EnforcementCase clerkHandles = lead;
    clerkHandles.handlers << CaseHandler{staff.clerk.staffId(), {}, {}, {}, {}, {}};
    refused = repo.registerLead(staff.clerk, clerkHandles, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("陈静")));

    EnforcementCase withPenalty = lead;
    withPenalty.penalties = {Penalty{}};
    CHECK_FALSE(repo.registerLead(staff.clerk, withPenalty, today));

    // The administrator only reads cases.
    refused = repo.registerLead(staff.admin, lead, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("edit enforcement cases")));
    CHECK(fingerprint(t.db()) == empty);

    // One handler and no facts are enough for a lead.
    auto stored = repo.registerLead(staff.clerk, lead, today);
    REQUIRE(stored);
    CHECK(stored->party.kind == PartyKind::Person);
    CHECK(stored->party.code == id); // upper-case X
    CHECK(stored->party.entityId == 0);
    CHECK(stored->party.representative.isEmpty());
    CHECK(stored->handlers.size() == 1);
    CHECK(stored->source == CaseSource::Hotline12365);
}

TEST_CASE("cases: an edit quotes what it read and only changes what the stage leaves open", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Filed, kFiled);
    const QDate today = kFiled.addDays(2);

    EnforcementCase edited = c;
    edited.title = QStringLiteral("涉嫌生产不合格电线电缆案");
    edited.facts += QStringLiteral("另查明库存300卷。");
    auto saved = repo.update(staff.inspectorA, edited, today);
    REQUIRE(saved);
    CHECK(saved->title == QStringLiteral("涉嫌生产不合格电线电缆案"));
    CHECK(saved->modifiedAt != c.modifiedAt);
    CHECK(repo.steps(c.id).last().kind == QStringLiteral("edit"));
    CHECK(repo.steps(c.id).last().text == QStringLiteral("Changed: Title, Facts"));
    CHECK(auditActions(t.db(), c.uuid).last() == QStringLiteral("case.edit"));

    // The first reading is stale now.
    const QByteArray before = fingerprint(t.db());
    EnforcementCase stale = c;
    stale.section = QStringLiteral("质量监督股");
    auto refused = repo.update(staff.inspectorB, stale, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("was changed by insp1 at %1").arg(saved->modifiedAt)));
    CHECK(fingerprint(t.db()) == before);

    // Penalties wait for the investigation.
    EnforcementCase early = *saved;
    Penalty warning;
    early.penalties = {warning};
    refused = repo.update(staff.inspectorA, early, today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          QStringLiteral("Penalties can no longer change: 永质监罚字〔2026〕第001号 is Filed."));

    // Saving what was read changes nothing and records nothing.
    const int entries = countRows(t.db(), QStringLiteral("audit_entry"));
    auto same = repo.update(staff.inspectorA, *saved, today);
    REQUIRE(same);
    CHECK(same->modifiedAt == saved->modifiedAt);
    CHECK(countRows(t.db(), QStringLiteral("audit_entry")) == entries);
    CHECK(fingerprint(t.db()) == before);

    // Under review the details are frozen, the outcome is not.
    EnforcementCase reviewed = caseAtStage(t.db(), staff, CaseStage::UnderReview, kFiled, 2);
    EnforcementCase retitled = reviewed;
    retitled.title = QStringLiteral("新案由");
    refused = repo.update(staff.inspectorA, retitled, kFiled.addDays(11));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          QStringLiteral("Title can no longer change: 永质监罚字〔2026〕第002号 is Under review."));
    EnforcementCase rehandled = reviewed;
    rehandled.handlers.removeLast();
    refused = repo.update(staff.inspectorA, rehandled, kFiled.addDays(11));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Handlers can no longer change")));

    EnforcementCase heavier = reviewed;
    heavier.penalties[0].amount = Money::fromYuan(60000);
    heavier.penalties[0].tier = DiscretionTier::Ordinary;
    auto outcome = repo.update(staff.chief, heavier, kFiled.addDays(11));
    REQUIRE(outcome);
    CHECK(outcome->penalties.at(0).amount == Money::fromYuan(60000));
    CHECK(repo.steps(reviewed.id).last().text == QStringLiteral("Changed: Penalties"));

    // A fine outside its tier is refused by the fine rules.
    EnforcementCase wrongTier = *outcome;
    wrongTier.penalties[0].tier = DiscretionTier::Heavier;
    CHECK_FALSE(repo.update(staff.chief, wrongTier, kFiled.addDays(11)));

    // Once the party is notified nothing changes any more.
    EnforcementCase notified = caseAtStage(t.db(), staff, CaseStage::PartyNotified, kFiled, 3);
    EnforcementCase lighter = notified;
    lighter.penalties.removeLast();
    refused = repo.update(staff.chief, lighter, kFiled.addDays(13));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          QStringLiteral("Penalties can no longer change: 永质监罚字〔2026〕第003号 is Party notified."));
}

TEST_CASE("cases: a case goes from lead to archive with every step on its timeline and in the audit trail",
          "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    const EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Archived, kFiled);

    CHECK(c.stage == CaseStage::Archived);
    CHECK(c.number == CaseNumber{2026, 1});
    CHECK(c.filedOn == kFiled);
    CHECK(c.notifiedOn == kFiled.addDays(12));
    CHECK_FALSE(c.hearingNoticeGiven); // 50,000 yuan for an entity is below the hearing threshold
    CHECK(c.decidedOn == kFiled.addDays(17));
    CHECK(c.servedOn == kFiled.addDays(19));
    CHECK(c.serviceMethod == QStringLiteral("直接送达"));
    CHECK(c.executedOn == kFiled.addDays(25));
    CHECK(c.paid == Money::fromYuan(50000));
    CHECK(c.closedOn == kFiled.addDays(30));
    CHECK(c.archivedOn == kFiled.addDays(35));
    CHECK(c.archiveNumber == QStringLiteral("永质监档〔2026〕1号"));
    CHECK(repo.findByNumber(QStringLiteral("永质监罚字〔2026〕第001号"))->id == c.id);
    CHECK(repo.findByNumber(QStringLiteral("2026-1"))->id == c.id);

    struct Expected {
        const char *kind;
        CaseStage to;
        const char *login;
        int day; // after filing
    };
    const Expected expected[] = {
        {"lead", CaseStage::Lead, "clerk", -3},          {"stage", CaseStage::Filed, "head", 0},
        {"stage", CaseStage::Investigating, "insp1", 1}, {"edit", CaseStage::Investigating, "insp1", 8},
        {"stage", CaseStage::UnderReview, "insp1", 10},  {"stage", CaseStage::PartyNotified, "chief", 12},
        {"stage", CaseStage::Decided, "head", 17},       {"stage", CaseStage::Served, "insp1", 19},
        {"stage", CaseStage::Executed, "insp1", 25},     {"stage", CaseStage::Closed, "head", 30},
        {"stage", CaseStage::Archived, "insp1", 35},
    };
    const QList<CaseStep> steps = repo.steps(c.id);
    REQUIRE(steps.size() == int(std::size(expected)));
    for (int i = 0; i < steps.size(); ++i) {
        INFO("step " << i);
        CHECK(steps.at(i).kind == QLatin1String(expected[i].kind));
        CHECK(steps.at(i).toStage == expected[i].to);
        CHECK(steps.at(i).login == QLatin1String(expected[i].login));
        CHECK(steps.at(i).on == kFiled.addDays(expected[i].day));
        CHECK_FALSE(steps.at(i).at.isEmpty());
        if (i > 0)
            CHECK(steps.at(i).at > steps.at(i - 1).at);
    }
    CHECK(steps.at(1).fromStage == CaseStage::Lead);
    CHECK(steps.at(1).text == QStringLiteral("同意立案"));
    CHECK(steps.at(5).name == QStringLiteral("李明"));

    QStringList actions{QStringLiteral("case.lead"), QStringLiteral("case.advance"), QStringLiteral("case.advance"),
                        QStringLiteral("case.edit")};
    for (int i = 0; i < 7; ++i)
        actions << QStringLiteral("case.advance");
    CHECK(auditActions(t.db(), c.uuid) == actions);
    auto label = t.db().exec(QStringLiteral("SELECT record_label FROM audit_entry WHERE record_uuid = ? "
                                            "ORDER BY id DESC LIMIT 1"),
                             {c.uuid});
    REQUIRE(label);
    REQUIRE(label->next());
    CHECK(label->value(0).toString() == QStringLiteral("永质监罚字〔2026〕第001号"));

    // Nothing follows the archive.
    const QByteArray before = fingerprint(t.db());
    auto refused = repo.advance(staff.head, c.id, to(CaseStage::Closed, kFiled.addDays(36)), kFiled.addDays(36));
    REQUIRE_FALSE(refused);
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("cases: serving a decision that revokes a licence cancels it in the register", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Investigating, kFiled);

    Licence licence;
    licence.entityId = c.party.entityId;
    licence.kind = LicenceKind::ProductionLicence;
    licence.number = QStringLiteral("XK06-001-00123");
    licence.scope = QStringLiteral("电线电缆");
    licence.issuedOn = QDate(2023, 6, 1);
    licence.expiresOn = QDate(2028, 5, 31);
    auto stored = LicenceRegister(t.db()).add(staff.clerk, licence);
    REQUIRE(stored);

    Penalty fine;
    fine.kind = PenaltyKind::Fine;
    fine.amount = Money::fromYuan(90000);
    fine.provisionIndex = 1;
    fine.tier = DiscretionTier::Heavier;
    fine.tierReasons = QStringLiteral("多次违法");
    Penalty revoke;
    revoke.kind = PenaltyKind::RevokeLicence;
    revoke.licenceId = stored->id;
    EnforcementCase edited = c;
    edited.penalties = {fine, revoke};
    edited.findings = QStringLiteral("事实清楚");
    auto updated = repo.update(staff.inspectorA, edited, kFiled.addDays(5));
    REQUIRE(updated);
    REQUIRE(repo.advance(staff.inspectorA, c.id, to(CaseStage::UnderReview, kFiled.addDays(6)), kFiled.addDays(6)));
    auto notified = repo.advance(staff.chief, c.id, to(CaseStage::PartyNotified, kFiled.addDays(7)), kFiled.addDays(7));
    REQUIRE(notified);
    CHECK(notified->hearingNoticeGiven);
    // The hearing period is five days.
    CHECK_FALSE(repo.advance(staff.head, c.id, to(CaseStage::Decided, kFiled.addDays(11)), kFiled.addDays(11)));
    REQUIRE(repo.advance(staff.head, c.id, to(CaseStage::Decided, kFiled.addDays(12)), kFiled.addDays(12)));
    CHECK(LicenceRegister(t.db()).find(stored->id)->status == LicenceStatus::Valid);

    TransitionInput served = to(CaseStage::Served, kFiled.addDays(14));
    served.serviceMethod = QStringLiteral("邮寄送达");
    REQUIRE(repo.advance(staff.inspectorA, c.id, served, kFiled.addDays(14)));

    const Licence after = *LicenceRegister(t.db()).find(stored->id);
    CHECK(after.status == LicenceStatus::CancelledByPenalty);
    CHECK(after.statusOn == kFiled.addDays(14));
    CHECK(after.statusReason.contains(QStringLiteral("永质监罚字〔2026〕第001号")));
    auto history = LicenceRegister(t.db()).history(stored->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).from == LicenceStatus::Valid);
    CHECK(history->at(0).to == LicenceStatus::CancelledByPenalty);
    CHECK(history->at(0).recordedBy == QStringLiteral("insp1"));
    CHECK(auditActions(t.db(), after.uuid) == QStringList{"licences.add", "licences.status"});
}

TEST_CASE("cases: a service that cannot revoke the licence is refused whole", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Investigating, kFiled);
    Licence licence;
    licence.entityId = c.party.entityId;
    licence.kind = LicenceKind::ProductionLicence;
    licence.number = QStringLiteral("XK06-001-00456");
    licence.issuedOn = QDate(2023, 6, 1);
    licence.expiresOn = QDate(2028, 5, 31);
    auto stored = LicenceRegister(t.db()).add(staff.clerk, licence);
    REQUIRE(stored);
    Penalty revoke;
    revoke.kind = PenaltyKind::RevokeLicence;
    revoke.licenceId = stored->id;
    EnforcementCase edited = c;
    edited.penalties = {revoke};
    edited.findings = QStringLiteral("事实清楚");
    REQUIRE(repo.update(staff.inspectorA, edited, kFiled.addDays(5)));
    REQUIRE(repo.advance(staff.inspectorA, c.id, to(CaseStage::UnderReview, kFiled.addDays(6)), kFiled.addDays(6)));
    REQUIRE(repo.advance(staff.chief, c.id, to(CaseStage::PartyNotified, kFiled.addDays(7)), kFiled.addDays(7)));
    REQUIRE(repo.advance(staff.head, c.id, to(CaseStage::Decided, kFiled.addDays(12)), kFiled.addDays(12)));
    // Meanwhile the licence was deregistered.
    REQUIRE(LicenceRegister(t.db()).changeStatus(staff.chief, stored->id, LicenceStatus::Deregistered,
                                                 kFiled.addDays(13), QStringLiteral("企业申请注销")));

    const QByteArray before = fingerprint(t.db());
    TransitionInput served = to(CaseStage::Served, kFiled.addDays(14));
    served.serviceMethod = QStringLiteral("直接送达");
    auto refused = repo.advance(staff.inspectorA, c.id, served, kFiled.addDays(14));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("The decision cannot take effect")));
    CHECK(fingerprint(t.db()) == before);
    CHECK(repo.find(c.id)->stage == CaseStage::Decided);
}

TEST_CASE("cases: refused transitions and writes change nothing", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase lead = caseAtStage(t.db(), staff, CaseStage::Lead, kFiled);
    const QByteArray before = fingerprint(t.db());

    // Filing is the bureau head's.
    auto refused = repo.advance(staff.chief, lead.id, to(CaseStage::Filed, kFiled), kFiled);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("may not approve steps of enforcement cases")));
    // Not a legal next stage.
    CHECK_FALSE(repo.advance(staff.head, lead.id, to(CaseStage::Decided, kFiled), kFiled));
    // A date in the future.
    CHECK_FALSE(repo.advance(staff.head, lead.id, to(CaseStage::Filed, kFiled.addDays(1)), kFiled));
    // An unknown case.
    CHECK_FALSE(repo.advance(staff.head, 999, to(CaseStage::Filed, kFiled), kFiled));
    CHECK_FALSE(repo.update(staff.clerk, EnforcementCase{}, kFiled));
    CHECK(fingerprint(t.db()) == before);
    CHECK(countRows(t.db(), QStringLiteral("case_number")) == 0);

    // A lead that cannot be filed takes no number.
    EnforcementCase oneHandler = lead;
    oneHandler.handlers.removeLast();
    auto thinned = repo.update(staff.clerk, oneHandler, kFiled);
    REQUIRE(thinned);
    const QByteArray thin = fingerprint(t.db());
    refused = repo.advance(staff.head, lead.id, to(CaseStage::Filed, kFiled), kFiled);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("at least two different handlers")));
    CHECK(fingerprint(t.db()) == thin);
}

TEST_CASE("cases: eligible handlers hold an enforcement certificate valid on the day", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    QStringList logins;
    for (const CaseHandler &h : repo.eligibleHandlers(QDate(2026, 3, 1)))
        logins << h.login;
    logins.sort();
    CHECK(logins == QStringList{"insp1", "insp2"});
    CHECK(repo.eligibleHandlers(QDate(2029, 1, 1)).isEmpty());
    CHECK(repo.eligibleHandlers(QDate(2023, 12, 31)).isEmpty());
    REQUIRE(StaffDirectory(t.db()).setActive(staff.admin, QStringLiteral("insp2"), false));
    REQUIRE(repo.eligibleHandlers(QDate(2026, 3, 1)).size() == 1);
    CHECK(repo.eligibleHandlers(QDate(2026, 3, 1)).at(0).name == QStringLiteral("张伟"));
}
