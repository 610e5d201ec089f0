using System.Text.RegularExpressions;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Attribution lines that name writers and outlets together, read the same way by the source and the author extractors:
/// Vietnamese end lines (<c>Theo TTXVN</c>, <c>Theo Sầm Hoa (Vietnamnet/Reuters)</c>, <c>Theo Minh Nguyễn/Vcamp.vn</c>),
/// Chinese <c>name/outlet</c> bylines (<c>石佳/中国青年报</c>) and inline signatures closing the last paragraph
/// (<c>（评论员 罗博 萧海川）</c>, <c>(李楠)</c>, <c>信报记者 蔡雪婧</c>).
/// </summary>
internal static partial class Attributions
{
    /// <summary>The writers and outlets of a Vietnamese end attribution, or false when the line is not one.</summary>
    public static bool TryReadTheo(string text, CompiledLexicon lexicon, out List<string> authors, out List<string> sources)
    {
        authors = [];
        sources = [];
        var match = lexicon.Attributions.EndAttribution.Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value.Trim();
        var inner = match.Groups["inner"].Value;
        if (!StartsUpper(name) || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6)
        {
            return false;
        }

        var parts = name.Split('/', '／').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (inner.Length > 0)
        {
            // "Theo Sầm Hoa (Vietnamnet/Reuters)": a writer, then the outlets in brackets.
            (IsVietnamesePersonalName(name, lexicon) ? authors : sources).Add(name);
            sources.AddRange(inner.Split('/', '／', ',').Select(p => p.Trim()).Where(p => p.Length >= 2));
        }
        else if (parts.Count > 1 && IsVietnamesePersonalName(parts[0], lexicon))
        {
            authors.Add(parts[0]);
            sources.AddRange(parts.Skip(1));
        }
        else
        {
            sources.AddRange(parts);
        }

        return authors.Count + sources.Count > 0;
    }

    /// <summary>A short line that names one more outlet just under an end attribution (<c>Forbes</c>).</summary>
    public static bool IsLoneOutlet(string text) => LoneOutlet().IsMatch(text.Trim());

    /// <summary>Two to five capitalised syllables and no outlet: <c>Minh Nguyễn</c>, <c>Sầm Hoa</c>.</summary>
    public static bool IsVietnamesePersonalName(string name, CompiledLexicon lexicon) =>
        !lexicon.IsKnownAgency(name) && VietnamesePersonalName().IsMatch(name);

    /// <summary>A <c>name/outlet</c> byline (<c>石佳/中国青年报</c>): the writer and the outlet.</summary>
    public static bool TryReadNameOutlet(string text, CompiledLexicon lexicon, out string name, out string outlet)
    {
        var match = NameOutlet().Match(text.Trim());
        name = match.Groups["name"].Value;
        outlet = match.Groups["outlet"].Value;
        return match.Success && lexicon.LooksLikeChinesePersonalName(name) && lexicon.LooksLikeOutlet(outlet);
    }

    /// <summary>The writers named by a signature that closes a paragraph: <c>（评论员 罗博 萧海川）</c>, <c>(李楠)</c>, <c>信报记者 蔡雪婧</c>.</summary>
    public static IReadOnlyList<string> ClosingSignature(string paragraph, CompiledLexicon lexicon)
    {
        var text = paragraph.TrimEnd();
        var bracketed = BracketedSignature().Match(text);
        if (bracketed.Success)
        {
            var inside = bracketed.Groups["inside"].Value.Trim();
            var label = lexicon.Attributions.SignatureLabel.Match(inside);
            if (label.Success)
            {
                return Names(inside[label.Length..], lexicon, requireSurname: false);
            }

            return Names(inside, lexicon, requireSurname: true);
        }

        var inline = lexicon.Attributions.InlineSignature.Match(text);
        return inline.Success ? Names(inline.Groups["names"].Value, lexicon, requireSurname: false) : [];
    }

    private static List<string> Names(string value, CompiledLexicon lexicon, bool requireSurname)
    {
        var parts = value.Split([' ', '　', '、', ',', '，', '/', '／'], StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        foreach (var part in parts)
        {
            if (lexicon.Attributions.IsNotAName(part))
            {
                continue;
            }

            if (!(requireSurname ? lexicon.LooksLikeChinesePersonalName(part) : HanName().IsMatch(part)))
            {
                return [];
            }

            names.Add(part);
        }

        return names.Count is > 0 and <= 4 ? names : [];
    }

    private static bool StartsUpper(string s) => s.Length > 0 && (char.IsUpper(s[0]) || char.IsDigit(s[0]));

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N}.\-]{1,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneOutlet();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{Mn}]+(?:\s\p{Lu}[\p{Ll}\p{Mn}]+){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnamesePersonalName();

    [GeneratedRegex(@"^(?<name>" + CharClass.HanClass + @"{2,4})\s*[/／]\s*(?<outlet>[^\s/／]{2,15})$", RegexOptions.CultureInvariant)]
    private static partial Regex NameOutlet();

    [GeneratedRegex(@"[（(](?<inside>[^（）()]{2,30})[)）][。.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedSignature();

    [GeneratedRegex("^" + CharClass.HanClass + "{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex HanName();
}

/// <summary>A lexicon's end attributions: <c>Theo TTXVN</c>, <c>(Theo Sầm Hoa (Vietnamnet/Reuters))</c>.</summary>
internal sealed class AttributionPatterns
{
    /// <summary>The longest line read as an end attribution's opening, and the most spaces it holds.</summary>
    private const int MaxOpeningLine = 60;
    private const int MaxOpeningSpaces = 6;

    public AttributionPatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        var words = lexicon[LexiconLists.AttributionWords];
        EndAttribution = catalog.Start("end attribution")
            .AddWords(words, w => w + @"\s+(?<name>[^()（）:：,;]{1,60}?)\s*(?:[(（](?<inner>[^()（）]{2,60})[)）])?")
            .AtStart(@"[\s(（]", prefix: @"^[(（]?\s*", suffix: @"\s*[)）]?\s*[.。]?$");
        _opening = catalog.Start("end attribution opening")
            .AddWords(words, w => w + " ")
            .AtStart(@"\(", prefix: @"^\(?");

        // A signature's label: a reporter's (after an outlet at most: 新华社记者) or one that stands alone (编译, 作者).
        var reporters = lexicon[LexiconLists.ReporterLabels];
        SignatureLabel = catalog.Start("signature label")
            .Add(@"[^\s\d，。]{0,8}?" + Words.Alternation(reporters), reporters)
            .AddWords(lexicon[LexiconLists.SignatureLabels], w => w)
            .Anywhere(prefix: "^", suffix: @"\s*" + Separators.Class(Separators.Slashes + Separators.Colons) + @"?\s*");
        InlineSignature = catalog.Start("inline signature")
            .Add(@"(?<=[。！？”」])\s*[^\s\d，。！？]{0,8}?" + Words.Alternation(reporters), reporters)
            .Anywhere(suffix: @"\s*(?<names>" + CharClass.HanClass + "{2,3}(?:[\\s、]" + CharClass.HanClass + @"{2,3}){0,3})\s*$");
        _notNames = [.. lexicon[LexiconLists.NotNames]];
    }

    /// <summary>The label opening a bracketed signature: <c>评论员</c>, <c>新华社记者</c>, <c>编译</c>, <c>文/</c>.</summary>
    public LexiconPattern SignatureLabel { get; }

    /// <summary>A reporter's signature closing a paragraph after its last sentence (group <c>names</c>): <c>…。信报记者 蔡雪婧</c>.</summary>
    public LexiconPattern InlineSignature { get; }

    /// <summary>True for a word that is never a person's name in a byline (记者, 摄影, 整理, Theo).</summary>
    public bool IsNotAName(string word) => _notNames.Contains(word);

    private readonly LexiconPattern _opening;
    private readonly HashSet<string> _notNames;

    /// <summary>A whole end-attribution line (trimmed): groups <c>name</c> (writers or outlets) and <c>inner</c> (outlets in brackets).</summary>
    public LexiconPattern EndAttribution { get; }

    /// <summary>A short line opening as an end attribution does (<c>Theo …</c>, <c>(Theo …</c>): a source line.</summary>
    public bool OpensEndAttribution(string text) =>
        text.Length <= MaxOpeningLine && _opening.IsMatch(text) && text.Count(c => c == ' ') <= MaxOpeningSpaces;
}
