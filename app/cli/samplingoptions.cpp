#include "samplingoptions.h"

#include "caseoptions.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingrules.h"

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

InspectedUnit unitOf(const Entity &e)
{
    return InspectedUnit{e.id, e.name, e.code, e.address, e.legalRepresentative, e.contactPerson, e.phone};
}

Status applyParent(const CommandLine &cl, const InspectionCommand &c, SamplingBatch &batch)
{
    if (cl.has("--parent")) {
        auto parent = findBatch(c, cl.option("--parent"));
        if (!parent)
            return optionError("--parent", parent.error());
        batch.parentId = parent->id;
        batch.parentNumber = parent->batchNumber;
        // An objection or re-check tests the same product of the same enterprise.
        batch.unit = parent->unit;
        batch.product = parent->product;
        batch.specification = parent->specification;
        batch.trademark = parent->trademark;
        batch.planName = parent->planName;
        batch.standard = parent->standard;
        batch.section = parent->section;
        batch.itemIds = parent->itemIds;
    }
    if (batch.kind == SamplingKind::Plan && batch.parentId != 0)
        return refusal(Text::tr("--parent: a planned batch follows no other; give --kind objection or recheck"));
    if (batch.kind != SamplingKind::Plan && batch.parentId == 0)
        return refusal(Text::tr("--parent: an objection or re-check names the batch it follows"));
    return success();
}
} // namespace

Result<SamplingBatch> findBatch(const InspectionCommand &c, const QString &number)
{
    return SamplingRepository(*c.db).findByNumber(number.trimmed());
}

Status applySamplingOptions(const CommandLine &cl, const InspectionCommand &c, SamplingBatch &batch)
{
    if (const Status read = readEnumOption(cl, "--kind", samplingKinds(), batch.kind); !read)
        return read.error();
    if (auto s = applyParent(cl, c, batch); !s)
        return s;
    if (cl.has("--entity")) {
        auto entity = entityValue(c, cl.option("--entity"), "--entity");
        if (!entity)
            return entity.error();
        batch.unit = unitOf(*entity);
    }
    if (cl.has("--on")) {
        auto day = dateOption(cl, "--on");
        if (!day)
            return day.error();
        batch.sampledOn = *day;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"--product", &batch.product},
        {"--lab", &batch.lab},
        {"--from-stock", &batch.sampledFrom},
        {"--section", &batch.section},
        {"--plan", &batch.planName},
        {"--spec", &batch.specification},
        {"--batch", &batch.productionBatch},
        {"--trademark", &batch.trademark},
        {"--quantity", &batch.sampleQuantity},
        {"--standard", &batch.standard},
        {"--notes", &batch.notes},
    };
    for (const auto &[option, field] : texts)
        if (cl.has(option))
            *field = cl.option(option).trimmed();
    if (cl.has("--samplers")) {
        auto people = staffValue(c, cl.option("--samplers"), "--samplers");
        if (!people)
            return people.error();
        batch.samplers = *people;
    }
    if (cl.has("--items")) {
        auto items = itemsValue(c, cl.option("--items"), "--items");
        if (!items)
            return items.error();
        batch.itemIds = *items;
    }
    return success();
}

Status checkBatch(const InspectionCommand &c, const SamplingBatch &batch)
{
    auto staff = staffRecords(c, batch.samplers);
    if (!staff)
        return optionError("--samplers", staff.error());
    if (auto s = firstFieldProblem(SamplingRules::problems(batch, *staff, c.today)); !s || batch.parentId == 0)
        return s;
    auto parent = SamplingRepository(*c.db).find(batch.parentId);
    if (!parent)
        return optionError("--parent", parent.error());
    return firstFieldProblem(SamplingRules::parentProblems(batch, *parent));
}

} // namespace casedesk::cli
