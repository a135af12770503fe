#pragma once
// The responsibility list (责任清单) a bureau publishes, as plain values.
// Importers build one, the repository stores and loads it, the CSV template
// writes it out. One ResponsibilityList is one edition; a new edition is a
// new ResponsibilityList and never rewrites an old one.

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// One law or regulation a duty is held to account by (追责依据), split out of
// the published text: 《产品质量法》（2000年7月8日修订）第六十五条：situations…
struct LegalReference {
    QString law;        // without the book-title marks: 产品质量法
    QString lawEdition; // the parenthesised edition or date, without brackets
    QString article;    // 第六十五条 (may list several: 第五十七条、第五十八条)
    QString situations; // the accountability situations the article names
    int itemIndex = -1; // index into MainDuty::items, or -1 for the whole duty
    bool operator==(const LegalReference &) const = default;
};

// 具体责任事项 / 具体工作事项.
struct ResponsibilityItem {
    QString text;
    QStringList sections; // 责任股室, in the order written
    QString remarks;      // 备注
    QString heading;      // sub-heading text a merged cell put beside the item, if any
    bool operator==(const ResponsibilityItem &) const = default;
};

// 主要职责 with its items and the legal references that hold it to account.
struct MainDuty {
    QString number; // as published: "3"
    QString text;
    QList<ResponsibilityItem> items;
    QList<LegalReference> references;
    bool operator==(const MainDuty &) const = default;
};

// One department's share of a boundary matter (职责边界).
struct BoundaryShare {
    QString department;
    QString share;
    bool operator==(const BoundaryShare &) const = default;
};

struct BoundaryMatter {
    QString number;
    QString matter; // 管理事项: 危险化学品监管
    QList<BoundaryShare> shares;
    QString basis;   // 相关依据
    QString example; // 事例 / 案例
    bool operator==(const BoundaryMatter &) const = default;
};

// The parts a supervision system (事中事后监管制度) is written in.
enum class SystemPartKind { Targets, Content, Methods, Measures, Procedure, Handling, Other };

struct SystemPart {
    SystemPartKind kind = SystemPartKind::Other;
    QString heading; // as published: 监督检查措施及处理
    QString body;    // paragraphs separated by '\n'
    bool operator==(const SystemPart &) const = default;
};

// A numbered check point of a system's content; later an inspection checklist line.
struct ContentPoint {
    QString group; // the (一)/(二) group heading the point sits under, if any
    QString label; // 1 / (三) as published
    QString text;
    bool operator==(const ContentPoint &) const = default;
};

struct SupervisionSystem {
    QString number; // 一, 二 … as published in （一）
    QString title;
    QString domain; // a SupervisionDomain code, see supervisiondomain.h
    QString intro;  // text before the first part
    QList<SystemPart> parts;
    QList<ContentPoint> contentPoints;
    bool operator==(const SupervisionSystem &) const = default;
};

// 公共服务事项.
struct PublicService {
    QString number;
    QString name;
    QString content;
    QString section; // 承办机构
    QString phone;
    bool operator==(const PublicService &) const = default;
};

// A body of the accountability mechanism (责任追究机制).
struct AccountabilityBody {
    QString name;      // 行政机关
    QString share;     // （一）职责分工
    QString procedure; // （二）追责程序
    QString text;      // anything else it says, paragraphs separated by '\n'
    bool operator==(const AccountabilityBody &) const = default;
};

struct ResponsibilityList {
    QString label;      // the edition's label, unique per department
    QString department; // 永清县质量技术监督局
    QString region;     // 永清县
    QString published;  // yyyy-MM or yyyy-MM-dd
    QString editor;     // 填报人
    QString contact;    // 联系电话
    QStringList notes;  // the notes (注) printed under the tables
    QList<MainDuty> duties;
    QList<BoundaryMatter> boundaries;
    QList<SupervisionSystem> systems;
    QList<PublicService> services;
    QString accountabilityIntro;
    QList<AccountabilityBody> accountability;
    bool operator==(const ResponsibilityList &) const = default;

    // Items and legal references over all duties.
    int itemCount() const;
    int referenceCount() const;
};

QString systemPartKindCode(SystemPartKind kind);
SystemPartKind systemPartKindFromCode(const QString &code);

} // namespace casedesk
