#pragma once
// RegistrationCodes: the codes that identify an enterprise or other
// organisation in the bureau's records — the 18-character unified social
// credit code (统一社会信用代码, GB 32100-2015) and, on older documents, the
// 9-character organisation code (组织机构代码, GB 11714-1997). Clerks copy
// them from licences by hand, so every code is checked here, in one place,
// before it is stored, and a refusal says which character is wrong.

#include "result.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace casedesk {

enum class CodeKind { CreditCode, OrganisationCode };

struct RegistrationCode {
    QString text; // normalised: upper case, no spaces, no hyphen ("12345678-9" -> "123456789")
    CodeKind kind;
};

namespace RegistrationCodes {

// Normalises and checks a unified social credit code (18 characters) or an
// organisation code (9, with or without the hyphen before the check
// character). Full-width characters (typed with a Chinese input method) count
// as their ASCII forms. Refusals name the wrong length, the position of a
// character that is not allowed, an unknown registration authority, an
// administrative division that is not six digits, or the check character the
// other characters give.
Result<RegistrationCode> check(const QString &input);

// The check characters, for generators and tests. Precondition: valid
// characters only (the GB 32100 set for a credit code, 0-9 and A-Z for an
// organisation code); otherwise a null QChar.
QChar creditCodeCheckCharacter(QStringView first17);
QChar organisationCodeCheckCharacter(QStringView first8);

// "统一社会信用代码" / "组织机构代码" (translated).
QString kindName(CodeKind kind);

} // namespace RegistrationCodes

} // namespace casedesk
