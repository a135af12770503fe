// 产品质量监督抽查通知书: the notice the samplers hand the enterprise when
// they take the samples — the heading with the batch number, the enterprise
// addressed, the plan, a bordered form with the enterprise, the product and
// the samples, where and by whom they were taken, the lab and the standard,
// then the enterprise's duties and rights (random samples from stock for
// sale, no refusal, no swapping sealed samples, the objection and
// rectification periods of SamplingClock), the signatures beside the seal
// and the day of sampling, on one page.
#include "inspections/inspectiondocumenthtml.h"
#include "inspections/inspectiondocumentrenderers.h"
#include "sampling/samplingclock.h"

namespace casedesk::InspectionDocumentRenderers {

using namespace InspectionDocumentHtml;

namespace {

const QString kW[] = {QStringLiteral("20%"), QStringLiteral("30%"), QStringLiteral("20%"), QStringLiteral("30%")};

QString pair(const QString &label1, const QString &value1, const QString &label2, const QString &value2)
{
    return row(label(label1, kW[0]) + cell(esc(value1), kW[1]) + label(label2, kW[2]) + cell(esc(value2), kW[3]));
}

QString wide(const QString &labelText, const QString &valueHtml)
{
    return row(label(labelText, kW[0]) + cell(valueHtml, {}, 3));
}

QString kindText(const SamplingBatch &b)
{
    const QString parent = b.parentNumber.trimmed().isEmpty()
                               ? QString()
                               : QStringLiteral("（原抽查编号：%1）").arg(b.parentNumber.trimmed());
    switch (b.kind) {
    case SamplingKind::Plan:
        return QStringLiteral("计划抽查");
    case SamplingKind::Objection:
        return QStringLiteral("复检") + parent;
    case SamplingKind::Recheck:
        return QStringLiteral("整改后复查") + parent;
    }
    return {};
}

QString formTable(const SamplingBatch &b)
{
    QString rows;
    rows += wide(QStringLiteral("受检单位"), esc(b.unit.name));
    rows +=
        pair(QStringLiteral("统一社会信用代码"), b.unit.code, QStringLiteral("法定代表人"), b.unit.legalRepresentative);
    rows += pair(QStringLiteral("地址"), b.unit.address, QStringLiteral("联系电话"), b.unit.phone);
    rows += pair(QStringLiteral("抽查类别"), kindText(b), QStringLiteral("抽样日期"), dateText(b.sampledOn));
    rows += pair(QStringLiteral("产品名称"), b.product, QStringLiteral("规格型号"), b.specification);
    rows += pair(QStringLiteral("生产日期/批号"), b.productionBatch, QStringLiteral("商标"), b.trademark);
    rows += pair(QStringLiteral("抽样数量"), b.sampleQuantity, QStringLiteral("抽样地点"), b.sampledFrom);
    rows += wide(QStringLiteral("检验机构"), esc(b.lab));
    rows += wide(QStringLiteral("判定依据"), cellLines(b.standard));
    rows += wide(QStringLiteral("抽样人员"), esc(inspectorsText(b.samplers, {})));
    return table(rows);
}

QString dutiesAndRights()
{
    const QStringList lines = {
        QStringLiteral("样品由抽样人员在你单位待销产品中随机抽取，不得由你单位自行选送。"),
        QStringLiteral("你单位应当配合依法进行的监督抽查，无正当理由不得拒绝；拒绝抽查的，依法处理。"),
        QStringLiteral("样品封存后，你单位不得擅自更换、隐匿、处理已抽查封存的样品。"),
        QStringLiteral("你单位对检验结果有异议的，可以自收到检验报告之日起%1日内向本局申请复检。")
            .arg(chineseNumberText(SamplingClock::kObjectionDays)),
        QStringLiteral("检验不合格的，你单位应当自收到检验报告之日起%1日内完成整改，并向本局申请复查。")
            .arg(chineseNumberText(SamplingClock::kRectificationDays)),
    };
    QString html;
    for (int i = 0; i < lines.size(); ++i)
        html += smallParagraph(chineseNumberText(i + 1) + QStringLiteral("、") + lines.at(i));
    return html;
}

// The samplers and the enterprise sign on the left, the bureau seals on the
// right, side by side so that the notice keeps to one page.
QString signaturesBesideSeal(const QString &bureauName, const QDate &date)
{
    const QString left = QStringLiteral("<p>抽样人员（签名）：</p>\n<p>&nbsp;</p>\n<p>受检单位（签名、盖章）：</p>\n");
    const QString right = QStringLiteral("<p class=\"sign\">%1（印章）</p>\n<p class=\"seal\">%2</p>\n")
                              .arg(esc(bureauName), esc(date.isValid() ? chineseDateText(date) : blankDateText()));
    return QStringLiteral("<p>&nbsp;</p>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n"
                          "<tr><td width=\"45%\">%1</td><td width=\"55%\" class=\"bottom\">%2</td></tr>\n</table>\n")
        .arg(left, right);
}

} // namespace

QString samplingNotice(const InspectionDocumentData &data)
{
    const SamplingBatch &b = data.batch;
    QString body = header(data.bureauName, documentTitle(InspectionDocumentKind::SamplingNotice),
                          QStringLiteral("编号：") + documentNumber(InspectionDocumentKind::SamplingNotice, data));
    body += QStringLiteral("<p class=\"address\">%1：</p>\n").arg(esc(b.unit.name.trimmed()));
    QString opening = QStringLiteral("根据");
    opening += b.planName.trimmed().isEmpty() ? QStringLiteral("产品质量监督抽查计划") : b.planName.trimmed();
    opening += QStringLiteral("，本局依法抽查你单位的下列产品：");
    body += paragraphs(opening);
    body += formTable(b);
    body += heading(QStringLiteral("受检单位的权利和义务"));
    body += dutiesAndRights();
    body += signaturesBesideSeal(data.bureauName, b.sampledOn);
    body += footnote(QStringLiteral("本通知书一式两份，一份交受检单位，一份归档。"));
    return page(body);
}

} // namespace casedesk::InspectionDocumentRenderers
