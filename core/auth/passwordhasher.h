#pragma once
// PasswordHasher: passwords are kept only as Argon2id hashes (libsodium's
// crypto_pwhash_str, the self-describing $argon2id$ string with its own salt
// and cost). The clear password lives only as long as the call that hashes
// or checks it; the copies made here are wiped afterwards.

#include "result.h"

#include <QString>

namespace casedesk::PasswordHasher {

// A fresh salted Argon2id hash of the password.
Result<QString> hash(const QString &password);
// Whether the password matches the stored hash; false for anything that is
// not an Argon2id hash.
bool verify(const QString &storedHash, const QString &password);
// The stored hash was made with weaker settings than today's and should be
// replaced after the next successful sign-in.
bool needsRehash(const QString &storedHash);

// The bureau's rule for a new password: 8 to 128 characters, letters and
// digits both, and not the login itself.
Status checkStrength(const QString &password, const QString &login);
// A new password typed twice: the rule above, and the confirmation the same.
Status checkNewPassword(const QString &password, const QString &confirmation, const QString &login);

} // namespace casedesk::PasswordHasher
