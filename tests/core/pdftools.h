#pragma once
// Reading a written PDF back with poppler's tools (pdftotext, pdffonts,
// pdfinfo) for the document suites.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace casedesk::test {

// To look at them: CASEDESK_KEEP_PDF=/some/folder keeps a copy.
inline void keepPdf(const QString &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("CASEDESK_KEEP_PDF");
    if (folder.isEmpty())
        return;
    QFile::remove(folder + QLatin1Char('/') + name);
    QFile::copy(pdf, folder + QLatin1Char('/') + name);
}

inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext of the pages first…last (all when 0), laid out or in reading order.
inline QString pdfText(const QString &pdf, bool layout, int first = 0, int last = 0)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

// The text of pages first…last with every space and line break removed.
inline QString pdfWords(const QString &pdf, int first = 0, int last = 0)
{
    return pdfText(pdf, false, first, last).remove(QRegularExpression(QStringLiteral("\\s")));
}

inline int pdfPages(const QString &pdf)
{
    const auto m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

struct PdfFont {
    QString name;
    bool embedded = false;
};

// pdffonts lists "name type encoding emb sub uni object ID" under two
// heading lines; emb is the fifth column from the end.
inline QList<PdfFont> pdfFonts(const QString &pdf)
{
    QList<PdfFont> rows;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).simplified().split(QLatin1Char(' '));
        if (columns.size() >= 7)
            rows.append({columns.first(), columns.at(columns.size() - 5) == QLatin1String("yes")});
    }
    return rows;
}

// Every font embedded, one of them a Noto CJK face.
inline void checkFontsEmbedded(const QString &pdf)
{
    const QList<PdfFont> fonts = pdfFonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    bool cjk = false;
    for (const PdfFont &font : fonts) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
        cjk = cjk || font.name.contains(QStringLiteral("CJK"));
    }
    CHECK(cjk);
}

// Every page A4 portrait.
inline void checkA4(const QString &pdf)
{
    const int pages = pdfPages(pdf);
    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                             QStringLiteral("-l"), QString::number(pages), pdf});
    INFO(info.toStdString());
    auto it = QRegularExpression(QStringLiteral("Page\\s+\\d+ size:\\s+([0-9.]+) x ([0-9.]+) pts")).globalMatch(info);
    int seen = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        CHECK(m.captured(1).toDouble() == Approx(595.28).margin(0.5));
        CHECK(m.captured(2).toDouble() == Approx(841.89).margin(0.5));
        ++seen;
    }
    CHECK(seen == pages);
}

} // namespace casedesk::test
