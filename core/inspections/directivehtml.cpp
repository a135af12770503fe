// 特种设备安全监察指令书: the directive as a letter in the official layout —
// the heading with its number, the unit addressed, the problems the
// inspection found (the record's findings), the general legal basis, what
// the unit must do (the record's demands) and by when, the note that it was
// given orally first in an emergency, the inspectors with their
// certificates, the receipt to sign, the seal and the date it was issued in
// writing. Its words come from the record: no article is cited beyond the
// law itself.
#include "inspections/inspectiondocumenthtml.h"
#include "inspections/inspectiondocumentrenderers.h"

namespace casedesk::InspectionDocumentRenderers {

using namespace InspectionDocumentHtml;

namespace {

QString lawText()
{
    return QStringLiteral("《中华人民共和国特种设备安全法》");
}

// The written directive is issued when the record is finished; before that
// (a draft never prints one) the day of the inspection stands in.
QDate issuedOn(const Inspection &r)
{
    const QDate finished = dayOf(r.finishedAt);
    return finished.isValid() ? finished : r.inspectedOn;
}

QString openingText(const Inspection &r)
{
    QString where = r.place.trimmed().isEmpty() ? r.unit.address.trimmed() : r.place.trimmed();
    QString text =
        QStringLiteral("%1，本局执法人员%2依法对你单位").arg(dateText(r.inspectedOn), inspectorNamesText(r.inspectors));
    if (!where.isEmpty())
        text += QStringLiteral("（%1）").arg(where);
    if (!r.equipmentLabel.trimmed().isEmpty())
        text += QStringLiteral("使用的特种设备（%1）").arg(r.equipmentLabel.trimmed());
    return text + QStringLiteral("进行了特种设备安全监督检查，发现存在下列问题：");
}

} // namespace

QString directive(const InspectionDocumentData &data)
{
    const Inspection &r = data.inspection;
    QString body = header(data.bureauName, documentTitle(InspectionDocumentKind::Directive),
                          QStringLiteral("编号：") + documentNumber(InspectionDocumentKind::Directive, data));
    body += QStringLiteral("<p class=\"address\">%1：</p>\n").arg(esc(r.unit.name.trimmed()));
    body += paragraphs(openingText(r));
    body += paragraphs(r.findings);
    body += paragraphs(QStringLiteral("上述问题不符合%1的有关规定。依据%1，现责令你单位：").arg(lawText()));
    body += paragraphs(r.directiveDemands);
    if (r.correctBy.isValid())
        body += paragraphs(
            QStringLiteral("请于%1前改正完毕，并将改正情况书面报告本局，本局将进行复查。").arg(dateText(r.correctBy)));
    if (r.directiveOralFirst && r.directiveOralOn.isValid())
        body += paragraphs(QStringLiteral("本指令已于%1口头下达，现予书面补发。").arg(dateText(r.directiveOralOn)));
    body += paragraphs(QStringLiteral("执法人员：") + inspectorsText(r.inspectors, r.domain));
    body += QStringLiteral("<p class=\"receipt\">被检查单位签收人：　　　　　　　　　签收日期：%1</p>\n")
                .arg(blankDateText());
    body += sealBlock(data.bureauName, issuedOn(r));
    body += footnote(QStringLiteral("本指令书一式两份，一份送达被检查单位，一份归档。"));
    return page(body);
}

} // namespace casedesk::InspectionDocumentRenderers
