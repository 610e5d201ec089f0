using System.Text;
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
}
