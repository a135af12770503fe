#include "listmetadata.h"

#include "publishedtext.h"

#include <QRegularExpression>

namespace casedesk {

using namespace publishedtext;

namespace {

QString fieldValue(const QString &line, const QString &label)
{
    const QRegularExpression field(QStringLiteral("%1\\s*[：:]\\s*(\\S+)").arg(label));
    const auto m = field.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString withoutSeal(QString name)
{
    static const QRegularExpression seal(QStringLiteral("[（(]\\s*(?:盖章|公章|印章)\\s*[)）]"));
    return trimmed(name.remove(seal));
}

bool looksLikeOrganisation(const QString &text)
{
    static const QRegularExpression organisation(
        QStringLiteral("^[^，。；：,;:、\\s]{4,40}(?:局|委员会|管理处|管理所|监督所)$"));
    return organisation.match(text).hasMatch();
}

} // namespace

void ListMetadata::addLine(const QString &raw)
{
    const QString line = trimmed(raw);
    if (line.isEmpty())
        return;

    static const QRegularExpression noteStart(QStringLiteral("^注\\s*[：:]\\s*(.*)$"));
    if (const auto m = noteStart.match(line); m.hasMatch()) {
        m_inNotes = true;
        if (const QString note = trimmed(m.captured(1)); !note.isEmpty())
            m_notes << note;
        return;
    }
    if (m_inNotes && parseNumbered(line)) {
        m_notes << line;
        return;
    }
    m_inNotes = false;

    if (const QString name = withoutSeal(fieldValue(line, QStringLiteral("部门名称"))); !name.isEmpty()) {
        if (!m_departmentFromField)
            m_department = name;
        m_departmentFromField = true;
    } else if (m_department.isEmpty() && looksLikeOrganisation(withoutSeal(line))) {
        m_department = withoutSeal(line);
    }
    if (m_editor.isEmpty())
        m_editor = fieldValue(line, QStringLiteral("填报人"));
    if (m_contact.isEmpty())
        m_contact = fieldValue(line, QStringLiteral("联系电话"));
    if (m_published.isEmpty()) {
        const QString filed = fieldValue(line, QStringLiteral("(?:填报时间|填报日期|发布日期|公布日期)"));
        m_published = isoDate(filed.isEmpty() ? line : filed);
    }
}

QString ListMetadata::region() const
{
    return regionOf(m_department);
}

QString ListMetadata::regionOf(const QString &department)
{
    static const QStringList suffixes = {
        QStringLiteral("质量技术监督管理局"), QStringLiteral("质量技术监督局"), QStringLiteral("市场和质量监督管理局"),
        QStringLiteral("市场监督管理局"),     QStringLiteral("市场监管局"),     QStringLiteral("质量监督局"),
        QStringLiteral("技术监督局"),         QStringLiteral("质监局"),
    };
    for (const QString &suffix : suffixes)
        if (department.endsWith(suffix) && department.size() > suffix.size())
            return department.left(department.size() - suffix.size());
    // Another kind of bureau: up to the last administrative level in the name.
    static const QRegularExpression place(QStringLiteral("^(.*[省市县区旗州盟])"));
    const auto m = place.match(department);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString ListMetadata::isoDate(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral("^([〇零一二三四五六七八九0-9]{4})\\s*年\\s*([一二三四五六七八九十0-9]{1,3})\\s*月"
                       "(?:\\s*([一二三四五六七八九十0-9]{1,3})\\s*[日号])?$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{4})[-./](\\d{1,2})(?:[-./](\\d{1,2}))?$"));
    auto m = date.match(trimmed(text));
    if (!m.hasMatch())
        m = numeric.match(trimmed(text));
    if (!m.hasMatch())
        return QString();
    const int year = dateNumberValue(m.captured(1));
    const int month = dateNumberValue(m.captured(2));
    const int day = m.captured(3).isEmpty() ? 0 : dateNumberValue(m.captured(3));
    if (year < 1900 || month < 1 || month > 12 || day < 0 || day > 31)
        return QString();
    QString out = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        out += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace casedesk
