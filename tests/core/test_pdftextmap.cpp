// PdfTextMap: the CJK radicals a font draws with an ideograph's glyph, and
// the in-place repair of a PDF's ToUnicode maps that Qt fills with them.
#include "documents/pdftextmap.h"

#include <QFont>
#include <QFontDatabase>
#include <catch2/catch.hpp>

using namespace casedesk;

TEST_CASE("Noto Serif CJK draws Kangxi radicals with the glyphs of their ideographs", "[cases][casepdf]")
{
    const QRawFont font =
        QRawFont::fromFont(QFont(QStringLiteral("Noto Serif CJK SC")), QFontDatabase::SimplifiedChinese);
    REQUIRE(font.isValid());
    const QHash<char16_t, char16_t> radicals = PdfTextMap::radicalsSharingGlyphs(font);
    CHECK(radicals.value(0x2F8F) == 0x884C); // ⾏ 行
    CHECK(radicals.value(0x2F08) == 0x4EBA); // ⼈ 人
    CHECK(radicals.value(0x2F49) == 0x6708); // ⽉ 月
    CHECK(radicals.value(0x2EA0) == 0x6C11); // ⺠ 民 (radicals supplement)
    for (auto it = radicals.cbegin(); it != radicals.cend(); ++it) {
        CHECK(it.key() >= 0x2E80);
        CHECK(it.key() <= 0x2FDF);
        CHECK(it.value() >= 0x4E00);
        CHECK(it.value() <= 0x9FFF);
    }
    CHECK(PdfTextMap::radicalsSharingGlyphs(QRawFont()).isEmpty());
}

TEST_CASE("Radicals in a PDF's ToUnicode map become their ideographs in place", "[cases][casepdf]")
{
    const QHash<char16_t, char16_t> radicals = {{0x2F8F, 0x884C}, {0x2F08, 0x4EBA}};
    QByteArray pdf("%PDF-1.4\n1 0 obj\n<2F8F>\nendobj\n"
                   "2 0 obj\n<< /Length 1 >>\nstream\n/CIDInit /ProcSet findresource begin\nbegincmap\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                   "4 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<6C38> <2F8F> <2f08> ]\n"
                   "<0004> <0004> <2F8F>\n<0010> <0019> <2F08>\nendbfrange\n"
                   "1 beginbfchar\n<0020> <2F08>\nendbfchar\nendcmap\nendstream\nendobj\n");
    const qsizetype size = pdf.size();
    CHECK(PdfTextMap::unifyRadicals(pdf, radicals) == 4);
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("<0001> <0003> [<6C38> <884C> <4EBA> ]\n"));
    CHECK(pdf.contains("<0004> <0004> <884C>\n"));
    CHECK(pdf.contains("<0010> <0019> <2F08>\n")); // a linear range stays as it is
    CHECK(pdf.contains("<0020> <4EBA>\n"));
    CHECK(pdf.startsWith("%PDF-1.4\n1 0 obj\n<2F8F>\n")); // outside a CMap nothing changes
    CHECK(PdfTextMap::unifyRadicals(pdf, radicals) == 0);
    CHECK(PdfTextMap::unifyRadicals(pdf, {}) == 0);
}
