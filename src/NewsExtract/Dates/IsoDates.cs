using System.Text.RegularExpressions;
using static NewsExtract.Dates.MatchReading;

namespace NewsExtract.Dates;

/// <summary>ISO-like values from JSON-LD and meta tags: 2025-07-13T09:50:00+08:00, 2025-07-13 09:50:00, 2025-07-13.</summary>
internal static partial class IsoDates
{
    /// <param name="value">The metadata value.</param>
    /// <param name="defaultOffset">The offset when the value states none.</param>
    /// <param name="grammar">Reads a value that is display text (2025/07/13 09:50, 2025年7月13日): the grammar of any language.</param>
    public static Dateline? Parse(string value, TimeSpan defaultOffset, DateGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = Iso().Match(value);
        if (!match.Success)
        {
            return Fallback(value, defaultOffset, grammar);
        }

        var clock = Clock(match, grammar, out var badClock);
        var iso = match.Groups["iso"];
        var badOffset = false;
        var offset = iso.Success ? IsoOffset(iso.ValueSpan, out badOffset) : null;
        if (badClock || badOffset)
        {
            return null;
        }

        var context = new DateContext(ContentLanguage.Unknown, defaultOffset, null, grammar);
        return DateResolver.Build(Number(match.Groups["y"]), Number(match.Groups["m"]), Number(match.Groups["d"]), clock, offset, value.Trim(), context);
    }

    /// <summary>Some sites put display text in meta tags (2025/07/13 09:50, 2025年7月13日): take the first full date.</summary>
    private static Dateline? Fallback(string value, TimeSpan defaultOffset, DateGrammar grammar)
    {
        foreach (var candidate in DateFinder.FindAll(value, new DateContext(ContentLanguage.Unknown, defaultOffset, null, grammar)))
        {
            if (candidate.Dateline.Published is not null)
            {
                return candidate.Dateline;
            }
        }

        return null;
    }

    /// <summary>ISO-like values from metadata, whole string.</summary>
    [GeneratedRegex("^\\s*(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?:(?:T|\\s+)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?)?\\s*(?<iso>Z|[+\\-]\\d{2}(?::?\\d{2})?)?\\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex Iso();
}
