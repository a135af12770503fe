#include "cases/casedocumenthtml.h"

#include <QStringList>

namespace casedesk::CaseDocumentHtml {

namespace {

// A4 at 12 pt (小四) in a serif CJK face (宋体 where Windows has it), the
// forms' tables at 10.5 pt (五号), the bureau in 16 pt, the title in 22 pt
// (二号), as the printed templates are. Table borders are set on each table
// (border="1", solid black, collapsed). Paragraphs open with two ideographic
// spaces, as Chinese documents are typed (Qt's text-indent is in device
// pixels and would shrink on a printer), kept by white-space: pre-wrap.
const char *const kStyle =
    "body { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'Songti SC', serif;"
    " font-size: 12pt; }\n"
    "p { margin-top: 0px; margin-bottom: 0px; line-height: 150%; }\n"
    "p.bureau { font-size: 16pt; font-weight: bold; text-align: center; margin-bottom: 4px; }\n"
    "p.title { font-size: 22pt; font-weight: bold; text-align: center; margin-bottom: 6px; }\n"
    "p.number { text-align: right; margin-bottom: 12px; }\n"
    "p.body { white-space: pre-wrap; }\n"
    "p.address { margin-top: 6px; }\n"
    "p.sealfirst { text-align: right; margin-top: 36px; }\n"
    "p.seal { text-align: right; margin-right: 32px; white-space: pre-wrap; }\n"
    "p.sign { text-align: right; white-space: pre-wrap; }\n"
    "p.note { font-size: 10.5pt; margin-top: 18px; }\n"
    "table.form { font-size: 10.5pt; }\n"
    "td { vertical-align: middle; }\n"
    "td p { line-height: 120%; }\n"
    "td.label { text-align: center; }\n"
    "td.tall { vertical-align: top; }\n";

const QChar kDigits[] = {u'〇', u'一', u'二', u'三', u'四', u'五', u'六', u'七', u'八', u'九'};

} // namespace

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

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>\n%1</style></head>\n<body>\n%2</body></html>\n")
        .arg(QLatin1String(kStyle), body);
}

QString header(const QString &bureauName, const QString &title, const QString &number)
{
    return QStringLiteral("<p class=\"bureau\">%1</p>\n<p class=\"title\">%2</p>\n<p class=\"number\">%3</p>\n")
        .arg(esc(bureauName), esc(title), esc(number));
}

QString paragraphs(const QString &text, const QString &lead)
{
    QString html;
    QString prefix = lead;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += paragraphHtml(esc(prefix + trimmed));
        prefix.clear();
    }
    if (!prefix.isEmpty())
        html += paragraphHtml(esc(prefix));
    return html;
}

QString paragraphHtml(const QString &html)
{
    return QStringLiteral("<p class=\"body\">　　%1</p>\n").arg(html);
}

QString cellLines(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc(line.trimmed()));
    return html;
}

QString sealBlock(const QString &bureauName, const QDate &date)
{
    const QString day = date.isValid() ? chineseDateText(date) : blankDateText();
    return QStringLiteral("<p class=\"sealfirst\">%1（印章）</p>\n<p class=\"seal\">%2</p>\n")
        .arg(esc(bureauName), esc(day));
}

QString footnote(const QString &text)
{
    return QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text));
}

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString chineseDateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString year;
    for (const QChar c : QString::number(date.year()))
        year += kDigits[c.digitValue()];
    return QStringLiteral("%1年%2月%3日").arg(year, chineseNumberText(date.month()), chineseNumberText(date.day()));
}

QString blankDateText()
{
    return QStringLiteral("　　　　年　　月　　日");
}

QString chineseNumberText(int n)
{
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return QString(kDigits[n]);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(kDigits[tens]);
    s += QChar(u'十');
    if (ones != 0)
        s += kDigits[ones];
    return s;
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
