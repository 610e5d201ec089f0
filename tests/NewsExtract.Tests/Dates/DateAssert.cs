using System.Globalization;
using NewsExtract.Dates;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Dates;

/// <summary>Shared helpers: contexts with explicit offsets and references (never the clock), and a readable instant form.</summary>
internal static class DateAssert
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static LanguageKnowledge Knowledge => LanguageKnowledge.For([]);

    public static DateContext Zh(DateTimeOffset? reference = null) => new(ContentLanguage.ChineseSimplified, China, reference, Knowledge.Chinese.Dates);

    public static DateContext Hant(DateTimeOffset? reference = null) => new(ContentLanguage.ChineseTraditional, China, reference, Knowledge.Chinese.Dates);

    public static DateContext Vi(DateTimeOffset? reference = null) => new(ContentLanguage.Vietnamese, Vietnam, reference, Knowledge.Vietnamese.Dates);

    public static DateContext For(string language, string? reference = null) => language switch
    {
        "zh" => Zh(Parse(reference)),
        "hant" => Hant(Parse(reference)),
        "vi" => Vi(Parse(reference)),
        _ => new(ContentLanguage.Unknown, TimeSpan.Zero, Parse(reference), Knowledge.AnyLanguageDates),
    };

    public static DateTimeOffset? Parse(string? iso) =>
        iso is null ? null : DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>"2025-07-13T09:50:00+08:00 Minute", or "MonthDay 7/12" for partial dates, or "none".</summary>
    public static string Describe(Dateline? dateline) => dateline switch
    {
        null => "none",
        { Published: { } p } => p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) + " " + dateline.Precision,
        _ => $"{dateline.Precision} {dateline.Month}/{dateline.Day}",
    };

    public static string First(string text, string language, string? reference = null)
    {
        var found = DateFinder.FindAll(text, For(language, reference));
        return found.Count == 0 ? "none" : Describe(found[0].Dateline);
    }
}
