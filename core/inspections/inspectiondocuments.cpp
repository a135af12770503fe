#include "inspections/inspectiondocuments.h"

#include "inspections/inspectiondocumentrenderers.h"

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InspectionDocuments)
};

using K = InspectionDocumentKind;
constexpr EnumTable<K, 4>
    kKinds("InspectionDocuments",
           {{
               {K::Report, "report", QT_TRANSLATE_NOOP("InspectionDocuments", "Inspection report")},
               {K::Directive, "directive", QT_TRANSLATE_NOOP("InspectionDocuments", "Safety supervision directive")},
               {K::SamplingNotice, "sampling-notice", QT_TRANSLATE_NOOP("InspectionDocuments", "Sampling notice")},
               {K::DrawRecord, "draw-record", QT_TRANSLATE_NOOP("InspectionDocuments", "Random draw record")},
           }});

} // namespace

const EnumTable<InspectionDocumentKind, 4> &inspectionDocumentKinds()
{
    return kKinds;
}

namespace InspectionDocuments {

Status available(InspectionDocumentKind kind, const InspectionDocumentData &data)
{
    const Inspection &r = data.inspection;
    switch (kind) {
    case InspectionDocumentKind::Report:
        if (r.recordNumber.isEmpty())
            return refusal(Text::tr("There is no inspection record to print."));
        return success();
    case InspectionDocumentKind::Directive:
        if (r.recordNumber.isEmpty())
            return refusal(Text::tr("There is no inspection record to print."));
        if (!r.has(InspectionOutcome::Directive))
            return refusal(Text::tr("Inspection %1 gave no safety supervision directive.").arg(r.recordNumber));
        if (r.status != InspectionStatus::Finished)
            return refusal(Text::tr("The directive of inspection %1 prints once the record is finished; it is still "
                                    "a draft.")
                               .arg(r.recordNumber));
        return success();
    case InspectionDocumentKind::SamplingNotice:
        if (data.batch.batchNumber.isEmpty())
            return refusal(Text::tr("There is no sampling batch to print."));
        return success();
    case InspectionDocumentKind::DrawRecord:
        if (data.draw.drawNumber.isEmpty())
            return refusal(Text::tr("There is no random draw to print."));
        return success();
    }
    return success();
}

QString html(InspectionDocumentKind kind, const InspectionDocumentData &data)
{
    switch (kind) {
    case InspectionDocumentKind::Report:
        return InspectionDocumentRenderers::report(data);
    case InspectionDocumentKind::Directive:
        return InspectionDocumentRenderers::directive(data);
    case InspectionDocumentKind::SamplingNotice:
        return InspectionDocumentRenderers::samplingNotice(data);
    case InspectionDocumentKind::DrawRecord:
        return InspectionDocumentRenderers::drawRecord(data);
    }
    return {};
}

QString title(InspectionDocumentKind kind, const InspectionDocumentData &data)
{
    QString text = InspectionDocumentRenderers::documentTitle(kind) + QLatin1Char(' ') +
                   InspectionDocumentRenderers::documentNumber(kind, data);
    if (kind == InspectionDocumentKind::Report && data.inspection.version > 1)
        text += QStringLiteral(" 第%1版").arg(data.inspection.version);
    return text;
}

} // namespace InspectionDocuments

namespace InspectionDocumentRenderers {

QString documentTitle(InspectionDocumentKind kind)
{
    switch (kind) {
    case InspectionDocumentKind::Report:
        return QStringLiteral("监督检查记录");
    case InspectionDocumentKind::Directive:
        return QStringLiteral("特种设备安全监察指令书");
    case InspectionDocumentKind::SamplingNotice:
        return QStringLiteral("产品质量监督抽查通知书");
    case InspectionDocumentKind::DrawRecord:
        return QStringLiteral("随机抽查记录");
    }
    return {};
}

QString documentNumber(InspectionDocumentKind kind, const InspectionDocumentData &data)
{
    switch (kind) {
    case InspectionDocumentKind::Report:
        return data.inspection.recordNumber;
    case InspectionDocumentKind::Directive:
        return data.inspection.directiveNumber;
    case InspectionDocumentKind::SamplingNotice:
        return data.batch.batchNumber;
    case InspectionDocumentKind::DrawRecord:
        return data.draw.drawNumber;
    }
    return {};
}

} // namespace InspectionDocumentRenderers

} // namespace casedesk
