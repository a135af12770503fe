#include "responsibilitylist.h"

namespace casedesk {

namespace {
struct KindCode {
    SystemPartKind kind;
    const char *code;
};
constexpr KindCode kKindCodes[] = {
    {SystemPartKind::Targets, "targets"},     {SystemPartKind::Content, "content"},
    {SystemPartKind::Methods, "methods"},     {SystemPartKind::Measures, "measures"},
    {SystemPartKind::Procedure, "procedure"}, {SystemPartKind::Handling, "handling"},
    {SystemPartKind::Other, "other"},
};
} // namespace

int ResponsibilityList::itemCount() const
{
    int n = 0;
    for (const MainDuty &d : duties)
        n += int(d.items.size());
    return n;
}

int ResponsibilityList::referenceCount() const
{
    int n = 0;
    for (const MainDuty &d : duties)
        n += int(d.references.size());
    return n;
}

QString systemPartKindCode(SystemPartKind kind)
{
    for (const auto &k : kKindCodes)
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    return QStringLiteral("other");
}

SystemPartKind systemPartKindFromCode(const QString &code)
{
    for (const auto &k : kKindCodes)
        if (code == QLatin1String(k.code))
            return k.kind;
    return SystemPartKind::Other;
}

} // namespace casedesk
