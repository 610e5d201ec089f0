using CsCheck;
using NewsExtract.Text;

namespace NewsExtract.Tests.Metrics;

/// <summary>Block metrics: the table-driven count must equal the count by the character predicates.</summary>
public class TextMetricsTests
{
    // The definition, character by character, that the table and the counter stand for.
    private static TextMetrics ByPredicates(string text)
    {
        int chars = 0, cjk = 0, latin = 0, punct = 0, digits = 0;
        var plain = true;
        foreach (var c in text)
        {
            plain &= TextKey.IsPlain(c);
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            chars++;
            if (CharClass.IsHan(c))
            {
                cjk++;
            }
            else if (CharClass.IsLatinLetter(c))
            {
                latin++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (CharClass.IsSentencePunctuation(c))
            {
                punct++;
            }
        }

        return new TextMetrics(chars, cjk, latin, punct, digits, plain);
    }

    [Test]
    public void Every_character_counts_as_its_predicates_say()
    {
        Assert.Multiple(() =>
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var text = ((char)i).ToString();
                Assert.That(TextMetrics.Of(text), Is.EqualTo(ByPredicates(text)), $"U+{i:X4}");
            }
        });
    }

    [TestCase("新华社北京7月12日电，记者：张三。", 18, 12)]
    [TestCase("Hà Nội, 25/12 (Dân trí) - Bão số 9", 26, 0)]
    public void A_line_is_counted_by_class(string text, int chars, int cjk)
    {
        var metrics = TextMetrics.Of(text);
        Assert.That((metrics.Chars, metrics.Cjk), Is.EqualTo((chars, cjk)));
    }

    [Test]
    public void Only_white_space_the_zero_width_space_and_the_bom_break_words()
    {
        var breaking = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => (CharKinds.Of(c) & CharKind.BreaksWords) != 0);
        Assert.That(breaking, Is.EquivalentTo(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).Append('\u200B').Append('\uFEFF')));
    }

    [Test]
    public void Random_text_counts_the_same_by_table_and_by_predicates()
    {
        var chars = Gen.Frequency((4, Gen.Char[' ', '~']), (3, Gen.Char['\u1EA0', '\u1EF9']), (3, Gen.Char['\u4E00', '\u4E20']),
            (2, Gen.Char['\uFF01', '\uFF5E']), (2, Gen.Char["，。、！？：；“”「」…\u3000\u00A0\u200B\t\n"]), (1, Gen.Char));
        chars.Array[0, 40].Select(a => new string(a)).Sample(text => Assert.That(TextMetrics.Of(text), Is.EqualTo(ByPredicates(text))), iter: 20_000);
    }
}
