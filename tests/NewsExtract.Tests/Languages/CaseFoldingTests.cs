using NewsExtract.Languages;

namespace NewsExtract.Tests.Languages;

/// <summary>Folding agrees with OrdinalIgnoreCase on every pair of BMP characters, so folded ordinal search finds what the ignore-case search finds.</summary>
public class CaseFoldingTests
{
    private static readonly char[] NonSurrogates =
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => !char.IsSurrogate(c))];

    [Test]
    public void Every_character_equals_its_fold_ignoring_case()
    {
        var mismatches = NonSurrogates.Where(c => !string.Equals(c.ToString(), CaseFolding.Fold(c).ToString(), StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Characters_with_different_folds_never_equal_ignoring_case()
    {
        // Equal ignoring case means equal ignore-case hash codes, so only folds sharing a hash need comparing.
        var folds = NonSurrogates.Select(CaseFolding.Fold).Distinct();
        var clashes = folds
            .GroupBy(f => string.GetHashCode(f.ToString(), StringComparison.OrdinalIgnoreCase))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.SelectMany(a => g.Where(b => a < b && string.Equals(a.ToString(), b.ToString(), StringComparison.OrdinalIgnoreCase)).Select(b => (a, b))))
            .ToList();

        Assert.That(clashes, Is.Empty);
    }

    [TestCase("Trang chủ", "TRANG CHỦ")]
    [TestCase("Ảnh minh họa", "ảnh MINH HỌA")]
    [TestCase("Đồ họa", "đồ HỌA")]
    public void Vietnamese_phrases_fold_alike_in_either_case(string a, string b) =>
        Assert.That(CaseFolding.Fold(a), Is.EqualTo(CaseFolding.Fold(b)));
}
