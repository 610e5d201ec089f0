using System.Text.RegularExpressions;
using static NewsExtract.Dates.MatchReading;

namespace NewsExtract.Dates;

/// <summary>Reads the absolute and year-less date forms matched by <see cref="DateGrammar"/>.</summary>
internal static class NumericDates
{
    /// <summary>
    /// 2025-07-13, 2025/07/13 (y/m/d on every page), 2025年7月13日, and years of an era: marked (民國114年), or of two or
    /// three digits where the page language reads them in one (114年 on zh-Hant pages).
    /// </summary>
    public static Dateline? YearFirst(Match match, string text, in DateContext context)
    {
        var y = match.Groups["y"];
        var year = Number(y);
        var era = match.Groups["roc"].Success ? context.Grammar.EraEpoch(match.Groups["roc"].Value)
            : y.Length < 4 && year < 200 ? context.Grammar.EraWithoutMarker(context.Language)
            : 0;
        if (era > 0)
        {
            year += era;
        }
        else if (y.Length < 4)
        {
            return null; // "25年" on a Simplified page is not a year we can place
        }

        return Complete(match, year, Number(match.Groups["m"]), Number(match.Groups["d"]), text, context);
    }

    /// <summary>二〇二五年七月十二日.</summary>
    public static Dateline? Numerals(Match match, string text, in DateContext context)
    {
        var grammar = context.Grammar;
        return Complete(match, grammar.Numeral(match.Groups["y"].ValueSpan), grammar.Numeral(match.Groups["m"].ValueSpan), grammar.Numeral(match.Groups["d"].ValueSpan), text, context);
    }

    /// <summary>
    /// 12/07/2025, 12-07-2025, 6.4.2012, 30/11/12, and the clock-first 09:30 12/07/2025. Day-first languages (Vietnamese)
    /// always read d/m/y; other pages read d/m/y too unless only m/d/y is a valid date (07/13/2025).
    /// </summary>
    public static Dateline? DayFirst(Match match, string text, in DateContext context)
    {
        var sep = match.Groups["sep"].ValueSpan[0];
        var y = match.Groups["y"];
        int year;
        if (!y.Success)
        {
            if (sep == '-')
            {
                return null; // 09:30 12-7 reads as a score or a range, not a date
            }

            year = -1;
        }
        else if (y.Length == 2)
        {
            if (sep != '/')
            {
                return null;
            }

            year = Number(y) + (Number(y) < 70 ? 2000 : 1900); // 30/11/12 on dated Vietnamese portals
        }
        else
        {
            year = Number(y);
        }

        int day = Number(match.Groups["d"]), month = Number(match.Groups["m"]);
        if (!context.Grammar.DayFirst && day <= 12 && month > 12)
        {
            (day, month) = (month, day);
        }

        return Complete(match, year, month, day, text, context);
    }

    /// <summary>Baidu's 10-0812:00 (year-less m-d) and 18-03-0823:16 (yy-m-d, this century).</summary>
    public static Dateline? ShortWithClock(Match match, string text, in DateContext context) =>
        Complete(match, match.Groups["y"].Success ? 2000 + Number(match.Groups["y"]) : -1, Number(match.Groups["m"]), Number(match.Groups["d"]), text, context);

    /// <summary>
    /// Year-less d/m. With a lead word (ngày, sáng, chiều…) or a clock any d/m counts; bare, only where dates are day first,
    /// and it must use a slash, have a two-digit part (12/7, not 3/4 or 1/2) and not be an idiom (24/7).
    /// </summary>
    public static Dateline? DayMonth(Match match, string text, in DateContext context)
    {
        var hasLead = match.Groups["lead"].Success;
        var d = match.Groups["d"];
        var m = match.Groups["m"];
        var sep = match.Groups["sep"].ValueSpan[0];
        if (!hasLead)
        {
            if (!context.Grammar.DayFirst || sep != '/')
            {
                return null;
            }

            var end = match.Index + match.Length;
            if (!match.Groups["h"].Success &&
                ((d.Length < 2 && m.Length < 2) ||
                 context.Grammar.IsNotDate(text.Substring(d.Index, m.Index + m.Length - d.Index)) ||
                 NumberGoesOn(text, end) ||
                 (d.Index > 0 && char.IsLetterOrDigit(text[d.Index - 1]))))
            {
                return null;
            }
        }

        return Complete(match, -1, Number(m), Number(d), text, context);
    }

    /// <summary>ngày 12 tháng 7 năm 2025; "12 tháng 7" alone reads as a duration, so a lead word or the year is required.</summary>
    public static Dateline? WordDate(Match match, string text, in DateContext context) =>
        match.Groups["lead"].Success || match.Groups["y"].Success
            ? Complete(match, match.Groups["y"].Success ? Number(match.Groups["y"]) : -1, Number(match.Groups["m"]), Number(match.Groups["d"]), text, context)
            : null;

    /// <summary>7月12日 with optional clock.</summary>
    public static Dateline? MonthDay(Match match, string text, in DateContext context) =>
        Complete(match, -1, Number(match.Groups["m"]), Number(match.Groups["d"]), text, context);

    /// <summary>12日: month and year come from the reference; without one the day alone is no date.</summary>
    public static Dateline? DayOnly(Match match, string text, in DateContext context)
    {
        if (context.Reference is not { } reference)
        {
            return null;
        }

        var clock = Clock(match, context.Grammar, out var invalid);
        var day = Number(match.Groups["d"]);
        if (invalid || day is < 1 or > 31 || DateResolver.MonthFor(day, reference.ToOffset(context.DefaultOffset)) is not { } date)
        {
            return null;
        }

        return DateResolver.Make(date, clock, context.DefaultOffset, text);
    }

    /// <summary>12/7% or 12/7,5 is a number, not a date.</summary>
    private static bool NumberGoesOn(string text, int end) =>
        end < text.Length && (text[end] == '%' || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    private static Dateline? Complete(Match match, int year, int month, int day, string text, in DateContext context)
    {
        var clock = Clock(match, context.Grammar, out var badClock);
        var offset = Offset(match, context.Grammar, out var badOffset);
        return badClock || badOffset || (year < 0 && match.Groups["y"].Success) ? null : DateResolver.Build(year, month, day, clock, offset, text, context);
    }
}
