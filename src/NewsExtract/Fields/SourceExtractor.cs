using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;

namespace NewsExtract.Fields;

/// <summary>
/// Finds content-origin attributions: source labels (<c>来源：X</c>, <c>Nguồn: X</c>), report cues in the lead
/// (<c>据X报道</c>, <c>据X引述Y报道</c>), dateline leads (<c>新华社北京7月12日电</c>), Vietnamese sapo tags
/// (<c>(Dân trí) -</c>) and end attributions (<c>Theo TTXVN</c>). Aliases of one agency become one source.
/// </summary>
internal static partial class SourceExtractor
{
    public static IReadOnlyList<SourceAttribution> Extract(IReadOnlyList<Block> blocks, CompiledLexicon lexicon, int headerFirst, int headerLast)
    {
        var found = new List<SourceAttribution>();
        var bodyIndex = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var nearHeader = i >= headerFirst && i <= headerLast;
            switch (block.Role)
            {
                case BlockRole.Body:
                    ReadBody(block.Text, lexicon, bodyIndex == 0, found);
                    bodyIndex++;
                    break;
                case BlockRole.Source or BlockRole.Credit or BlockRole.Byline or BlockRole.Dateline:
                    ReadLabelled(block.Text, lexicon, found);
                    break;
                default:
                    if (nearHeader && block.Metrics.Weight <= 60)
                    {
                        ReadLabelled(block.Text, lexicon, found);
                    }

                    break;
            }
        }

        return Deduplicate(found, lexicon);
    }

    private static void ReadLabelled(string text, CompiledLexicon lexicon, List<SourceAttribution> found)
    {
        foreach (Match match in LabelledSource().Matches(text))
        {
            Add(found, match.Groups["name"].Value, match.Value, lexicon);
        }

        if (lexicon.Language == ContentLanguage.Vietnamese)
        {
            var theo = EndAttribution().Match(text);
            if (theo.Success)
            {
                Add(found, theo.Groups["name"].Value, theo.Value, lexicon);
            }
        }
    }

    private static void ReadBody(string text, CompiledLexicon lexicon, bool isLead, List<SourceAttribution> found)
    {
        if (lexicon.Language == ContentLanguage.Vietnamese)
        {
            if (isLead && LineCues.VietnameseSapoTag().Match(text) is { Success: true } sapo)
            {
                Add(found, sapo.Groups["tag"].Value, sapo.Value.Trim(), lexicon);
            }

            return;
        }

        if (isLead && DatelineLead().Match(text) is { Success: true } lead)
        {
            Add(found, lead.Groups["agency"].Value, lead.Value, lexicon);
        }

        foreach (Match match in ReportCue().Matches(text))
        {
            var primary = match.Groups["a"].Value;
            var relayed = match.Groups["b"].Value;
            // In the lead any reported source counts; further down only news agencies (…社), not cited media.
            if (isLead || IsAgency(primary, lexicon) || relayed.Length > 0)
            {
                Add(found, primary, match.Value, lexicon);
            }

            if (relayed.Length > 0)
            {
                Add(found, relayed, match.Value, lexicon);
            }
        }
    }

    private static bool IsAgency(string name, CompiledLexicon lexicon) =>
        name.EndsWith('社') || (lexicon.AgencyName.Match(name) is { Success: true } m && m.Value.EndsWith('社'));

    private static void Add(List<SourceAttribution> found, string name, string phrase, CompiledLexicon lexicon)
    {
        name = name.Trim().Trim('《', '》', '“', '”', '"', '(', ')', '（', '）', '.', '。', ',', '，', ' ');
        if (name.Length is < 2 or > 30 || name.Any(char.IsDigit) && name.Length < 4)
        {
            return;
        }

        // "俄罗斯媒体塔斯社" names the agency 塔斯社: a known agency inside the phrase wins.
        var known = lexicon.AgencyName.Match(name);
        var canonical = known.Success ? lexicon.CanonicalAgency(known.Value) : name;
        found.Add(new SourceAttribution(canonical, phrase.Trim()));
    }

    private static List<SourceAttribution> Deduplicate(List<SourceAttribution> found, CompiledLexicon lexicon)
    {
        var result = new List<SourceAttribution>();
        foreach (var source in found)
        {
            if (!result.Any(s => string.Equals(s.Name, source.Name, StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(source);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?:本文来源|文章来源|新闻来源|稿件来源|来源|來源|稿源|转自|轉自|出处|Nguồn)\s*[:：丨|｜]\s*(?<name>[^\s|｜丨:：　,，。]{2,30}(?:[-－][^\s|｜丨:：　,，。]{2,10})?)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSource();

    [GeneratedRegex(@"^\(?Theo\s+(?<name>[^()]{2,40}?)\)?\s*[.。]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndAttribution();

    [GeneratedRegex(@"据(?<a>[^，。、；“”据]{2,20}?)(?:引述(?<b>[^，。、；“”]{2,20}?))?(?:的)?(?:报道|报导|消息|披露)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportCue();

    [GeneratedRegex(@"^(?<agency>[^\d，。（(]{1,10}?(?:社|网|網|报|報|台|新闻|新聞))(?<place>[^\d，。（(]{0,8}?)\d{1,2}月\d{1,2}日(?:\d{1,2}时)?电|^(?<agency>[^\d，。（(本]{2,8}?)讯", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineLead();
}
