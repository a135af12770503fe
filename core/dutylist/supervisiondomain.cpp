#include "supervisiondomain.h"

#include <QCoreApplication>

namespace casedesk::SupervisionDomain {

namespace {

struct DomainRule {
    const char *code;
    const char *name; // translated via QCoreApplication::translate("SupervisionDomain", …)
    // Keywords tried in table order: the first domain with a keyword in the
    // text wins, so more specific domains stand first.
    QStringList keywords;
    QStringList glossary;
};

const QList<DomainRule> &rules()
{
    static const QList<DomainRule> table = {
        {SpecialEquipment,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Special equipment"),
         {QStringLiteral("特种设备"), QStringLiteral("锅炉"), QStringLiteral("压力容器"), QStringLiteral("电梯"),
          QStringLiteral("起重机械"), QStringLiteral("客运索道"), QStringLiteral("游乐设施")},
         {QStringLiteral("锅炉"), QStringLiteral("压力容器"), QStringLiteral("气瓶"), QStringLiteral("压力管道"),
          QStringLiteral("电梯"), QStringLiteral("起重机械"), QStringLiteral("客运索道"),
          QStringLiteral("大型游乐设施"), QStringLiteral("场（厂）内专用机动车辆"), QStringLiteral("叉车"),
          QStringLiteral("使用登记")}},
        {FoodRelated,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Food-related products"),
         {QStringLiteral("食品相关产品"), QStringLiteral("食品包装"), QStringLiteral("用于食品的")},
         {QStringLiteral("食品包装"), QStringLiteral("餐具"), QStringLiteral("洗涤剂"), QStringLiteral("消毒剂")}},
        {Metrology,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Metrology"),
         {QStringLiteral("计量"), QStringLiteral("量值传递"), QStringLiteral("检定")},
         {QStringLiteral("计量器具"), QStringLiteral("衡器"), QStringLiteral("加油机"), QStringLiteral("电能表"),
          QStringLiteral("水表"), QStringLiteral("燃气表"), QStringLiteral("定量包装"), QStringLiteral("强制检定")}},
        {TestingBodies,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Testing and inspection bodies"),
         {QStringLiteral("检验检测机构"), QStringLiteral("资质认定"), QStringLiteral("实验室"),
          QStringLiteral("安检机构"), QStringLiteral("检查机构")},
         {QStringLiteral("CMA"), QStringLiteral("能力验证"), QStringLiteral("检验报告")}},
        {Certification,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Certification"),
         {QStringLiteral("认证")},
         {QStringLiteral("3C"), QStringLiteral("CCC"), QStringLiteral("认证标志"), QStringLiteral("认证证书")}},
        {ProductionLicence,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Production licences"),
         {QStringLiteral("生产许可"), QStringLiteral("获证企业")},
         {QStringLiteral("许可证"), QStringLiteral("QS"), QStringLiteral("无证生产")}},
        {ProductQuality,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Product quality and sampling"),
         {QStringLiteral("监督抽查"), QStringLiteral("产品质量"), QStringLiteral("抽查"), QStringLiteral("假冒伪劣"),
          QStringLiteral("三包"), QStringLiteral("召回"), QStringLiteral("能效标识"), QStringLiteral("纤维")},
         {QStringLiteral("抽样"), QStringLiteral("不合格"), QStringLiteral("复检"), QStringLiteral("打假")}},
        {Standardization,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Standardization"),
         {QStringLiteral("标准化"), QStringLiteral("标准备案"), QStringLiteral("组织机构代码"),
          QStringLiteral("商品条码"), QStringLiteral("地方标准")},
         {QStringLiteral("条码"), QStringLiteral("企业标准"), QStringLiteral("标准日")}},
        {Enforcement,
         QT_TRANSLATE_NOOP("SupervisionDomain", "Law enforcement and cases"),
         {QStringLiteral("案件"), QStringLiteral("行政处罚"), QStringLiteral("行政执法"), QStringLiteral("查处"),
          QStringLiteral("举报")},
         {QStringLiteral("立案"), QStringLiteral("罚款"), QStringLiteral("裁量"), QStringLiteral("12365")}},
    };
    return table;
}

const DomainRule *ruleFor(const QString &code)
{
    for (const DomainRule &r : rules())
        if (code == QLatin1String(r.code))
            return &r;
    return nullptr;
}

} // namespace

QStringList codes()
{
    QStringList list;
    for (const DomainRule &r : rules())
        list << QString::fromLatin1(r.code);
    return list;
}

QString classify(const QString &text)
{
    for (const DomainRule &r : rules())
        for (const QString &k : r.keywords)
            if (text.contains(k))
                return QString::fromLatin1(r.code);
    return {};
}

QString classifyItem(const QString &itemText, const QString &dutyText)
{
    const QString own = classify(itemText);
    return own.isEmpty() ? classify(dutyText) : own;
}

QString displayName(const QString &code)
{
    if (const DomainRule *r = ruleFor(code))
        return QCoreApplication::translate("SupervisionDomain", r->name);
    return QCoreApplication::translate("SupervisionDomain", "General");
}

QStringList glossary(const QString &code)
{
    const DomainRule *r = ruleFor(code);
    return r ? r->glossary + r->keywords : QStringList{};
}

QStringList domainsForTerm(const QString &term)
{
    QStringList found;
    if (term.isEmpty())
        return found;
    for (const DomainRule &r : rules()) {
        const QStringList words = r.glossary + r.keywords;
        for (const QString &w : words) {
            // Whole glossary words only: 电梯 or 电梯安全 find special
            // equipment, a fragment like 器具 does not find all of metrology.
            if (term.contains(w, Qt::CaseInsensitive)) {
                found << QString::fromLatin1(r.code);
                break;
            }
        }
    }
    return found;
}

} // namespace casedesk::SupervisionDomain
