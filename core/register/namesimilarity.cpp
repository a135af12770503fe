#include "register/namesimilarity.h"

#include <QRegularExpression>

namespace casedesk::NameSimilarity {

namespace {
// What a name may start with that says where, not who: province, city,
// county or district. A city prefix is only taken off when something is
// left, so 华联超市 keeps its 市.
const QRegularExpression &placePrefix()
{
    static const QRegularExpression re(QStringLiteral("^(\\S{2,3}省)?(\\S{2,3}市)?(\\S{2,3}[县区旗])?"));
    return re;
}

const QRegularExpression &legalForm()
{
    static const QRegularExpression re(QStringLiteral("(股份有限公司|有限责任公司|有限公司|公司|厂)$"));
    return re;
}

// Brackets hold places or branches ("某某食品(永清)有限公司"); spaces and
// punctuation vary from clerk to clerk.
const QRegularExpression &noise()
{
    static const QRegularExpression re(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]|[\\s\\p{P}\\p{S}]"));
    return re;
}
} // namespace

QString key(const QString &name)
{
    QString k = name.normalized(QString::NormalizationForm_KC).toLower();
    k.remove(noise());
    const QString withoutForm = QString(k).remove(legalForm());
    if (withoutForm.size() >= 2)
        k = withoutForm;
    const auto m = placePrefix().match(k);
    if (m.hasMatch() && k.size() - m.capturedLength() >= 2)
        k = k.mid(m.capturedLength());
    return k;
}

bool near(const QString &a, const QString &b)
{
    if (a == b)
        return !a.isEmpty();
    if (a.size() < 4 || b.size() < 4 || qAbs(a.size() - b.size()) > 1)
        return false;
    // One edit apart: skip the common prefix and suffix, and what remains
    // of each is at most one character.
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a.at(start) == b.at(start))
        ++start;
    qsizetype endA = a.size(), endB = b.size();
    while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
        --endA;
        --endB;
    }
    return endA - start <= 1 && endB - start <= 1;
}

} // namespace casedesk::NameSimilarity
