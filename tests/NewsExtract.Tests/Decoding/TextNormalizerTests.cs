using System.Globalization;
using System.Text;
using CsCheck;
using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

public class TextNormalizerTests
{
    [Test]
    public void Decomposed_vietnamese_becomes_nfc()
    {
        var decomposed = TestPages.Vietnamese.Normalize(NormalizationForm.FormD);
        Assume.That(decomposed, Is.Not.EqualTo(TestPages.Vietnamese));

        Assert.That(TextNormalizer.Normalize(decomposed), Is.EqualTo(TestPages.Vietnamese));
    }

    [Test]
    public void Text_that_needs_nothing_is_returned_as_the_same_instance()
    {
        var text = TestPages.Vietnamese + "\n\t" + TestPages.Simplified + " 😀";

        Assert.That(TextNormalizer.Normalize(text), Is.SameAs(text));
    }

    [Test]
    public void Crlf_and_cr_become_lf()
    {
        Assert.That(TextNormalizer.Normalize("a\r\nb\rc\n\rd"), Is.EqualTo("a\nb\nc\n\nd"));
    }

    [Test]
    public void Nul_and_other_c0_controls_are_removed_but_tab_and_newline_stay()
    {
        Assert.That(TextNormalizer.Normalize("a\0b\u0001c\td\ne\u001Ff\u000Bg\u000Ch"), Is.EqualTo("abc\td\nefgh"));
    }

    [Test]
    public void Lone_surrogates_become_replacement_characters_and_pairs_stay()
    {
        var text = "x\uD800y😀z\uDC00";

        Assert.That(TextNormalizer.Normalize(text), Is.EqualTo("x\uFFFDy😀z\uFFFD"));
    }

    [Test]
    public void Noncharacters_from_a_byte_swapped_bom_become_replacement_characters_instead_of_throwing() =>
        Assert.That(TextNormalizer.Normalize("a\uFFFEb\uFFFFc"), Is.EqualTo("a\uFFFDb\uFFFDc"));

    [Test]
    public void Cleaning_and_composing_combine()
    {
        var text = "Vie\u0302\u0323t\r\nNam\0";

        Assert.That(TextNormalizer.Normalize(text), Is.EqualTo("Việt\nNam"));
    }

    [Test]
    public void Empty_text_stays_empty()
    {
        Assert.That(TextNormalizer.Normalize(string.Empty), Is.Empty);
    }

    [Test]
    public void Every_character_called_nfc_inert_is_kept_by_nfc_and_joins_no_neighbour()
    {
        // The second parts of every canonical decomposition (over all code points): the characters NFC may join to the one before.
        var joinable = new HashSet<int>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string decomposed;
            try
            {
                decomposed = char.ConvertFromUtf32(cp).Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue; // a noncharacter: normalisation refuses it
            }

            for (var i = char.IsSurrogatePair(decomposed, 0) ? 2 : 1; i < decomposed.Length; i += char.IsSurrogatePair(decomposed, i) ? 2 : 1)
            {
                joinable.Add(char.ConvertToUtf32(decomposed, i));
            }
        }

        var inert = 0;
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (!TextNormalizer.IsNfcInert(c))
            {
                continue;
            }

            inert++;
            var alone = c.ToString();
            Assert.That(char.IsSurrogate(c), Is.False, $"U+{i:X4}");
            Assert.That(alone.Normalize(NormalizationForm.FormC), Is.EqualTo(alone), $"U+{i:X4} changes under NFC");
            Assert.That(joinable, Does.Not.Contain(i), $"U+{i:X4} is the second part of a composition");
            Assert.That(char.GetUnicodeCategory(c), Is.Not.AnyOf(UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark), $"U+{i:X4}");
            // Combining class 0: the class-240 mark before it is not moved after it (any class from 1 to 239 would be).
            Assert.That(("\u0345" + alone).Normalize(NormalizationForm.FormD), Does.StartWith("\u0345"), $"U+{i:X4} has a combining class");
        }

        Assert.That(inert, Is.GreaterThan(40_000), "the CJK, Latin and punctuation ranges");
    }

    [TestCase("Hà Nội – “Việt Nam” 2024")]
    [TestCase("北京时间１２月３日，记者：张三。")]
    [TestCase("한국어 ‘テスト’ → ≠")]
    public void Plain_zh_and_vi_text_is_known_nfc_without_icu(string text)
    {
        Assert.That(TextNormalizer.IsPlainlyNfc(text), Is.True);
        Assert.That(text.IsNormalized(NormalizationForm.FormC), Is.True);
    }

    [TestCase("Vie\u0302t")] // a combining mark
    [TestCase("\u1100\u1161")] // Hangul jamo that compose
    [TestCase("\uAC00\u11A8")] // a syllable and a final jamo
    [TestCase("\u2126")] // the ohm sign, NFC'd to omega
    [TestCase("\uF900")] // a CJK compatibility ideograph
    [TestCase("\u2ADC")] // excluded from composition: NFC decomposes it
    [TestCase("ｶ\uFF9E")] // a half-width voicing mark
    [TestCase("か\u3099")]
    public void Text_nfc_may_change_is_left_to_icu(string text)
    {
        Assert.That(TextNormalizer.IsPlainlyNfc(text), Is.False);
    }

    [Test]
    public void Random_text_is_called_nfc_exactly_when_every_character_is_inert_and_then_is_nfc()
    {
        // Mostly inert characters, so that long runs (longer than a vector) pass the vectorised check too.
        var chars = Gen.Frequency(
            (40, Gen.Char['\u0000', '\u02FF']), (40, Gen.Char['\u1E00', '\u1EFF']), (40, Gen.Char['\u4E00', '\u9FFF']),
            (10, Gen.Char['\u2000', '\u2BFF']), (10, Gen.Char['\u3000', '\u30FF']), (10, Gen.Char['\uAC00', '\uD7A3']),
            (1, Gen.Char['\u0300', '\u036F']), (1, Gen.Char['\u1100', '\u11FF']), (1, Gen.Char['\uFF00', '\uFFEF']), (1, Gen.Char));
        chars.Array[0, 80].Select(a => new string(a)).Sample(text =>
        {
            var plain = TextNormalizer.IsPlainlyNfc(text);
            Assert.That(plain, Is.EqualTo(text.All(TextNormalizer.IsNfcInert)), string.Concat(text.Select(c => $"U+{(int)c:X4} ")));
            if (plain)
            {
                Assert.That(text.Normalize(NormalizationForm.FormC), Is.EqualTo(text));
            }
        }, iter: 50_000);
    }
}
