// 随机抽查记录: the record of a random draw (双随机), printed so that anyone
// can check it — the heading with the draw number, a form with the day,
// domain, purpose, the pool's filter, the seed, both pools' sizes and
// SHA-256 hashes and the recusals that applied, the result table (unit,
// credit code, inspectors), the result hash, how to re-run the draw
// (RandomDraw's algorithm in words), and the pools themselves as an annex.
#include "inspections/inspectiondocumenthtml.h"
#include "inspections/inspectiondocumentrenderers.h"

#include <QHash>

namespace casedesk::InspectionDocumentRenderers {

using namespace InspectionDocumentHtml;

namespace {

// A pool longer than this prints as its size and hash only (the record in
// the database keeps it whole): a county's register fits, 100,000 units
// would be hundreds of pages.
constexpr int kPrintedPoolLimit = 2000;

const QString kW[] = {QStringLiteral("20%"), QStringLiteral("30%"), QStringLiteral("20%"), QStringLiteral("30%")};

QString pair(const QString &label1, const QString &value1, const QString &label2, const QString &value2)
{
    return row(label(label1, kW[0]) + cell(esc(value1), kW[1]) + label(label2, kW[2]) + cell(esc(value2), kW[3]));
}

QString wide(const QString &labelText, const QString &valueHtml)
{
    return row(label(labelText, kW[0]) + cell(valueHtml, {}, 3));
}

QDate drawnOn(const InspectionDraw &d)
{
    return d.request.drawnOn.isValid() ? d.request.drawnOn : dayOf(d.drawnAt);
}

// 吴刚（se3）回避永清县华联商厦有限公司（91131023MA0CX8L27K): the names
// where the draw's picks give them, the login and credit code always.
QString recusalsHtml(const InspectionDraw &d)
{
    if (d.recusals.isEmpty())
        return esc(QStringLiteral("无"));
    QHash<QString, QString> people;
    QHash<QString, QString> units;
    for (const DrawPick &p : d.picks) {
        units.insert(p.entityCode, p.entityName);
        for (const InspectionInspector &i : p.inspectors)
            if (!i.name.isEmpty())
                people.insert(i.login, i.name);
    }
    const auto named = [](const QString &name, const QString &key) {
        return name.isEmpty() ? key : QStringLiteral("%1（%2）").arg(name, key);
    };
    QString text;
    for (const auto &r : d.recusals)
        text += QStringLiteral("执法人员%1回避%2\n")
                    .arg(named(people.value(r.first), r.first), named(units.value(r.second), r.second));
    return cellLines(text);
}

QString formTable(const InspectionDraw &d)
{
    const QString filter = d.request.pool.toText();
    QString rows;
    rows += pair(QStringLiteral("抽取日期"), dateText(drawnOn(d)), QStringLiteral("监管领域"),
                 domainText(d.request.domain));
    rows += wide(QStringLiteral("抽查事项"), esc(d.request.purpose));
    rows += pair(QStringLiteral("承办股室"), d.request.section, QStringLiteral("抽取人"), d.drawnBy);
    rows += wide(QStringLiteral("对象库筛选条件"), esc(filter.isEmpty() ? QStringLiteral("全部在册单位") : filter));
    rows += pair(QStringLiteral("随机种子"), d.request.seed, QStringLiteral("抽取数量"),
                 QStringLiteral("%1户，每户执法人员%2名").arg(d.request.count).arg(d.request.perUnit));
    rows += wide(QStringLiteral("检查对象库"),
                 cellLines(QStringLiteral("共%1户\nSHA-256：%2").arg(d.entityPool.size()).arg(d.entityPoolHash)));
    rows += wide(QStringLiteral("执法人员库"),
                 cellLines(QStringLiteral("共%1人\nSHA-256：%2").arg(d.inspectorPool.size()).arg(d.inspectorPoolHash)));
    rows += wide(QStringLiteral("回避情况"), recusalsHtml(d));
    return table(rows);
}

QString resultTable(const InspectionDraw &d)
{
    QString rows =
        row(label(QStringLiteral("序号"), QStringLiteral("8%")) + label(QStringLiteral("单位"), QStringLiteral("40%")) +
            label(QStringLiteral("统一社会信用代码"), QStringLiteral("27%")) +
            label(QStringLiteral("执法人员"), QStringLiteral("25%")));
    for (int i = 0; i < d.picks.size(); ++i) {
        const DrawPick &p = d.picks.at(i);
        rows += row(cell(QString::number(i + 1), QStringLiteral("8%"), 1, 1, QStringLiteral("center")) +
                    cell(esc(p.entityName), QStringLiteral("40%")) + cell(esc(p.entityCode), QStringLiteral("27%")) +
                    cell(esc(inspectorNamesText(p.inspectors)), QStringLiteral("25%")));
    }
    return table(rows) + QStringLiteral("<p class=\"small\" style=\"margin-top: 4px;\">结果校验值（SHA-256）：%1</p>\n")
                             .arg(esc(d.resultHash));
}

// RandomDraw's algorithm (randomdraw.h), in the record's words.
QString rerunHtml()
{
    const QStringList steps = {
        QStringLiteral("随机数流：第i块（i = 0, 1, 2 …）为文本“随机种子:i”（UTF-8编码）的SHA-256值，"
                       "每块依次给出四个大端序的64位无符号整数。"),
        QStringLiteral("小于n的均匀随机数：取下一个64位整数x，若x ≥ 2^64 − (2^64 mod n)则舍弃重取，否则取x mod n。"),
        QStringLiteral("抽取单位：对按统一社会信用代码排序的检查对象库做部分Fisher–Yates洗牌，"
                       "k = 0 … 抽取数量 − 1时，将第k位与第k + 均匀随机数(库容量 − k)位交换，"
                       "前“抽取数量”位即为抽中的单位，顺序即本记录的顺序。"),
        QStringLiteral("匹配执法人员：按抽中单位的顺序，从按账号排序的执法人员库中去掉对该单位回避的人员，"
                       "对其余人员同样做部分Fisher–Yates洗牌，取前“每户执法人员”名。"),
        QStringLiteral("库校验值：库中各项以换行符连接后（UTF-8编码）的SHA-256值，以十六进制表示。"),
    };
    QString html =
        paragraphs(QStringLiteral("本次抽取可由任何人复核：以本记录的随机种子、检查对象库、执法人员库和回避情况，"
                                  "按下列方法重新抽取，应得到与本记录相同的结果；两个库的校验值与本记录一致，"
                                  "说明抽取所用的库未被改动。"));
    for (int i = 0; i < steps.size(); ++i)
        html += smallParagraph(QStringLiteral("（%1）").arg(chineseNumberText(i + 1)) + steps.at(i));
    return html;
}

QString poolHtml(const QStringList &pool, const QString &unit)
{
    if (pool.size() > kPrintedPoolLimit)
        return esc(QStringLiteral("共%1%2，超过打印上限，完整清单保存在本局的抽取记录中。").arg(pool.size()).arg(unit));
    return esc(pool.join(QStringLiteral("、")));
}

QString poolsTable(const InspectionDraw &d)
{
    return table(row(label(QStringLiteral("执法人员库（账号）"), QStringLiteral("20%")) +
                     cell(poolHtml(d.inspectorPool, QStringLiteral("人")), QStringLiteral("80%"))) +
                     row(label(QStringLiteral("检查对象库（统一社会信用代码）"), QStringLiteral("20%")) +
                         cell(poolHtml(d.entityPool, QStringLiteral("户")), QStringLiteral("80%"))),
                 QStringLiteral("small"));
}

} // namespace

QString drawRecord(const InspectionDocumentData &data)
{
    const InspectionDraw &d = data.draw;
    QString body = header(data.bureauName, documentTitle(InspectionDocumentKind::DrawRecord),
                          QStringLiteral("编号：") + documentNumber(InspectionDocumentKind::DrawRecord, data));
    body += formTable(d);
    body += heading(QStringLiteral("抽取结果"));
    body += resultTable(d);
    body += heading(QStringLiteral("复核方法"));
    body += rerunHtml();
    body += QStringLiteral("<p class=\"receipt\">抽取人（签名）：　　　　　　　　　监督人（签名）：</p>\n");
    body += sealBlock(data.bureauName, drawnOn(d));
    body += heading(QStringLiteral("附：抽取所用的库"));
    body += poolsTable(d);
    return page(body);
}

} // namespace casedesk::InspectionDocumentRenderers
