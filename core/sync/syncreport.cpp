#include "sync/syncreport.h"

namespace casedesk {

QJsonObject ExportReport::toJson() const
{
    return {{QStringLiteral("file"), path},
            {QStringLiteral("to"), to},
            {QStringLiteral("full"), full},
            {QStringLiteral("records"), records},
            {QStringLiteral("auditEntries"), auditEntries},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("bytes"), bytes}};
}

QJsonObject ImportReport::toJson() const
{
    return {{QStringLiteral("file"), path},
            {QStringLiteral("from"), from},
            {QStringLiteral("joined"), joined},
            {QStringLiteral("received"), received},
            {QStringLiteral("added"), added},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("auditEntries"), auditEntries}};
}

} // namespace casedesk
