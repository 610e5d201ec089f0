using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>The date forms, which languages read them, and their pattern and reader.</summary>
internal enum DateForm
{
    NumericYearFirst,
    ChineseYearMonthDay,
    ChineseNumeralDate,
    ChineseMonthDay,
    ChineseDayOnly,
    NumericShortWithClock,
    NumericDayFirst,
    ClockThenDayFirst,
    VietnameseDayMonth,
    VietnameseWordDate,
    ChineseAgo,
    ChineseRelativeWord,
    VietnameseAgo,
    VietnameseRelativeWord,
}

internal static class DateForms
{
    private static readonly DateForm[] Chinese =
    [
        DateForm.NumericYearFirst, DateForm.ChineseYearMonthDay, DateForm.ChineseNumeralDate, DateForm.ChineseMonthDay,
        DateForm.ChineseDayOnly, DateForm.NumericShortWithClock, DateForm.NumericDayFirst, DateForm.ChineseAgo, DateForm.ChineseRelativeWord,
    ];

    private static readonly DateForm[] Vietnamese =
    [
        DateForm.NumericYearFirst, DateForm.NumericDayFirst, DateForm.ClockThenDayFirst, DateForm.VietnameseDayMonth,
        DateForm.VietnameseWordDate, DateForm.VietnameseAgo, DateForm.VietnameseRelativeWord,
    ];

    // Unknown language: everything but the loosest forms (bare 12日, 10-08 12:00; bare 12/7 is refused by its reader).
    private static readonly DateForm[] Any = [.. Enum.GetValues<DateForm>().Where(f => f is not (DateForm.ChineseDayOnly or DateForm.NumericShortWithClock))];

    public static DateForm[] For(ContentLanguage language) => language switch
    {
        ContentLanguage.ChineseSimplified or ContentLanguage.ChineseTraditional => Chinese,
        ContentLanguage.Vietnamese => Vietnamese,
        _ => Any,
    };

    public static Regex Regex(DateForm form) => form switch
    {
        DateForm.NumericYearFirst => DatePatterns.NumericYearFirst(),
        DateForm.ChineseYearMonthDay => DatePatterns.ChineseYearMonthDay(),
        DateForm.ChineseNumeralDate => DatePatterns.ChineseNumeralDate(),
        DateForm.ChineseMonthDay => DatePatterns.ChineseMonthDay(),
        DateForm.ChineseDayOnly => DatePatterns.ChineseDayOnly(),
        DateForm.NumericShortWithClock => DatePatterns.NumericShortWithClock(),
        DateForm.NumericDayFirst => DatePatterns.NumericDayFirst(),
        DateForm.ClockThenDayFirst => DatePatterns.ClockThenDayFirst(),
        DateForm.VietnameseDayMonth => DatePatterns.VietnameseDayMonth(),
        DateForm.VietnameseWordDate => DatePatterns.VietnameseWordDate(),
        DateForm.ChineseAgo => DatePatterns.ChineseAgo(),
        DateForm.ChineseRelativeWord => DatePatterns.ChineseRelativeWord(),
        DateForm.VietnameseAgo => DatePatterns.VietnameseAgo(),
        _ => DatePatterns.VietnameseRelativeWord(),
    };

    /// <summary>Reads a match; <paramref name="length"/> may grow to swallow the rest of a range (12/7-15/7).</summary>
    public static Dateline? Read(DateForm form, Match match, string text, in DateContext context, ref int length)
    {
        switch (form)
        {
            case DateForm.NumericYearFirst or DateForm.ChineseYearMonthDay:
                return NumericDates.YearFirst(match, text, context);
            case DateForm.ChineseNumeralDate:
                return NumericDates.ChineseNumerals(match, text, context);
            case DateForm.ChineseMonthDay:
                return NumericDates.MonthDay(match, text, context);
            case DateForm.ChineseDayOnly:
                return NumericDates.DayOnly(match, text, context);
            case DateForm.NumericShortWithClock:
                return NumericDates.ShortWithClock(match, text, context);
            case DateForm.NumericDayFirst or DateForm.ClockThenDayFirst:
                return NumericDates.DayFirst(match, text, context);
            case DateForm.VietnameseDayMonth:
                length += Ranges.TailLength(text, match.Index + match.Length);
                return NumericDates.VietnameseDayMonth(match, text, context);
            case DateForm.VietnameseWordDate:
                return NumericDates.VietnameseWords(match, text, context);
            case DateForm.ChineseAgo or DateForm.VietnameseAgo:
                return RelativeDates.Ago(match, text, context);
            default:
                return RelativeDates.Word(match, text, context);
        }
    }
}
