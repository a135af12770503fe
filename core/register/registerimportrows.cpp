#include "register/registerimportrows.h"

#include "register/namesimilarity.h"
#include "register/registercsvvalues.h"
#include "register/registrationcode.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterImporter)
};

// Near-duplicate names pointed out per row, from the register and from the
// file each; more would drown the report.
constexpr int kSimilarNamesShown = 3;

} // namespace

RegisterImportRows::RegisterImportRows(ImportPlan &plan, const RegisterImportIndex &index, const QDate &today)
    : m_plan(plan), m_index(index), m_today(today)
{
    for (qsizetype i = 0; i < plan.mapping.size(); ++i)
        if (!plan.mapping[i].isEmpty())
            m_columnOf.insert(plan.mapping[i], int(i));
}

void RegisterImportRows::add(const Csv::Record &record)
{
    m_record = &record;
    m_problemsBefore = int(m_plan.problems.size());
    ++m_plan.rows;
    const qsizetype width = m_plan.headings.size();
    if (record.fields.size() > width) {
        // Spreadsheets often end rows with empty cells; only text beyond
        // the last heading means the columns have slipped.
        for (qsizetype i = width; i < record.fields.size(); ++i) {
            if (!record.fields[i].trimmed().isEmpty()) {
                problem(QString(), Text::tr("The row has %1 cells but the header row has %2 columns; a cell that "
                                            "holds a comma needs quotes.")
                                       .arg(record.fields.size())
                                       .arg(width));
                return;
            }
        }
    }
    checkRequired();
    switch (m_plan.table) {
    case RegisterTable::Entities:
        addEntity();
        break;
    case RegisterTable::Licences:
        addLicence();
        break;
    case RegisterTable::Equipment:
        addEquipment();
        break;
    }
}

void RegisterImportRows::finish()
{
    if (m_defaultKinds == 0)
        return;
    const QString reason =
        Text::tr("%n row(s) give no kind; they are stored as %1. Fill in the column %2 or set the kinds afterwards.",
                 nullptr, m_defaultKinds)
            .arg(entityKindName(EntityKind::Other), column(QStringLiteral("kinds")));
    m_plan.warnings.append({m_firstDefaultKindsLine, QStringLiteral("kinds"), reason, QString(), reason});
}

void RegisterImportRows::addEntity()
{
    Entity e;
    e.name = cell(QStringLiteral("name"));
    e.code = cell(QStringLiteral("code"));
    e.address = cell(QStringLiteral("address"));
    e.township = cell(QStringLiteral("township"));
    e.legalRepresentative = cell(QStringLiteral("legalRepresentative"));
    e.contactPerson = cell(QStringLiteral("contactPerson"));
    e.phone = cell(QStringLiteral("phone"));
    e.notes = cell(QStringLiteral("notes"));
    if (const QString kinds = cell(QStringLiteral("kinds")); kinds.isEmpty()) {
        e.kinds = EntityKinds{EntityKind::Other};
        if (m_defaultKinds++ == 0)
            m_firstDefaultKindsLine = m_record->line;
    } else if (auto parsed = EntityKinds::parse(kinds); parsed) {
        e.kinds = *parsed;
    } else {
        problem(QStringLiteral("kinds"), parsed.error().message);
    }
    e.lastIncidentOn = date(QStringLiteral("lastIncidentOn"));
    for (auto [k, flag] : {std::pair{QStringLiteral("complaintsConfirmed"), &e.complaintsConfirmed},
                           std::pair{QStringLiteral("crowdedPlace"), &e.crowdedPlace}}) {
        if (auto yes = RegisterCsvValues::parseYesNo(cell(k)); yes)
            *flag = *yes;
        else
            problem(k, yes.error().message);
    }
    e.normalise();
    problems(e.problems(m_today));

    const int line = m_record->line;
    if (!hasProblem(QStringLiteral("code"))) {
        if (const int first = m_seen.value(e.code); first > 0)
            problem(QStringLiteral("code"),
                    Text::tr("The code %1 is on line %2 as well; list each entity once.").arg(e.code).arg(first));
        else
            m_seen.insert(e.code, line);
        if (const KnownEntity *known = m_index.entityByCode(e.code))
            problem(QStringLiteral("code"),
                    Text::tr("The code %1 is already registered, for %2.").arg(e.code, known->name));
    }
    if (!e.name.isEmpty()) {
        const QString nameKey = NameSimilarity::key(e.name);
        for (const KnownEntity &other : m_index.similarNames(nameKey, e.code, kSimilarNamesShown))
            warning(QStringLiteral("name"),
                    Text::tr("%1 looks like %2 (%3), already in the register; is it the same unit?")
                        .arg(e.name, other.name, other.code));
        const QList<int> near =
            m_fileNames.near(nameKey, kSimilarNamesShown, [&](int entry) { return m_fileNameCodes[entry] == e.code; });
        for (int entry : near)
            warning(QStringLiteral("name"), Text::tr("%1 looks like %2 on line %3; is it the same unit?")
                                                .arg(e.name, m_fileNameRows[entry].second)
                                                .arg(m_fileNameRows[entry].first));
        m_fileNames.add(nameKey);
        m_fileNameRows.append({line, e.name});
        m_fileNameCodes << e.code;
    }
    if (m_plan.problems.size() == m_problemsBefore) {
        m_plan.entities << e;
        m_plan.lines << line;
    }
}

void RegisterImportRows::addLicence()
{
    Licence l;
    l.entityId = holder();
    if (!hasProblem(QStringLiteral("kind"))) {
        if (auto kind = parseLicenceKind(cell(QStringLiteral("kind"))); kind)
            l.kind = *kind;
        else
            problem(QStringLiteral("kind"), kind.error().message);
    }
    l.number = cell(QStringLiteral("number")).simplified();
    l.scope = cell(QStringLiteral("scope"));
    l.issuedOn = date(QStringLiteral("issuedOn"));
    l.expiresOn = date(QStringLiteral("expiresOn"));
    if (const QString status = cell(QStringLiteral("status")); !status.isEmpty()) {
        if (auto parsed = parseLicenceStatus(status); parsed)
            l.status = *parsed;
        else
            problem(QStringLiteral("status"), parsed.error().message);
    }
    l.statusOn = date(QStringLiteral("statusOn"));
    l.statusReason = cell(QStringLiteral("statusReason"));
    problems(l.problems(m_today));

    const int line = m_record->line;
    if (!hasProblem(QStringLiteral("kind")) && !hasProblem(QStringLiteral("number"))) {
        const QString kindCode = licenceKindCode(l.kind);
        const QString seenKey = RegisterImportIndex::licenceKey(kindCode, l.number);
        if (const int first = m_seen.value(seenKey); first > 0)
            problem(QStringLiteral("number"), Text::tr("%1 %2 is on line %3 as well; list each licence once.")
                                                  .arg(licenceKindName(l.kind), l.number)
                                                  .arg(first));
        else
            m_seen.insert(seenKey, line);
        if (const qint64 holderId = m_index.licenceHolder(kindCode, l.number); holderId > 0) {
            const KnownEntity *known = m_index.entityById(holderId);
            problem(QStringLiteral("number"),
                    Text::tr("%1 %2 is already registered, held by %3.")
                        .arg(licenceKindName(l.kind), l.number, known ? known->name : QString::number(holderId)));
        }
    }
    if (m_plan.problems.size() == m_problemsBefore) {
        m_plan.licences << l;
        m_plan.lines << line;
    }
}

void RegisterImportRows::addEquipment()
{
    Equipment u;
    u.entityId = holder();
    if (!hasProblem(QStringLiteral("category"))) {
        if (auto category = parseEquipmentCategory(cell(QStringLiteral("category"))); category)
            u.category = *category;
        else
            problem(QStringLiteral("category"), category.error().message);
    }
    // As EquipmentRegister stores it: registration numbers are written
    // with and without spaces.
    u.registrationNumber = cell(QStringLiteral("registrationNumber")).simplified().remove(QLatin1Char(' '));
    u.description = cell(QStringLiteral("description")).simplified();
    u.location = cell(QStringLiteral("location")).simplified();
    u.nextInspectionOn = date(QStringLiteral("nextInspectionOn"));
    if (const QString status = cell(QStringLiteral("status")); !status.isEmpty()) {
        if (auto parsed = parseEquipmentStatus(status); parsed)
            u.status = *parsed;
        else
            problem(QStringLiteral("status"), parsed.error().message);
    }
    problems(u.problems());

    const int line = m_record->line;
    if (!hasProblem(QStringLiteral("registrationNumber"))) {
        const QString number = u.registrationNumber;
        if (const int first = m_seen.value(number); first > 0)
            problem(QStringLiteral("registrationNumber"),
                    Text::tr("The registration number %1 is on line %2 as well; list each unit once.")
                        .arg(number)
                        .arg(first));
        else
            m_seen.insert(number, line);
        if (const qint64 ownerId = m_index.equipmentOwner(number); ownerId > 0) {
            const KnownEntity *known = m_index.entityById(ownerId);
            problem(QStringLiteral("registrationNumber"),
                    Text::tr("The registration number %1 is already registered, for equipment of %2.")
                        .arg(number, known ? known->name : QString::number(ownerId)));
        }
    }
    if (m_plan.problems.size() == m_problemsBefore) {
        m_plan.equipment << u;
        m_plan.lines << line;
    }
}

QString RegisterImportRows::cell(const QString &k) const
{
    const int index = m_columnOf.value(k, -1);
    if (index < 0 || index >= m_record->fields.size())
        return QString();
    return m_record->fields[index].trimmed();
}

QString RegisterImportRows::column(const QString &k) const
{
    const int index = m_columnOf.value(k, -1);
    if (index >= 0)
        return m_plan.headings[index];
    const CsvField *field = RegisterCsv::field(m_plan.table, k);
    return field ? field->heading : QString();
}

void RegisterImportRows::problem(const QString &k, const QString &reason)
{
    ImportProblem p{m_record->line, k, QString(), k.isEmpty() ? QString() : column(k), reason};
    p.message = p.column.isEmpty() ? reason : Text::tr("Column %1: %2").arg(p.column, reason);
    m_plan.problems << p;
}

void RegisterImportRows::warning(const QString &k, const QString &reason)
{
    ImportProblem p{m_record->line, k, QString(), k.isEmpty() ? QString() : column(k), reason};
    p.message = p.column.isEmpty() ? reason : Text::tr("Column %1: %2").arg(p.column, reason);
    m_plan.warnings << p;
}

void RegisterImportRows::problems(const FieldProblems &list)
{
    for (const FieldProblem &p : list)
        if (!hasProblem(p.field))
            problem(p.field, p.message);
}

bool RegisterImportRows::hasProblem(const QString &k) const
{
    for (qsizetype i = m_problemsBefore; i < m_plan.problems.size(); ++i)
        if (m_plan.problems[i].field == k)
            return true;
    return false;
}

void RegisterImportRows::checkRequired()
{
    for (const CsvField &f : RegisterCsv::fields(m_plan.table))
        if (f.required && cell(f.key).isEmpty())
            problem(f.key, Text::tr("The cell is empty; %1 is required.").arg(column(f.key)));
}

QDate RegisterImportRows::date(const QString &k)
{
    auto parsed = RegisterCsvValues::parseDate(cell(k));
    if (parsed)
        return *parsed;
    problem(k, parsed.error().message);
    return QDate();
}

qint64 RegisterImportRows::holder()
{
    if (hasProblem(QStringLiteral("entity")))
        return 0;
    const QString text = cell(QStringLiteral("entity"));
    auto code = RegistrationCodes::check(text);
    if (!code) {
        problem(QStringLiteral("entity"), code.error().message);
        return 0;
    }
    const KnownEntity *known = m_index.entityByCode(code->text);
    if (!known) {
        problem(QStringLiteral("entity"),
                Text::tr("No entity with the code %1 is in the register; add or import it first.").arg(code->text));
        return 0;
    }
    const QString givenName = cell(QStringLiteral("entityName"));
    if (!givenName.isEmpty() && NameSimilarity::key(givenName) != NameSimilarity::key(known->name))
        warning(QStringLiteral("entityName"),
                Text::tr("The register knows %1 as %2, not %3.").arg(code->text, known->name, givenName));
    return known->id;
}

} // namespace casedesk
