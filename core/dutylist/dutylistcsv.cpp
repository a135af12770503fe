#include "dutylistcsv.h"

#include "csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace casedesk::ResponsibilityListCsv {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResponsibilityListCsv)
};

// Columns of the template. Each record kind uses the columns README.md lists.
enum Column {
    Kind,
    Number,
    Name,
    Content,
    Extra,
    Sections,
    Remarks,
    Law,
    LawEdition,
    Article,
    Phone,
    Category,
    ColumnCount
};

const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("记录类型"), QStringLiteral("编号"),     QStringLiteral("名称"),     QStringLiteral("内容"),
        QStringLiteral("补充"),     QStringLiteral("责任股室"), QStringLiteral("备注"),     QStringLiteral("法规名称"),
        QStringLiteral("法规版本"), QStringLiteral("条款"),     QStringLiteral("联系电话"), QStringLiteral("分类"),
    };
    return names;
}

// Record kinds (the first column).
const QString kInfo = QStringLiteral("清单信息");
const QString kNote = QStringLiteral("注");
const QString kDuty = QStringLiteral("职责");
const QString kItem = QStringLiteral("事项");
const QString kReference = QStringLiteral("追责依据");
const QString kBoundary = QStringLiteral("边界事项");
const QString kShare = QStringLiteral("边界分工");
const QString kSystem = QStringLiteral("监管制度");
const QString kPart = QStringLiteral("制度部分");
const QString kPoint = QStringLiteral("检查要点");
const QString kService = QStringLiteral("公共服务");
const QString kBody = QStringLiteral("追责主体");

// Keys of the 清单信息 rows.
const QString kLabel = QStringLiteral("版本");
const QString kDepartment = QStringLiteral("部门");
const QString kRegion = QStringLiteral("地区");
const QString kPublished = QStringLiteral("发布日期");
const QString kEditor = QStringLiteral("填报人");
const QString kContact = QStringLiteral("联系电话");
const QString kAccountabilityIntro = QStringLiteral("追责机制说明");

const QString kSectionSeparator = QStringLiteral("、");

class RowWriter {
  public:
    void add(const QString &kind, std::initializer_list<std::pair<Column, QString>> values)
    {
        QStringList fields(ColumnCount);
        fields[Kind] = kind;
        for (const auto &[column, value] : values)
            fields[column] = value;
        text += Csv::line(fields);
    }
    QString text;
};

} // namespace

QStringList header()
{
    return columnNames();
}

bool recognises(const QString &text)
{
    // Read the header as a CSV record: spreadsheets may quote every field
    // ("记录类型",…) when they save.
    QString firstLine = text.left(1024).section(QLatin1Char('\n'), 0, 0);
    if (firstLine.startsWith(QChar(0xFEFF)))
        firstLine.remove(0, 1);
    auto header = Csv::parse(firstLine, QString());
    return header && !header->isEmpty() && header->first().fields.first().trimmed() == columnNames().first();
}

QByteArray write(const ResponsibilityList &list)
{
    RowWriter out;
    out.text = Csv::line(columnNames());
    const std::pair<QString, QString> info[] = {
        {kLabel, list.label},
        {kDepartment, list.department},
        {kRegion, list.region},
        {kPublished, list.published},
        {kEditor, list.editor},
        {kContact, list.contact},
        {kAccountabilityIntro, list.accountabilityIntro},
    };
    for (const auto &[key, value] : info)
        out.add(kInfo, {{Name, key}, {Content, value}});
    for (const QString &note : list.notes)
        out.add(kNote, {{Content, note}});
    for (const MainDuty &duty : list.duties) {
        out.add(kDuty, {{Number, duty.number}, {Content, duty.text}});
        for (qsizetype i = 0; i < duty.items.size(); ++i) {
            const ResponsibilityItem &item = duty.items[i];
            out.add(kItem, {{Number, QString::number(i + 1)},
                            {Name, item.heading},
                            {Content, item.text},
                            {Sections, item.sections.join(kSectionSeparator)},
                            {Remarks, item.remarks}});
        }
        for (const LegalReference &ref : duty.references)
            out.add(kReference, {{Number, ref.itemIndex >= 0 ? QString::number(ref.itemIndex + 1) : QString()},
                                 {Content, ref.situations},
                                 {Law, ref.law},
                                 {LawEdition, ref.lawEdition},
                                 {Article, ref.article}});
    }
    for (const BoundaryMatter &m : list.boundaries) {
        out.add(kBoundary, {{Number, m.number}, {Name, m.matter}, {Content, m.example}, {Extra, m.basis}});
        for (const BoundaryShare &s : m.shares)
            out.add(kShare, {{Name, s.department}, {Content, s.share}});
    }
    for (const SupervisionSystem &sys : list.systems) {
        out.add(kSystem, {{Number, sys.number}, {Name, sys.title}, {Content, sys.intro}, {Category, sys.domain}});
        for (const SystemPart &p : sys.parts)
            out.add(kPart, {{Name, p.heading}, {Content, p.body}, {Category, systemPartKindCode(p.kind)}});
        for (const ContentPoint &p : sys.contentPoints)
            out.add(kPoint, {{Number, p.label}, {Name, p.group}, {Content, p.text}});
    }
    for (const PublicService &s : list.services)
        out.add(kService,
                {{Number, s.number}, {Name, s.name}, {Content, s.content}, {Sections, s.section}, {Phone, s.phone}});
    for (const AccountabilityBody &b : list.accountability)
        out.add(kBody, {{Name, b.name}, {Content, b.share}, {Extra, b.procedure}, {Remarks, b.text}});
    return QByteArray("\xEF\xBB\xBF") + out.text.toUtf8();
}

Status writeFile(const ResponsibilityList &list, const QString &path)
{
    const QByteArray bytes = write(list);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

namespace {

// Builds the list row by row; each kind attaches to the latest parent above it.
class ListBuilder {
  public:
    explicit ListBuilder(QString sourceName) : m_source(std::move(sourceName)) {}

    Status setColumns(const Csv::Record &header)
    {
        m_columns.fill(-1, ColumnCount);
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            QString name = header.fields[i].trimmed();
            if (i == 0 && name.startsWith(QChar(0xFEFF)))
                name.remove(0, 1);
            if (name.isEmpty())
                continue;
            const qsizetype column = columnNames().indexOf(name);
            if (column < 0)
                return error(header.line, Text::tr("unknown column \"%1\"; the template's columns are %2.")
                                              .arg(name, columnNames().join(QStringLiteral(", "))));
            if (m_columns[column] >= 0)
                return error(header.line, Text::tr("the column \"%1\" appears twice.").arg(name));
            m_columns[column] = int(i);
        }
        if (m_columns[Kind] < 0 || m_columns[Content] < 0)
            return error(header.line, Text::tr("the header row needs at least the columns %1 and %2.")
                                          .arg(columnNames()[Kind], columnNames()[Content]));
        m_width = header.fields.size();
        return success();
    }

    Status add(const Csv::Record &r)
    {
        if (r.fields.size() > m_width) {
            bool extraEmpty = true;
            for (qsizetype i = m_width; i < r.fields.size(); ++i)
                extraEmpty = extraEmpty && r.fields[i].trimmed().isEmpty();
            if (!extraEmpty)
                return error(
                    r.line, Text::tr("the row has %1 fields but the header has %2.").arg(r.fields.size()).arg(m_width));
        }
        m_record = &r;
        const QString kind = get(Kind);
        if (kind == kInfo)
            return addInfo();
        if (kind == kNote)
            return addNote();
        if (kind == kDuty)
            return addDuty();
        if (kind == kItem)
            return addItem();
        if (kind == kReference)
            return addReference();
        if (kind == kBoundary)
            return addBoundary();
        if (kind == kShare)
            return addShare();
        if (kind == kSystem)
            return addSystem();
        if (kind == kPart)
            return addPart();
        if (kind == kPoint)
            return addPoint();
        if (kind == kService)
            return addService();
        if (kind == kBody)
            return addBody();
        return error(r.line, Text::tr("unknown record type \"%1\" in column %2.").arg(kind, columnNames()[Kind]));
    }

    Result<ResponsibilityList> finish(int lastLine)
    {
        if (m_list.department.isEmpty())
            return error(lastLine,
                         Text::tr("no %1 row gives the %2; the department is required.").arg(kInfo, kDepartment));
        if (m_list.duties.isEmpty())
            return error(lastLine,
                         Text::tr("the file has no %1 rows; a list needs at least one main duty.").arg(kDuty));
        return m_list;
    }

  private:
    QString get(Column c) const
    {
        const int index = m_columns[c];
        if (index < 0 || index >= m_record->fields.size())
            return {};
        QString v = m_record->fields[index].trimmed();
        v.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        return v;
    }

    Error error(int line, const QString &what) const
    {
        return refusal(Text::tr("%1, line %2: %3").arg(m_source).arg(line).arg(what));
    }
    Error missing(Column c) const
    {
        return error(m_record->line,
                     Text::tr("the %1 row needs a value in column %2.").arg(get(Kind), columnNames()[c]));
    }

    Status addInfo()
    {
        const QString key = get(Name);
        const QString value = get(Content);
        QString *target = key == kLabel                 ? &m_list.label
                          : key == kDepartment          ? &m_list.department
                          : key == kRegion              ? &m_list.region
                          : key == kPublished           ? &m_list.published
                          : key == kEditor              ? &m_list.editor
                          : key == kContact             ? &m_list.contact
                          : key == kAccountabilityIntro ? &m_list.accountabilityIntro
                                                        : nullptr;
        if (!target)
            return error(m_record->line, Text::tr("unknown %1 \"%2\"; use one of %3.")
                                             .arg(kInfo, key,
                                                  QStringList{kLabel, kDepartment, kRegion, kPublished, kEditor,
                                                              kContact, kAccountabilityIntro}
                                                      .join(QStringLiteral(", "))));
        *target = value;
        return success();
    }

    Status addNote()
    {
        if (get(Content).isEmpty())
            return missing(Content);
        m_list.notes << get(Content);
        return success();
    }

    Status addBoundary()
    {
        if (get(Name).isEmpty())
            return missing(Name);
        m_list.boundaries << BoundaryMatter{get(Number), get(Name), {}, get(Extra), get(Content)};
        return success();
    }

    Status addService()
    {
        if (get(Name).isEmpty())
            return missing(Name);
        m_list.services << PublicService{get(Number), get(Name), get(Content), get(Sections), get(Phone)};
        return success();
    }

    Status addBody()
    {
        if (get(Name).isEmpty())
            return missing(Name);
        m_list.accountability << AccountabilityBody{get(Name), get(Content), get(Extra), get(Remarks)};
        return success();
    }

    Status addDuty()
    {
        MainDuty duty;
        duty.number = get(Number);
        duty.text = get(Content);
        if (duty.text.isEmpty())
            return missing(Content);
        for (const MainDuty &d : m_list.duties)
            if (!duty.number.isEmpty() && d.number == duty.number)
                return error(m_record->line, Text::tr("main duty %1 appears twice.").arg(duty.number));
        m_list.duties << duty;
        return success();
    }

    // "3.2" → item index 1 of duty "3"; "3" → the whole duty (-1).
    // An item's number is its ordinal within the duty above it ("2"): a
    // plain integer, which spreadsheets leave alone (a "3.10" would come back
    // from Excel or WPS as 3.1). Empty: the next item, or the whole duty for
    // a legal reference.
    Result<int> itemIndexOf(const QString &number, bool itemRow) const
    {
        const MainDuty &duty = m_list.duties.last();
        if (number.isEmpty())
            return itemRow ? int(duty.items.size()) : -1;
        bool ok = false;
        const int ordinal = number.toInt(&ok);
        const int limit = int(duty.items.size()) + (itemRow ? 1 : 0);
        if (!ok)
            return error(m_record->line, Text::tr("item number \"%1\" must be the item's number within main duty %2, "
                                                  "e.g. 1, 2, 3.")
                                             .arg(number, duty.number));
        if (ordinal < 1 || ordinal > limit)
            return error(m_record->line, Text::tr("main duty %1 has no item %2.").arg(duty.number, number));
        return ordinal - 1;
    }

    Status addItem()
    {
        if (m_list.duties.isEmpty())
            return error(m_record->line, Text::tr("an item comes before any main duty."));
        auto index = itemIndexOf(get(Number), true);
        if (!index)
            return index.error();
        if (*index != m_list.duties.last().items.size())
            return error(m_record->line, Text::tr("item number %1 is out of order.").arg(get(Number)));
        ResponsibilityItem item;
        item.text = get(Content);
        if (item.text.isEmpty())
            return missing(Content);
        item.heading = get(Name);
        item.remarks = get(Remarks);
        static const QRegularExpression separators(QStringLiteral("[、，,；;/\\s]+"));
        item.sections = get(Sections).split(separators, Qt::SkipEmptyParts);
        m_list.duties.last().items << item;
        return success();
    }

    Status addReference()
    {
        if (m_list.duties.isEmpty())
            return error(m_record->line, Text::tr("a legal reference comes before any main duty."));
        auto index = itemIndexOf(get(Number), false);
        if (!index)
            return index.error();
        LegalReference ref{get(Law), get(LawEdition), get(Article), get(Content), *index};
        if (ref.law.isEmpty() && ref.situations.isEmpty())
            return missing(Law);
        m_list.duties.last().references << ref;
        return success();
    }

    Status addShare()
    {
        if (m_list.boundaries.isEmpty())
            return error(m_record->line, Text::tr("a department's share comes before any boundary matter."));
        if (get(Name).isEmpty())
            return missing(Name);
        m_list.boundaries.last().shares << BoundaryShare{get(Name), get(Content)};
        return success();
    }

    Status addSystem()
    {
        SupervisionSystem sys;
        sys.number = get(Number);
        sys.title = get(Name);
        sys.intro = get(Content);
        sys.domain = get(Category);
        if (sys.title.isEmpty())
            return missing(Name);
        m_list.systems << sys;
        return success();
    }

    Status addPart()
    {
        if (m_list.systems.isEmpty())
            return error(m_record->line, Text::tr("a system part comes before any supervision system."));
        const QString code = get(Category);
        const SystemPartKind kind = systemPartKindFromCode(code);
        if (systemPartKindCode(kind) != code)
            return error(m_record->line,
                         Text::tr("unknown part kind \"%1\" in column %2; use targets, content, methods, "
                                  "measures, procedure, handling or other.")
                             .arg(code, columnNames()[Category]));
        m_list.systems.last().parts << SystemPart{kind, get(Name), get(Content)};
        return success();
    }

    Status addPoint()
    {
        if (m_list.systems.isEmpty())
            return error(m_record->line, Text::tr("a check point comes before any supervision system."));
        if (get(Content).isEmpty())
            return missing(Content);
        m_list.systems.last().contentPoints << ContentPoint{get(Name), get(Number), get(Content)};
        return success();
    }

    QString m_source;
    QList<int> m_columns;
    qsizetype m_width = 0;
    const Csv::Record *m_record = nullptr;
    ResponsibilityList m_list;
};

} // namespace

Result<ResponsibilityList> read(const QString &text, const QString &sourceName)
{
    auto records = Csv::parse(text, sourceName);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return refusal(Text::tr("%1: the file is empty.").arg(sourceName));
    ListBuilder builder(sourceName);
    if (auto s = builder.setColumns(records->first()); !s)
        return s.error();
    for (qsizetype i = 1; i < records->size(); ++i)
        if (auto s = builder.add((*records)[i]); !s)
            return s.error();
    return builder.finish(records->last().line);
}

} // namespace casedesk::ResponsibilityListCsv
