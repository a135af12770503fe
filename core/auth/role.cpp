#include "auth/role.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Role)
};

// Other spellings clerks type for a role, besides its code and display name.
QStringList aliases(Role role)
{
    switch (role) {
    case Role::Clerk:
        return {QStringLiteral("办事员")};
    case Role::Inspector:
        return {QStringLiteral("执法人员")};
    case Role::SectionChief:
        return {QStringLiteral("股长"), QStringLiteral("科长"), QStringLiteral("股长/科长")};
    case Role::BureauHead:
        return {QStringLiteral("局长"), QStringLiteral("主要负责人")};
    case Role::Administrator:
        return {QStringLiteral("admin"), QStringLiteral("管理员")};
    }
    return {};
}
} // namespace

QString roleCode(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Inspector:
        return QStringLiteral("inspector");
    case Role::SectionChief:
        return QStringLiteral("section-chief");
    case Role::BureauHead:
        return QStringLiteral("bureau-head");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return Text::tr("Clerk");
    case Role::Inspector:
        return Text::tr("Inspector");
    case Role::SectionChief:
        return Text::tr("Section chief");
    case Role::BureauHead:
        return Text::tr("Bureau head");
    case Role::Administrator:
        return Text::tr("Administrator");
    }
    return {};
}

QString RoleSet::codes() const
{
    QStringList parts;
    for (Role r : kAllRoles)
        if (has(r))
            parts << roleCode(r);
    return parts.join(QLatin1Char(','));
}

QString RoleSet::names() const
{
    QStringList parts;
    for (Role r : kAllRoles)
        if (has(r))
            parts << roleName(r);
    return parts.join(QStringLiteral("、"));
}

Result<RoleSet> RoleSet::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    RoleSet set;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        bool found = false;
        for (Role r : kAllRoles) {
            if (word.compare(roleCode(r), Qt::CaseInsensitive) == 0 ||
                word.compare(roleName(r), Qt::CaseInsensitive) == 0 || aliases(r).contains(word, Qt::CaseInsensitive)) {
                set.add(r);
                found = true;
                break;
            }
        }
        if (!found) {
            QStringList known;
            for (Role r : kAllRoles)
                known << roleCode(r);
            return refusal(
                Text::tr("Roles: \"%1\" is not a role; use %2.").arg(word, known.join(QStringLiteral(", "))));
        }
    }
    return set;
}

} // namespace casedesk
