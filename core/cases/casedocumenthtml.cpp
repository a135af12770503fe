#include "cases/casedocumenthtml.h"

#include <QStringList>

namespace casedesk::CaseDocumentHtml {

QString penaltyText(const Penalty &p, const CaseDocumentData &data)
{
    switch (p.kind) {
    case PenaltyKind::Warning:
        return QStringLiteral("警告");
    case PenaltyKind::OrderToCorrect: {
        QString s = QStringLiteral("责令改正");
        if (!p.details.trimmed().isEmpty())
            s += QStringLiteral("：") + p.details.trimmed();
        if (p.deadline.isValid())
            s += QStringLiteral("，于%1前改正完毕").arg(dateText(p.deadline));
        return s;
    }
    case PenaltyKind::Fine:
        return QStringLiteral("罚款") + moneyText(p.amount);
    case PenaltyKind::ConfiscateIncome:
        return QStringLiteral("没收违法所得") + moneyText(p.amount);
    case PenaltyKind::ConfiscateGoods:
        return p.details.trimmed().isEmpty() ? QStringLiteral("没收非法财物")
                                             : QStringLiteral("没收") + p.details.trimmed();
    case PenaltyKind::Suspension: {
        QString s = QStringLiteral("责令停产停业");
        if (!p.details.trimmed().isEmpty())
            s += QStringLiteral("（") + p.details.trimmed() + QStringLiteral("）");
        if (p.deadline.isValid())
            s += QStringLiteral("，至%1止").arg(dateText(p.deadline));
        return s;
    }
    case PenaltyKind::RevokeLicence: {
        QString number;
        for (const auto &pair : data.licenceNumbers)
            if (pair.first == p.licenceId)
                number = pair.second;
        QString s = QStringLiteral("吊销许可证");
        if (!p.details.trimmed().isEmpty())
            s = QStringLiteral("吊销") + p.details.trimmed();
        if (!number.isEmpty())
            s += QStringLiteral("（编号：%1）").arg(number);
        return s;
    }
    case PenaltyKind::Transfer:
        return p.details.trimmed().isEmpty() ? QStringLiteral("移送有关机关处理")
                                             : QStringLiteral("移送") + p.details.trimmed() + QStringLiteral("处理");
    }
    return {};
}

QString codeLabelText(const CaseParty &party)
{
    if (party.kind == PartyKind::Person)
        return QStringLiteral("身份证号码");
    QString code = party.code;
    code.remove(QLatin1Char('-'));
    return code.trimmed().size() == 9 ? QStringLiteral("组织机构代码") : QStringLiteral("统一社会信用代码");
}

QString youText(const CaseParty &party)
{
    return party.kind == PartyKind::Person ? QStringLiteral("你") : QStringLiteral("你单位");
}

QString partyBlock(const CaseParty &party)
{
    const bool person = party.kind == PartyKind::Person;
    QString html;
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<p>%1：%2</p>\n").arg(esc(label), esc(value.trimmed()));
    };
    line(QStringLiteral("当事人"), party.name);
    line(codeLabelText(party), party.code);
    line(person ? QStringLiteral("住址") : QStringLiteral("住所"), party.address);
    if (!person)
        line(QStringLiteral("法定代表人（负责人）"), party.representative);
    line(QStringLiteral("联系电话"), party.phone);
    return QStringLiteral("<div style=\"margin-bottom: 6px;\">\n%1</div>\n").arg(html);
}

QString sourceText(CaseSource source)
{
    switch (source) {
    case CaseSource::Inspection:
        return QStringLiteral("监督检查");
    case CaseSource::Sampling:
        return QStringLiteral("监督抽查");
    case CaseSource::Complaint:
        return QStringLiteral("投诉举报");
    case CaseSource::Hotline12365:
        return QStringLiteral("12365热线");
    case CaseSource::Assigned:
        return QStringLiteral("上级交办");
    case CaseSource::TransferredIn:
        return QStringLiteral("其他部门移送");
    }
    return {};
}

QString tierText(DiscretionTier tier)
{
    switch (tier) {
    case DiscretionTier::Lighter:
        return QStringLiteral("从轻");
    case DiscretionTier::Ordinary:
        return QStringLiteral("一般");
    case DiscretionTier::Heavier:
        return QStringLiteral("从重");
    }
    return {};
}

QString provisionsText(const QList<CaseProvision> &provisions, ProvisionRole role, bool quote)
{
    QStringList parts;
    for (const CaseProvision &p : provisions) {
        if (p.role != role)
            continue;
        QString law = p.law.trimmed();
        if (!law.startsWith(QChar(u'《')))
            law = QStringLiteral("《") + law + QStringLiteral("》");
        QString part = law + p.article.trimmed();
        if (quote && !p.text.trimmed().isEmpty())
            part += QStringLiteral("“") + p.text.trimmed() + QStringLiteral("”");
        parts << part;
    }
    return parts.join(QStringLiteral("、"));
}

QString moneyText(Money amount)
{
    return QStringLiteral("人民币%1（¥%2）").arg(amount.capital(), amount.toString());
}

QString penaltyList(const QList<Penalty> &penalties, const CaseDocumentData &data, bool indented)
{
    QString html;
    for (int i = 0; i < penalties.size(); ++i) {
        const QString end = i + 1 == penalties.size() ? QStringLiteral("。") : QStringLiteral("；");
        const QString line =
            esc(chineseNumberText(i + 1) + QStringLiteral("、") + penaltyText(penalties.at(i), data) + end);
        html += indented ? paragraphHtml(line) : QStringLiteral("<p>%1</p>\n").arg(line);
    }
    return html;
}

QString handlersText(const QList<CaseHandler> &handlers)
{
    QStringList parts;
    for (const CaseHandler &h : handlers) {
        QString part = h.name.isEmpty() ? h.login : h.name;
        if (!h.certificateNumber.isEmpty())
            part += QStringLiteral("（执法证号：%1）").arg(h.certificateNumber);
        parts << part;
    }
    return parts.join(QStringLiteral("、"));
}

const CaseStep *lastStageStep(const QList<CaseStep> &steps, const QList<CaseStage> &stages)
{
    const CaseStep *found = nullptr;
    for (const CaseStep &s : steps)
        if (s.kind == QLatin1String("stage") && stages.contains(s.toStage))
            found = &s;
    return found;
}

QString opinionCell(const CaseStep *step)
{
    const QString blankLine = QStringLiteral("<p>&nbsp;</p>\n");
    QString html;
    if (step && !step->text.trimmed().isEmpty()) {
        html += cellLines(step->text);
    } else {
        html += blankLine + blankLine;
    }
    const QString signer = step ? (step->name.isEmpty() ? step->login : step->name) : QStringLiteral("　　　　　　");
    const QString day = step && step->on.isValid() ? dateText(step->on) : blankDateText();
    html += QStringLiteral("<p class=\"sign\">签名：%1　　　%2</p>\n").arg(esc(signer), esc(day));
    return html;
}

} // namespace casedesk::CaseDocumentHtml
