// The provisions of cases add and cases edit: "产品质量法 第四十九条" typed
// by hand or ref:ID picked from the responsibility list, and the fine range
// of an applied provision (a fixed range in yuan or multiples of a basis).
#include "caseoptions.h"
#include "cases/casequeries.h"

#include <QRegularExpression>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// "产品质量法 第四十九条", "《产品质量法》第四十九条" or "ref:123" (a legal
// reference of the case's responsibility items).
Result<CaseProvision> provisionValue(const QString &text, ProvisionRole role, const char *option,
                                     const QList<CaseProvision> &choices)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("ref:"), Qt::CaseInsensitive)) {
        auto id = idValue(t.mid(4).trimmed(), QString::fromLatin1(option));
        if (!id)
            return id.error();
        for (CaseProvision p : choices)
            if (p.legalReferenceId == *id) {
                p.role = role;
                p.fineRange = {};
                return p;
            }
        return refusal(Text::tr("%1: ref:%2 is not a legal reference of the case's responsibility items "
                                "(give --items; cases items lists them)")
                           .arg(QString::fromLatin1(option))
                           .arg(*id));
    }
    CaseProvision p;
    p.role = role;
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    qsizetype cut = t.indexOf(space);
    qsizetype articleFrom = cut;
    if (cut < 0) {
        cut = t.indexOf(QStringLiteral("第"));
        articleFrom = cut;
    } else {
        articleFrom = t.indexOf(QRegularExpression(QStringLiteral("[^\\s\\x{3000}]")), cut);
    }
    QString law = cut > 0 ? t.left(cut) : t;
    p.law = law.remove(QStringLiteral("《")).remove(QStringLiteral("》")).trimmed();
    p.article = cut > 0 ? t.mid(articleFrom).trimmed() : QString();
    if (p.law.isEmpty())
        return refusal(Text::tr("%1: \"%2\" names no law; write it as \"产品质量法 第四十九条\" or ref:ID")
                           .arg(QString::fromLatin1(option), text));
    return p;
}

Result<QList<CaseProvision>> provisionsOption(const CommandLine &cl, const char *option, ProvisionRole role,
                                              const QList<CaseProvision> &choices)
{
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    QList<CaseProvision> out;
    for (const QString &value : cl.values(option))
        for (const QString &one : value.split(separators, Qt::SkipEmptyParts)) {
            if (one.trimmed().isEmpty())
                continue;
            auto p = provisionValue(one, role, option, choices);
            if (!p)
                return p.error();
            out << *p;
        }
    return out;
}

// "1-3x", "0.5–3倍": percentages of the basis (100 = once).
Result<std::pair<int, int>> multipleValue(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(
            "^\\s*(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*[x倍]?\\s*[-–~～至]\\s*(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*[x倍]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(text);
    if (!m.hasMatch())
        return refusal(Text::tr("--fine-multiple: \"%1\" is not a range of multiples; write it as 1-3x").arg(text));
    auto percent = [](const QString &whole, const QString &decimals) {
        return whole.toInt() * 100 + decimals.leftJustified(2, QLatin1Char('0')).toInt();
    };
    return std::pair{percent(m.captured(1), m.captured(2)), percent(m.captured(3), m.captured(4))};
}

Result<FineRange> fineRangeOptions(const CommandLine &cl)
{
    FineRange range;
    if (cl.has("--fine-range") && cl.has("--fine-multiple"))
        return refusal(Text::tr("--fine-range, --fine-multiple: a provision gives one kind of range"));
    if (cl.has("--fine-range")) {
        static const QRegularExpression dash(QStringLiteral("\\s*[-–~～至]\\s*"));
        const QStringList parts = cl.option("--fine-range").split(dash);
        if (parts.size() != 2)
            return refusal(
                Text::tr("--fine-range: \"%1\" is not a range; write it as MIN-MAX in yuan, e.g. 30000-100000")
                    .arg(cl.option("--fine-range")));
        auto min = Money::parse(parts[0]);
        auto max = Money::parse(parts[1]);
        if (!min || !max)
            return optionError("--fine-range", !min ? min.error() : max.error());
        if (*min > *max)
            return refusal(
                Text::tr("--fine-range: the minimum %1 is above the maximum %2").arg(min->toString(), max->toString()));
        range.kind = FineRange::Kind::Fixed;
        range.min = *min;
        range.max = *max;
    } else if (cl.has("--fine-multiple")) {
        auto percents = multipleValue(cl.option("--fine-multiple"));
        if (!percents)
            return percents.error();
        if (percents->first > percents->second)
            return refusal(Text::tr("--fine-multiple: the lower multiple is above the higher one"));
        const QString basis = cl.option("--fine-basis").trimmed();
        if (basis.isEmpty())
            return refusal(
                Text::tr("--fine-basis: say what the multiple is of: income (违法所得) or goods (货值金额)"));
        if (QStringList{QStringLiteral("income"), QStringLiteral("illegal-income"), QStringLiteral("违法所得")}
                .contains(basis, Qt::CaseInsensitive))
            range.basis = FineRange::Basis::IllegalIncome;
        else if (QStringList{QStringLiteral("goods"), QStringLiteral("goods-value"), QStringLiteral("货值"),
                             QStringLiteral("货值金额")}
                     .contains(basis, Qt::CaseInsensitive))
            range.basis = FineRange::Basis::GoodsValue;
        else
            return refusal(Text::tr("--fine-basis: \"%1\" is not one of income, goods").arg(basis));
        range.kind = FineRange::Kind::Multiple;
        range.minPercent = percents->first;
        range.maxPercent = percents->second;
    }
    return range;
}

} // namespace

Status applyProvisionOptions(const CommandLine &cl, const CaseCommand &command, EnforcementCase &c)
{
    const bool violatedGiven = cl.has("--violated");
    const bool appliedGiven = cl.has("--applied");
    const bool rangeGiven = cl.has("--fine-range") || cl.has("--fine-multiple") || cl.has("--fine-basis");
    if (rangeGiven && !appliedGiven)
        return refusal(Text::tr("%1: give it with --applied, the provision whose fine range it is")
                           .arg(cl.has("--fine-range")      ? QStringLiteral("--fine-range")
                                : cl.has("--fine-multiple") ? QStringLiteral("--fine-multiple")
                                                            : QStringLiteral("--fine-basis")));
    if (!violatedGiven && !appliedGiven)
        return success();
    QList<qint64> itemIds;
    for (const CaseItem &item : c.items)
        itemIds << item.itemId;
    const QList<CaseProvision> choices = CaseQueries(*command.db).provisionChoices(itemIds);

    QList<CaseProvision> violated, applied;
    QList<int> appliedAt; // old index of each applied provision
    for (int i = 0; i < c.provisions.size(); ++i) {
        if (c.provisions[i].role == ProvisionRole::Applied) {
            applied << c.provisions[i];
            appliedAt << i;
        } else {
            violated << c.provisions[i];
        }
    }
    if (violatedGiven) {
        auto given = provisionsOption(cl, "--violated", ProvisionRole::Violated, choices);
        if (!given)
            return given.error();
        violated = *given;
    }
    if (appliedGiven) {
        auto given = provisionsOption(cl, "--applied", ProvisionRole::Applied, choices);
        if (!given)
            return given.error();
        auto range = fineRangeOptions(cl);
        if (!range)
            return range.error();
        if (range->kind != FineRange::Kind::None)
            for (CaseProvision &p : *given)
                p.fineRange = *range;
        applied = *given;
    }
    for (Penalty &p : c.penalties) {
        const int k = appliedAt.indexOf(p.provisionIndex);
        p.provisionIndex = k >= 0 && k < applied.size() ? int(violated.size()) + k : -1;
    }
    c.provisions = violated + applied;
    return success();
}

} // namespace casedesk::cli
