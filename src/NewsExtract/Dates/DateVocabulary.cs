using System.Collections.Frozen;

namespace NewsExtract.Dates;

/// <summary>How a time-of-day word shifts the hour written next to it.</summary>
internal enum Meridiem
{
    None = 0,

    /// <summary>Morning: 12 means 0.</summary>
    Am,

    /// <summary>Afternoon: hours below 12 move to the afternoon.</summary>
    Pm,

    /// <summary>Midday: 1–5 are afternoon hours, 11 and 12 stay.</summary>
    Noon,

    /// <summary>Evening: every hour below 12 moves to the evening, 12 is midnight.</summary>
    Evening,

    /// <summary>Night: 6–11 are evening hours, 1–5 stay early-morning, 12 is midnight.</summary>
    Night,
}

/// <summary>The units a relative date ("3小时前", "2 giờ trước") counts in.</summary>
internal enum RelativeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
}

/// <summary>
/// Date words, one nested table per language (see the other DateVocabulary files). The <c>*Pattern</c> constants are the
/// same words as regex alternations for the source-generated patterns; a test keeps the two in step.
/// </summary>
internal static partial class DateVocabulary
{
    /// <summary>Whitespace inside date expressions, including no-break and ideographic spaces.</summary>
    internal const string Space = "[ \\t\\u00A0\\u3000]";

    /// <summary>Latin AM/PM, used by both languages' sites.</summary>
    internal const string LatinMeridiemPattern = "AM|PM|am|pm|a\\.m\\.|p\\.m\\.";

    /// <summary>Named zones that fix the offset.</summary>
    internal const string ZonePattern = Chinese.ZonePattern;

    internal static readonly FrozenDictionary<string, Meridiem> LatinMeridiems = new Dictionary<string, Meridiem>(StringComparer.OrdinalIgnoreCase)
    {
        ["AM"] = Meridiem.Am, ["PM"] = Meridiem.Pm, ["a.m."] = Meridiem.Am, ["p.m."] = Meridiem.Pm,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The shift a time-of-day word in either language applies.</summary>
    public static Meridiem MeridiemOf(string word) =>
        Chinese.Meridiems.TryGetValue(word, out var m) || Vietnamese.Meridiems.TryGetValue(word, out m) || LatinMeridiems.TryGetValue(word, out m)
            ? m
            : Meridiem.None;

    /// <summary>A unit word in either language.</summary>
    public static bool TryGetUnit(string word, out RelativeUnit unit) =>
        Chinese.Units.TryGetValue(word, out unit) || Vietnamese.Units.TryGetValue(word, out unit);

    /// <summary>A cue label in front of a date.</summary>
    /// <param name="Label">The label as written.</param>
    /// <param name="Cue">What it announces.</param>
    /// <param name="Standalone">Short generic labels (时间) that only count when no letter precedes them (not 北京时间).</param>
    internal readonly record struct CueLabel(string Label, DateCue Cue, bool Standalone = false);

    /// <summary>All cue labels, longest first so 更新时间 wins over 时间.</summary>
    internal static readonly CueLabel[] CueLabels =
        [.. Chinese.CueLabels.Concat(Vietnamese.CueLabels).OrderByDescending(c => c.Label.Length)];
}
