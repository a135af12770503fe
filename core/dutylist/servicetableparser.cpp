#include "servicetableparser.h"

#include "publishedtext.h"

namespace casedesk {

using namespace publishedtext;

void ServiceTableParser::addRow(const TableColumns &columns, const QStringList &cells)
{
    auto text = [&](TableColumn column) { return trimmed(cellText(columns.cell(cells, column))); };
    PublicService service{text(TableColumn::Number), text(TableColumn::ServiceName), text(TableColumn::Content),
                          text(TableColumn::Unit), text(TableColumn::Phone)};
    if (service.number.isEmpty() && service.name.isEmpty()) {
        if (service.content.isEmpty() || m_services.isEmpty())
            return;
        PublicService &previous = m_services.back();
        previous.content += QLatin1Char('\n') + service.content;
        return;
    }
    if (service.name.isEmpty() || service.name == QStringLiteral("无"))
        return;
    if (service.number.isEmpty())
        service.number = QString::number(m_services.size() + 1);
    m_services << service;
}

} // namespace casedesk
