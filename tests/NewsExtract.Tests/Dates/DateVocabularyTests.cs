using System.Text.RegularExpressions;
using NewsExtract.Dates;

namespace NewsExtract.Tests.Dates;

/// <summary>The regex alternations and the lookup tables hold the same words, so a word added to one is read by the other.</summary>
public class DateVocabularyTests
{
    private static IEnumerable<TestCaseData> Tables()
    {
        yield return new TestCaseData(DateVocabulary.Chinese.MeridiemPattern, DateVocabulary.Chinese.Meridiems.Keys.ToArray()).SetName("Chinese meridiem words");
        yield return new TestCaseData(DateVocabulary.Vietnamese.MeridiemPattern, DateVocabulary.Vietnamese.Meridiems.Keys.ToArray()).SetName("Vietnamese meridiem words");
        yield return new TestCaseData(DateVocabulary.Chinese.UnitPattern, DateVocabulary.Chinese.Units.Keys.ToArray()).SetName("Chinese units");
        yield return new TestCaseData(DateVocabulary.Vietnamese.UnitPattern, DateVocabulary.Vietnamese.Units.Keys.ToArray()).SetName("Vietnamese units");
        yield return new TestCaseData(DateVocabulary.Chinese.ZonePattern, DateVocabulary.Chinese.ZoneOffsets.Keys.ToArray()).SetName("Chinese zones");
        yield return new TestCaseData(DateVocabulary.Chinese.RelativeWordPattern,
            DateVocabulary.Chinese.DaysBack.Keys.Concat(DateVocabulary.Chinese.InstantsBack.Keys).ToArray()).SetName("Chinese relative words");
        yield return new TestCaseData(DateVocabulary.Vietnamese.RelativeWordPattern,
            DateVocabulary.Vietnamese.DaysBack.Keys.Concat(DateVocabulary.Vietnamese.InstantsBack.Keys).ToArray()).SetName("Vietnamese relative words");
    }

    [TestCaseSource(nameof(Tables))]
    public void Every_table_word_is_matched_whole_by_its_pattern(string pattern, string[] words)
    {
        var whole = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant);
        Assert.That(words.Where(w => !whole.IsMatch(w)), Is.Empty);
    }

    [TestCaseSource(nameof(Tables))]
    public void Every_pattern_word_has_a_table_entry(string pattern, string[] words)
    {
        var plain = pattern.Replace("(?i:", "", StringComparison.Ordinal).TrimEnd(')').Replace(DateVocabulary.Space + "+", " ", StringComparison.Ordinal);
        Assert.That(plain.Split('|').Where(w => !words.Contains(w, StringComparer.OrdinalIgnoreCase)), Is.Empty);
    }
}
