#include "register/registercsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterCsv)
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

CsvField makeField(const char *key, const char *heading, bool required, std::initializer_list<const char *> aliases)
{
    return CsvField{QString::fromLatin1(key), QString::fromUtf8(heading), required, words(aliases)};
}

// The holder's code and name, shared by the licence and equipment tables.
// The name is only for people reading the file; the code decides.
const char *const kHolderCodeAliases[] = {"组织机构代码", "社会信用代码", "信用代码",
                                          "代码",         "单位代码",     "统一代码",
                                          "code",         "Credit code",  "Unified social credit code"};

QList<CsvField> entityFields()
{
    return {
        makeField("name", "单位名称", true,
                  {"企业名称", "单位全称", "名称", "使用单位", "使用单位名称", "企业(单位)名称", "单位", "企业",
                   "生产企业", "生产单位", "Name", "Entity name", "Company name"}),
        makeField("code", "统一社会信用代码", true,
                  {"组织机构代码", "社会信用代码", "信用代码", "代码", "统一代码", "统一社会信用代码/组织机构代码",
                   "Credit code", "Unified social credit code", "Organisation code"}),
        makeField(
            "address", "地址", false,
            {"住所", "单位地址", "注册地址", "经营场所", "经营地址", "生产地址", "详细地址", "企业地址", "Address"}),
        makeField("township", "乡镇", false,
                  {"乡镇/街道", "所属乡镇", "街道", "乡镇街道", "所在乡镇", "所属乡镇(街道)", "Township"}),
        makeField("legalRepresentative", "法定代表人", false,
                  {"法人", "法人代表", "负责人", "法定代表人(负责人)", "Legal representative"}),
        makeField("contactPerson", "联系人", false, {"Contact", "Contact person"}),
        makeField("phone", "联系电话", false,
                  {"电话", "手机", "联系方式", "手机号码", "电话号码", "固定电话", "Phone", "Telephone"}),
        makeField("kinds", "类别", false, {"单位类别", "类型", "单位类型", "监管类别", "Kinds", "Kind"}),
        makeField("lastIncidentOn", "最近事故或召回日期", false,
                  {"事故日期", "召回日期", "最近事故日期", "Last incident", "Last accident or recall"}),
        makeField("complaintsConfirmed", "投诉属实", false, {"投诉是否属实", "有属实投诉", "Complaints confirmed"}),
        makeField("crowdedPlace", "人员密集场所", false,
                  {"是否人员密集场所", "人员密集", "重点监督检查单位", "Crowded place"}),
        makeField("notes", "备注", false, {"说明", "Notes", "Remarks"}),
    };
}

CsvField holderCode(std::initializer_list<const char *> more)
{
    CsvField f = makeField("entity", "统一社会信用代码", true, more);
    for (const char *alias : kHolderCodeAliases)
        f.aliases << QString::fromUtf8(alias);
    return f;
}

QList<CsvField> licenceFields()
{
    return {
        holderCode({"持证单位代码", "Holder code"}),
        makeField("entityName", "单位名称", false,
                  {"企业名称", "持证单位", "单位全称", "名称", "Holder", "Holder name"}),
        makeField("kind", "证书类别", true,
                  {"许可证类别", "证书类型", "许可类别", "证书种类", "类别", "Licence kind", "Kind"}),
        makeField("number", "证书编号", true, {"许可证编号", "编号", "证书号", "许可证号", "Number", "Licence number"}),
        makeField("scope", "许可范围", false, {"产品名称", "范围", "产品", "许可项目", "Scope"}),
        makeField("issuedOn", "发证日期", true, {"发证时间", "颁发日期", "发证日", "Issued", "Issued on"}),
        makeField("expiresOn", "有效期至", false,
                  {"有效期截止", "到期日期", "有效期", "截止日期", "有效期限", "Expires", "Expires on"}),
        makeField("status", "状态", false, {"证书状态", "Status"}),
        makeField("statusOn", "状态日期", false, {"状态变更日期", "Status date", "Status on"}),
        makeField("statusReason", "状态原因", false, {"变更原因", "原因", "Status reason"}),
    };
}

QList<CsvField> equipmentFields()
{
    return {
        holderCode({"使用单位代码", "Owner code"}),
        makeField("entityName", "使用单位", false,
                  {"单位名称", "使用单位名称", "企业名称", "名称", "Owner", "Owner name"}),
        makeField("category", "设备类别", true, {"种类", "设备种类", "类别", "设备类型", "Category"}),
        makeField("registrationNumber", "注册代码", true,
                  {"使用登记证编号", "登记证号", "设备注册代码", "使用登记证号", "登记编号", "Registration number"}),
        makeField("description", "设备名称", false, {"品种", "型号", "设备品种", "规格型号", "Description"}),
        makeField("location", "设备地点", false, {"使用地点", "安装地点", "地点", "设备使用地点", "Location"}),
        makeField("nextInspectionOn", "下次检验日期", false,
                  {"下次定期检验日期", "检验到期日", "下次检验日", "下次检验时间", "Next inspection"}),
        makeField("status", "状态", false, {"设备状态", "使用状态", "Status"}),
    };
}

// A field's own words: the template heading and the key, before aliases.
bool isOwnName(const CsvField &f, const QString &normalised)
{
    return normalised == RegisterCsv::normaliseHeading(f.heading) || normalised == RegisterCsv::normaliseHeading(f.key);
}

bool isAlias(const CsvField &f, const QString &normalised)
{
    for (const QString &alias : f.aliases)
        if (normalised == RegisterCsv::normaliseHeading(alias))
            return true;
    return false;
}

// Fields only one table has, which tell the tables apart (the holder's
// code and name and the status are everywhere).
int distinctiveMatches(RegisterTable table, const QStringList &headings)
{
    static const QStringList shared = {QStringLiteral("entity"), QStringLiteral("entityName"),
                                       QStringLiteral("status")};
    const QStringList entityMapping = RegisterCsv::guessMapping(RegisterTable::Entities, headings);
    const QStringList mapping = RegisterCsv::guessMapping(table, headings);
    int count = 0;
    for (qsizetype i = 0; i < mapping.size(); ++i)
        if (!mapping[i].isEmpty() && !shared.contains(mapping[i]) && entityMapping[i].isEmpty())
            ++count;
    return count;
}

} // namespace

QString registerTableCode(RegisterTable table)
{
    switch (table) {
    case RegisterTable::Entities:
        return QStringLiteral("entities");
    case RegisterTable::Licences:
        return QStringLiteral("licences");
    case RegisterTable::Equipment:
        return QStringLiteral("equipment");
    }
    return {};
}

QString registerTableName(RegisterTable table)
{
    switch (table) {
    case RegisterTable::Entities:
        return Text::tr("Entities");
    case RegisterTable::Licences:
        return Text::tr("Licences");
    case RegisterTable::Equipment:
        return Text::tr("Special equipment");
    }
    return {};
}

namespace RegisterCsv {

const QList<CsvField> &fields(RegisterTable table)
{
    static const QList<CsvField> entities = entityFields();
    static const QList<CsvField> licences = licenceFields();
    static const QList<CsvField> equipment = equipmentFields();
    switch (table) {
    case RegisterTable::Licences:
        return licences;
    case RegisterTable::Equipment:
        return equipment;
    case RegisterTable::Entities:
        break;
    }
    return entities;
}

const CsvField *field(RegisterTable table, const QString &key)
{
    for (const CsvField &f : fields(table))
        if (f.key == key)
            return &f;
    return nullptr;
}

QString normaliseHeading(const QString &heading)
{
    const QString folded = heading.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace() || c == QLatin1Char('*') || c == QChar(0xFEFF))
            continue;
        if (c == QLatin1Char('[') || c == QLatin1Char('{') || c == QChar(0x3010) || c == QChar(0x3014))
            out += QLatin1Char('('); // [ { 【 〔
        else if (c == QLatin1Char(']') || c == QLatin1Char('}') || c == QChar(0x3011) || c == QChar(0x3015))
            out += QLatin1Char(')');
        else
            out += c;
    }
    return out;
}

QStringList guessMapping(RegisterTable table, const QStringList &headings)
{
    const QList<CsvField> &list = fields(table);
    QStringList normalised;
    for (const QString &h : headings)
        normalised << normaliseHeading(h);
    QStringList mapping(headings.size());
    QSet<QString> taken;
    // A column named exactly as the template (or by the key) wins over a
    // column that only uses an alias: with both 联系电话 and 电话 in a
    // sheet, 联系电话 is the phone. Of two columns with the same meaning,
    // the first counts; the other is ignored and shown as such.
    for (bool own : {true, false}) {
        for (qsizetype i = 0; i < normalised.size(); ++i) {
            if (!mapping[i].isEmpty() || normalised[i].isEmpty())
                continue;
            for (const CsvField &f : list) {
                if (taken.contains(f.key))
                    continue;
                if (own ? isOwnName(f, normalised[i]) : isAlias(f, normalised[i])) {
                    mapping[i] = f.key;
                    taken.insert(f.key);
                    break;
                }
            }
        }
    }
    return mapping;
}

RegisterTable detectTable(const QStringList &headings)
{
    const int licences = distinctiveMatches(RegisterTable::Licences, headings);
    const int equipment = distinctiveMatches(RegisterTable::Equipment, headings);
    if (licences == 0 && equipment == 0)
        return RegisterTable::Entities;
    return equipment > licences ? RegisterTable::Equipment : RegisterTable::Licences;
}

Status checkMapping(RegisterTable table, const QStringList &mapping)
{
    QHash<QString, int> count;
    for (const QString &key : mapping) {
        if (key.isEmpty())
            continue;
        if (!field(table, key))
            return refusal(Text::tr("The column mapping names \"%1\", which is not a field of %2.")
                               .arg(key, registerTableName(table)));
        ++count[key];
    }
    QStringList missing;
    for (const CsvField &f : fields(table)) {
        if (count.value(f.key) > 1)
            return refusal(Text::tr("Several columns are mapped to %1; map one and ignore the others.").arg(f.heading));
        if (f.required && count.value(f.key) == 0)
            missing << f.heading;
    }
    if (!missing.isEmpty())
        return refusal(Text::tr("No column is mapped to %1, which %2 needs.")
                           .arg(missing.join(QStringLiteral("、")), registerTableName(table)));
    return success();
}

} // namespace RegisterCsv

} // namespace casedesk
