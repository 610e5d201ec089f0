using System.Collections.Frozen;

namespace NewsExtract.Dates;

internal static partial class DateVocabulary
{
    /// <summary>Words around a dateline place.</summary>
    internal static class Places
    {
        internal const int MaxChinesePlace = 6;

        /// <summary>Who files a Chinese dateline; the place follows the last of these (据新华社北京 → 北京).</summary>
        internal static readonly string[] ChineseAgencies =
        [
            "新华社", "新華社", "中新社", "中新网", "中新網", "中国新闻网", "中國新聞網", "人民网", "人民網", "央视网", "央視網", "央广网", "央廣網",
            "国际在线", "國際在線", "中央社", "法新社", "路透社", "美联社", "美聯社", "共同社", "塔斯社", "韩联社", "韓聯社",
            "本报", "本報", "本台", "本网", "本網", "光明网", "环球网", "環球網", "澎湃新闻", "新京报", "大公网", "大公網", "文汇报", "文匯報",
        ];

        internal static readonly string[] ReporterWords = ["记者", "記者"];

        /// <summary>Capitalised run-in labels that are not places.</summary>
        internal static readonly FrozenSet<string> NotVietnamesePlaces = new[]
        {
            "VIDEO", "CLIP", "ẢNH", "INFOGRAPHIC", "TIN", "TRỰC TIẾP", "NÓNG", "MỚI", "CẬP NHẬT",
        }.ToFrozenSet(StringComparer.Ordinal);
    }
}
