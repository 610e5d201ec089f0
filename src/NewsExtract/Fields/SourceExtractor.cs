using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Dates;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Finds content-origin attributions: source labels (<c>来源：X</c>, <c>Nguồn: X</c>), report cues in the lead
/// (<c>据X报道</c>, <c>据X引述Y报道</c>), dateline leads (<c>新华社北京7月12日电</c>, <c>长江网10月4日讯</c>), outlets on the
/// header's date line (<c>2019年09月11日01:53 新浪科技</c>), print origins (<c>刊于《半月谈》</c>), Vietnamese sapo tags
/// (<c>(Dân trí) -</c>) and end attributions (<c>Theo TTXVN</c>). Each keeps its name as written; aliases of one
/// agency (朝中社 = 朝鲜中央通讯社) count once.
/// </summary>
internal static partial class SourceExtractor
{
    /// <returns>The sources, and for the diagnostics how each was found.</returns>
    public static (IReadOnlyList<SourceAttribution> Sources, string Reason) Extract(IReadOnlyList<Block> blocks, CompiledLexicon lexicon, int headerFirst, int headerLast)
    {
        var zones = ArticleZones.Of(blocks, headerFirst, headerLast);
        // Where words are written apart, a lead carries a sapo tag and the text closes with an end attribution (Theo X);
        // where they run together, leads are dateline leads and the header's date line names outlets.
        var spaced = lexicon.Lexicon.SpacedWords;
        var found = new Found();
        var afterEndLine = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            var endLine = false;
            if (block.Role == BlockRole.Body)
            {
                ReadBody(text, lexicon, i == zones.Lead, found);
                var closing = zones.IsClosing(blocks, i);
                if (text.Length <= 80)
                {
                    ReadLabelled(text, lexicon, found);
                }

                if (closing)
                {
                    // Only the bracketed note closing the text: （来源：X）, （刊于《半月谈》2019年第24期）.
                    var tail = ClosingNote().Match(text);
                    if (tail.Success && text.Length > 80)
                    {
                        ReadLabelled(tail.Value, lexicon, found);
                    }

                    ReadPrint(tail.Success ? tail.Value : "", lexicon, found);
                    endLine = spaced && text.Length <= 80 && ReadTheo(text, lexicon, found);
                }
            }
            else
            {
                var labelled = block.Role is BlockRole.Source or BlockRole.Credit or BlockRole.Byline or BlockRole.Dateline
                    || ((zones.InHeader(i) || zones.InTrailer(i)) && block.Metrics.ReadingLength <= 60);
                if (labelled && block.Role != BlockRole.Title)
                {
                    ReadLabelled(text, lexicon, found);
                    ReadPrint(text, lexicon, found);
                    if (zones.InHeader(i) && !spaced)
                    {
                        ReadHeaderOutlets(text, lexicon, found);
                    }

                    if (spaced)
                    {
                        endLine = ReadTheo(text, lexicon, found);
                        if (!endLine && afterEndLine && zones.InTrailer(i) && Attributions.IsLoneOutlet(text))
                        {
                            Add(found, text.Trim(), text.Trim(), lexicon, "an outlet under the end attribution");
                        }
                    }
                }
            }

            afterEndLine = endLine;
        }

        return (found, found.Count == 0 ? "none found" : string.Join("; ", found.Reasons));
    }

    /// <summary>The sources found so far, and how each was.</summary>
    private sealed class Found : List<SourceAttribution>
    {
        public List<string> Reasons { get; } = [];
    }

    private static bool ReadTheo(string text, CompiledLexicon lexicon, Found found)
    {
        if (!Attributions.TryReadTheo(text, lexicon, out _, out var sources))
        {
            return false;
        }

        foreach (var source in sources)
        {
            Add(found, source, text.Trim(), lexicon, "end attribution");
        }

        return true;
    }

    /// <summary>Values of source labels anywhere in a line: <c>来源：[ 人民网 ]</c>, <c>（资料来源：参考消息、海外网等）</c>.</summary>
    private static void ReadLabelled(string text, CompiledLexicon lexicon, Found found)
    {
        foreach (Match match in lexicon.SourceLabelAnywhere.Matches(text))
        {
            if (lexicon.Lexicon[LexiconLists.AttributionWords].Contains(match.Groups["label"].Value, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[(match.Index + match.Length)..];
            var end = lexicon.Sources.FieldEnd.Match(rest);
            var value = end.Success ? rest[..end.Index] : rest;
            var phrase = text.Substring(match.Index, match.Length + value.Length).Trim();
            foreach (var part in value.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
            {
                var name = part.Trim().Trim('[', ']', '【', '】', '(', ')', '（', '）', ' ', '　');
                name = lexicon.Sources.WithoutAndOthers(name);
                if (!lexicon.Lexicon.SpacedWords)
                {
                    // A Chinese outlet has no spaces: "新京报 举报" is the outlet and a button.
                    var space = name.IndexOfAny([' ', '　']);
                    name = space > 0 ? name[..space] : name;
                    if (lexicon.LooksLikeChinesePersonalName(name))
                    {
                        continue; // 来源：尹娟 names the writer (the author extractor reads it)
                    }
                }

                Add(found, name, phrase, lexicon, "source label");
            }
        }
    }

    /// <summary>A print origin: <c>（刊于《半月谈》2019年第24期）</c>, <c>摘自《参考消息》</c>.</summary>
    private static void ReadPrint(string text, CompiledLexicon lexicon, Found found)
    {
        foreach (Match match in lexicon.PrintSource.Matches(text))
        {
            Add(found, match.Groups["name"].Value, match.Value, lexicon, "print source");
        }
    }

    /// <summary>
    /// Outlets on the header's date line: <c>http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报</c>,
    /// <c>TNW中文站2016年10月14日07:17</c>, <c>《理财周刊》</c>; and the outlet of a <c>name/outlet</c> byline.
    /// </summary>
    private static void ReadHeaderOutlets(string text, CompiledLexicon lexicon, Found found)
    {
        if (Attributions.TryReadNameOutlet(text, lexicon, out _, out var outlet))
        {
            Add(found, outlet, text.Trim(), lexicon, "name/outlet byline");
            return;
        }

        if (text.Length > 80 || !lexicon.DateLike.IsMatch(text))
        {
            return;
        }

        var line = lexicon.SourceLabelAnywhere.Replace(text, " \u0001");
        line = Url().Replace(line, " ");
        line = lexicon.DateLike.Replace(line, " ");
        foreach (var raw in SourcePatterns.Tokens.Split(line))
        {
            if (raw.Contains('\u0001', StringComparison.Ordinal))
            {
                break; // a labelled value: already read
            }

            var quoted = raw.Length > 2 && raw[0] == '《' && raw[^1] == '》';
            var token = raw.Trim('《', '》');
            if (token.Length is >= 2 and <= 15 && !token.Any(char.IsDigit) && (quoted || lexicon.LooksLikeOutlet(token)))
            {
                Add(found, token, raw, lexicon, "outlet on the header's date line");
            }
        }
    }

    private static void ReadBody(string text, CompiledLexicon lexicon, bool isLead, Found found)
    {
        if (lexicon.Lexicon.SpacedWords)
        {
            if (isLead && LineCues.SapoTag().Match(text) is { Success: true } sapo)
            {
                Add(found, sapo.Groups["tag"].Value, sapo.Value.Trim(), lexicon, "sapo tag");
            }

            return;
        }

        if (isLead)
        {
            ReadDatelineLead(text, lexicon, found);
        }

        foreach (var match in lexicon.Sources.ReportCue.Matches(text))
        {
            var primary = match.Groups["a"].Value;
            var relayed = match.Groups["b"].Value;
            // In the lead any reported source counts; further down only news agencies (…社), not cited media.
            if (isLead && match.Index < 60 || IsAgency(primary, lexicon) || relayed.Length > 0)
            {
                Add(found, primary, match.Value, lexicon, "report cue");
            }

            if (relayed.Length > 0)
            {
                Add(found, relayed, match.Value, lexicon, "report cue, relayed");
            }
        }
    }

    /// <summary>The agency of a dateline lead: <c>新华社北京7月12日电</c>, <c>长江网10月4日讯</c>, <c>TNW中文站 10月14日报道</c>, <c>新浪科技讯</c>.</summary>
    private static void ReadDatelineLead(string text, CompiledLexicon lexicon, Found found)
    {
        var lead = lexicon.Leads.Outlet.Match(text);
        if (!lead.Success)
        {
            return;
        }

        var head = lead.Groups["head"].Value.Trim();
        var agency = lexicon.AgencyName.Match(head) is { Success: true, Index: 0 } known ? known.Value : null;
        if (agency is null && DatelinePlace.Find(text, lexicon.Language, lexicon) is { } place && head.Length > place.Length && head.EndsWith(place, StringComparison.Ordinal))
        {
            agency = head[..^place.Length].Trim();
        }

        agency ??= head;
        if (agency.Length >= 2 && !lexicon.IsOwnOutlet(agency) && (lexicon.LooksLikeOutlet(agency) || lead.Groups["xun"].Success))
        {
            Add(found, agency, lead.Value, lexicon, "dateline lead");
        }
    }

    private static bool IsAgency(string name, CompiledLexicon lexicon) => lexicon.IsNewsAgency(name);

    private static void Add(Found found, string name, string phrase, CompiledLexicon lexicon, string how)
    {
        name = name.Trim().Trim('《', '》', '“', '”', '"', '(', ')', '（', '）', '.', '。', ',', '，', ' ', '-', '–');
        if (name.Length is < 2 or > 30 || name.Any(char.IsDigit) && name.Length < 3 || lexicon.IsSourceStopword(name))
        {
            return;
        }

        // "俄罗斯媒体塔斯社" names the agency 塔斯社: a known agency closing the phrase wins.
        var known = lexicon.AgencyName.Match(name);
        if (known.Success && known.Index > 0 && known.Index + known.Length == name.Length)
        {
            name = known.Value;
        }

        var key = Key(name, lexicon);
        if (!found.Any(s => string.Equals(Key(s.Name, lexicon), key, StringComparison.OrdinalIgnoreCase)))
        {
            found.Add(new SourceAttribution(name, phrase.Trim()));
            found.Reasons.Add($"{name}: {how} ({phrase.Trim()})");
        }
    }

    /// <summary>The identity of a source: its agency's canonical name when known (TTXVN = Thông tấn xã Việt Nam).</summary>
    private static string Key(string name, CompiledLexicon lexicon) => lexicon.CanonicalAgency(name);

    [GeneratedRegex(@"[（(][^（）()]{2,60}[)）][。.]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingNote();

    [GeneratedRegex(@"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)+\.(?:com|cn|net|org)(?:\.cn)?\S*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}

/// <summary>The patterns a lexicon gives the source extractor: where a labelled source ends, report cues (据X报道).</summary>
internal sealed class SourcePatterns
{
    private readonly IReadOnlyList<string> _andOthers;

    public SourcePatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // Where a labelled source's value ends: the next separator, field label or date.
        var year = @"\d{4}(?:[-/]|" + Words.Alternation(lexicon[LexiconLists.YearMarkers]) + ")";
        _fieldEnd = new TieredRegex(@"\s{2,}|" + Separators.Class(Separators.Bars + Separators.Colons) + "|" + Words.Alternation(lexicon[LexiconLists.SourceNameStops])
            + "|" + year + @"|\d{1,2}:\d{2}|[)）\]】]\s*$|[)）\]】]\s", RegexOptions.CultureInvariant);

        // 据X报道, 据X引述Y报道, 据X的消息: the source (a) and the source it relays (b).
        var openings = lexicon[LexiconLists.ReportCueOpenings];
        var notInSource = "，。、；“”" + string.Concat(openings.Where(o => o.Length > 0).Select(o => o[0]));
        ReportCue = catalog.Start("report cue")
            .Add(Words.Alternation(openings) + "(?<a>" + Negated(notInSource) + "{2,20}?)(?:" + Words.Alternation(lexicon[LexiconLists.ReportCueRelays]) + "(?<b>[^，。、；“”]{2,20}?))?"
                + "(?:" + Words.Alternation(lexicon[LexiconLists.Possessives]) + ")?" + Words.Alternation(lexicon[LexiconLists.ReportCueClosings]), openings)
            .Anywhere();
        _andOthers = lexicon[LexiconLists.AndOthers];
    }

    private static string Negated(string chars) => "[^" + Separators.Members(chars) + "]";

    /// <summary>What splits a header line into tokens: white space and bars.</summary>
    public static Regex Tokens { get; } = new(@"[\s" + Separators.Members(Separators.Bars) + "]+", RegexOptions.CultureInvariant);

    private readonly TieredRegex _fieldEnd;

    /// <summary>Where a labelled source's value ends: the next separator, field label or date.</summary>
    public Regex FieldEnd => _fieldEnd.Current;

    /// <summary>A report cue in running text (groups <c>a</c>, <c>b</c>).</summary>
    public LexiconPattern ReportCue { get; }

    /// <summary>A name without the "and others" closing a list (参考消息、海外网等 → 海外网), when more than a word is left.</summary>
    public string WithoutAndOthers(string name)
    {
        foreach (var word in _andOthers)
        {
            if (name.EndsWith(word, StringComparison.Ordinal) && name.Length > word.Length + 2)
            {
                return name[..^word.Length];
            }
        }

        return name;
    }
}
