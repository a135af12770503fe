#include "register/registerimporter.h"

#include "audit/auditedtransaction.h"
#include "csv.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "register/registerimportindex.h"
#include "register/registerimportrows.h"
#include "textdecoding.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterImporter)
};

// A county's register in one file: 100,000 rows of Chinese text run to
// some 30 MB, more than TextDecoding's default allows.
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

// How often apply() reports progress: about 200 times in all, so a
// progress dialog stays live without slowing a large import down.
int progressStep(int total)
{
    return std::max(1, total / 200);
}

Error atLine(int line, const Error &e)
{
    Error out = e;
    out.message = Text::tr("Line %1: %2").arg(line).arg(e.message);
    return out;
}

// Whether a row still fits the register as it is now, inside the import's
// transaction: someone may have added a code or number since the file was
// read. The refusal names the line.
Status stillFits(const ImportPlan &plan, const RegisterImportIndex &index, qsizetype i)
{
    const int line = plan.lines.value(i);
    switch (plan.table) {
    case RegisterTable::Entities: {
        const Entity &e = plan.entities[i];
        if (const KnownEntity *known = index.entityByCode(e.code))
            return refusal(Text::tr("Line %1: the code %2 was registered for %3 after the file was checked.")
                               .arg(line)
                               .arg(e.code, known->name));
        break;
    }
    case RegisterTable::Licences: {
        const Licence &l = plan.licences[i];
        if (!index.entityById(l.entityId))
            return refusal(Text::tr("Line %1: the holder of %2 was removed from the register after the file was "
                                    "checked.")
                               .arg(line)
                               .arg(l.label()));
        if (index.licenceHolder(licenceKindCode(l.kind), l.number) > 0)
            return refusal(Text::tr("Line %1: %2 was registered after the file was checked.").arg(line).arg(l.label()));
        break;
    }
    case RegisterTable::Equipment: {
        const Equipment &u = plan.equipment[i];
        if (!index.entityById(u.entityId))
            return refusal(Text::tr("Line %1: the user of %2 was removed from the register after the file was "
                                    "checked.")
                               .arg(line)
                               .arg(u.label()));
        if (index.equipmentOwner(u.registrationNumber) > 0)
            return refusal(Text::tr("Line %1: the registration number %2 was registered after the file was checked.")
                               .arg(line)
                               .arg(u.registrationNumber));
        break;
    }
    }
    return success();
}

Status insertRecord(AuditedTransaction &tx, const ImportPlan &plan, qsizetype i)
{
    switch (plan.table) {
    case RegisterTable::Entities:
        if (auto stored = EntityRegister::insert(tx, plan.entities[i]); !stored)
            return stored.error();
        break;
    case RegisterTable::Licences:
        if (auto stored = LicenceRegister::insert(tx, plan.licences[i]); !stored)
            return stored.error();
        break;
    case RegisterTable::Equipment:
        if (auto stored = EquipmentRegister::insert(tx, plan.equipment[i]); !stored)
            return stored.error();
        break;
    }
    return success();
}

} // namespace

QString ImportProblem::describe() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return Text::tr("Line %1: %2").arg(line).arg(reason.isEmpty() ? message : reason);
    return Text::tr("Line %1, column %2: %3").arg(line).arg(column, reason);
}

QStringList ImportPlan::ignoredColumns() const
{
    QStringList out;
    for (qsizetype i = 0; i < headings.size(); ++i)
        if (mapping.value(i).isEmpty() && !headings[i].isEmpty())
            out << headings[i];
    return out;
}

Result<ImportPlan> RegisterImporter::read(const QString &path, std::optional<RegisterTable> table,
                                          std::optional<QStringList> mapping, const QDate &today) const
{
    auto decoded = TextDecoding::decodeFile(path, kMaxFileBytes);
    if (!decoded)
        return decoded.error();
    return readText(decoded->text, path, decoded->encoding, table, std::move(mapping), today);
}

Result<ImportPlan> RegisterImporter::readText(const QString &text, const QString &sourceName, const QString &encoding,
                                              std::optional<RegisterTable> table, std::optional<QStringList> mapping,
                                              const QDate &today) const
{
    auto records = Csv::parse(text, sourceName);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return refusal(Text::tr("%1 is empty: it needs a header row naming the columns, then one row per record.")
                           .arg(sourceName));

    ImportPlan plan;
    plan.source = sourceName;
    plan.encoding = encoding;
    for (const QString &heading : records->first().fields)
        plan.headings << heading.trimmed();
    plan.table = table ? *table : RegisterCsv::detectTable(plan.headings);
    plan.mapping = mapping ? *mapping : RegisterCsv::guessMapping(plan.table, plan.headings);
    if (plan.mapping.size() != plan.headings.size())
        return refusal(Text::tr("%1: the column mapping has %2 entries but the header row has %3 columns.")
                           .arg(sourceName)
                           .arg(plan.mapping.size())
                           .arg(plan.headings.size()));
    if (auto checked = RegisterCsv::checkMapping(plan.table, plan.mapping); !checked)
        return refusal(Text::tr("%1: %2 The header row (line %3) reads: %4.")
                           .arg(sourceName, checked.error().message)
                           .arg(records->first().line)
                           .arg(plan.headings.join(QStringLiteral(", "))));

    auto index = RegisterImportIndex::load(m_db, plan.table);
    if (!index)
        return index.error();
    RegisterImportRows rows(plan, *index, today);
    for (qsizetype i = 1; i < records->size(); ++i)
        rows.add(records->at(i));
    rows.finish();
    if (plan.rows == 0) {
        const QString reason = Text::tr("The file has a header row but no records.");
        plan.problems.append({records->first().line, QString(), reason, QString(), reason});
    }
    return plan;
}

Result<ImportOutcome> RegisterImporter::apply(const Session &session, const ImportPlan &plan, const Progress &progress)
{
    if (!plan.acceptable())
        return refusal(Text::tr("%1 has %n problem(s); nothing was imported. Correct the file and read it again.",
                                nullptr, int(plan.problems.size()))
                           .arg(plan.source));
    const int total = plan.recordCount();
    if (total == 0)
        return refusal(Text::tr("%1 holds no records to import.").arg(plan.source));
    if (plan.lines.size() != total)
        return failure(Text::tr("The import plan of %1 is inconsistent: %2 records but %3 line numbers.")
                           .arg(plan.source)
                           .arg(total)
                           .arg(plan.lines.size()));

    AuditedTransaction tx(m_db, session);
    if (auto begun = tx.begin(Action::ImportRegister); !begun)
        return begun.error();
    // Read again inside the transaction, which holds the write lock: what
    // was free when the file was checked may have been taken since.
    auto index = RegisterImportIndex::load(m_db, plan.table);
    if (!index)
        return index.error();
    for (qsizetype i = 0; i < total; ++i)
        if (auto fits = stillFits(plan, *index, i); !fits)
            return Error{fits.error().message + QLatin1Char(' ') + Text::tr("Nothing was imported."), true};

    const Error cancelled = refusal(Text::tr("The import was cancelled; nothing was imported."));
    const int step = progressStep(total);
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % step == 0 && !progress(int(i), total))
            return cancelled;
        if (auto inserted = insertRecord(tx, plan, i); !inserted)
            return atLine(plan.lines[i], inserted.error());
    }
    if (progress && !progress(total, total))
        return cancelled;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ImportOutcome{total};
}

} // namespace casedesk
