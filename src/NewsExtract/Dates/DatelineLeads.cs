using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Dateline leads, the opening words of a Chinese news story that say who filed it, from where and when:
/// <c>新华社北京7月12日电</c> (a dispatch), <c>长江网10月4日讯</c> and <c>本报讯</c> (a news flash), <c>TNW中文站 10月14日报道</c>
/// (a report), <c>有关部门7月12日消息</c> (news). One home for every reading of them, each pattern built from the lexicon's
/// lead words (<c>leadDispatchWords</c>, <c>leadFlashWords</c>, <c>leadReportWords</c>, <c>leadNewsWords</c>) and date
/// markers, each with a prefilter derived from the same words.
/// </summary>
internal sealed class DatelineLeads
{
    private readonly IReadOnlyList<string> _news;

    public DatelineLeads(Lexicon lexicon, PatternCatalog catalog)
    {
        var dispatch = lexicon[LexiconLists.LeadDispatchWords];
        var flash = lexicon[LexiconLists.LeadFlashWords];
        var reports = lexicon[LexiconLists.LeadReportWords];
        _news = lexicon[LexiconLists.LeadNewsWords];

        // A day and month as leads write them: 7月12日, 12日, with an hour after at most (7月12日18时电).
        var month = Words.Alternation(lexicon[LexiconLists.MonthMarkers]);
        var day = Words.Alternation(lexicon[LexiconLists.DayMarkers]);
        var hour = @"(?:\d{1,2}" + Words.Alternation(lexicon[LexiconLists.HourMarkers]) + ")?";
        var monthDay = @"\d{1,2}" + month + @"\d{1,2}" + day + hour;

        ClosingDate = catalog.Start("dateline lead closing the line")
            .Add(monthDay + Words.Alternation([.. dispatch, .. flash, .. reports]), [.. dispatch, .. flash, .. reports])
            .AtEnd(@"\n");

        Opening = catalog.Start("dateline lead opening a paragraph")
            .Add(@"^[^，。]{0,30}?(?:\d{1,2}" + month + @"\d{1,2}" + day + @"|\d{1,2}" + day + ")" + hour + Words.Alternation(dispatch), dispatch)
            .Add(@"^[^，。]{0,12}" + Words.Alternation(flash) + @"[（(\s]", flash)
            .Add("^" + Words.Alternation(lexicon[LexiconLists.OwnOutlets]) + Words.Alternation(flash), flash)
            .Anywhere();

        string[] all = [.. dispatch, .. flash, .. reports, .. _news];
        // The outlet heads the lead, in an opening bracket at most (【文匯網訊】): the bracket is no part of its name.
        Outlet = catalog.Start("dateline lead naming its outlet")
            .Add(@"^\s*[【\[]?\s*(?<head>[^\d，。（(：:“”【\[]{2,20}?)\s*" + monthDay + Words.Alternation(all), all)
            .Add(@"^\s*[【\[]?\s*(?<head>[^\d，。（(：:“”\s【\[]{2,10}?)(?<xun>" + Words.Alternation(flash) + ")", flash)
            .Anywhere();

        var reporters = Words.Alternation(lexicon[LexiconLists.ReporterLabels]);
        Reporter = catalog.Start("dateline lead naming its reporters")
            .Add(@"^[^，。]{0,40}?" + Words.Alternation([.. dispatch, .. flash]) + @"\s*[（(](?:[^\s）)]{0,6}?" + reporters + @")\s*(?<names>[^）)]{2,40})[）)]", [.. dispatch, .. flash])
            .Anywhere();

        string[] placed = [.. dispatch, .. flash, .. _news];
        Place = catalog.Start("dateline lead naming its place")
            .Add("(?<head>" + CharClass.HanClass + "{2,16})(?:" + @"\d{1,2}" + month + @")?\d{1,2}" + day + "(?<end>" + Words.Alternation(placed) + ")", placed)
            .Anywhere();
    }

    /// <summary>A year-less date and a lead word closing the line: <c>TNW中文站 10月14日报道</c>, <c>新华社北京7月12日电</c>.</summary>
    public LexiconPattern ClosingDate { get; }

    /// <summary>A lead opening a paragraph: <c>新华社北京7月12日电</c>, <c>本报讯</c>, <c>中新网上海7月12日电</c>.</summary>
    public LexiconPattern Opening { get; }

    /// <summary>A lead's outlet (group <c>head</c>, and <c>xun</c> for an undated flash): <c>长江网10月4日讯</c>, <c>新浪科技讯</c>.</summary>
    public LexiconPattern Outlet { get; }

    /// <summary>The reporters named in brackets after a lead (group <c>names</c>): <c>新华社北京7月12日电（记者 张三 李四）</c>.</summary>
    public LexiconPattern Reporter { get; }

    /// <summary>Where a lead was filed (groups <c>head</c>, <c>end</c>): <c>新华社北京7月12日电</c>, <c>中央社記者陳家倫台北12日電</c>.</summary>
    public LexiconPattern Place { get; }

    /// <summary>Whether the lead word <paramref name="end"/> (the <c>end</c> group of <see cref="Place"/>) says "news" (消息).</summary>
    public bool IsNews(ReadOnlySpan<char> end)
    {
        foreach (var word in _news)
        {
            if (end.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
