using System.Text.RegularExpressions;
using static NewsExtract.Dates.DateVocabulary;

namespace NewsExtract.Dates;

/// <summary>
/// The source-generated date patterns. All share group names so one reader handles them: y, m, d, roc, sep, lead, wd,
/// h, mi, s, ap1/ap2 (time-of-day words before/after the clock), t (ISO 'T'), iso, tz/os/oh/om and zone (offsets).
/// </summary>
internal static partial class DatePatterns
{
    private const string Sp = Space;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MeridiemBefore = Chinese.MeridiemPattern;
    private const string MeridiemAfter = Vietnamese.MeridiemPattern + "|" + LatinMeridiemPattern;

    /// <summary>09:50, 09:50:00, 9h30, 9h, 9时50分, 上午9:50, 04:00 chiều, 03:04 AM.</summary>
    private const string Clock =
        "(?:(?<ap1>" + MeridiemBefore + ")" + Sp + "*)?" +
        "(?<h>\\d{1,2})(?:[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2})(?:[.,]\\d{1,7})?)?|[hH](?<mi>\\d{2})?(?![\\p{L}])|[时時点點](?<mi>\\d{1,2})分(?:(?<s>\\d{1,2})秒)?)(?!\\d)" +
        "(?:" + Sp + "*(?<ap2>(?i:" + MeridiemAfter + "))(?![\\p{L}]))?";

    /// <summary>The clock after a date, with its separator; an ISO offset only after a 'T'.</summary>
    private const string TimeTail =
        "(?:(?:(?<t>T)|" + Sp + "*(?:[,，|\\-–—]" + Sp + "*)?(?:(?i:lúc)" + Sp + "+)?(?:(?<zone>" + ZonePattern + ")" + Sp + "*)?)" + Clock +
        "(?(t)(?<iso>Z|[+\\-]\\d{2}(?::?\\d{2})?)?|))?";

    /// <summary>GMT+7, (GMT+7), UTC+8, GMT+08:00, (GMT), 北京时间.</summary>
    private const string OffsetTail =
        "(?:" + Sp + "*[(（]?" + Sp + "*(?:(?<tz>GMT|UTC)(?:" + Sp + "*(?<os>[+\\-−])" + Sp + "*(?<oh>\\d{1,2})(?::?(?<om>\\d{2}))?)?|(?<zone>" + ZonePattern + "))(?![\\p{L}\\d])" + Sp + "*[)）]?)?";

    private const string ZoneLead = "(?:(?<zone>" + ZonePattern + ")" + Sp + "*)?";
    private const string ZhWeekday = "(?:" + Sp + "*[(（]?" + Chinese.WeekdayPattern + "[)）]?)?";
    private const string ViLead = "(?:(?<wd>" + Vietnamese.WeekdayPattern + ")" + Sp + "*[,，]?" + Sp + "*)?(?:(?<lead>(?i:ngày))" + Sp + "+)?";

    /// <summary>2025-07-13, 2025/7/13, 2025.07.13, with time and offset.</summary>
    [GeneratedRegex(ZoneLead + "(?<!\\d)(?<y>\\d{4})(?<sep>[\\-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d|[\\-/.]\\d)" + ZhWeekday + TimeTail + OffsetTail, Options)]
    internal static partial Regex NumericYearFirst();

    /// <summary>2025年7月13日, 民國114年7月12日, 114年7月12日.</summary>
    [GeneratedRegex(ZoneLead + "(?:(?<roc>" + Chinese.RocPattern + ")" + Sp + "*)?(?<!\\d)(?<y>\\d{2,4})" + Sp + "*年" + Sp + "*(?<m>\\d{1,2})" + Sp + "*月" + Sp + "*(?<d>\\d{1,2})" + Sp + "*[日号號]" + ZhWeekday + TimeTail + OffsetTail, Options)]
    internal static partial Regex ChineseYearMonthDay();

    /// <summary>二〇二五年七月十二日.</summary>
    [GeneratedRegex("(?<y>[〇○零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})[日号號]" + ZhWeekday + TimeTail + OffsetTail, Options)]
    internal static partial Regex ChineseNumeralDate();

    /// <summary>7月12日 (no year).</summary>
    [GeneratedRegex(ZoneLead + "(?<![\\d年]" + Sp + "*)(?<m>\\d{1,2})" + Sp + "*月" + Sp + "*(?<d>\\d{1,2})" + Sp + "*[日号號]" + ZhWeekday + TimeTail + OffsetTail, Options)]
    internal static partial Regex ChineseMonthDay();

    /// <summary>12日 (day only), not 12日元.</summary>
    [GeneratedRegex("(?<![\\d月年/\\-.]" + Sp + "*)(?<d>\\d{1,2})日(?![元圓圆])" + TimeTail, Options)]
    internal static partial Regex ChineseDayOnly();

    /// <summary>Baidu's compressed 10-0812:00 (m-d) and 18-03-0823:16 (yy-m-d): only with a clock, else scores and ranges.</summary>
    [GeneratedRegex("(?<!\\d|\\d[\\-/.:])(?:(?<y>\\d{2})-)?(?<m>\\d{2})-(?<d>\\d{2})" + Sp + "*" + Clock + OffsetTail, Options)]
    internal static partial Regex NumericShortWithClock();

    /// <summary>12/07/2025, 12-07-2025, 6.4.2012, 30/11/12, with a weekday in front: Thứ bảy, 12/7/2025, 09:30 (GMT+7).</summary>
    [GeneratedRegex(ViLead + "(?<!\\d|\\d[/.\\-])(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?!\\d|[/.\\-]\\d)" + TimeTail + OffsetTail, Options)]
    internal static partial Regex NumericDayFirst();

    /// <summary>09:30 12/07/2025, 10h30 ngày 12/7, 04:00 chiều, 12/7.</summary>
    [GeneratedRegex("(?<!\\d|\\d[:：])" + Clock + Sp + "*(?:[,，|\\-–—]" + Sp + "*)?(?:(?<lead>(?i:ngày))" + Sp + "+)?(?<!\\d|\\d[/.\\-])(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?(?!\\d|[/.\\-]\\d)" + OffsetTail, Options)]
    internal static partial Regex ClockThenDayFirst();

    /// <summary>Ngày 12/7, sáng 12/7, 12/7 (no year).</summary>
    [GeneratedRegex("(?:(?<lead>" + Vietnamese.DayLeadPattern + ")" + Sp + "+(?:" + Vietnamese.DayLeadFillerPattern + Sp + "+)?)?(?<!\\d|\\d[/.\\-])(?<d>\\d{1,2})(?<sep>[/.])(?<m>\\d{1,2})(?!\\d|[/.]\\d)" + TimeTail + OffsetTail, Options)]
    internal static partial Regex VietnameseDayMonth();

    /// <summary>ngày 12 tháng 7 năm 2025, 12 tháng 7, 2025.</summary>
    [GeneratedRegex("(?:(?<lead>(?i:ngày))" + Sp + "+)?(?<!\\d)(?<d>\\d{1,2})" + Sp + "+(?i:tháng)" + Sp + "+(?<m>\\d{1,2})(?!\\d)(?:" + Sp + "*(?:,|(?i:năm))" + Sp + "*(?<y>\\d{4})(?!\\d))?" + TimeTail + OffsetTail, Options)]
    internal static partial Regex VietnameseWordDate();

    /// <summary>3小时前, 10分钟前, 2天前.</summary>
    [GeneratedRegex("(?<!\\d)(?<n>\\d{1,3})" + Sp + "*(?<u>" + Chinese.UnitPattern + ")" + Sp + "*之?前(?![天日])", Options)]
    internal static partial Regex ChineseAgo();

    /// <summary>昨天 18:30, 前天, 刚刚 (not 目前天气).</summary>
    [GeneratedRegex("(?<w>" + Chinese.RelativeWordPattern + ")(?![气氣然])(?:" + Sp + "*" + Clock + ")?", Options)]
    internal static partial Regex ChineseRelativeWord();

    /// <summary>2 giờ trước, 30 phút trước, 13 giờ 33 phút trước.</summary>
    [GeneratedRegex("(?<!\\d)(?<n>\\d{1,3})" + Sp + "*(?<u>" + Vietnamese.UnitPattern + ")(?:" + Sp + "*(?<n2>\\d{1,2})" + Sp + "*(?<u2>" + Vietnamese.UnitPattern + "))?" + Sp + "+(?i:trước)(?![\\p{L}])", Options)]
    internal static partial Regex VietnameseAgo();

    /// <summary>hôm qua, hôm nay 09:00, vừa xong.</summary>
    [GeneratedRegex("(?<![\\p{L}])(?<w>" + Vietnamese.RelativeWordPattern + ")(?![\\p{L}])(?:" + Sp + "*[,，]?" + Sp + "*(?:(?i:lúc)" + Sp + "+)?" + Clock + ")?", Options)]
    internal static partial Regex VietnameseRelativeWord();

    /// <summary>ISO-like values from metadata, whole string.</summary>
    [GeneratedRegex("^\\s*(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?:(?:T|\\s+)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?)?\\s*(?<iso>Z|[+\\-]\\d{2}(?::?\\d{2})?)?\\s*$", Options)]
    internal static partial Regex Iso();
}
