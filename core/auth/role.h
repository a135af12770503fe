#pragma once
// Role: the five kinds of work a person does at the bureau (DOMAIN.md §5).
// A person may hold several, so roles travel as a RoleSet. Each role has a
// stable code (stored, typed on the command line) and a display name.

#include "result.h"

#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>

namespace casedesk {

enum class Role : std::uint8_t { Clerk, Inspector, SectionChief, BureauHead, Administrator };

inline constexpr std::array<Role, 5> kAllRoles = {Role::Clerk, Role::Inspector, Role::SectionChief, Role::BureauHead,
                                                  Role::Administrator};

// The stored and typed code: clerk, inspector, section-chief, bureau-head, administrator.
QString roleCode(Role role);
// The translated name shown to users: 办事员, 执法人员, 股长/科长, 局长, 管理员.
QString roleName(Role role);

class RoleSet {
  public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            add(r);
    }

    void add(Role r) { m_bits |= bit(r); }
    void remove(Role r) { m_bits &= ~bit(r); }
    bool has(Role r) const { return m_bits & bit(r); }
    bool empty() const { return m_bits == 0; }
    bool intersects(RoleSet other) const { return m_bits & other.m_bits; }
    bool operator==(const RoleSet &) const = default;

    // "clerk,inspector" in the order of kAllRoles.
    QString codes() const;
    // "办事员、执法人员" for display.
    QString names() const;
    // Parses codes or display names (English or Chinese) separated by commas,
    // 、 or spaces; refuses an unknown role by name.
    static Result<RoleSet> parse(const QString &text);

  private:
    static std::uint8_t bit(Role r) { return std::uint8_t(1u << unsigned(r)); }
    std::uint8_t m_bits = 0;
};

} // namespace casedesk
