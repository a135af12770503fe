// 行政处罚告知书, 行政处罚决定书 and 责令改正通知书: letters in the
// official layout — the heading block, the party, the facts and the evidence,
// the provisions violated and applied with the discretion, the penalty
// (intended, decided or the order to correct), the rights the law gives the
// party, the seal position and the date. They share the paragraphs that
// state the case, so they live together.
#include "cases/casedocumenthtml.h"
#include "cases/casedocumentrenderers.h"
#include "cases/caseworkflow.h"

#include <QStringList>

namespace casedesk::CaseDocumentRenderers {

using namespace CaseDocumentHtml;

namespace {

// 行政处罚法: payment within 15 days (第六十七条), 3 % a day late (第七十二条),
// reconsideration within 60 days (行政复议法 第九条), suit within six months
// (行政诉讼法 第四十六条).
constexpr int kPaymentDays = 15;
constexpr int kReconsiderationDays = 60;
constexpr int kSuitMonths = 6;

const char *const kCopies = "本文书一式两份，一份送达当事人，一份归档。";

QString addressee(const CaseParty &party)
{
    return QStringLiteral("<p class=\"address\">%1：</p>\n").arg(esc(party.name.trimmed()));
}

// 本局于2026年1月8日对你单位涉嫌……案立案调查，现已调查终结。
QString openingParagraph(const EnforcementCase &c, const QString &who)
{
    if (!c.filedOn.isValid())
        return {};
    return paragraphs(
        QStringLiteral("本局于%1对%2%3立案调查，现已调查终结。").arg(dateText(c.filedOn), who, c.title.trimmed()));
}

QString factsAndEvidence(const EnforcementCase &c)
{
    QString html = paragraphs(c.facts, QStringLiteral("经查："));
    if (!c.findings.trimmed().isEmpty()) {
        html += paragraphs(QStringLiteral("以上事实，有下列证据证明："));
        html += paragraphs(c.findings);
    }
    return html;
}

// "鉴于……，依据本局行政处罚裁量基准，对当事人的罚款按一般档次裁量。" for each fine.
QString discretionText(const EnforcementCase &c, const QString &who)
{
    QString text;
    for (const Penalty &p : c.penalties) {
        if (p.kind != PenaltyKind::Fine)
            continue;
        if (!p.tierReasons.trimmed().isEmpty())
            text += QStringLiteral("鉴于") + p.tierReasons.trimmed() + QStringLiteral("，");
        text += QStringLiteral("依据本局行政处罚裁量基准，对%1的罚款按%2档次裁量。").arg(who, tierText(p.tier));
    }
    return text;
}

// "……的上述行为违反了《…》…“…”的规定。依据《…》…“…”的规定，[discretion]" + tail.
// The penalty letters quote the applied provisions and give the fines'
// discretion; the correction order only cites them.
enum class Basis { Penalty, Correction };

QString basisParagraph(const EnforcementCase &c, const QString &start, const QString &who, const QString &tail,
                       Basis basis = Basis::Penalty)
{
    QString text = start;
    const QString violated = provisionsText(c.provisions, ProvisionRole::Violated, true);
    if (!violated.isEmpty())
        text += QStringLiteral("%1的上述行为违反了%2的规定。").arg(who, violated);
    const QString applied = provisionsText(c.provisions, ProvisionRole::Applied, basis == Basis::Penalty);
    if (!applied.isEmpty())
        text += QStringLiteral("依据%1的规定，").arg(applied);
    if (basis == Basis::Penalty)
        text += discretionText(c, who);
    return paragraphs(text + tail);
}

bool hasPayment(const EnforcementCase &c)
{
    for (const Penalty &p : c.penalties)
        if (p.kind == PenaltyKind::Fine || p.kind == PenaltyKind::ConfiscateIncome)
            return true;
    return false;
}

bool hasFine(const EnforcementCase &c)
{
    for (const Penalty &p : c.penalties)
        if (p.kind == PenaltyKind::Fine)
            return true;
    return false;
}

// "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内……"
QString reviewRightsText(const QString &who, const QString &act, const QString &document)
{
    return QStringLiteral("%1如不服本%2，可以在收到本%3之日起%4日内向上一级主管部门或者本级人民政府申请行政复议，"
                          "也可以在%5个月内依法向人民法院提起行政诉讼。")
        .arg(who, act, document, chineseNumberText(kReconsiderationDays), chineseNumberText(kSuitMonths));
}

QString names(const QList<CaseHandler> &handlers)
{
    QStringList out;
    for (const CaseHandler &h : handlers)
        out << (h.name.isEmpty() ? h.login : h.name);
    return out.join(QStringLiteral("、"));
}

} // namespace

QString penaltyNotice(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    const QString you = youText(c.party);
    QString body = header(data.bureauName, documentTitle(CaseDocumentKind::PenaltyNotice),
                          documentNumber(CaseDocumentKind::PenaltyNotice, data));
    body += addressee(c.party);
    body += openingParagraph(c, you);
    body += factsAndEvidence(c);
    body += basisParagraph(c, {}, you, QStringLiteral("本局拟对%1作出如下行政处罚：").arg(you));
    body += penaltyList(c.penalties, data);
    body += paragraphs(
        QStringLiteral("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，%1有权进行陈述和申辩。"
                       "%1如对上述拟作出的行政处罚有异议，可以在收到本告知书之日起%2日内向本局提出陈述和申辩；"
                       "逾期未提出的，视为放弃此权利。")
            .arg(you, chineseNumberText(CaseWorkflow::kStatementDays)));
    if (c.hearingNoticeGiven)
        body += paragraphs(
            QStringLiteral("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，%1有权要求举行听证。"
                           "%1如要求听证，应当在收到本告知书之日起%2日内向本局提出；逾期未提出的，视为放弃此权利。")
                .arg(you, chineseNumberText(CaseWorkflow::kHearingRequestDays)));
    body += paragraphs(QStringLiteral("本局联系人：%1").arg(names(c.handlers)));
    body += paragraphs(QStringLiteral("联系地址：%1").arg(data.bureauName));
    body += sealBlock(data.bureauName, c.notifiedOn.isValid() ? c.notifiedOn : data.printedOn);
    body += footnote(QString::fromUtf8(kCopies));
    return page(body);
}

QString penaltyDecision(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    const QString party = QStringLiteral("当事人");
    QString body = header(data.bureauName, documentTitle(CaseDocumentKind::PenaltyDecision),
                          documentNumber(CaseDocumentKind::PenaltyDecision, data));
    body += partyBlock(c.party);
    body += openingParagraph(c, party);
    body += factsAndEvidence(c);
    if (c.notifiedOn.isValid()) {
        QString told = QStringLiteral("本局于%1向当事人送达了《行政处罚告知书》（%2），告知当事人拟作出行政处罚的事实、"
                                      "理由、依据及依法享有的陈述、申辩%3权利。")
                           .arg(dateText(c.notifiedOn), documentNumber(CaseDocumentKind::PenaltyNotice, data),
                                c.hearingNoticeGiven ? QStringLiteral("和要求听证的") : QStringLiteral("的"));
        if (c.partyWaived)
            told += QStringLiteral("当事人明确表示放弃上述权利。");
        body += paragraphs(told);
    }
    body +=
        basisParagraph(c, QStringLiteral("本局认为，"), party, QStringLiteral("本局决定对当事人作出如下行政处罚："));
    body += penaltyList(c.penalties, data);
    if (hasPayment(c)) {
        QString pay = QStringLiteral("当事人应当自收到本决定书之日起%1日内，持本决定书到指定银行缴纳罚没款。")
                          .arg(chineseNumberText(kPaymentDays));
        if (hasFine(c))
            pay += QStringLiteral("逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，"
                                  "每日按罚款数额的百分之三加处罚款。");
        body += paragraphs(pay);
    }
    body += paragraphs(reviewRightsText(party, QStringLiteral("处罚决定"), QStringLiteral("决定书")) +
                       QStringLiteral("申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行。逾期不申请行政复议、"
                                      "不提起行政诉讼，又不履行本处罚决定的，本局将依法申请人民法院强制执行。"));
    body += sealBlock(data.bureauName, c.decidedOn.isValid() ? c.decidedOn : data.printedOn);
    body += footnote(QString::fromUtf8(kCopies));
    return page(body);
}

QString correctionOrder(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    const QString you = youText(c.party);
    QString body = header(data.bureauName, documentTitle(CaseDocumentKind::CorrectionOrder),
                          documentNumber(CaseDocumentKind::CorrectionOrder, data));
    body += addressee(c.party);
    body += paragraphs(c.facts, QStringLiteral("经查："));
    body += basisParagraph(c, {}, you, QStringLiteral("本局责令%1：").arg(you), Basis::Correction);
    QStringList orders;
    for (const Penalty &p : c.penalties) {
        if (p.kind != PenaltyKind::OrderToCorrect)
            continue;
        QString order = p.details.trimmed().isEmpty() ? QStringLiteral("改正上述违法行为") : p.details.trimmed();
        if (p.deadline.isValid())
            order += QStringLiteral("，于%1前改正完毕").arg(dateText(p.deadline));
        orders << order;
    }
    for (int i = 0; i < orders.size(); ++i)
        body += paragraphs(chineseNumberText(i + 1) + QStringLiteral("、") + orders.at(i) +
                           (i + 1 == orders.size() ? QStringLiteral("。") : QStringLiteral("；")));
    body += paragraphs(QStringLiteral("请%1在上述期限内改正，并将改正情况书面报告本局。本局将在期限届满后进行复查；"
                                      "逾期不改正的，本局将依法予以处理。")
                           .arg(you));
    body += paragraphs(reviewRightsText(you, QStringLiteral("通知"), QStringLiteral("通知书")));
    body += sealBlock(data.bureauName, c.decidedOn.isValid() ? c.decidedOn : data.printedOn);
    body += footnote(QString::fromUtf8(kCopies));
    return page(body);
}

} // namespace casedesk::CaseDocumentRenderers
