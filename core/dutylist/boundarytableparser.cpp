#include "boundarytableparser.h"

#include "publishedtext.h"

namespace casedesk {

using namespace publishedtext;

namespace {

bool isNothing(const QString &text)
{
    return text.isEmpty() || text == QStringLiteral("无") || text == QStringLiteral("-") || text == QStringLiteral("/");
}

// Merged cells repeat the same basis or example on continuation rows.
void appendUnlessRepeated(QString &to, const QString &text)
{
    if (to != text)
        appendParagraph(to, text);
}

} // namespace

void BoundaryTableParser::addRow(const TableColumns &columns, const QStringList &cells)
{
    auto text = [&](TableColumn column) { return trimmed(cellText(columns.cell(cells, column))); };
    const QString number = text(TableColumn::Number);
    const QString matter = text(TableColumn::Matter);
    const QString department = text(TableColumn::Department);
    const QString share = text(TableColumn::Share);
    const QString basis = text(TableColumn::Basis);
    const QString example = text(TableColumn::Example);
    if (isNothing(number) && isNothing(matter) && isNothing(department) && isNothing(share) && isNothing(basis) &&
        isNothing(example))
        return;

    const bool startsMatter = !number.isEmpty() || m_matters.isEmpty() ||
                              (!matter.isEmpty() && comparable(matter) != comparable(m_matters.back().matter));
    if (startsMatter) {
        BoundaryMatter next;
        next.number = number.isEmpty() ? QString::number(m_matters.size() + 1) : number;
        next.matter = matter;
        m_matters << next;
    }
    BoundaryMatter &current = m_matters.back();
    if (!department.isEmpty() || !share.isEmpty())
        current.shares << BoundaryShare{department, share};
    appendUnlessRepeated(current.basis, basis);
    appendUnlessRepeated(current.example, example);
}

} // namespace casedesk
