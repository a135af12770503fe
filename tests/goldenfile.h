#pragma once
// Golden files: rendered documents compared byte for byte with the files
// reviewed by eye and committed under tests/data/golden. Run the suite with
// CASEDESK_UPDATE_GOLDEN=1 to write them instead, then review the diff.
// A mismatch names the first differing line and leaves the actual output in
// the temporary folder for diff.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <catch2/catch.hpp>

namespace casedesk::test {

inline bool updatingGoldens()
{
    return qEnvironmentVariable("CASEDESK_UPDATE_GOLDEN") == QLatin1String("1");
}

inline void checkGolden(const QString &relativePath, const QByteArray &actual)
{
    const QString path = QStringLiteral(CASEDESK_TEST_DATA_DIR "/golden/") + relativePath;
    if (updatingGoldens()) {
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(out.write(actual) == actual.size());
        WARN("golden file written: " << path.toStdString());
        return;
    }
    QFile in(path);
    INFO("golden file " << path.toStdString() << " (CASEDESK_UPDATE_GOLDEN=1 writes it)");
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return;
    const QString actualPath = QDir::temp().filePath(QStringLiteral("casedesk-golden-") +
                                                     QString(relativePath).replace(QLatin1Char('/'), QLatin1Char('-')));
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(actual);
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
        ++line;
    INFO("first difference at line " << line + 1 << "\n expected: "
                                     << (line < want.size() ? want.at(line).toStdString() : std::string("<end>"))
                                     << "\n   actual: "
                                     << (line < got.size() ? got.at(line).toStdString() : std::string("<end>"))
                                     << "\n actual output kept in " << actualPath.toStdString());
    FAIL_CHECK("the output differs from its golden file");
}

} // namespace casedesk::test
