using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Metadata;

namespace NewsExtract.Fields;

/// <summary>
/// Reads writers and reporters from bylines (<c>记者 张三 李四</c>, <c>文/X</c>, <c>作者：X</c>, <c>澎湃新闻记者 X</c>,
/// <c>石佳/中国青年报</c>, <c>Tác giả:</c>, <c>Tin, ảnh:</c>), the lead's <c>（记者…）</c>, signatures closing the last
/// paragraph (<c>（评论员 罗博 萧海川）</c>), Vietnamese end lines (<c>Theo Sầm Hoa (Vietnamnet)</c>) and name lines after
/// the article. Credited editors, photographers named in captions and outlets are never authors.
/// </summary>
internal static partial class AuthorExtractor
{
    public static IReadOnlyList<string> Extract(IReadOnlyList<Block> blocks, CompiledLexicon lexicon, PageMetadata metadata, IReadOnlyList<Credit> credits, IReadOnlyList<SourceAttribution> sources, int headerFirst, int headerLast)
    {
        var zones = ArticleZones.Of(blocks, headerFirst, headerLast);
        var vietnamese = lexicon.Language == ContentLanguage.Vietnamese;
        var names = new List<string>();

        // The byline follows the last paragraph, or the captions of the photos closing the article.
        var articleEnd = zones.LastBody;
        while (articleEnd >= 0 && articleEnd + 1 < blocks.Count && blocks[articleEnd + 1].Role == BlockRole.Caption)
        {
            articleEnd++;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (block.Role == BlockRole.Body)
            {
                if (i == zones.Lead && LeadReporter().Match(text) is { Success: true } lead)
                {
                    AddNames(names, lead.Groups["names"].Value, lexicon);
                }

                if (zones.IsClosing(blocks, i))
                {
                    if (!vietnamese)
                    {
                        names.AddRange(Attributions.ClosingSignature(text, lexicon));
                    }
                    else if (i != zones.Lead && text.Length <= 40 && VietnameseNameLine().IsMatch(text.Trim()) && IsNameShaped(text.Trim(), lexicon))
                    {
                        AddNames(names, text, lexicon);
                    }
                }

                continue;
            }

            var inTrailer = zones.InTrailer(i);
            var labelled = block.Role is BlockRole.Byline or BlockRole.Dateline or BlockRole.Source or BlockRole.Credit
                || ((zones.InHeader(i) || inTrailer) && block.Metrics.Weight <= 60 && block.Role != BlockRole.Title);
            if (!labelled)
            {
                continue;
            }

            // A caption names a photographer; only a labelled writer line (记者 X, "Tin, ảnh: X") without a photo mark counts.
            var cues = block.Cues(lexicon.Cues, CueList.AuthorLabel | CueList.Navigation);
            if ((block.Role == BlockRole.Caption && !(text.Length <= 40 && (cues & CueList.AuthorLabel) != 0 && lexicon.AuthorLabel.IsMatch(text) && !PhotoAnywhere().IsMatch(text)))
                || (cues & CueList.Navigation) != 0)
            {
                continue;
            }

            if (lexicon.MayHoldAuthorLabel(cues))
            {
                ReadLabelled(text, lexicon, names);
            }

            if (Attributions.TryReadNameOutlet(text, lexicon, out var writer, out _))
            {
                names.Add(writer);
            }

            if (!vietnamese && lexicon.SourceLabel.Match(text) is { Success: true } source
                && text[source.Length..].Trim() is var value && lexicon.LooksLikeChinesePersonalName(value))
            {
                names.Add(value); // 来源：尹娟 names the writer, not an outlet
            }

            if (vietnamese)
            {
                if (Attributions.TryReadTheo(text, lexicon, out var writers, out _))
                {
                    names.AddRange(writers);
                }
                else if (text.Trim().Length <= 40 && VietnameseNameLine().IsMatch(text.Trim())
                    && ((block.Role == BlockRole.Byline && !lexicon.IsKnownAgency(text.Trim())) || (inTrailer && i <= articleEnd + 3 && IsNameShaped(text.Trim(), lexicon))))
                {
                    AddNames(names, text, lexicon);
                }
            }
        }

        if (names.Count == 0)
        {
            foreach (var author in metadata.Authors)
            {
                if (author.Length <= 20 && !author.Contains('.', StringComparison.Ordinal) && !author.Contains("http", StringComparison.OrdinalIgnoreCase)
                    && !lexicon.LooksLikeOutlet(author) && !string.Equals(author, metadata.SiteName, StringComparison.OrdinalIgnoreCase)
                    && !(metadata.SiteName?.Contains(author, StringComparison.OrdinalIgnoreCase) ?? false)
                    && !(metadata.DocumentTitle?.Contains(author, StringComparison.OrdinalIgnoreCase) ?? false))
                {
                    AddNames(names, author, lexicon);
                }
            }
        }

        return names
            .Where(n => !credits.Any(c => n.Contains(c.Name, StringComparison.Ordinal) && c.Name.Length >= 2))
            .Where(n => !sources.Any(s => string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static void ReadLabelled(string text, CompiledLexicon lexicon, List<string> names)
    {
        var outletLabels = lexicon.MayReadOutletAuthorLabel(text) ? lexicon.OutletAuthorLabel.Matches(text) : (IEnumerable<Match>)[];
        var matches = lexicon.AuthorLabel.Matches(text).Concat(outletLabels
            .Where(m => lexicon.LooksLikeOutlet(m.Groups["outlet"].Value) || m.Groups["outlet"].Value.StartsWith('本')));
        foreach (var match in matches)
        {
            var label = match.Groups["label"].Value;
            var rest = text[(match.Index + match.Length)..];
            // "文" needs a separator ("文/张三", "文：张三"): alone it is just a character; "文字、图片" is a list, not a label.
            if ((label.Length == 1 && match.Length == 1) || rest.Length == 0 || rest[0] is '、' or '，' or ',' or '等' or '的')
            {
                continue;
            }

            var end = FieldEnd().Match(rest);
            var value = end.Success ? rest[..end.Index] : rest;
            if (PhotoMark().IsMatch(value) || PhotoEnd().IsMatch(value) || (end.Success && PhotoMark().IsMatch(rest[end.Index..Math.Min(rest.Length, end.Index + 3)])))
            {
                continue; // 通讯员刘娟 摄: a photographer
            }

            AddNames(names, value, lexicon);
        }
    }

    /// <summary>A Vietnamese name line: two or more syllables, or initials (<c>H.V.</c>, <c>K. Miên</c>), and no outlet.</summary>
    private static bool IsNameShaped(string text, CompiledLexicon lexicon) =>
        !lexicon.IsKnownAgency(text) && (text.Contains(' ', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal));

    private static void AddNames(List<string> names, string value, CompiledLexicon lexicon)
    {
        // Chinese names are separated by spaces; Vietnamese names contain spaces and are joined by "-", "," or "và".
        var vietnamese = lexicon.Language == ContentLanguage.Vietnamese;
        var separator = vietnamese ? VietnameseNameSeparator() : NameSeparator();
        foreach (var part in separator.Split(value))
        {
            var name = CreditExtractor.CleanName(part).Trim('︱', '&', '＆');
            var han = name.Count(c => c is >= '\u4E00' and <= '\u9FFF');
            if (name.Length is >= 2 and <= 24 && !name.Any(char.IsDigit) && !NotAName().IsMatch(name) && !NotInName().IsMatch(name)
                && (vietnamese ? char.IsUpper(name[0]) : han <= 8) && !lexicon.IsSourceStopword(name))
            {
                names.Add(name);
            }
        }
    }

    [GeneratedRegex(@"^[^，。]{0,40}?(?:电|讯|訊)\s*[（(](?:[^\s）)]{0,6}?(?:记者|記者))\s*(?<names>[^）)]{2,40})[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadReporter();

    // Where a byline's names end: the next labelled field or a date.
    [GeneratedRegex(@"\s{2,}|　|\d{4}[-/年]|\d{1,2}:\d{2}|来源|來源|编辑|編輯|责任|責任|时间|時間|发布|發布|[|｜丨︱]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldEnd();

    [GeneratedRegex(@"^\s*(?:摄|攝|供图|供圖|/摄)", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoMark();

    [GeneratedRegex(@"\s*(?:摄|攝|供图|供圖)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoEnd();

    [GeneratedRegex(@"摄|攝|供图|供圖|图/|圖/", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoAnywhere();

    [GeneratedRegex(@"\s+|[、，,/／;；&＆]|\s[-–]\s| và ", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s[-–]\s|[,;/／]| và ", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNameSeparator();

    [GeneratedRegex(@"^(?:记者|記者|作者|编辑|本报|报道|通讯员|通訊員|实习生|實習生|整合|整理|综合|編譯|编译|摄|摄影|攝影|评论员|評論員|Theo|Nguồn|Ảnh|Video|Tin|Bài)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    // Sentence punctuation never sits in a name: "你通过什么渠道最快的获取这些信息？" is a question, not a byline.
    [GeneratedRegex(@"[？?！!。“”""《》：:]|文章|最新|更多|专栏|專欄|主页|主頁", RegexOptions.CultureInvariant)]
    private static partial Regex NotInName();

    // A line that is only a name or two: capitalised syllables (or initials, K. Miên, H.V.), optionally joined by " - " or ",".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{Mn}.]*\.?(?:\s\p{Lu}[\p{L}\p{Mn}.]*){0,4})(?:\s*[-–,]\s*\p{Lu}[\p{L}\p{Mn}.]*(?:\s\p{Lu}[\p{L}\p{Mn}.]*){0,4})*$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNameLine();
}
