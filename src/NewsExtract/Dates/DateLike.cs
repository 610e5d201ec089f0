using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Something that looks like a date or a time (<c>2025-07-13</c>, <c>2025年7月13日</c>, <c>12/7/2025</c>, <c>09:50</c>,
/// <c>7月12日</c>), for telling date lines from other lines; <see cref="DateFinder"/> parses dates properly. Built from the
/// lexicon's year, month and day markers, with a prefilter derived from the same separators.
/// </summary>
internal sealed class DateLike
{
    // Every character the regex \d matches (asked of the engine over the BMP, so its tables decide, not ours).
    private static readonly SearchValues<char> Digits = CharSets.SearchValuesOf(@"\d", RegexOptions.CultureInvariant);

    // The ASCII separators a form needs between two digits, searched apart from the markers so that both searches are the
    // fast vectorised kinds: - . after a year, / after a digit, : tight between digits.
    private static readonly SearchValues<char> AsciiSeparators = SearchValues.Create("-./:");

    // The language's year and month markers, longest first, with what must stand before them, and their first characters.
    private readonly (string Text, Join Join)[] _markers;
    private readonly SearchValues<char> _markerStarts;

    public DateLike(Lexicon lexicon)
    {
        var years = lexicon[LexiconLists.YearMarkers];
        var months = lexicon[LexiconLists.MonthMarkers];
        var days = lexicon[LexiconLists.DayMarkers];
        var year = "(?:[-/.]|" + Words.Alternation(years) + ")";
        var month = "(?:[-/.]|" + Words.Alternation(months) + ")";
        _regex = new TieredRegex(
            @"(?:19|20)\d{2}\s*" + year + @"\s*\d{1,2}\s*" + month + @"\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d{2}|\d{1,2}:\d{2}|\d{1,2}"
            + Words.Alternation(months) + @"\d{1,2}" + Words.Alternation(days),
            RegexOptions.CultureInvariant);

        // Each form holds one of these between two digits (white space around it allowed, but for the colon): the first
        // separator of a year-first date (after the year), the slash of a day-first one, the colon of a clock, the month
        // marker of a month-day date.
        _markers = [.. years.Where(y => y.Length > 0).Select(y => (y, Join.AfterYear))
            .Concat(months.Where(m => m.Length > 0).Select(m => (m, Join.AfterDigit)))
            .OrderByDescending(m => m.Item1.Length)];
        _markerStarts = SearchValues.Create([.. _markers.Select(m => m.Text[0]).Distinct()]);
    }

    private enum Join
    {
        /// <summary>A digit right before and right after (a clock's colon).</summary>
        Tight,

        /// <summary>A digit before and after, white space between allowed.</summary>
        AfterDigit,

        /// <summary>A year (19xx, 20xx) before, a digit after, white space between allowed.</summary>
        AfterYear,
    }

    private readonly TieredRegex _regex;

    /// <summary>The full pattern.</summary>
    public Regex Regex => _regex.Current;

    /// <summary>
    /// <c>Regex.IsMatch(text)</c>, the regex run only when the text holds one of the separators between two digits as a
    /// form needs it: most lines of a page have none, and a vectorised scan for the separators is far cheaper than the regex
    /// trying every digit.
    /// </summary>
    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>How many dates the text holds.</summary>
    public int Count(string text) => MayMatch(text) ? Regex.Count(text) : 0;

    /// <summary>The text with every date replaced.</summary>
    public string Replace(string text, string replacement) => MayMatch(text) ? Regex.Replace(text, replacement) : text;

    /// <summary>False when <see cref="Regex"/> cannot match <paramref name="text"/>; true says nothing.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(AsciiSeparators); at >= 0;)
        {
            var join = text[at] switch
            {
                ':' => Join.Tight,
                '/' => Join.AfterDigit,
                _ => Join.AfterYear,
            };
            if (Joins(text, at, 1, join))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOfAny(AsciiSeparators);
            at = next < 0 ? -1 : at + 1 + next;
        }

        for (var at = _markers.Length == 0 ? -1 : text.IndexOfAny(_markerStarts); at >= 0;)
        {
            foreach (var (marker, join) in _markers)
            {
                if (text[at..].StartsWith(marker, StringComparison.Ordinal) && Joins(text, at, marker.Length, join))
                {
                    return true;
                }
            }

            var next = text[(at + 1)..].IndexOfAny(_markerStarts);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    // Whether the separator at [at, at + length) stands between two digits as its forms need.
    private static bool Joins(ReadOnlySpan<char> text, int at, int length, Join join)
    {
        var before = join == Join.Tight ? at - 1 : text[..at].LastIndexOfAnyExcept(CharSets.RegexSpace);
        var after = join == Join.Tight ? at + length : CharSets.SkipRegexSpace(text, at + length);
        if (before < 0 || after >= text.Length || !Digits.Contains(text[before]) || !Digits.Contains(text[after]))
        {
            return false;
        }

        return join != Join.AfterYear
            || (before >= 3 && text[before - 3] is '1' or '2' && text[before - 2] == (text[before - 3] == '1' ? '9' : '0') && Digits.Contains(text[before - 1]));
    }
}
