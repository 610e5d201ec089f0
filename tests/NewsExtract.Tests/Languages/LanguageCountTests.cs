using CsCheck;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Languages;

/// <summary>The detector's packed per-kind counts equal a plain count of each kind.</summary>
public class LanguageCountTests
{
    private static (long, long, long) Plain(string text) =>
        (text.Count(c => LanguageDetector.BuiltIn.Kinds[c] == 1), text.Count(c => LanguageDetector.BuiltIn.Kinds[c] == 2), text.Count(c => LanguageDetector.BuiltIn.Kinds[c] == 3));

    [Test]
    public void Kinds_are_counted_as_one_by_one() =>
        Gen.String[Gen.Char["这們说說ơưđạ新闻ab "], 0, 200].Sample(text => Assert.That(LanguageDetector.BuiltIn.CountKinds(text), Is.EqualTo(Plain(text))), iter: 2_000);

    [Test]
    public void Counts_past_a_field_hold_on_long_texts()
    {
        // More than 2^21 of one kind: beyond one 21-bit field, so the counts must be emptied on the way.
        var text = string.Concat(Enumerable.Repeat("这這ạ这", 700_000));
        Assert.That(LanguageDetector.BuiltIn.CountKinds(text), Is.EqualTo(Plain(text)));
    }
}
