using static NewsExtract.Dates.MatchReading;

namespace NewsExtract.Dates;

/// <summary>ISO-like values from JSON-LD and meta tags: 2025-07-13T09:50:00+08:00, 2025-07-13 09:50:00, 2025-07-13.</summary>
internal static class IsoDates
{
    public static Dateline? Parse(string value, TimeSpan defaultOffset)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = DatePatterns.Iso().Match(value);
        if (!match.Success)
        {
            return Fallback(value, defaultOffset);
        }

        var clock = Clock(match, out var badClock);
        var iso = match.Groups["iso"];
        var badOffset = false;
        var offset = iso.Success ? IsoOffset(iso.ValueSpan, out badOffset) : null;
        if (badClock || badOffset)
        {
            return null;
        }

        var context = new DateContext(ContentLanguage.Unknown, defaultOffset, null);
        return DateResolver.Build(Number(match.Groups["y"]), Number(match.Groups["m"]), Number(match.Groups["d"]), clock, offset, value.Trim(), context);
    }

    /// <summary>Some sites put display text in meta tags (2025/07/13 09:50, 2025年7月13日): take the first full date.</summary>
    private static Dateline? Fallback(string value, TimeSpan defaultOffset)
    {
        foreach (var candidate in DateFinder.FindAll(value, new DateContext(ContentLanguage.Unknown, defaultOffset, null)))
        {
            if (candidate.Dateline.Published is not null)
            {
                return candidate.Dateline;
            }
        }

        return null;
    }
}
