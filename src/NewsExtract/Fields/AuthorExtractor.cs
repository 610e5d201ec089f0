using System.Text.RegularExpressions;
using NewsExtract.Blocks;
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
                    AddNames(names, lead.Groups["names"].Value, lexicon, "reporters after the dateline lead");
                }

                if (zones.IsClosing(blocks, i))
                {
                    if (!spaced)
                    {
                        names.AddRange(Attributions.ClosingSignature(text, lexicon), "signature closing the text");
                    }
                    else if (i != zones.Lead && text.Length <= 40 && CapitalisedNameLine().IsMatch(text.Trim()) && IsNameShaped(text.Trim(), lexicon))
                    {
                        AddNames(names, text, lexicon, "name line closing the text");
                    }
                }

                continue;
            }

            var inTrailer = zones.InTrailer(i);
            var labelled = block.Role is BlockRole.Byline or BlockRole.Dateline or BlockRole.Source or BlockRole.Credit
                || ((zones.InHeader(i) || inTrailer) && block.Metrics.ReadingLength <= 60 && block.Role != BlockRole.Title);
            if (!labelled)
            {
                continue;
            }

            // A caption names a photographer; only a labelled writer line (记者 X, "Tin, ảnh: X") without a photo mark counts.
            var cues = block.Cues(lexicon.Cues, CueList.AuthorLabel | CueList.Navigation);
            if ((block.Role == BlockRole.Caption && !(text.Length <= 40 && (cues & CueList.AuthorLabel) != 0 && lexicon.AuthorLabel.IsMatch(text) && !lexicon.Authors.PhotoAnywhere.IsMatch(text)))
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

        var credited = names.Where(n => credits.Any(c => n.Contains(c.Name, StringComparison.Ordinal) && c.Name.Length >= 2)).ToHashSet(StringComparer.Ordinal);
        var outlets = names.Where(n => !credited.Contains(n) && sources.Any(s => string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase))).ToHashSet(StringComparer.Ordinal);
        var authors = names.Where(n => !credited.Contains(n) && !outlets.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        var reason = authors.Count == 0 ? "none found" : string.Join("; ", authors.Select(n => $"{n}: {names.Why[n]}"));
        reason += credited.Count > 0 ? $"; dropped as credited: {string.Join(", ", credited)}" : "";
        reason += outlets.Count > 0 ? $"; dropped as sources: {string.Join(", ", outlets)}" : "";
        return (authors, reason);
    }

    /// <summary>The names found so far, in order, and how each was first found.</summary>
    private sealed class Found : List<string>
    {
        public Dictionary<string, string> Why { get; } = new(StringComparer.Ordinal);

        public void Add(string name, string how)
        {
            Add(name);
            Why.TryAdd(name, how);
        }

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

            AddNames(names, value, lexicon, "byline " + label);
        }
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
