namespace NewsExtract.Dates;

/// <summary>What the extractor knows when it reads a date: the page language, its default offset, a reference time.</summary>
/// <param name="Language">The page language (decides day-first order and words).</param>
/// <param name="DefaultOffset">The offset used when the text states none.</param>
/// <param name="Reference">Resolves year-less and relative dates; null leaves them partial.</param>
internal readonly record struct DateContext(ContentLanguage Language, TimeSpan DefaultOffset, DateTimeOffset? Reference);

/// <summary>A date expression found in a piece of text.</summary>
/// <param name="Dateline">The parsed date (Text holds the matched text, Place is null here).</param>
/// <param name="Index">Where the match starts in the searched text.</param>
/// <param name="Length">The match length.</param>
/// <param name="Cue">The label in front of it, if any.</param>
internal sealed record DateCandidate(Dateline Dateline, int Index, int Length, DateCue Cue);

/// <summary>The label a date stands behind.</summary>
internal enum DateCue
{
    None = 0,
    Published,
    Updated,
}

/// <summary>Finds and parses the zh and vi date forms in a piece of text. (Placeholder: see issue 3.)</summary>
internal static class DateFinder
{
    public static IReadOnlyList<DateCandidate> FindAll(string text, in DateContext context) => [];

    public static Dateline? ParseIso(string value, TimeSpan defaultOffset) => null;
}
