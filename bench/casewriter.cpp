#include "casewriter.h"

#include "benchsupport.h"
#include "cases/casenumber.h"
#include "cases/casestage.h"

#include <QHash>
#include <QSqlError>
#include <QUuid>
#include <random>

namespace casedesk::bench {

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate); // bound through Database::bindable: invalid is ''
}

const QStringList kSections = {QStringLiteral("稽查股"),     QStringLiteral("稽查股"),
                               QStringLiteral("稽查股"),     QStringLiteral("特种设备安全监察股"),
                               QStringLiteral("标准计量股"), QStringLiteral("质量监督股")};

// Where a case received `age` days ago has got to.
CaseStage stageFor(int age, std::mt19937 &rng)
{
    const int r = int(rng() % 100);
    if (age > 150) {
        const CaseStage old[] = {CaseStage::Archived,    CaseStage::Closed,    CaseStage::NotFiled,
                                 CaseStage::Transferred, CaseStage::Withdrawn, CaseStage::Executed};
        const int cut[] = {72, 85, 92, 96, 98, 100};
        for (int i = 0; i < 6; ++i)
            if (r < cut[i])
                return old[i];
    }
    if (age > 100) {
        const CaseStage later[] = {CaseStage::Decided, CaseStage::Served, CaseStage::Executed, CaseStage::Closed,
                                   CaseStage::NotFiled};
        return later[r % 5];
    }
    const CaseStage recent[] = {CaseStage::Lead,          CaseStage::Filed,       CaseStage::Investigating,
                                CaseStage::Investigating, CaseStage::UnderReview, CaseStage::PartyNotified,
                                CaseStage::Decided,       CaseStage::Served};
    return age < 5 ? CaseStage::Lead : recent[r % 8];
}

struct Inserter {
    Database &db;
    QSqlQuery caseRow = db.prepare(
        QStringLiteral("INSERT INTO enforcement_case (id, lead_number, case_year, case_sequence, stage, source, "
                       "received_on, title, party_kind, party_name, party_code, facts, section, filed_on, "
                       "decided_on, closed_on, extension_on, extension_days, due_on, clock_stopped, search_text, "
                       "uuid, created_at, created_by, modified_at, modified_by, site) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, "
                       "'bench', 'BENCH')"));
    QSqlQuery handler =
        db.prepare(QStringLiteral("INSERT INTO case_handler (case_id, staff_id, position) VALUES (?, ?, ?)"));
    QSqlQuery seizure = db.prepare(
        QStringLiteral("INSERT INTO case_seizure (case_id, items, place, from_on, released_on, due_on, uuid, "
                       "created_at, created_by, modified_at, modified_by, site) "
                       "VALUES (?, ?, '仓库', ?, ?, ?, ?, ?, 'bench', ?, 'bench', 'BENCH')"));

    void exec(QSqlQuery &q, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, Database::bindable(values.at(i)));
        if (!q.exec())
            die(failure(q.lastError().text()));
    }
};
} // namespace

int writeCases(Database &db, int n, const Span &span, const QList<Colleague> &staff, const QString &abbreviation)
{
    const QDate &today = span.today;
    std::mt19937 rng(20261122);
    Inserter in{db};
    QHash<int, int> sequence; // per filing year
    const QList<CaseSource> sources = caseSources().values();
    int seizures = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 id = i + 1;
        const QDate received = span.dayOfSlot(i, n);
        const int age = int(received.daysTo(today));
        CaseStage stage = stageFor(age, rng);
        QDate filed;
        if (stage != CaseStage::Lead && stage != CaseStage::NotFiled) {
            filed = received.addDays(2 + int(rng() % 5));
            if (filed > today) {
                stage = CaseStage::Lead;
                filed = QDate();
            }
        }
        CaseNumber number;
        if (filed.isValid())
            number = {filed.year(), ++sequence[filed.year()]};
        const bool extended = clockRuns(stage) && i % 10 == 0;
        const QDate due = clockRuns(stage) ? filed.addMonths(3).addDays(extended ? 30 : 0) : QDate();
        const int decidedRank = int(stage) - int(CaseStage::Decided);
        const QDate decided = decidedRank >= 0 && decidedRank <= 4 ? filed.addDays(60) : QDate();
        const bool person = i % 10 < 3;
        const QString product = kProducts.at(i % kProducts.size());
        const QString party = person ? kSurnames.at(i % kSurnames.size()) + QStringLiteral("某%1").arg(i)
                                     : QStringLiteral("永清县第%1%2有限公司").arg(i).arg(product.left(2));
        const QString code =
            person ? QStringLiteral("13102319%1").arg(800101000 + i, 10, 10, QLatin1Char('0')) : creditCode(i);
        const QString title = QStringLiteral("涉嫌生产销售不合格%1案").arg(product);
        const QString facts = QStringLiteral("经抽样检验，当事人生产销售的%1不符合国家标准，货值金额%2元。")
                                  .arg(product)
                                  .arg(1000 + i % 90000);
        const QString lead = QStringLiteral("BENCH-%1-%2").arg(received.year()).arg(i, 6, 10, QLatin1Char('0'));
        const QString shown =
            number.isNull() ? QString() : number.format(abbreviation) + QLatin1Char(' ') + number.shortForm();
        const QStringList words = {lead, shown, title, party, code, facts};
        const QString modified =
            received.addDays(age > 30 ? 30 : age).toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
        in.exec(in.caseRow,
                {id,
                 lead,
                 number.year,
                 number.sequence,
                 caseStages().code(stage),
                 caseSources().code(sources.at(int(rng() % sources.size()))),
                 iso(received),
                 title,
                 partyKinds().code(person ? PartyKind::Person : PartyKind::Entity),
                 party,
                 code,
                 facts,
                 kSections.at(int(rng() % kSections.size())),
                 iso(filed),
                 iso(decided),
                 iso(stage == CaseStage::Closed || stage == CaseStage::Archived ? filed.addDays(100) : QDate()),
                 iso(extended ? filed.addDays(80) : QDate()),
                 extended ? 30 : 0,
                 iso(due),
                 clockRuns(stage) && i % 33 == 0 ? 1 : 0,
                 words.join(QLatin1Char(' ')).toLower(),
                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                 iso(received) + QStringLiteral("T08:00:00Z"),
                 modified});
        const int handlers = int(staff.size());
        const qint64 first = staff.at(i * 7 % handlers).id, second = staff.at((i * 7 + 13) % handlers).id;
        in.exec(in.handler, {id, first, 0});
        in.exec(in.handler, {id, second, 1});
        if (filed.isValid() && i % 16 == 0) {
            const QDate from = filed.addDays(3);
            const bool open = clockRuns(stage) && from <= today;
            in.exec(in.seizure, {id, product, iso(from), iso(open ? QDate() : from.addDays(25)), iso(from.addDays(30)),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 iso(from) + QStringLiteral("T09:00:00Z"), iso(from) + QStringLiteral("T09:00:00Z")});
            ++seizures;
        }
    }
    return seizures;
}

} // namespace casedesk::bench
