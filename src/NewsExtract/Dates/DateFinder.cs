using System.Buffers;
using System.Text.RegularExpressions;

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

/// <summary>Finds and parses the zh and vi date forms in a piece of text.</summary>
/// <remarks>
/// Year-less dates without a reference come back with <see cref="DatePrecision.MonthDay"/> and no instant; relative dates
/// (3小时前, hôm qua) and day-only dates (12日) need a reference and are skipped without one.
/// </remarks>
internal static class DateFinder
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789０１２３４５６７８９〇○零昨前今刚剛半");

    public static IReadOnlyList<DateCandidate> FindAll(string text, in DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHoldDate(text))
        {
            return [];
        }

        List<DateCandidate>? found = null;
        foreach (var form in DateForms.For(context.Language))
        {
            for (var match = DateForms.Regex(form).Match(text); match.Success; match = match.NextMatch())
            {
                var length = match.Length;
                if (DateForms.Read(form, match, text, context, ref length) is { } dateline && InRange(dateline))
                {
                    (found ??= []).Add(new DateCandidate(dateline, match.Index, length, DateCue.None));
                }
            }
        }

        return found is null ? [] : Settle(found, text);
    }

    /// <summary>ISO-like metadata values; other shapes (2025/07/13 09:50) fall back to the text forms.</summary>
    public static Dateline? ParseIso(string value, TimeSpan defaultOffset) => IsoDates.Parse(value, defaultOffset);

    /// <summary>
    /// A full date within <see cref="DateResolver.MinYear"/>–<see cref="DateResolver.MaxYear"/> (relative dates count back
    /// from the reference: 999个月前 is 83 years), or a partial one.
    /// </summary>
    private static bool InRange(Dateline dateline) =>
        dateline.Published is not { } published || published.Year is >= DateResolver.MinYear and <= DateResolver.MaxYear;

    /// <summary>Cheap gate: no digit and no relative word means no date.</summary>
    internal static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(Triggers))
        {
            return true;
        }

        foreach (var word in DateVocabulary.Vietnamese.DigitlessTriggers)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Orders by position, keeps the longest of overlapping matches starting first, and reads the cues.</summary>
    private static List<DateCandidate> Settle(List<DateCandidate> found, string text)
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
            kept.Add(candidate with { Dateline = candidate.Dateline with { Text = raw }, Cue = DateCues.Before(text, candidate.Index) });
            end = candidate.Index + candidate.Length;
        }

        return kept;
    }
}
