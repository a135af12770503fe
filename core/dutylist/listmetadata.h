#pragma once
// ListMetadata collects what a published list says about itself in its prose
// outside the tables and prose parts: the department (from a cover line or a
// "部门名称：" field), its region, the publication date (a cover date such as
// 二〇一五年七月 or a "填报时间：" field), the editor and contact, and the
// notes (注) printed under a table.

#include <QString>
#include <QStringList>

namespace casedesk {

class ListMetadata {
  public:
    void addLine(const QString &line);

    QString department() const { return m_department; }
    QString region() const;
    QString published() const { return m_published; }
    QString editor() const { return m_editor; }
    QString contact() const { return m_contact; }
    QStringList notes() const { return m_notes; }

    // "永清县质量技术监督局" → "永清县"; "" when no place name is recognisable.
    static QString regionOf(const QString &department);
    // "二〇一五年七月" → "2015-07", "2015年6月22日" → "2015-06-22", else "".
    static QString isoDate(const QString &text);

  private:
    QString m_department;
    bool m_departmentFromField = false;
    QString m_published;
    QString m_editor;
    QString m_contact;
    QStringList m_notes;
    bool m_inNotes = false;
};

} // namespace casedesk
