using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>What the extractor knows when it reads a date: the page language and its grammar, its default offset, a reference time.</summary>
/// <param name="Language">The page language.</param>
/// <param name="DefaultOffset">The offset used when the text states none.</param>
/// <param name="Reference">Resolves year-less and relative dates; null leaves them partial.</param>
/// <param name="Grammar">The forms and words of the page language's dates.</param>
internal readonly record struct DateContext(ContentLanguage Language, TimeSpan DefaultOffset, DateTimeOffset? Reference, DateGrammar Grammar)
{
    /// <summary>The grammar that reads display text in metadata (2025/07/13 09:50), which may be in any language; by default <see cref="Grammar"/>.</summary>
    public DateGrammar? AnyLanguage { get; init; }
}

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

/// <summary>Finds and parses the zh and vi date forms in a piece of text.</summary>
/// <remarks>
/// Year-less dates without a reference come back with <see cref="DatePrecision.MonthDay"/> and no instant; relative dates
/// (3小时前, hôm qua) and day-only dates (12日) need a reference and are skipped without one.
/// </remarks>
internal static class DateFinder
{
    public static IReadOnlyList<DateCandidate> FindAll(string text, in DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var grammar = context.Grammar;
        if (!grammar.MayHoldDate(text))
        {
            return [];
        }

        List<DateCandidate>? found = null;
        foreach (var form in grammar.Forms)
        {
            for (var match = grammar.Regex(form).Match(text); match.Success; match = match.NextMatch())
            {
                var length = match.Length;
                if (DateForms.Read(form, match, text, context, ref length) is { } dateline && InRange(dateline))
                {
                    (found ??= []).Add(new DateCandidate(dateline, match.Index, length, DateCue.None));
                }
            }
        }

        return found is null ? [] : Settle(found, text, grammar);
    }

    /// <summary>ISO-like metadata values; other shapes (2025/07/13 09:50) fall back to the text forms of <paramref name="grammar"/>.</summary>
    public static Dateline? ParseIso(string value, TimeSpan defaultOffset, DateGrammar grammar) => IsoDates.Parse(value, defaultOffset, grammar);

    /// <summary>
    /// A full date within <see cref="DateResolver.MinYear"/>–<see cref="DateResolver.MaxYear"/> (relative dates count back
    /// from the reference: 999个月前 is 83 years), or a partial one.
    /// </summary>
    private static bool InRange(Dateline dateline) =>
        dateline.Published is not { } published || published.Year is >= DateResolver.MinYear and <= DateResolver.MaxYear;

    /// <summary>Orders by position, keeps the longest of overlapping matches starting first, and reads the cues.</summary>
    private static List<DateCandidate> Settle(List<DateCandidate> found, string text, DateGrammar grammar)
    {
        found.Sort(static (a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var kept = new List<DateCandidate>(found.Count);
        var end = 0;
        foreach (var candidate in found)
        {
            if (candidate.Index < end)
            {
                continue;
            }

            var raw = text.Substring(candidate.Index, candidate.Length);
            kept.Add(candidate with { Dateline = candidate.Dateline with { Text = raw }, Cue = grammar.CueBefore(text, candidate.Index) });
            end = candidate.Index + candidate.Length;
        }

        return kept;
    }
}
