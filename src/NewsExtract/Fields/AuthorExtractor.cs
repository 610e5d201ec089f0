using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;
using NewsExtract.Metadata;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Reads writers and reporters from bylines (<c>记者 张三 李四</c>, <c>文/X</c>, <c>作者：X</c>, <c>澎湃新闻记者 X</c>,
/// <c>石佳/中国青年报</c>, <c>Tác giả:</c>, <c>Tin, ảnh:</c>), the lead's <c>（记者…）</c>, signatures closing the last
/// paragraph (<c>（评论员 罗博 萧海川）</c>), Vietnamese end lines (<c>Theo Sầm Hoa (Vietnamnet)</c>) and name lines after
/// the article. Credited editors, photographers named in captions and outlets are never authors.
/// </summary>
internal static partial class AuthorExtractor
{
    /// <returns>The authors, and for the diagnostics how each was found and which names were dropped.</returns>
    public static (IReadOnlyList<string> Authors, string Reason) Extract(IReadOnlyList<Block> blocks, CompiledLexicon lexicon, PageMetadata metadata, IReadOnlyList<Credit> credits, IReadOnlyList<SourceAttribution> sources, int headerFirst, int headerLast)
    {
        var zones = ArticleZones.Of(blocks, headerFirst, headerLast);
        // Where words are written apart (Vietnamese), names hold spaces and stand on lines of their own; where they run
        // together (Chinese), a signature closes the text and a bare name is known by its surname.
        var spaced = lexicon.Lexicon.SpacedWords;
        var names = new Found();

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
                if (i == zones.Lead && lexicon.Leads.Reporter.Match(text) is { Success: true } lead)
                {
                    AddNames(names, lead.Groups["names"].Value, lexicon, ReportersHow);
                }
                else if (i == zones.Lead && !spaced)
                {
                    names.AddRange(Attributions.LeadSignature(text, lexicon), SignatureHow + " after the dateline lead");
                }

                if (zones.IsClosing(blocks, i))
                {
                    if (!spaced)
                    {
                        names.AddRange(Attributions.ClosingSignature(text, lexicon), SignatureHow + " closing the text");
                    }
                    else if (i != zones.Lead && text.Length <= 40 && CapitalisedNameLine().IsMatch(text.Trim()) && IsNameShaped(text.Trim(), lexicon))
                    {
                        AddNames(names, text, lexicon, "name line closing the text");
                    }
                }

                continue;
            }

            // A byline stands by the article: in its header, among its paragraphs or in the lines closing it. One further
            // off (a sidebar's headline, a list under the article) names someone else's story.
            var near = zones.LastBody < 0 || (i >= zones.HeaderFirst && i <= zones.LastBody + ArticleZones.TrailerLength);
            if (!near)
            {
                continue;
            }

            var inTrailer = zones.InTrailer(i);
            if (block.Role != BlockRole.Title && block.Metrics.ReadingLength <= MaxMarkedLine && MarkedAsAuthor(block) is { } marked)
            {
                ReadMarkedName(marked, lexicon, names);
            }

            var labelled = block.Role is BlockRole.Byline or BlockRole.Dateline or BlockRole.Source or BlockRole.Credit
                || ((zones.InHeader(i) || inTrailer) && block.Metrics.ReadingLength <= 60 && block.Role != BlockRole.Title);
            if (!labelled)
            {
                continue;
            }

            // A caption names a photographer; only a labelled writer line (记者 X, "Tin, ảnh: X") without a photo mark counts,
            // or where names are written apart, a bare name line right after the text (a capture's signature under the
            // last paragraph looks like a caption).
            var cues = block.Cues(lexicon.Cues, CueList.AuthorLabel | CueList.Navigation);
            var closingName = spaced && inTrailer && i <= articleEnd + 3 && IsClosingNameLine(text.Trim(), lexicon);
            if ((block.Role == BlockRole.Caption && !closingName && !(text.Length <= 40 && (cues & CueList.AuthorLabel) != 0 && lexicon.AuthorLabel.IsMatch(text) && !lexicon.Authors.PhotoAnywhere.IsMatch(text)))
                || (cues & CueList.Navigation) != 0 || block.Role is BlockRole.Share or BlockRole.RelatedHeading)
            {
                continue;
            }

            if (lexicon.MayHoldAuthorLabel(cues))
            {
                ReadLabelled(text, lexicon, names);
            }

            if (Attributions.TryReadNameOutlet(text, lexicon, out var writer, out _))
            {
                names.Add(writer, "name/outlet byline");
            }

            if (!spaced && lexicon.SourceLabel.Match(text) is { Success: true } source
                && text[source.Length..].Trim() is var value && lexicon.LooksLikeChinesePersonalName(value))
            {
                names.Add(value, "a person's name after a source label"); // 来源：尹娟 names the writer, not an outlet
            }

            if (spaced)
            {
                if (Attributions.TryReadTheo(text, lexicon, out var writers, out _))
                {
                    names.AddRange(writers, "end attribution");
                }
                else if (text.Trim().Length <= 40 && CapitalisedNameLine().IsMatch(text.Trim())
                    && ((block.Role == BlockRole.Byline && !lexicon.IsKnownAgency(text.Trim())) || (inTrailer && i <= articleEnd + 3 && IsNameShaped(text.Trim(), lexicon))))
                {
                    AddNames(names, text, lexicon, block.Role == BlockRole.Byline ? "byline" : "name line after the text");
                }
                else if (zones.InHeader(i) && i < zones.Lead && block.Role is not (BlockRole.Title or BlockRole.Related or BlockRole.Breadcrumb)
                    && block.LinkDensity < 0.5 && IsClosingNameLine(text.Trim(), lexicon))
                {
                    AddNames(names, text, lexicon, "name line under the headline");
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
                    AddNames(names, author, lexicon, "metadata author");
                }
            }
        }

        // An editor credited on the page is no writer, unless a writer's label or signature names them too (作者：宪瑞 编辑：宪瑞,
        // …（郭旭） 【责任编辑：郭旭】): one person may write a story and edit it.
        var credited = names.Where(n => credits.Any(c => n.Contains(c.Name, StringComparison.Ordinal) && c.Name.Length >= 2) && !names.IsSigned(n)).ToHashSet(StringComparer.Ordinal);
        var outlets = names.Where(n => !credited.Contains(n) && sources.Any(s => string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase))).ToHashSet(StringComparer.Ordinal);
        var authors = names.Where(n => !credited.Contains(n) && !outlets.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        var reason = authors.Count == 0 ? "none found" : string.Join("; ", authors.Select(n => $"{n}: {names.Why[n]}"));
        reason += credited.Count > 0 ? $"; dropped as credited: {string.Join(", ", credited)}" : "";
        reason += outlets.Count > 0 ? $"; dropped as sources: {string.Join(", ", outlets)}" : "";
        return (authors, reason);
    }

    private const string BylineHow = "byline ";
    private const string SignatureHow = "signature";
    private const string ReportersHow = "reporters after the dateline lead";

    /// <summary>The names found so far, in order, and how each was first found.</summary>
    private sealed class Found : List<string>
    {
        public Dictionary<string, string> Why { get; } = new(StringComparer.Ordinal);

        public void Add(string name, string how)
        {
            Add(name);
            Why.TryAdd(name, how);
        }

        /// <summary>True when the name was read after a writer's label or in a signature, not merely on a name line.</summary>
        public bool IsSigned(string name) =>
            Why.TryGetValue(name, out var how) && (how.StartsWith(BylineHow, StringComparison.Ordinal) || how.StartsWith(SignatureHow, StringComparison.Ordinal) || how.StartsWith(ReportersHow, StringComparison.Ordinal));

        public void AddRange(IEnumerable<string> found, string how)
        {
            foreach (var name in found)
            {
                Add(name, how);
            }
        }
    }

    private static void ReadLabelled(string text, CompiledLexicon lexicon, Found names)
    {
        var outletLabels = lexicon.MayReadOutletAuthorLabel(text) ? lexicon.OutletAuthorLabel.Matches(text) : (IEnumerable<Match>)[];
        var matches = lexicon.AuthorLabel.Matches(text).Concat(outletLabels
            .Where(m => lexicon.LooksLikeOutlet(m.Groups["outlet"].Value) || lexicon.IsOwnOutlet(m.Groups["outlet"].Value)));
        foreach (var match in matches)
        {
            var label = match.Groups["label"].Value;
            var rest = text[(match.Index + match.Length)..];
            // "文" needs a separator ("文/张三", "文：张三"): alone it is just a character; "文字、图片" is a list, not a label,
            // and "记者等", "记者的" are words of a sentence.
            if ((label.Length == 1 && match.Length == 1) || rest.Length == 0 || rest[0] is '、' or '，' or ',' || lexicon.Authors.OpensAsWord(rest))
            {
                continue;
            }

            var patterns = lexicon.Authors;
            var end = patterns.FieldEnd.Match(rest);
            var value = end.Success ? rest[..end.Index] : rest;
            if (patterns.PhotoMark.IsMatch(value) || patterns.PhotoEnd.IsMatch(value) || (end.Success && patterns.PhotoMark.IsMatch(rest[end.Index..Math.Min(rest.Length, end.Index + 3)])))
            {
                continue; // 通讯员刘娟 摄: a photographer
            }

            AddNames(names, value, lexicon, BylineHow + label);
        }
    }

    /// <summary>The longest block (in reading units) whose marked writer's name is read.</summary>
    private const int MaxMarkedLine = 24;

    // Class and id words of an element that holds the writer's name: author, byline, reporter, writer, also inside
    // longer words (post-author, a name under div.reporter). A comment's author is a reader, not the writer.
    private static readonly HintWords AuthorHints = new("author", "byline", "reporter", "writer");
    private static readonly HintWords CommentHints = new("comment", "reply");

    /// <summary>
    /// The text the markup marks as the writer's name in the block, or null: the whole block when its element or the
    /// parent has an author/byline/reporter class or id, or the parent carries <c>itemprop="author"</c>; the text of an
    /// element in it that carries <c>itemprop="author"</c> or <c>rel="author"</c>.
    /// </summary>
    private static string? MarkedAsAuthor(Block block)
    {
        if (block.Element is not { } element)
        {
            return null;
        }

        if (AuthorHints.IsMatch(block.NearHints) && !CommentHints.IsMatch(block.NearHints))
        {
            return block.Text;
        }

        if (element.Parent is { } parent && IsAuthorAttribute(parent.GetAttribute("itemprop")))
        {
            return block.Text;
        }

        var steps = 0;
        foreach (var e in element.SelfAndDescendantElements())
        {
            if (++steps > 8)
            {
                break;
            }

            if (IsAuthorAttribute(e.GetAttribute("itemprop")) || IsAuthorAttribute(e.GetAttribute("rel")))
            {
                return ReferenceEquals(e, element) ? block.Text : e.TextContent;
            }
        }

        return null;
    }

    private static bool IsAuthorAttribute(string? value) =>
        value is not null && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(v => v.Equals("author", StringComparison.OrdinalIgnoreCase));

    /// <summary>The names in a block the markup marks as the writer's: a labelled byline, or a bare name (<c>謝明俊</c>, <c>Lê Ngọc Quỳnh</c>).</summary>
    private static void ReadMarkedName(string text, CompiledLexicon lexicon, Found names)
    {
        var value = text.Trim();
        if (lexicon.MayMatchAuthorLabel(value) && lexicon.AuthorLabel.IsMatch(value))
        {
            ReadLabelled(value, lexicon, names);
            return;
        }

        if (lexicon.Lexicon.SpacedWords)
        {
            // "Theo Ngoisao" marked as the author is an end attribution, read as one elsewhere.
            if (CapitalisedNameLine().IsMatch(value) && !lexicon.IsKnownAgency(value) && !lexicon.Attributions.OpensEndAttribution(value))
            {
                AddNames(names, value, lexicon, "name in an element marked as the writer's");
            }
        }
        else if (MarkedHanName().IsMatch(value) && !lexicon.LooksLikeOutlet(value))
        {
            AddNames(names, value, lexicon, "name in an element marked as the writer's");
        }
    }

    // A bare Chinese name or pen name in a marked element: two to eight Han characters, or two such names apart.
    [GeneratedRegex("^" + CharClass.HanClass + "{2,8}(?:[\\s、]" + CharClass.HanClass + "{2,4}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedHanName();

    /// <summary>
    /// A line that is only a writer's name or two where words are written apart: capitalised syllables, two to four a name,
    /// not all in capitals (a heading: Ý KIẾN BẠN ĐỌC) unless short, and no outlet: <c>Anh Minh</c>, <c>Quang Phong - Tùng Nguyên</c>.
    /// </summary>
    private static bool IsClosingNameLine(string text, CompiledLexicon lexicon)
    {
        if (text.Length > 40 || !CapitalisedNameLine().IsMatch(text) || !IsNameShaped(text, lexicon) || lexicon.Attributions.OpensEndAttribution(text))
        {
            return false;
        }

        var parts = lexicon.Authors.SpacedNameSeparator.Split(text);
        return parts.All(p => p.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 4)
            && (text.Any(char.IsLower) || text.Count(c => c == ' ') <= 1);
    }

    /// <summary>A name line where words are written apart (Vietnamese): two or more syllables, or initials (<c>H.V.</c>, <c>K. Miên</c>), and no outlet.</summary>
    private static bool IsNameShaped(string text, CompiledLexicon lexicon) =>
        !lexicon.IsKnownAgency(text) && (text.Contains(' ', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal));

    private static void AddNames(Found names, string value, CompiledLexicon lexicon, string how)
    {
        // Chinese names are separated by spaces; Vietnamese names contain spaces and are joined by "-", "," or "và".
        var spaced = lexicon.Lexicon.SpacedWords;
        var patterns = lexicon.Authors;
        var separator = spaced ? patterns.SpacedNameSeparator : patterns.NameSeparator;
        foreach (var part in separator.Split(value))
        {
            var name = CreditExtractor.CleanName(part, lexicon).Trim('︱', '&', '＆');
            var han = name.Count(CharClass.IsHan);
            if (name.Length is >= 2 and <= 24 && !name.Any(char.IsDigit) && !lexicon.Attributions.IsNotAName(name) && !patterns.NotInName.IsMatch(name)
                && !lexicon.Attributions.IsPlaceReport(name)
                && (spaced ? char.IsUpper(name[0]) : han <= 8) && !lexicon.IsSourceStopword(name))
            {
                names.Add(name, how);
            }
        }
    }

    // A line that is only a name or two: capitalised syllables (or initials, K. Miên, H.V.), optionally joined by " - " or ",".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{Mn}.]*\.?(?:\s\p{Lu}[\p{L}\p{Mn}.]*){0,4})(?:\s*[-–,]\s*\p{Lu}[\p{L}\p{Mn}.]*(?:\s\p{Lu}[\p{L}\p{Mn}.]*){0,4})*$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedNameLine();
}

/// <summary>The patterns a lexicon gives the author extractor: where a byline's names end, photographers' marks, name separators.</summary>
internal sealed class AuthorPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private readonly string[] _wordOpenings;

    public AuthorPatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // Where a byline's names end: the next labelled field or a date.
        var year = @"\d{4}(?:[-/]|" + Words.Alternation(lexicon[LexiconLists.YearMarkers]) + ")";
        _fieldEnd = new TieredRegex(@"\s{2,}|\u3000|" + year + @"|\d{1,2}:\d{2}|" + Words.Alternation(lexicon[LexiconLists.AuthorNameStops]) + "|" + Separators.Class(Separators.Bars), Options);

        // A photographer's mark after a name (通讯员刘娟 摄, X 供图), or a photo label with its slash (图/X).
        var marks = lexicon[LexiconLists.PhotoMarks];
        _photoMark = new TieredRegex(@"^\s*/?" + Words.Alternation(marks), Options);
        _photoEnd = new TieredRegex(@"\s*" + Words.Alternation(marks) + @"\s*$", Options);
        PhotoAnywhere = catalog.Start("photo mark")
            .AddWords(marks, w => w)
            .AddWords(lexicon[LexiconLists.PhotoLabels].Select(l => l + "/"), w => w)
            .Anywhere();

        // Chinese names are separated by spaces; names with spaces in them (Vietnamese) are joined by "-", "," or "và".
        var conjunctions = lexicon[LexiconLists.NameConjunctions];
        var and = conjunctions.Count == 0 ? "" : @"|\s" + Words.Alternation(conjunctions) + @"\s";
        _nameSeparator = new TieredRegex(@"\s+|[、，,/／;；&＆]|\s[-–]\s" + and, Options);
        _spacedNameSeparator = new TieredRegex(@"\s[-–]\s|[,;/／]" + and, Options);

        // Sentence punctuation never sits in a name: "你通过什么渠道最快的获取这些信息？" is a question, not a byline.
        NotInName = catalog.Start("not in a name")
            .Add(@"[？?！!。“”""《》：:]", ["？", "?", "！", "!", "。", "“", "”", "\"", "《", "》", "：", ":"])
            .AddWords(lexicon[LexiconLists.NotInNames], w => w)
            .Anywhere();
        _wordOpenings = [.. lexicon[LexiconLists.AndOthers], .. lexicon[LexiconLists.Possessives]];
    }

    private readonly TieredRegex _fieldEnd;

    /// <summary>Where a byline's names end: two spaces, a date or time, the next field's label, a bar.</summary>
    public Regex FieldEnd => _fieldEnd.Current;

    private readonly TieredRegex _photoMark;

    /// <summary>A photographer's mark opening the text (摄, /摄, 供图).</summary>
    public Regex PhotoMark => _photoMark.Current;

    private readonly TieredRegex _photoEnd;

    /// <summary>A photographer's mark closing the text.</summary>
    public Regex PhotoEnd => _photoEnd.Current;

    /// <summary>A photographer's mark or photo label anywhere (摄, 供图, 图/).</summary>
    public LexiconPattern PhotoAnywhere { get; }

    private readonly TieredRegex _nameSeparator;

    /// <summary>What separates names without spaces in them (Chinese): spaces, 、 and commas, slashes, " - ", conjunctions.</summary>
    public Regex NameSeparator => _nameSeparator.Current;

    private readonly TieredRegex _spacedNameSeparator;

    /// <summary>What separates names with spaces in them (Vietnamese): " - ", commas, slashes, conjunctions.</summary>
    public Regex SpacedNameSeparator => _spacedNameSeparator.Current;

    /// <summary>Punctuation or a word that never sits inside a name (文章, 更多).</summary>
    public LexiconPattern NotInName { get; }

    /// <summary>True when the text after a label opens with "and others" or a possessive (记者等, 记者的): a sentence's words.</summary>
    public bool OpensAsWord(string rest) => _wordOpenings.Any(w => rest.StartsWith(w, StringComparison.Ordinal));
}
