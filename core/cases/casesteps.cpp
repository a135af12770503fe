#include "cases/casesteps.h"

#include "audit/auditedtransaction.h"
#include "register/registerrows.h"

namespace casedesk::CaseSteps {

namespace {
CaseStage stageFromCode(const QString &code)
{
    for (CaseStage s : caseStages().values())
        if (caseStages().code(s) == code)
            return s;
    return CaseStage::Lead;
}
} // namespace

Status append(AuditedTransaction &tx, qint64 caseId, const StepRecord &step)
{
    auto id = tx.writer().insert("case_step", {{"case_id", caseId},
                                               {"kind", step.kind},
                                               {"from_stage", caseStages().code(step.from)},
                                               {"to_stage", caseStages().code(step.to)},
                                               {"effective_on", RegisterRows::storedDate(step.on)},
                                               {"text", step.text}});
    if (!id)
        return id.error();
    return success();
}

QList<CaseStep> load(const Database &db, qint64 caseId)
{
    QList<CaseStep> out;
    auto q = db.exec(QStringLiteral("SELECT st.id, st.kind, st.from_stage, st.to_stage, st.effective_on, st.text, "
                                    "st.created_by, coalesce(s.name, st.created_by), st.created_at "
                                    "FROM case_step st LEFT JOIN staff s ON s.login = st.created_by "
                                    "WHERE st.case_id = ? AND st.deleted_at IS NULL ORDER BY st.id"),
                     {caseId});
    if (!q)
        return out;
    while (q->next()) {
        CaseStep s;
        s.id = q->value(0).toLongLong();
        s.kind = q->value(1).toString();
        s.fromStage = stageFromCode(q->value(2).toString());
        s.toStage = stageFromCode(q->value(3).toString());
        s.on = RegisterRows::dateFromStored(q->value(4));
        s.text = q->value(5).toString();
        s.login = q->value(6).toString();
        s.name = q->value(7).toString();
        s.at = q->value(8).toString();
        out << s;
    }
    return out;
}

} // namespace casedesk::CaseSteps
