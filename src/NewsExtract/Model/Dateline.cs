using System.Text.Json.Serialization;
using NewsExtract.Serialization;

namespace NewsExtract;

/// <summary>
/// When (and where) an article was published, as the page states it.
/// </summary>
/// <remarks>
/// A date shown without a time keeps <see cref="DatePrecision.Day"/>: <see cref="Published"/> then holds midnight of that
/// day only as a carrier, and serialisers write the date alone. A year-less date (<c>7月12日</c>, <c>Ngày 12/7</c>) with no
/// reference date to resolve it leaves <see cref="Published"/> null and keeps <see cref="Month"/> and <see cref="Day"/>.
/// </remarks>
[JsonConverter(typeof(DatelineJsonConverter))]
public sealed record Dateline
{
    /// <summary>No date found.</summary>
    public static Dateline None { get; } = new();

    /// <summary>The publication instant with the page's offset; null when unknown or only partly known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>How much of <see cref="Published"/> the page stated.</summary>
    public DatePrecision Precision { get; init; }

    /// <summary>The month of a partial (year-less) date, 1–12; also set for full dates.</summary>
    public int? Month { get; init; }

    /// <summary>The day of a partial (year-less) date, 1–31; also set for full dates.</summary>
    public int? Day { get; init; }

    /// <summary>The text the date was read from, as written.</summary>
    public string? Text { get; init; }

    /// <summary>The place a dateline names (<c>北京</c> in <c>新华社北京7月12日电</c>, <c>HÀ NỘI</c>).</summary>
    public string? Place { get; init; }

    /// <summary>True when a date (full or partial) is known.</summary>
    public bool HasDate => Published is not null || Month is not null;

    /// <summary>
    /// <see cref="Published"/> in ISO 8601, as precise as the page was: <c>2025-07-13</c> for a date alone,
    /// <c>2025-07-13T09:50+08:00</c> to the minute, <c>2025-07-13T09:50:30+08:00</c> to the second; null when no full date is known.
    /// </summary>
    public string? ToIsoString() => Published is not { } published ? null : Precision switch
    {
        DatePrecision.Day => published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Minute => published.ToString("yyyy-MM-dd'T'HH:mmzzz", System.Globalization.CultureInfo.InvariantCulture),
        _ => published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>How much of a date-time a page stated. JSON: <c>none</c>, <c>monthDay</c>, <c>day</c>, <c>minute</c>, <c>second</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>Nothing known.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Month and day, no year (<c>7月12日</c>) and no reference date to resolve it.</summary>
    [JsonStringEnumMemberName("monthDay")]
    MonthDay,

    /// <summary>A calendar date without a time.</summary>
    [JsonStringEnumMemberName("day")]
    Day,

    /// <summary>Date, hour and minute.</summary>
    [JsonStringEnumMemberName("minute")]
    Minute,

    /// <summary>Date and time to the second.</summary>
    [JsonStringEnumMemberName("second")]
    Second,
}
