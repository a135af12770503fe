#include "cases/casedocuments.h"

#include "cases/casedocumentrenderers.h"

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDocuments)
};

using K = CaseDocumentKind;
constexpr EnumTable<K, 5>
    kKinds("CaseDocuments",
           {{
               {K::FilingApproval, "filing-approval", QT_TRANSLATE_NOOP("CaseDocuments", "Filing approval form")},
               {K::CorrectionOrder, "correction-order", QT_TRANSLATE_NOOP("CaseDocuments", "Correction order")},
               {K::PenaltyNotice, "penalty-notice", QT_TRANSLATE_NOOP("CaseDocuments", "Penalty notice")},
               {K::PenaltyDecision, "penalty-decision", QT_TRANSLATE_NOOP("CaseDocuments", "Penalty decision")},
               {K::ClosingApproval, "closing-approval", QT_TRANSLATE_NOOP("CaseDocuments", "Closing approval form")},
           }});

// Ended without a decision: not filed, transferred, withdrawn, or archived
// after one of those.
bool endedWithoutDecision(const EnforcementCase &c)
{
    switch (c.stage) {
    case CaseStage::NotFiled:
    case CaseStage::Transferred:
    case CaseStage::Withdrawn:
        return true;
    case CaseStage::Archived:
        return c.endedOn.isValid() && !c.decidedOn.isValid();
    default:
        return false;
    }
}

// The position of a stage on the main line lead → … → archived.
int rank(CaseStage stage)
{
    const CaseStage line[] = {CaseStage::Lead,        CaseStage::Filed,         CaseStage::Investigating,
                              CaseStage::UnderReview, CaseStage::PartyNotified, CaseStage::Decided,
                              CaseStage::Served,      CaseStage::Executed,      CaseStage::Closed,
                              CaseStage::Archived};
    for (int i = 0; i < int(std::size(line)); ++i)
        if (line[i] == stage)
            return i;
    return -1;
}

// Whether the case went along the main line at least as far as `stage`.
bool reached(const EnforcementCase &c, CaseStage stage)
{
    return !endedWithoutDecision(c) && rank(c.stage) >= rank(stage);
}

bool hasOrderToCorrect(const EnforcementCase &c)
{
    for (const Penalty &p : c.penalties)
        if (p.kind == PenaltyKind::OrderToCorrect)
            return true;
    return false;
}

Error notYet(CaseDocumentKind kind, const QString &needs, const EnforcementCase &c)
{
    return refusal(Text::tr("The %1 needs %2; the case is at the stage \"%3\".")
                       .arg(caseDocumentKinds().name(kind).toLower(), needs, caseStages().name(c.stage)));
}

} // namespace

const EnumTable<CaseDocumentKind, 5> &caseDocumentKinds()
{
    return kKinds;
}

namespace CaseDocuments {

// The approval form of filing prints from the lead on (the head approves on
// it). The closing form prints from execution on: the handlers print it for
// the head to approve closing, and it stays printable once closed and
// archived. A correction order needs a filed case (its number) that carries an
// order to correct and has not ended without a decision.
Status available(CaseDocumentKind kind, const EnforcementCase &c)
{
    switch (kind) {
    case CaseDocumentKind::FilingApproval:
        return success();
    case CaseDocumentKind::CorrectionOrder:
        if (c.number.isNull() || endedWithoutDecision(c))
            return notYet(kind, Text::tr("a filed case"), c);
        if (!hasOrderToCorrect(c))
            return refusal(Text::tr("The correction order needs an order to correct among the case's penalties."));
        return success();
    case CaseDocumentKind::PenaltyNotice:
        if (!reached(c, CaseStage::PartyNotified))
            return notYet(kind, Text::tr("a case whose party has been notified"), c);
        return success();
    case CaseDocumentKind::PenaltyDecision:
        if (!reached(c, CaseStage::Decided))
            return notYet(kind, Text::tr("a decided case"), c);
        return success();
    case CaseDocumentKind::ClosingApproval:
        if (!reached(c, CaseStage::Executed))
            return notYet(kind, Text::tr("an executed case"), c);
        return success();
    }
    return success();
}

QList<CaseDocumentKind> availableKinds(const EnforcementCase &c)
{
    QList<CaseDocumentKind> out;
    for (CaseDocumentKind kind : caseDocumentKinds().values())
        if (available(kind, c))
            out << kind;
    return out;
}

QString html(CaseDocumentKind kind, const CaseDocumentData &data)
{
    switch (kind) {
    case CaseDocumentKind::FilingApproval:
        return CaseDocumentRenderers::filingApproval(data);
    case CaseDocumentKind::CorrectionOrder:
        return CaseDocumentRenderers::correctionOrder(data);
    case CaseDocumentKind::PenaltyNotice:
        return CaseDocumentRenderers::penaltyNotice(data);
    case CaseDocumentKind::PenaltyDecision:
        return CaseDocumentRenderers::penaltyDecision(data);
    case CaseDocumentKind::ClosingApproval:
        return CaseDocumentRenderers::closingApproval(data);
    }
    return {};
}

QString title(CaseDocumentKind kind, const CaseDocumentData &data)
{
    return CaseDocumentRenderers::documentTitle(kind) + QLatin1Char(' ') +
           CaseDocumentRenderers::documentNumber(kind, data);
}

} // namespace CaseDocuments

namespace CaseDocumentRenderers {

QString documentTitle(CaseDocumentKind kind)
{
    switch (kind) {
    case CaseDocumentKind::FilingApproval:
        return QStringLiteral("立案审批表");
    case CaseDocumentKind::CorrectionOrder:
        return QStringLiteral("责令改正通知书");
    case CaseDocumentKind::PenaltyNotice:
        return QStringLiteral("行政处罚告知书");
    case CaseDocumentKind::PenaltyDecision:
        return QStringLiteral("行政处罚决定书");
    case CaseDocumentKind::ClosingApproval:
        return QStringLiteral("结案审批表");
    }
    return {};
}

QString documentNumber(CaseDocumentKind kind, const CaseDocumentData &data)
{
    const CaseNumber &number = data.c.number;
    if (number.isNull())
        return data.c.leadNumber;
    switch (kind) {
    case CaseDocumentKind::CorrectionOrder:
        return number.format(data.abbreviation, QStringLiteral("责改"));
    case CaseDocumentKind::PenaltyNotice:
        return number.format(data.abbreviation, QStringLiteral("罚告"));
    case CaseDocumentKind::FilingApproval:
    case CaseDocumentKind::PenaltyDecision:
    case CaseDocumentKind::ClosingApproval:
        break;
    }
    return number.format(data.abbreviation, QStringLiteral("罚"));
}

} // namespace CaseDocumentRenderers

} // namespace casedesk
