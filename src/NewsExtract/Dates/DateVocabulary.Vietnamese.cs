using System.Collections.Frozen;

namespace NewsExtract.Dates;

internal static partial class DateVocabulary
{
    /// <summary>Vietnamese date words (NFC, matched case-insensitively).</summary>
    internal static class Vietnamese
    {
        /// <summary>Time-of-day words written after a clock time: <c>11:05 tối</c> is 23:05.</summary>
        internal const string MeridiemPattern = "sáng|trưa|chiều|tối|đêm";

        internal static readonly FrozenDictionary<string, Meridiem> Meridiems = new Dictionary<string, Meridiem>(StringComparer.OrdinalIgnoreCase)
        {
            ["sáng"] = Meridiem.Am, ["trưa"] = Meridiem.Noon, ["chiều"] = Meridiem.Pm, ["tối"] = Meridiem.Evening, ["đêm"] = Meridiem.Night,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        /// <summary>Weekdays in front of a date: <c>Thứ bảy</c>, <c>Thứ 7</c>, <c>Chủ nhật</c>.</summary>
        internal const string WeekdayPattern = "(?i:thứ" + Space + "+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ" + Space + "+nhật)";

        /// <summary>Words that make a bare <c>d/m</c> a date: <c>ngày 12/7</c>, <c>sáng 12/7</c>, <c>rạng sáng 12/7</c>.</summary>
        internal const string DayLeadPattern = "(?i:rạng" + Space + "+sáng|ngày|sáng|trưa|chiều|tối|đêm|hôm)";

        /// <summary>Filler between a lead word and the date: <c>sáng nay 12/7</c>, <c>tối qua 11/7</c>, <c>sáng ngày 12/7</c>.</summary>
        internal const string DayLeadFillerPattern = "(?i:ngày|nay|qua|mai)";

        /// <summary>Slash pairs that are idioms, not dates.</summary>
        internal static readonly FrozenSet<string> NotDates = new[] { "24/7", "24/24" }.ToFrozenSet();

        internal const string UnitPattern = "(?i:giây|phút|giờ|tiếng|ngày|tuần|tháng)";

        internal static readonly FrozenDictionary<string, RelativeUnit> Units = new Dictionary<string, RelativeUnit>(StringComparer.OrdinalIgnoreCase)
        {
            ["giây"] = RelativeUnit.Second, ["phút"] = RelativeUnit.Minute, ["giờ"] = RelativeUnit.Hour, ["tiếng"] = RelativeUnit.Hour,
            ["ngày"] = RelativeUnit.Day, ["tuần"] = RelativeUnit.Week, ["tháng"] = RelativeUnit.Month,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        internal const string RelativeWordPattern = "(?i:hôm" + Space + "+qua|hôm" + Space + "+nay|hôm" + Space + "+kia|vừa" + Space + "+xong)";

        /// <summary>Day words keyed with single spaces (matches are collapsed before lookup).</summary>
        internal static readonly FrozenDictionary<string, int> DaysBack = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["hôm nay"] = 0, ["hôm qua"] = 1, ["hôm kia"] = 2,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        internal static readonly FrozenDictionary<string, TimeSpan> InstantsBack = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
        {
            ["vừa xong"] = TimeSpan.Zero,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        /// <summary>Words a text needs to hold a relative date when it holds no digit.</summary>
        internal static readonly string[] DigitlessTriggers = ["hôm", "vừa xong"];

        internal static readonly CueLabel[] CueLabels =
        [
            new("Ngày đăng", DateCue.Published), new("Đăng lúc", DateCue.Published), new("Đăng ngày", DateCue.Published),
            new("Ngày xuất bản", DateCue.Published), new("Xuất bản", DateCue.Published), new("Đăng", DateCue.Published, Standalone: true),
            new("Cập nhật lúc", DateCue.Updated), new("Cập nhật ngày", DateCue.Updated), new("Cập nhật", DateCue.Updated),
            new("Lần cập nhật cuối", DateCue.Updated),
        ];
    }
}
