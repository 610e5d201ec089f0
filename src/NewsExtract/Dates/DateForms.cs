using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>
/// The date shapes NewsExtract reads, each written with a language's words by <see cref="DateGrammar"/>; a language's
/// lexicon file lists the ones its pages use (<c>dates.forms</c>, by these names in camel case). In this order every
/// grammar tries them.
/// </summary>
internal enum DateForm
{
    /// <summary>2025-07-13, 2025/7/13, 2025.07.13, with time and offset.</summary>
    NumericYearFirst,

    /// <summary>2025年7月13日, 民國114年7月12日: numbers with year, month and day markers.</summary>
    YearMonthDay,

    /// <summary>二〇二五年七月十二日: numerals written as words.</summary>
    NumeralDate,

    /// <summary>7月12日: a month and a day, no year.</summary>
    MonthDay,

    /// <summary>12日: a day of the month alone (with a reference date only).</summary>
    DayOnly,

    /// <summary>Baidu's compressed 10-0812:00 (m-d) and 18-03-0823:16 (yy-m-d), only with a clock.</summary>
    NumericShortWithClock,

    /// <summary>12/07/2025, 6.4.2012, 30/11/12, with a weekday in front.</summary>
    NumericDayFirst,

    /// <summary>09:30 12/07/2025, 10h30 ngày 12/7.</summary>
    ClockThenDayFirst,

    /// <summary>Ngày 12/7, sáng 12/7, 12/7: a day and month with a lead word (bare only where dates are day first).</summary>
    DayMonth,

    /// <summary>ngày 12 tháng 7 năm 2025: day, month and year words before the numbers.</summary>
    WordDate,

    /// <summary>3小时前, 2 giờ trước, 13 giờ 33 phút trước: a time before the reference.</summary>
    Ago,

    /// <summary>昨天 18:30, hôm qua, 刚刚, vừa xong: a relative day or moment.</summary>
    RelativeWord,
}

internal static class DateForms
{
    /// <summary>
    /// The forms read on a page of no known language: all but the loosest (bare 12日, 10-08 12:00; a bare 12/7 is refused
    /// by its reader there, as dates are not day first).
    /// </summary>
    public static IReadOnlyList<DateForm> AnyLanguage { get; } = [.. Enum.GetValues<DateForm>().Where(f => f is not (DateForm.DayOnly or DateForm.NumericShortWithClock))];

    /// <summary>A form by its name in a lexicon file (<c>numericYearFirst</c>).</summary>
    public static DateForm Parse(string name) =>
        Enum.TryParse<DateForm>(name, ignoreCase: true, out var form) && Enum.IsDefined(form) && !char.IsDigit(name[0])
            ? form
            : throw new FormatException($"\"{name}\" is no date form; the forms are {string.Join(", ", Enum.GetNames<DateForm>())}.");

    /// <summary>Reads a match; <paramref name="length"/> may grow to swallow the rest of a range (12/7-15/7).</summary>
    public static Dateline? Read(DateForm form, Match match, string text, in DateContext context, ref int length)
    {
        switch (form)
        {
            case DateForm.NumericYearFirst or DateForm.YearMonthDay:
                return NumericDates.YearFirst(match, text, context);
            case DateForm.NumeralDate:
                return NumericDates.Numerals(match, text, context);
            case DateForm.MonthDay:
                return NumericDates.MonthDay(match, text, context);
            case DateForm.DayOnly:
                return NumericDates.DayOnly(match, text, context);
            case DateForm.NumericShortWithClock:
                return NumericDates.ShortWithClock(match, text, context);
            case DateForm.NumericDayFirst or DateForm.ClockThenDayFirst:
                return NumericDates.DayFirst(match, text, context);
            case DateForm.DayMonth:
                length += Ranges.TailLength(text, match.Index + match.Length);
                return NumericDates.DayMonth(match, text, context);
            case DateForm.WordDate:
                return NumericDates.WordDate(match, text, context);
            case DateForm.Ago:
                return RelativeDates.Ago(match, text, context);
            default:
                return RelativeDates.Word(match, text, context);
        }
    }
}
