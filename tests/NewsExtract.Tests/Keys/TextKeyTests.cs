using System.Text;
using CsCheck;
using NewsExtract.Text;

namespace NewsExtract.Tests.Keys;

/// <summary>Comparison keys: NFKC without white space, with a fast path that must never change a key.</summary>
public class TextKeyTests
{
    [Test]
    public void Every_character_on_the_fast_path_is_left_alone_by_nfkc()
    {
        var stable = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(TextKey.IsKeyStable).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(stable, Has.Count.GreaterThan(27_000), "ASCII, CJK ideographs, Vietnamese and Latin-1 letters");
            foreach (var c in stable)
            {
                Assert.That(c.ToString().Normalize(NormalizationForm.FormKC), Is.EqualTo(c.ToString()), $"U+{(int)c:X4}");
            }

            // Next to each other too (no composition between them).
            var all = new string([.. stable]);
            Assert.That(all.IsNormalized(NormalizationForm.FormKC), Is.True);
        });
    }

    [Test]
    public void The_only_white_space_on_the_fast_path_is_the_space()
    {
        var white = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => TextKey.IsKeyStable(c) && char.IsWhiteSpace(c));
        Assert.That(white, Is.EqualTo(new[] { ' ' }));
    }

    [Test]
    public void Full_width_forms_map_to_what_nfkc_makes_of_them()
    {
        var forms = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(TextKey.IsFullWidthForm).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(forms, Has.Count.EqualTo(95));
            foreach (var c in forms)
            {
                var nfkc = c.ToString().Normalize(NormalizationForm.FormKC);
                Assert.That(TextKey.Of($"新{c}闻"), Is.EqualTo($"新{nfkc}闻".Replace(" ", "", StringComparison.Ordinal)), $"U+{(int)c:X4}");
            }
        });
    }

    [TestCase("新华社 北京 7月12日电", "新华社北京7月12日电")]
    [TestCase("Ngoại trưởng Nga", "NgoạitrưởngNga")]
    [TestCase("ＡＢＣ　１２３，", "ABC123,")]
    [TestCase("…“暗伤”", "...“暗伤”")]
    public void Keys_are_nfkc_without_white_space(string text, string key) =>
        Assert.That(TextKey.Of(text), Is.EqualTo(key));

    [TestCase("Ngoại trưởng Nga", true)]
    [TestCase("ＡＢＣ　１２３，", true)]
    [TestCase("…“暗伤”", false)]
    [TestCase("tab\there", false)]
    public void Plain_text_is_known_to_have_a_key_as_long_as_its_non_white_characters(string text, bool plain)
    {
        var metrics = TextMetrics.Of(text);
        Assert.That(metrics.PlainKey, Is.EqualTo(plain));
        if (plain)
        {
            Assert.That(TextKey.Of(text), Has.Length.EqualTo(metrics.Chars));
        }
    }

    [Test]
    public void Random_text_called_plain_has_a_key_of_its_non_white_length()
    {
        var chars = Gen.Frequency((4, Gen.Char[' ', '~']), (3, Gen.Char['\u1EA0', '\u1EF9']), (3, Gen.Char['\u4E00', '\u4E20']),
            (2, Gen.Char['\uFF01', '\uFF5E']), (1, Gen.Const('\u3000')), (1, Gen.Char['\u2000', '\u3010']), (1, Gen.Char));
        chars.Array[0, 16].Select(a => new string(a)).Sample(text =>
        {
            var metrics = TextMetrics.Of(text);
            if (metrics.PlainKey)
            {
                Assert.That(TextKey.Of(text), Has.Length.EqualTo(metrics.Chars), string.Concat(text.Select(c => $"U+{(int)c:X4} ")));
            }
        }, iter: 50_000);
    }

    [Test]
    public void A_plain_text_is_read_as_its_key_for_a_prefix_test()
    {
        var chars = Gen.Frequency((4, Gen.Char[' ', '~']), (3, Gen.Char['\u1EA0', '\u1EF9']), (3, Gen.Char['\u4E00', '\u4E20']),
            (2, Gen.Char['\uFF01', '\uFF5E']), (1, Gen.Const('\u3000')));
        Gen.Select(chars.Array[0, 24], Gen.Int[0, 30], Gen.Bool).Sample((array, cut, related) =>
        {
            var text = new string(array);
            var key = TextKey.Of(text);
            // A prefix of the key itself (often cut past its end), or one changed in its last character.
            var prefix = key[..Math.Min(cut, key.Length)];
            if (!related && prefix.Length > 0)
            {
                prefix = prefix[..^1] + (char)(prefix[^1] + 1);
            }

            Assert.That(TextKey.PlainStartsWith(text, prefix), Is.EqualTo(key.StartsWith(prefix, StringComparison.Ordinal)), $"\"{text}\" / \"{prefix}\"");
        }, iter: 20_000);
    }
}
