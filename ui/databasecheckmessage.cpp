#include "databasecheckmessage.h"

#include <QDir>
#include <QMessageBox>

namespace casedesk {

namespace {
// Findings named under each part; the rest are in the details.
constexpr int kNamedFindings = 3;

QString violationText(const ForeignKeyViolation &v)
{
    return DatabaseCheckMessage::tr("%1 row %2: its %3 record is missing").arg(v.table).arg(v.rowid).arg(v.parent);
}

void appendNamed(QStringList &lines, const QStringList &findings)
{
    for (int i = 0; i < findings.size() && i < kNamedFindings; ++i)
        lines << QStringLiteral("    ") + findings.at(i);
    if (findings.size() > kNamedFindings)
        lines << DatabaseCheckMessage::tr("    … and %1 more (see the details)").arg(findings.size() - kNamedFindings);
}

QStringList violationTexts(const DatabaseCheckReport &report)
{
    QStringList texts;
    for (const ForeignKeyViolation &v : report.foreignKeyViolations)
        texts << violationText(v);
    return texts;
}
} // namespace

QStringList DatabaseCheckMessage::summary(const DatabaseCheckReport &report)
{
    QStringList lines;
    if (report.integrityOk()) {
        lines << tr("Structure (integrity check): OK");
    } else {
        lines << tr("Structure (integrity check): %1 problems found").arg(report.integrityProblems.size());
        appendNamed(lines, report.integrityProblems);
    }
    if (report.foreignKeysOk()) {
        lines << tr("References between records: OK");
    } else {
        lines << tr("References between records: %1 rows name a record that is not there")
                     .arg(report.foreignKeyViolations.size());
        appendNamed(lines, violationTexts(report));
    }
    if (report.auditOk())
        lines << tr("Audit trail: OK, %1 entries checked").arg(report.audit.entries);
    else
        lines << tr("Audit trail: %1").arg(report.audit.problem->reason);
    return lines;
}

QStringList DatabaseCheckMessage::details(const DatabaseCheckReport &report)
{
    QStringList lines = report.integrityProblems;
    lines << violationTexts(report);
    if (report.audit.problem)
        lines << report.audit.problem->reason;
    return lines;
}

void DatabaseCheckMessage::show(QWidget *parent, const QString &databasePath, const DatabaseCheckReport &report)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("databaseCheckResult"));
    box.setWindowTitle(tr("Check Database"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString database = QDir::toNativeSeparators(databasePath);
    if (report.ok()) {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("The database %1 is sound.").arg(database));
    } else {
        box.setIcon(QMessageBox::Critical);
        box.setText(tr("Problems were found in the database %1.").arg(database));
        box.setDetailedText(details(report).join(QLatin1Char('\n')));
    }
    box.setInformativeText(summary(report).join(QLatin1Char('\n')));
    box.exec();
}

} // namespace casedesk
