// CasePdf: each case document written to PDF and read back with poppler's
// tools — the text (pdftotext -layout) against its reviewed golden file,
// a Chinese font embedded (pdffonts), A4 portrait with the title set
// (pdfinfo) — and the atomic write.
#include "casedocumentsample.h"
#include "cases/casedocuments.h"
#include "goldenfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// To look at them: CASEDESK_KEEP_PDF=/some/folder keeps a copy.
void keep(const QString &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("CASEDESK_KEEP_PDF");
    if (folder.isEmpty())
        return;
    QFile::remove(folder + QLatin1Char('/') + name);
    QFile::copy(pdf, folder + QLatin1Char('/') + name);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct FontRow {
    QString name;
    bool embedded = false;
};

// pdffonts lists "name type encoding emb sub uni object ID" under two
// heading lines; emb is the fifth column from the end.
QList<FontRow> fontRows(const QString &fonts)
{
    QList<FontRow> rows;
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).simplified().split(QLatin1Char(' '));
        if (columns.size() >= 7)
            rows.append({columns.first(), columns.at(columns.size() - 5) == QLatin1String("yes")});
    }
    return rows;
}

} // namespace

TEST_CASE("Each case document prints to an A4 PDF with its text and an embedded Chinese font",
          "[cases][casepdf][golden]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CaseDocumentData data = sampleDocumentData();
    for (CaseDocumentKind kind : caseDocumentKinds().values()) {
        const QString code = caseDocumentKinds().code(kind);
        SECTION(code.toStdString())
        {
            const QString pdf = dir.filePath(code + QStringLiteral(".pdf"));
            const QString title = CaseDocuments::title(kind, data);
            const Status written = CasePdf::write(CaseDocuments::html(kind, data), title, pdf);
            REQUIRE(written);
            keep(pdf, code + QStringLiteral(".pdf"));

            const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                                   QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
            checkGolden(QStringLiteral("cases/%1.txt").arg(code), text.toUtf8());

            const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
            INFO(fonts.toStdString());
            const QList<FontRow> rows = fontRows(fonts);
            REQUIRE_FALSE(rows.isEmpty());
            bool cjk = false;
            for (const FontRow &row : rows) {
                CHECK(row.embedded);
                cjk = cjk || row.name.contains(QStringLiteral("CJK"));
            }
            CHECK(cjk);

            const QString info = run(QStringLiteral("pdfinfo"), {pdf});
            INFO(info.toStdString());
            const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
            REQUIRE(size.hasMatch());
            CHECK(size.captured(1).toDouble() == Approx(595.28).margin(0.5));
            CHECK(size.captured(2).toDouble() == Approx(841.89).margin(0.5));
            CHECK(info.contains(QRegularExpression(QStringLiteral("^Title:\\s+") + QRegularExpression::escape(title) +
                                                       QStringLiteral("$"),
                                                   QRegularExpression::MultilineOption)));
        }
    }
}

TEST_CASE("The printed decision keeps its Chinese text in reading order", "[cases][casepdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CaseDocumentData data = sampleDocumentData();
    const QString pdf = dir.filePath(QStringLiteral("decision.pdf"));
    REQUIRE(CasePdf::write(CaseDocuments::html(CaseDocumentKind::PenaltyDecision, data),
                           CaseDocuments::title(CaseDocumentKind::PenaltyDecision, data), pdf));
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.startsWith(
        QStringLiteral("永清县质量技术监督局行政处罚决定书永质监罚字〔2026〕第007号当事人：永清县恒通电缆有限公司")));
    CHECK(text.contains(QStringLiteral("罚款人民币壹拾贰万元整（¥120,000.00）")));
    CHECK(text.contains(QStringLiteral("永清县质量技术监督局（印章）二〇二六年三月五日")));
}

TEST_CASE("A paragraph or a table running over a page break prints each line once", "[cases][casepdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CaseDocumentData data = sampleDocumentData();
    QString facts;
    for (int i = 1; i <= 60; ++i)
        facts += QStringLiteral("第%1句：执法人员现场检查发现当事人生产的电线电缆不符合标准要求，").arg(i);
    data.c.facts = facts;
    for (CaseDocumentKind kind : {CaseDocumentKind::PenaltyDecision, CaseDocumentKind::FilingApproval}) {
        INFO(caseDocumentKinds().code(kind).toStdString());
        const QString pdf = dir.filePath(caseDocumentKinds().code(kind) + QStringLiteral(".pdf"));
        REQUIRE(CasePdf::write(CaseDocuments::html(kind, data), QStringLiteral("t"), pdf));
        keep(pdf, QStringLiteral("long-") + caseDocumentKinds().code(kind) + QStringLiteral(".pdf"));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        CHECK_FALSE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                                 .remove(QRegularExpression(QStringLiteral("\\s")))
                                 .remove(QStringLiteral("简要案情")); // the row's label, met in reading order
        for (int i = 1; i <= 60; ++i) {
            INFO(i);
            CHECK(text.count(
                      QStringLiteral("第%1句：执法人员现场检查发现当事人生产的电线电缆不符合标准要求，").arg(i)) == 1);
        }
    }
}

TEST_CASE("A document paints on any paged device as it prints to PDF", "[cases][casepdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CaseDocumentData data = sampleDocumentData();
    const QString html = CaseDocuments::html(CaseDocumentKind::ClosingApproval, data);
    const QString painted = dir.filePath(QStringLiteral("painted.pdf"));
    {
        QPdfWriter device(painted);
        device.setPageSize(QPageSize(QPageSize::Letter)); // paint() sets A4
        REQUIRE(CasePdf::paint(html, device));
    }
    const QString written = dir.filePath(QStringLiteral("written.pdf"));
    REQUIRE(CasePdf::write(html, QStringLiteral("t"), written));
    CHECK(run(QStringLiteral("pdfinfo"), {painted}).contains(QStringLiteral("(A4)")));
    const QStringList layout = {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    CHECK(run(QStringLiteral("pdftotext"), layout + QStringList{painted, QStringLiteral("-")})
              .contains(QStringLiteral("结案审批表")));
    // The same layout: the same lines in the same places.
    CHECK(
        run(QStringLiteral("pdftotext"), layout + QStringList{painted, QStringLiteral("-")}).count(QLatin1Char('\n')) ==
        run(QStringLiteral("pdftotext"), layout + QStringList{written, QStringLiteral("-")}).count(QLatin1Char('\n')));
}

TEST_CASE("A case PDF is written whole or not at all", "[cases][casepdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CaseDocumentData data = sampleDocumentData();
    const QString html = CaseDocuments::html(CaseDocumentKind::CorrectionOrder, data);

    SECTION("an existing file is replaced")
    {
        const QString path = dir.filePath(QStringLiteral("order.pdf"));
        writeFile(path, "old");
        REQUIRE(CasePdf::write(html, QStringLiteral("t"), path));
        CHECK(readAll(path).startsWith("%PDF-"));
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("order.pdf")});
    }
    SECTION("a folder that does not exist is a failure that leaves nothing behind")
    {
        const QString path = dir.filePath(QStringLiteral("missing/order.pdf"));
        const Status s = CasePdf::write(html, QStringLiteral("t"), path);
        REQUIRE_FALSE(s.ok());
        CHECK_FALSE(s.error().refusal);
        CHECK(s.error().message.contains(path));
        CHECK_FALSE(QFile::exists(path));
    }
}
