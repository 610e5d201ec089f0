using System.Collections.Frozen;

namespace NewsExtract.Dates;

internal static partial class DateVocabulary
{
    /// <summary>Chinese (Simplified and Traditional) date words.</summary>
    internal static class Chinese
    {
        internal const string MeridiemPattern = "上午|下午|早上|早晨|清晨|凌晨|中午|午间|午間|傍晚|晚上|晚间|晚間|夜间|夜間|深夜";

        internal static readonly FrozenDictionary<string, Meridiem> Meridiems = new Dictionary<string, Meridiem>
        {
            ["上午"] = Meridiem.Am, ["早上"] = Meridiem.Am, ["早晨"] = Meridiem.Am, ["清晨"] = Meridiem.Am, ["凌晨"] = Meridiem.Am,
            ["中午"] = Meridiem.Noon, ["午间"] = Meridiem.Noon, ["午間"] = Meridiem.Noon,
            ["下午"] = Meridiem.Pm, ["傍晚"] = Meridiem.Pm,
            ["晚上"] = Meridiem.Evening, ["晚间"] = Meridiem.Evening, ["晚間"] = Meridiem.Evening,
            ["夜间"] = Meridiem.Night, ["夜間"] = Meridiem.Night, ["深夜"] = Meridiem.Night,
        }.ToFrozenDictionary();

        /// <summary>Weekday after a date: 星期日, 周一, （週三）.</summary>
        internal const string WeekdayPattern = "(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]";

        /// <summary>Zones named in words, in front of a date or a clock.</summary>
        internal const string ZonePattern = "北京时间|北京時間|台北时间|台北時間|香港时间|香港時間|格林尼治标准时间|格林威治標準時間|格林尼治时间|格林威治時間";

        internal static readonly FrozenDictionary<string, TimeSpan> ZoneOffsets = new Dictionary<string, TimeSpan>
        {
            ["北京时间"] = TimeSpan.FromHours(8), ["北京時間"] = TimeSpan.FromHours(8), ["台北时间"] = TimeSpan.FromHours(8),
            ["台北時間"] = TimeSpan.FromHours(8), ["香港时间"] = TimeSpan.FromHours(8), ["香港時間"] = TimeSpan.FromHours(8),
            ["格林尼治标准时间"] = TimeSpan.Zero, ["格林威治標準時間"] = TimeSpan.Zero, ["格林尼治时间"] = TimeSpan.Zero, ["格林威治時間"] = TimeSpan.Zero,
        }.ToFrozenDictionary();

        /// <summary>The marker of a Republic of China (Minguo) year: 民國114年 = 2025.</summary>
        internal const string RocPattern = "民國|民国";

        internal const int RocEpoch = 1911;

        /// <summary>Units of "N…前"; longest first within each family so 个小时 is not read as 小时.</summary>
        internal const string UnitPattern = "秒钟|秒鐘|秒|分钟|分鐘|个小时|個小時|个钟头|個鐘頭|小时|小時|钟头|鐘頭|天|个星期|個星期|星期|周|週|个月|個月";

        internal static readonly FrozenDictionary<string, RelativeUnit> Units = new Dictionary<string, RelativeUnit>
        {
            ["秒钟"] = RelativeUnit.Second, ["秒鐘"] = RelativeUnit.Second, ["秒"] = RelativeUnit.Second,
            ["分钟"] = RelativeUnit.Minute, ["分鐘"] = RelativeUnit.Minute,
            ["个小时"] = RelativeUnit.Hour, ["個小時"] = RelativeUnit.Hour, ["个钟头"] = RelativeUnit.Hour, ["個鐘頭"] = RelativeUnit.Hour,
            ["小时"] = RelativeUnit.Hour, ["小時"] = RelativeUnit.Hour, ["钟头"] = RelativeUnit.Hour, ["鐘頭"] = RelativeUnit.Hour,
            ["天"] = RelativeUnit.Day,
            ["个星期"] = RelativeUnit.Week, ["個星期"] = RelativeUnit.Week, ["星期"] = RelativeUnit.Week, ["周"] = RelativeUnit.Week, ["週"] = RelativeUnit.Week,
            ["个月"] = RelativeUnit.Month, ["個月"] = RelativeUnit.Month,
        }.ToFrozenDictionary();

        /// <summary>Day words (days back from the reference) and instant words (time back).</summary>
        internal const string RelativeWordPattern = "大前天|前天|昨天|今天|昨日|今日|刚刚|剛剛|刚才|剛才|半小时前|半小時前|半个小时前|半個小時前";

        internal static readonly FrozenDictionary<string, int> DaysBack = new Dictionary<string, int>
        {
            ["今天"] = 0, ["今日"] = 0, ["昨天"] = 1, ["昨日"] = 1, ["前天"] = 2, ["大前天"] = 3,
        }.ToFrozenDictionary();

        /// <summary>Day words too common in running text (今日头条) to count without a clock time after them.</summary>
        internal static readonly FrozenSet<string> NeedClock = new[] { "今日", "昨日" }.ToFrozenSet();

        internal static readonly FrozenDictionary<string, TimeSpan> InstantsBack = new Dictionary<string, TimeSpan>
        {
            ["刚刚"] = TimeSpan.Zero, ["剛剛"] = TimeSpan.Zero, ["刚才"] = TimeSpan.Zero, ["剛才"] = TimeSpan.Zero,
            ["半小时前"] = TimeSpan.FromMinutes(30), ["半小時前"] = TimeSpan.FromMinutes(30),
            ["半个小时前"] = TimeSpan.FromMinutes(30), ["半個小時前"] = TimeSpan.FromMinutes(30),
        }.ToFrozenDictionary();

        internal static readonly CueLabel[] CueLabels =
        [
            new("发布时间", DateCue.Published), new("發布時間", DateCue.Published), new("發佈時間", DateCue.Published),
            new("发布日期", DateCue.Published), new("發布日期", DateCue.Published), new("發佈日期", DateCue.Published),
            new("发表时间", DateCue.Published), new("發表時間", DateCue.Published), new("发表日期", DateCue.Published),
            new("发布于", DateCue.Published), new("發布於", DateCue.Published), new("發佈於", DateCue.Published),
            new("发表于", DateCue.Published), new("發表於", DateCue.Published), new("刊登日期", DateCue.Published),
            new("时间", DateCue.Published, Standalone: true), new("時間", DateCue.Published, Standalone: true),
            new("日期", DateCue.Published, Standalone: true),
            new("更新时间", DateCue.Updated), new("更新時間", DateCue.Updated), new("最后更新", DateCue.Updated),
            new("最後更新", DateCue.Updated), new("更新于", DateCue.Updated), new("更新於", DateCue.Updated),
            new("修改时间", DateCue.Updated), new("修改時間", DateCue.Updated),
        ];
    }
}
