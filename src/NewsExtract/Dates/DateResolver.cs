namespace NewsExtract.Dates;

/// <summary>Turns read date parts into a <see cref="Dateline"/>, resolving year-less dates against the reference.</summary>
internal static class DateResolver
{
    internal const int MinYear = 1990;
    internal const int MaxYear = 2100;

    /// <summary>A full or year-less date; null when the calendar rejects it.</summary>
    public static Dateline? Build(int year, int month, int day, ClockTime? clock, TimeSpan? offset, string text, in DateContext context)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        var zone = offset ?? context.DefaultOffset;
        if (year < 0)
        {
            if (context.Reference is not { } reference)
            {
                // No year and nothing to read it against: keep the partial date; 31/2 is still no date.
                return day > DateTime.DaysInMonth(2024, month) ? null : new Dateline { Precision = DatePrecision.MonthDay, Month = month, Day = day, Text = text };
            }

            year = YearFor(month, day, reference.ToOffset(zone));
            if (year < 0)
            {
                return null;
            }
        }

        if (year is < MinYear or > MaxYear || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return Make(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), clock, zone, text);
    }

    /// <summary>A date on a known calendar day at an optional clock time.</summary>
    public static Dateline Make(DateTime date, ClockTime? clock, TimeSpan offset, string text)
    {
        var local = clock is { } c ? date.Date.Add(new TimeSpan(c.Hour, c.Minute, c.Second)) : date.Date;
        return new Dateline
        {
            Published = new DateTimeOffset(local, offset),
            Precision = clock is null ? DatePrecision.Day : clock.Value.HasSeconds ? DatePrecision.Second : DatePrecision.Minute,
            Month = date.Month,
            Day = date.Day,
            Text = text,
        };
    }

    /// <summary>The year of the most recent month/day not later than the reference's next day (Dec 30 read on Jan 2 is last year's).</summary>
    public static int YearFor(int month, int day, DateTimeOffset reference)
    {
        var limit = reference.Date.AddDays(1);
        for (var year = limit.Year; year >= limit.Year - 8; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) <= limit)
            {
                return year;
            }
        }

        return -1;
    }

    /// <summary>The most recent date with this day of month, not later than the reference's next day (12日).</summary>
    public static DateTime? MonthFor(int day, DateTimeOffset reference)
    {
        var limit = reference.Date.AddDays(1);
        var month = new DateTime(limit.Year, limit.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < 3; i++, month = month.AddMonths(-1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) <= limit)
            {
                return month.AddDays(day - 1);
            }
        }

        return null;
    }
}
