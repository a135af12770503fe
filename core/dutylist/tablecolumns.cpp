#include "tablecolumns.h"

#include "publishedtext.h"

#include <QList>
#include <algorithm>
#include <utility>

namespace casedesk {

namespace {

using Rule = std::pair<TableColumn, QStringList>;

// Tried in order for every header cell; the first keyword found wins, so the
// more specific names stand first (职责分工 before 部门, 服务事项 before 事项).
const QList<Rule> &rulesFor(TableKind kind)
{
    static const QList<Rule> duties = {
        {TableColumn::Number, {QStringLiteral("序号"), QStringLiteral("编号")}},
        {TableColumn::Basis, {QStringLiteral("追责"), QStringLiteral("依据")}},
        {TableColumn::Duty, {QStringLiteral("主要职责"), QStringLiteral("职责")}},
        {TableColumn::Item, {QStringLiteral("事项")}},
        {TableColumn::Sections,
         {QStringLiteral("股室"), QStringLiteral("科室"), QStringLiteral("处室"), QStringLiteral("责任单位"),
          QStringLiteral("责任部门"), QStringLiteral("承办")}},
        {TableColumn::Remarks, {QStringLiteral("备注"), QStringLiteral("说明")}},
    };
    static const QList<Rule> boundaries = {
        {TableColumn::Number, {QStringLiteral("序号"), QStringLiteral("编号")}},
        {TableColumn::Share, {QStringLiteral("分工"), QStringLiteral("配合")}},
        {TableColumn::Basis, {QStringLiteral("依据")}},
        {TableColumn::Example, {QStringLiteral("事例"), QStringLiteral("案例"), QStringLiteral("实例")}},
        {TableColumn::Matter, {QStringLiteral("事项")}},
        {TableColumn::Department, {QStringLiteral("部门"), QStringLiteral("单位")}},
    };
    static const QList<Rule> services = {
        {TableColumn::Number, {QStringLiteral("序号"), QStringLiteral("编号")}},
        {TableColumn::ServiceName, {QStringLiteral("服务事项"), QStringLiteral("服务项目"), QStringLiteral("事项")}},
        {TableColumn::Content, {QStringLiteral("内容")}},
        {TableColumn::Phone, {QStringLiteral("电话"), QStringLiteral("联系方式")}},
        {TableColumn::Unit,
         {QStringLiteral("机构"), QStringLiteral("单位"), QStringLiteral("股室"), QStringLiteral("科室"),
          QStringLiteral("承办"), QStringLiteral("部门")}},
    };
    static const QList<Rule> none;
    switch (kind) {
    case TableKind::Duties:
        return duties;
    case TableKind::Boundaries:
        return boundaries;
    case TableKind::Services:
        return services;
    case TableKind::None:
        break;
    }
    return none;
}

QStringList headerTexts(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out << publishedtext::comparable(publishedtext::cellText(cell));
    return out;
}

bool anyContains(const QStringList &texts, const QString &keyword)
{
    for (const QString &t : texts)
        if (t.contains(keyword))
            return true;
    return false;
}

TableKind guessKind(const QStringList &texts)
{
    // Header cells are short names; a data cell quoting a column name is not.
    int named = 0;
    for (const QString &t : texts) {
        if (t.size() > 16)
            return TableKind::None;
        if (!t.isEmpty())
            ++named;
    }
    if (named < 2)
        return TableKind::None;
    if (anyContains(texts, QStringLiteral("服务事项")) || anyContains(texts, QStringLiteral("服务项目")))
        return TableKind::Services;
    if (anyContains(texts, QStringLiteral("主要职责")) && anyContains(texts, QStringLiteral("事项")))
        return TableKind::Duties;
    if (anyContains(texts, QStringLiteral("管理事项")) ||
        (anyContains(texts, QStringLiteral("相关部门")) && anyContains(texts, QStringLiteral("分工"))))
        return TableKind::Boundaries;
    return TableKind::None;
}

} // namespace

TableColumns TableColumns::fromHeader(const QStringList &cells)
{
    TableColumns columns;
    const QStringList texts = headerTexts(cells);
    columns.m_kind = guessKind(texts);
    if (columns.m_kind == TableKind::None)
        return columns;
    columns.m_header = texts;
    const QList<Rule> &rules = rulesFor(columns.m_kind);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).isEmpty())
            continue;
        for (const Rule &rule : rules) {
            if (columns.m_index.contains(rule.first))
                continue;
            const bool matches = std::any_of(rule.second.cbegin(), rule.second.cend(),
                                             [&](const QString &k) { return texts.at(i).contains(k); });
            if (matches) {
                columns.m_index.insert(rule.first, i);
                break;
            }
        }
    }
    return columns;
}

QString TableColumns::cell(const QStringList &row, TableColumn column) const
{
    const qsizetype at = m_index.value(column, -1);
    return at >= 0 && at < row.size() ? row.at(at) : QString();
}

bool TableColumns::isSameHeader(const QStringList &row) const
{
    if (m_kind == TableKind::None)
        return false;
    QStringList texts = headerTexts(row);
    QStringList header = m_header;
    while (!texts.isEmpty() && texts.back().isEmpty())
        texts.removeLast();
    while (!header.isEmpty() && header.back().isEmpty())
        header.removeLast();
    return texts == header;
}

} // namespace casedesk
