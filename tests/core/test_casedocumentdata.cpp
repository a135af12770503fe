// CaseDocumentData::load: the documents' data read from a real database —
// the bureau from its settings, the case and its timeline through
// CaseRepository, the clock from StatutoryClock, licence numbers from the
// register — and the documents rendered from it.
#include "cases/casedocumenthtml.h"
#include "cases/casedocuments.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "register/licenceregister.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("CaseDocumentData::load gathers the bureau, the case, its steps and the clock", "[cases][casedocs][db]")
{
    TempDatabase tmp;
    const CaseStaff staff = setUpCaseStaff(tmp.db());
    const QDate filedOn(2026, 1, 8);
    const EnforcementCase c = caseAtStage(tmp.db(), staff, CaseStage::Closed, filedOn);
    const QDate today(2026, 3, 1);

    auto data = CaseDocumentData::load(tmp.db(), c.id, today);
    REQUIRE(data);
    CHECK(data->bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(data->abbreviation == QStringLiteral("永质监"));
    CHECK(data->printedOn == today);
    CHECK(data->c.id == c.id);
    CHECK(data->c.stage == CaseStage::Closed);
    CHECK(data->c.number == c.number);
    CHECK(data->steps.size() == CaseRepository(tmp.db()).steps(c.id).size());
    const ClockState clock = StatutoryClock::evaluate(data->c, today);
    CHECK(data->clock.phase == ClockState::Phase::Finished);
    CHECK(data->clock.due == clock.due);
    CHECK(data->clock.basis == clock.basis);
    CHECK(data->licenceNumbers.isEmpty());

    const CaseStep *filing = CaseDocumentHtml::lastStageStep(data->steps, {CaseStage::Filed});
    REQUIRE(filing);
    CHECK(filing->text == QStringLiteral("同意立案"));
    CHECK(filing->on == filedOn);

    CHECK(CaseDocuments::availableKinds(data->c) == caseDocumentKinds().values());
    const QString number = data->c.number.format(QStringLiteral("永质监"));
    const QString form = CaseDocuments::html(CaseDocumentKind::FilingApproval, *data);
    CHECK(form.contains(QStringLiteral("编号：") + number));
    CHECK(form.contains(QStringLiteral("签名：王建国　　　2026年1月8日")));
    CHECK(form.contains(QStringLiteral("张伟")));
    CHECK(form.contains(QStringLiteral("永清县第1电线电缆有限公司")));
    const QString closing = CaseDocuments::html(CaseDocumentKind::ClosingApproval, *data);
    CHECK(closing.contains(QStringLiteral("同意结案")));
    CHECK(closing.contains(QStringLiteral("未超过办案期限")));
    const QString decision = CaseDocuments::html(CaseDocumentKind::PenaltyDecision, *data);
    CHECK(decision.contains(QStringLiteral("罚款人民币伍万元整（¥50,000.00）")));
    CHECK(decision.contains(CaseDocumentHtml::chineseDateText(data->c.decidedOn)));
}

TEST_CASE("CaseDocumentData::load of a lead prints the lead number", "[cases][casedocs][db]")
{
    TempDatabase tmp;
    const CaseStaff staff = setUpCaseStaff(tmp.db());
    const EnforcementCase c = caseAtStage(tmp.db(), staff, CaseStage::Lead, QDate(2026, 2, 2));
    auto data = CaseDocumentData::load(tmp.db(), c.id, QDate(2026, 2, 3));
    REQUIRE(data);
    CHECK(data->clock.phase == ClockState::Phase::NotStarted);
    CHECK(CaseDocuments::availableKinds(data->c) == QList<CaseDocumentKind>{CaseDocumentKind::FilingApproval});
    CHECK(CaseDocuments::title(CaseDocumentKind::FilingApproval, *data) ==
          QStringLiteral("立案审批表 ") + c.leadNumber);
}

TEST_CASE("CaseDocumentData::load refuses a case that does not exist", "[cases][casedocs][db]")
{
    TempDatabase tmp;
    setUpCaseStaff(tmp.db());
    auto data = CaseDocumentData::load(tmp.db(), 4242, QDate(2026, 2, 3));
    REQUIRE_FALSE(data.ok());
}

TEST_CASE("CaseDocumentData::load names the licence a revocation revokes", "[cases][casedocs][db]")
{
    TempDatabase tmp;
    const CaseStaff staff = setUpCaseStaff(tmp.db());
    const QDate filedOn(2026, 1, 8);
    EnforcementCase c = caseAtStage(tmp.db(), staff, CaseStage::Investigating, filedOn);

    Licence licence;
    licence.entityId = c.party.entityId;
    licence.kind = LicenceKind::ProductionLicence;
    licence.number = QStringLiteral("XK06-001-00044");
    licence.scope = QStringLiteral("电线电缆");
    licence.issuedOn = QDate(2024, 5, 1);
    licence.expiresOn = QDate(2029, 4, 30);
    auto added = LicenceRegister(tmp.db()).add(staff.admin, licence);
    REQUIRE(added);

    Penalty revoke;
    revoke.kind = PenaltyKind::RevokeLicence;
    revoke.licenceId = added->id;
    revoke.details = QStringLiteral("全国工业产品生产许可证");
    c.findings = QStringLiteral("事实清楚，证据确凿。");
    c.penalties = {revoke};
    auto updated = CaseRepository(tmp.db()).update(staff.inspectorA, c, filedOn.addDays(8));
    REQUIRE(updated);

    auto data = CaseDocumentData::load(tmp.db(), c.id, filedOn.addDays(9));
    REQUIRE(data);
    REQUIRE(data->licenceNumbers.size() == 1);
    CHECK(data->licenceNumbers.first() == qMakePair(added->id, QStringLiteral("XK06-001-00044")));
    CHECK(CaseDocumentHtml::penaltyText(data->c.penalties.first(), *data) ==
          QStringLiteral("吊销全国工业产品生产许可证（编号：XK06-001-00044）"));
}
