#include "auth/passwordhasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace casedesk::PasswordHasher {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

// libsodium's interactive limits (2 passes over 64 MiB): about a tenth of a
// second per sign-in on an office PC, far too slow for guessing offline.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr int kMinLength = 8;
constexpr int kMaxLength = 128;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The UTF-8 bytes of a password, wiped when the call is done.
class SecretBytes {
  public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

  private:
    QByteArray m_bytes;
};

bool isArgon2id(const QByteArray &stored)
{
    return stored.startsWith("$argon2id$") && stored.size() < crypto_pwhash_STRBYTES;
}
} // namespace

Result<QString> hash(const QString &password)
{
    if (!sodiumReady())
        return failure(Text::tr("The password library (libsodium) could not be initialised."));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) !=
        0)
        return failure(Text::tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    const QByteArray stored = storedHash.toLatin1();
    if (!sodiumReady() || !isArgon2id(stored))
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool needsRehash(const QString &storedHash)
{
    const QByteArray stored = storedHash.toLatin1();
    if (!sodiumReady() || !isArgon2id(stored))
        return true;
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

Status checkStrength(const QString &password, const QString &login)
{
    if (password.size() < kMinLength)
        return refusal(Text::tr("Password: use at least %1 characters.").arg(kMinLength));
    if (password.size() > kMaxLength)
        return refusal(Text::tr("Password: use at most %1 characters.").arg(kMaxLength));
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return refusal(Text::tr("Password: use letters and digits both."));
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return refusal(Text::tr("Password: it must not be the login name."));
    return success();
}

Status checkNewPassword(const QString &password, const QString &confirmation, const QString &login)
{
    if (auto strong = checkStrength(password, login); !strong)
        return strong;
    if (confirmation != password)
        return refusal(Text::tr("Confirm password: the two passwords differ."));
    return success();
}

} // namespace casedesk::PasswordHasher
