<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BureauSettings</name>
    <message>
        <source>Bureau name: give the bureau&apos;s name (1 to 100 characters).</source>
        <translation>单位名称：请填写本局名称（1～100 个字符）。</translation>
    </message>
    <message>
        <source>Abbreviation: give the case-number abbreviation, e.g. 永质监 (1 to 12 characters).</source>
        <translation>简称：请填写案件编号使用的简称，如“永质监”（1～12 个字符）。</translation>
    </message>
    <message>
        <source>Workstation code: use 1 to 16 letters, digits or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>工作站代码：只能使用 1～16 个字母、数字或“-”（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Cannot save the bureau settings.</source>
        <translation>无法保存本局设置。</translation>
    </message>
    <message>
        <source>%1 is already set up for %2 (%3, workstation %4); it was not changed.</source>
        <translation>%1 已设置为 %2（%3，工作站 %4），未作更改。</translation>
    </message>
</context>
<context>
    <name>CaseDeskCli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Usage: casedesk-cli [--db PATH] [--json] [--user NAME] COMMAND [ARGS...]

Commands:
  init [--bureau NAME --abbrev ABBR --site CODE]
                           create the database (and record the bureau, its
                           case-number abbreviation and this workstation)
  duties import FILE [--edition LABEL] [--dry-run]
                           import a responsibility list (published text layout
                           or the CSV template); --dry-run checks only
  duties list [--json]     editions, duties with items, sections, references,
                           and counts of boundaries, systems, public services
  duties export -o FILE.csv [--edition ID|LABEL]
                           write an edition (default: the newest) as the CSV
                           template (UTF-8 with BOM)

Exit status: 0 done, 2 refused (bad input or request; nothing changed),
1 any other failure.
</source>
        <translation>用法：casedesk-cli [--db 路径] [--json] [--user 用户名] 命令 [参数...]

命令：
  init [--bureau 单位名称 --abbrev 简称 --site 工作站代码]
                           创建数据库（并记录单位名称、案件编号简称
                           和本工作站代码）
  duties import 文件 [--edition 版本标签] [--dry-run]
                           导入责任清单（公布的文本格式或 CSV 模板）；
                           --dry-run 只检查不写入
  duties list [--json]     列出各版本及其主要职责、具体责任事项、责任股室、
                           法律依据，以及职责边界、监管制度、公共服务事项的数量
  duties export -o 文件.csv [--edition 编号|标签]
                           将一个版本（默认最新）导出为 CSV 模板
                           （带 BOM 的 UTF-8）

退出状态：0 完成；2 被拒绝（输入或请求有误，未作任何更改）；
1 其他失败。
</translation>
    </message>
    <message>
        <source>init: give --bureau, --abbrev and --site together</source>
        <translation>init：--bureau、--abbrev 和 --site 须同时给出</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（数据结构版本 %2）</translation>
    </message>
    <message>
        <source>Bureau: %1, abbreviation %2, workstation %3</source>
        <translation>单位：%1，简称 %2，工作站 %3</translation>
    </message>
    <message>
        <source>duties import: give exactly one FILE</source>
        <translation>duties import：请只给出一个文件</translation>
    </message>
    <message>
        <source>%1: %2, edition &quot;%3&quot; of %4: %5 main duties, %6 items, %7 legal references, %8 boundary matters, %9 supervision systems, %10 public services. Nothing was written (dry run).</source>
        <translation>%1：%2，%4 的版本“%3”：主要职责 %5 项，具体责任事项 %6 项，法律依据 %7 条，职责边界 %8 项，事中事后监管制度 %9 项，公共服务事项 %10 项。未写入任何内容（试运行）。</translation>
    </message>
    <message>
        <source>Edition &quot;%1&quot; of %2 is already stored with the same content (edition %3); nothing was changed.</source>
        <translation>%2 的版本“%1”已以相同内容存在（版本 %3），未作任何更改。</translation>
    </message>
    <message>
        <source>Imported edition &quot;%1&quot; of %2 as edition %3: %4 main duties, %5 items, %6 legal references, %7 boundary matters, %8 supervision systems, %9 public services.</source>
        <translation>已导入 %2 的版本“%1”（版本 %3）：主要职责 %4 项，具体责任事项 %5 项，法律依据 %6 条，职责边界 %7 项，事中事后监管制度 %8 项，公共服务事项 %9 项。</translation>
    </message>
    <message>
        <source>Edition %1 &quot;%2&quot; — %3 (%4), published %5</source>
        <translation>版本 %1“%2”——%3（%4），发布于 %5</translation>
    </message>
    <message>
        <source>  Boundary matters: %1; supervision systems: %2; public services: %3</source>
        <translation>  职责边界：%1 项；事中事后监管制度：%2 项；公共服务事项：%3 项</translation>
    </message>
    <message>
        <source>No responsibility list has been imported yet.</source>
        <translation>尚未导入任何责任清单。</translation>
    </message>
    <message>
        <source>duties export: give -o FILE.csv</source>
        <translation>duties export：请用 -o 指定 CSV 文件</translation>
    </message>
    <message>
        <source>duties export: -o %1: the file name must end in .csv</source>
        <translation>duties export：-o %1：文件名须以 .csv 结尾</translation>
    </message>
    <message>
        <source>Wrote edition %1 &quot;%2&quot; to %3.</source>
        <translation>已将版本 %1“%2”写入 %3。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see casedesk-cli --help</source>
        <translation>未知命令“%1”，请参阅 casedesk-cli --help</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1, line %2: text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>%1，第 %2 行：字段的结束引号之后还有文字；带引号的字段中，引号须写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed; the file looks truncated.</source>
        <translation>%1，第 %2 行：带引号的字段没有结束引号，文件似乎不完整。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot configure the database (%1): %2</source>
        <translation>无法设置数据库（%1）：%2</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseDesk (schema version %2; this program knows up to %3). It has not been modified; please update CaseDesk.</source>
        <translation>%1 由较新版本的 CaseDesk 写入（数据结构版本 %2，本程序最高只支持版本 %3）。该文件未作任何修改，请升级 CaseDesk。</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>数据库语句执行失败：%1</translation>
    </message>
</context>
<context>
    <name>ListHtmlRenderer</name>
    <message>
        <source>, </source>
        <comment>separator between section names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>duty number. duty text</comment>
        <translation>%1．%2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>system number in brackets, then its title</comment>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>监管内容</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>监管方式</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>监管措施</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>监管程序</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation>其他规定</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>This system lists no check points.</source>
        <translation>本制度未列明检查要点。</translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Sub-heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supervision domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>The list names no responsible section for this item.</source>
        <translation>责任清单未列明本事项的责任股室。</translation>
    </message>
    <message>
        <source>Legal basis for accountability</source>
        <translation>追责依据</translation>
    </message>
    <message>
        <source>The list gives no legal basis for this item.</source>
        <translation>责任清单未列明本事项的追责依据。</translation>
    </message>
    <message>
        <source>Checklist (supervision system)</source>
        <translation>检查要点（事中事后监管制度）</translation>
    </message>
    <message>
        <source>No supervision system of this edition covers the item&apos;s domain.</source>
        <translation>本版本没有与该事项监管领域对应的事中事后监管制度。</translation>
    </message>
    <message>
        <source>Main duty %1</source>
        <translation>第 %1 项主要职责</translation>
    </message>
    <message>
        <source>This duty lists no items.</source>
        <translation>本项主要职责未列明具体责任事项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容概况</translation>
    </message>
    <message>
        <source>Main duties</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Boundary matters</source>
        <translation>职责边界事项</translation>
    </message>
    <message>
        <source>Supervision systems</source>
        <translation>事中事后监管制度</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>公共服务事项</translation>
    </message>
    <message>
        <source>This edition lists no duties.</source>
        <translation>本版本未列明主要职责。</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments and their shares</source>
        <translation>相关部门及职责分工</translation>
    </message>
    <message>
        <source>No department shares are listed.</source>
        <translation>未列明相关部门的职责分工。</translation>
    </message>
    <message>
        <source>Share of the work</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>相关依据</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Check points</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>承办机构</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Content of the service</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>No content is listed.</source>
        <translation>未列明服务内容。</translation>
    </message>
    <message>
        <source>Division of duties</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Accountability procedure</source>
        <translation>追责程序</translation>
    </message>
    <message>
        <source>Further provisions</source>
        <translation>其他规定</translation>
    </message>
    <message>
        <source>Responsibility boundaries</source>
        <translation>职责边界</translation>
    </message>
    <message>
        <source>This edition lists no boundary matters.</source>
        <translation>本版本未列明职责边界事项。</translation>
    </message>
    <message>
        <source>This edition lists no supervision systems.</source>
        <translation>本版本未列明事中事后监管制度。</translation>
    </message>
    <message>
        <source>This edition lists no public services.</source>
        <translation>本版本未列明公共服务事项。</translation>
    </message>
    <message>
        <source>Accountability mechanism</source>
        <translation>责任追究机制</translation>
    </message>
    <message>
        <source>This edition describes no accountability mechanism.</source>
        <translation>本版本未列明责任追究机制。</translation>
    </message>
    <message numerus="yes">
        <source>Responsibility items (%n)</source>
        <translation>
            <numerusform>具体责任事项（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s)</source>
        <translation>
            <numerusform>检查要点 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edition label</source>
        <translation>版本名称</translation>
    </message>
    <message>
        <source>The list gives no legal basis for this duty.</source>
        <translation>责任清单未列明本职责的追责依据。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema upgrade failed: %1 (%2)</source>
        <translation>数据结构升级失败：%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk database (%2).</source>
        <translation>%1 不是 CaseDesk 数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2); it has not been modified.</source>
        <translation>%1 属于其他程序（应用标识 %2），未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program; it has not been modified.</source>
        <translation>%1 是其他程序的 SQLite 文件，未作任何修改。</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade of %1.</source>
        <translation>无法开始升级 %1 的数据结构。</translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>无法记录数据结构版本：%1</translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade to version %1: %2</source>
        <translation>无法提交升级到版本 %1 的数据结构：%2</translation>
    </message>
</context>
<context>
    <name>PublishedListReader</name>
    <message>
        <source>main duty %1 has no text in the column of main duties</source>
        <translation>第 %1 项主要职责在“主要职责”一栏中没有内容</translation>
    </message>
    <message>
        <source>a responsibility item comes before the first main duty</source>
        <translation>第一项主要职责之前出现了具体责任事项</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: no table of main duties was found (a header row with the columns %2 and %3 is expected)</source>
        <translation>%1：未找到主要职责表（应有包含“%2”和“%3”两列的表头行）</translation>
    </message>
    <message>
        <source>%1: the table of main duties lists no duties</source>
        <translation>%1：主要职责表中没有列出任何职责</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Cannot store a record in %1: %2</source>
        <translation>无法在 %1 中保存记录：%2</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListCsv</name>
    <message>
        <source>unknown column &quot;%1&quot;; the template&apos;s columns are %2.</source>
        <translation>无法识别的列“%1”；模板的列为：%2。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>the header row needs at least the columns %1 and %2.</source>
        <translation>表头行至少应包含“%1”和“%2”两列。</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2.</source>
        <translation>该行有 %1 个字段，而表头有 %2 个字段。</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot; in column %2.</source>
        <translation>“%2”列中的记录类型“%1”无法识别。</translation>
    </message>
    <message>
        <source>no %1 row gives the %2; the department is required.</source>
        <translation>没有“%1”行给出“%2”；部门为必填项。</translation>
    </message>
    <message>
        <source>the file has no %1 rows; a list needs at least one main duty.</source>
        <translation>文件中没有“%1”行；责任清单至少需要一项主要职责。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>the %1 row needs a value in column %2.</source>
        <translation>“%1”行的“%2”列必须填写。</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3.</source>
        <translation>无法识别的%1“%2”；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>main duty %1 appears twice.</source>
        <translation>第 %1 项主要职责出现了两次。</translation>
    </message>
    <message>
        <source>an item comes before any main duty.</source>
        <translation>在所有主要职责之前出现了具体责任事项。</translation>
    </message>
    <message>
        <source>item number %1 is out of order.</source>
        <translation>事项编号 %1 顺序有误。</translation>
    </message>
    <message>
        <source>a legal reference comes before any main duty.</source>
        <translation>在所有主要职责之前出现了追责依据。</translation>
    </message>
    <message>
        <source>a department&apos;s share comes before any boundary matter.</source>
        <translation>在所有职责边界事项之前出现了部门职责分工。</translation>
    </message>
    <message>
        <source>a system part comes before any supervision system.</source>
        <translation>在所有事中事后监管制度之前出现了制度内容。</translation>
    </message>
    <message>
        <source>unknown part kind &quot;%1&quot; in column %2; use targets, content, methods, measures, procedure, handling or other.</source>
        <translation>“%2”列中的内容类别“%1”无法识别；请使用 targets、content、methods、measures、procedure、handling 或 other。</translation>
    </message>
    <message>
        <source>a check point comes before any supervision system.</source>
        <translation>在所有事中事后监管制度之前出现了检查要点。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>item number &quot;%1&quot; must be the item&apos;s number within main duty %2, e.g. 1, 2, 3.</source>
        <translation>事项编号“%1”应为该事项在主要职责 %2 中的序号，如 1、2、3。</translation>
    </message>
    <message>
        <source>main duty %1 has no item %2.</source>
        <translation>主要职责 %1 没有第 %2 项事项。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>CaseDesk CSV template (%1)</source>
        <translation>CaseDesk CSV 模板（%1）</translation>
    </message>
    <message>
        <source>Published responsibility list (%1)</source>
        <translation>公布的责任清单文本（%1）</translation>
    </message>
    <message>
        <source>%1: not a responsibility list. Expected the CaseDesk CSV template (header row starting with %2) or a published list with a table of main duties (序号, 主要职责).</source>
        <translation>%1：不是责任清单。应为 CaseDesk CSV 模板（表头行以 %2 开头），或含有主要职责表（序号、主要职责）的公布文本。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Storing %1 main duties…</source>
        <translation>正在保存 %1 项主要职责…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListQueries</name>
    <message>
        <source>No responsibility list has been imported yet.</source>
        <translation>尚未导入任何责任清单。</translation>
    </message>
    <message>
        <source>Edition: no edition has the id or label &quot;%1&quot;.</source>
        <translation>版本：没有编号或标签为“%1”的版本。</translation>
    </message>
    <message>
        <source>Edition: several departments have an edition labelled &quot;%1&quot;; give its id.</source>
        <translation>版本：多个部门都有标签为“%1”的版本，请给出版本编号。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListRepository</name>
    <message>
        <source>Edition label: the edition needs a label.</source>
        <translation>版本名称：请为该版本指定名称。</translation>
    </message>
    <message>
        <source>Department: the list does not name its department.</source>
        <translation>部门：责任清单未写明所属部门。</translation>
    </message>
    <message>
        <source>Main duties: the list has no main duties.</source>
        <translation>主要职责：责任清单中没有主要职责。</translation>
    </message>
    <message>
        <source>Main duty %1: the duty has no text.</source>
        <translation>第 %1 项主要职责：该职责没有内容。</translation>
    </message>
    <message>
        <source>Main duty %1: an item has no text.</source>
        <translation>第 %1 项主要职责：有一项具体责任事项没有内容。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Edition label: %1 already has an edition labelled &quot;%2&quot; with different content. A stored edition is never rewritten; import the new list under another label.</source>
        <translation>版本名称：%1 已有名为“%2”但内容不同的版本。已保存的版本不会被改写，请以其他版本名称导入新清单。</translation>
    </message>
    <message>
        <source>Cannot commit the edition: %1</source>
        <translation>无法提交该版本：%1</translation>
    </message>
    <message>
        <source>Cannot commit the removal: %1</source>
        <translation>无法提交删除操作：%1</translation>
    </message>
    <message>
        <source>Edition %1 does not exist.</source>
        <translation>版本 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>SupervisionDomain</name>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Food-related products</source>
        <translation>食品相关产品</translation>
    </message>
    <message>
        <source>Metrology</source>
        <translation>计量</translation>
    </message>
    <message>
        <source>Testing and inspection bodies</source>
        <translation>检验检测机构</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Production licences</source>
        <translation>工业产品生产许可</translation>
    </message>
    <message>
        <source>Product quality and sampling</source>
        <translation>产品质量与监督抽查</translation>
    </message>
    <message>
        <source>Standardization</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Law enforcement and cases</source>
        <translation>行政执法与案件查处</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1：不是普通文件。</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; the largest file accepted is %3 MB.</source>
        <translation>%1：文件大小为 %2 MB，超过了允许的最大值 %3 MB。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, the largest accepted.</source>
        <translation>%1：文件超过了允许的最大值 %2 MB。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1, line %2: binary data (byte 0x%3 at offset %4); this is not a text file.</source>
        <translation>%1，第 %2 行：含有二进制数据（偏移 %4 处的字节 0x%3），不是文本文件。</translation>
    </message>
    <message>
        <source>%1, line %2: the file ends in the middle of a character; it looks truncated.</source>
        <translation>%1，第 %2 行：文件在一个字符的中间结束，似乎不完整。</translation>
    </message>
    <message>
        <source>%1, line %2: invalid UTF-8 (byte 0x%3 at offset %4); the file is damaged or mixes encodings.</source>
        <translation>%1，第 %2 行：无效的 UTF-8 编码（偏移 %4 处的字节 0x%3），文件已损坏或混用了多种编码。</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor GB18030; save it as UTF-8 and try again.</source>
        <translation>%1，第 %2 行：文本既不是 UTF-8 也不是 GB18030 编码，请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8; save it as UTF-8 and try again.</source>
        <translation>%1，第 %2 行：文本不是 UTF-8 编码，请另存为 UTF-8 后重试。</translation>
    </message>
</context>
<context>
    <name>casedesk::DatabaseOpener</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation>选择其他文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>CaseDesk databases (*.sqlite *.db)</source>
        <translation>CaseDesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>casedesk::ListCsvExport</name>
    <message>
        <source>responsibility-list</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>casedesk::ListDetailPane</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>This database holds no responsibility list yet. Use File → Import… to read a published list (.txt) or a list saved from the CSV template.</source>
        <translation>本数据库中还没有责任清单。请通过“文件 → 导入…”导入已公布的责任清单文本（.txt）或按 CSV 模板填写的清单。</translation>
    </message>
    <message>
        <source>Select an edition, a main duty or a responsibility item to see its details.</source>
        <translation>请在左侧选择版本、主要职责或具体责任事项，查看详细内容。</translation>
    </message>
    <message>
        <source>This item is no longer in the database.</source>
        <translation>数据库中已没有此事项。</translation>
    </message>
    <message>
        <source>This duty is no longer in the database.</source>
        <translation>数据库中已没有此项主要职责。</translation>
    </message>
    <message>
        <source>This entry is no longer in the database.</source>
        <translation>数据库中已没有此条目。</translation>
    </message>
</context>
<context>
    <name>casedesk::ListImportController</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import Responsibility List</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was stored.</source>
        <translation>已取消导入 %1，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was stored.</source>
        <translation>无法导入 %1，未保存任何内容。</translation>
    </message>
    <message>
        <source>The edition “%1” is already in the database with the same content; nothing was changed.</source>
        <translation>版本“%1”已在数据库中且内容相同，未作任何更改。</translation>
    </message>
    <message>
        <source>Imported the edition “%1” (%2).</source>
        <translation>已导入版本“%1”（%2）。</translation>
    </message>
    <message>
        <source>Main duties: %1</source>
        <translation>主要职责：%1 项</translation>
    </message>
    <message>
        <source>Responsibility items: %1</source>
        <translation>具体责任事项：%1 项</translation>
    </message>
    <message>
        <source>Legal references: %1</source>
        <translation>追责依据：%1 条</translation>
    </message>
    <message>
        <source>Boundary matters: %1</source>
        <translation>职责边界：%1 项</translation>
    </message>
    <message>
        <source>Supervision systems: %1</source>
        <translation>事中事后监管制度：%1 项</translation>
    </message>
    <message>
        <source>Public services: %1</source>
        <translation>公共服务事项：%1 项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>casedesk::ListTreeNodes</name>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1
Published: %2
%n main duties</source>
        <translation>
            <numerusform>%1
发布时间：%2
主要职责 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>duty number. duty text</comment>
        <translation>%1．%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between section names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Responsibility boundaries (%1)</source>
        <translation>职责边界（%1）</translation>
    </message>
    <message>
        <source>Supervision systems (%1)</source>
        <translation>事中事后监管制度（%1）</translation>
    </message>
    <message>
        <source>Public services (%1)</source>
        <translation>公共服务事项（%1）</translation>
    </message>
    <message>
        <source>Accountability mechanism</source>
        <translation>责任追究机制</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>system number in brackets, then its title</comment>
        <translation>（%1）%2</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>The database could not be opened; CaseDesk keeps working on %1.

%2</source>
        <translation>无法打开该数据库，CaseDesk 将继续使用 %1。

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Import Responsibility List</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>Responsibility lists (*.txt *.csv);;Published text (*.txt);;CSV template (*.csv);;All files (*)</source>
        <translation>责任清单 (*.txt *.csv);;公布文本 (*.txt);;CSV 模板 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No responsibility item matches “%1”.</source>
        <translation>没有与“%1”匹配的具体责任事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n responsibility item(s) match “%1”.</source>
        <translation>
            <numerusform>共有 %n 项具体责任事项与“%1”匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Case management for county quality and technical supervision bureaus: the responsibility list, and the inspections and cases that carry it out.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;县级质量技术监督局案件管理系统：责任清单，以及落实责任清单的监督检查和行政处罚案件。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>“%1” was already present.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Responsibility List</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindowActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a published responsibility list (.txt) or a CSV template</source>
        <translation>导入已公布的责任清单文本（.txt）或 CSV 模板</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected edition as a CSV file for Excel or WPS</source>
        <translation>将所选版本保存为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Work on another CaseDesk database file</source>
        <translation>切换到另一个 CaseDesk 数据库文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the responsibility items</source>
        <translation>搜索具体责任事项</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>从数据库重新读取责任清单</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>界面语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>关于 CaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListModel</name>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation>责任股室</translation>
    </message>
</context>
<context>
    <name>casedesk::SearchField</name>
    <message>
        <source>Search responsibility items (Ctrl+F), e.g. 电梯 or 计量</source>
        <translation>搜索具体责任事项（Ctrl+F），如：电梯、计量</translation>
    </message>
    <message>
        <source>Shows only the items whose text, duty, sections, legal basis or supervision system contain every word typed. Escape clears the search.</source>
        <translation>只显示事项内容、主要职责、责任股室、追责依据或事中事后监管制度中包含所输入全部词语的事项。按 Esc 键清除搜索。</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when CaseDesk is restarted.</source>
        <translation>更改的界面语言将在重新启动 CaseDesk 后生效。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk: case management for quality and technical supervision bureaus.</source>
        <translation>CaseDesk：质量技术监督局案件管理系统。</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>打开数据库文件 &lt;路径&gt;。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The database file to open (same as --db).</source>
        <translation>要打开的数据库文件（与 --db 相同）。</translation>
    </message>
</context>
</TS>
