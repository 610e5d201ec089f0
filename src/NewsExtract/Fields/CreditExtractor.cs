using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>Reads editorial credits (<c>责任编辑：杨倩_NF4425</c>, <c>编辑丨刘莹</c>, <c>Biên tập: …</c>) from credit lines.</summary>
internal static partial class CreditExtractor
{
    /// <returns>The credits, and for the diagnostics the line each was read from.</returns>
    public static (IReadOnlyList<Credit> Credits, string Reason) Extract(IEnumerable<Block> candidates, CompiledLexicon lexicon)
    {
        var credits = new List<Credit>();
        var lines = new Dictionary<Credit, string>();
        foreach (var block in candidates)
        {
            if (block.Role is not (BlockRole.Credit or BlockRole.Byline or BlockRole.Source or BlockRole.Dateline or BlockRole.Copyright or BlockRole.Boilerplate or BlockRole.Share or BlockRole.Caption) || block.Metrics.ReadingLength > 60)
            {
                continue;
            }

            if (lexicon.MayMatchPhotoCredit(block.Text) && lexicon.PhotoCredit.Match(block.Text) is { Success: true } photo)
            {
                var credit = new Credit(photo.Groups["role"].Value, CleanName(photo.Groups["name"].Value, lexicon));
                credits.Add(credit);
                lines.TryAdd(credit, "photo credit line " + block.Text);
                continue;
            }

            if (block.Role != BlockRole.Caption && block.Cues(lexicon.Cues, CueList.CreditRole) != 0)
            {
                var before = credits.Count;
                Read(block.Text, lexicon, credits);
                foreach (var credit in credits.Skip(before))
                {
                    lines.TryAdd(credit, "credit line " + block.Text);
                }
            }
        }

        var distinct = credits.Distinct().ToList();
        return (distinct, distinct.Count == 0 ? "none found" : string.Join("; ", distinct.Select(c => $"{c.Name} as {c.Role}: {lines[c]}")));
    }

    public static void Read(string text, CompiledLexicon lexicon, List<Credit> into)
    {
        // Most lines hold no role at all: a vectorised scan spares them the regex and its match collection.
        if (!lexicon.MayMatchCreditRole(text))
        {
            return;
        }

        var matches = lexicon.CreditRole.Matches(text);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.Index > 0 && !IsBoundary(text[match.Index - 1]))
            {
                continue;
            }

            // "Tin, ảnh: X", "Bài và ảnh: X": the role is part of a writer's label, not a credit of its own.
            var before = text.AsSpan(0, match.Index).TrimEnd();
            if (before.EndsWith(",") || lexicon.Credits.EndsWithConjunction(before))
            {
                continue;
            }

            var end = m + 1 < matches.Count ? matches[m + 1].Index : text.Length;
            var name = CleanName(text[(match.Index + match.Length)..end], lexicon);
            if (name.Length is > 0 and <= 20)
            {
                into.Add(new Credit(match.Groups["role"].Value, name));
            }
        }
    }

    // What may stand right before a role: white space, a bracket, a bar, a comma.
    private static readonly SearchValues<char> Boundaries = SearchValues.Create("(（[【，,）)" + Separators.Bars);

    // What is trimmed off a credited name: brackets, bars, colons, spaces, full stops and commas.
    private static readonly char[] NameTrim = [.. "()（）[]【】 \u3000。.,，" + Separators.Bars + Separators.Colons];

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || Boundaries.Contains(c);

    /// <summary>Removes brackets, staff codes (<c>杨倩_NF4425</c>) and trailing labels from a credited name.</summary>
    public static string CleanName(string raw, CompiledLexicon lexicon)
    {
        var name = StaffCode().Replace(raw, "");
        name = name.Trim().Trim(NameTrim);
        // A name ends at the next field on the line: a date, a source label, another credit.
        var cut = lexicon.Credits.NameEnd.Match(name);
        if (cut.Success)
        {
            name = name[..cut.Index].Trim();
        }

        return name;
    }

    [GeneratedRegex(@"[_＿][A-Za-z]{1,4}\d{2,6}|\s*[【\[]?[A-Z]{1,3}\d{3,6}[】\]]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StaffCode();
}

/// <summary>The patterns a lexicon gives the credit extractor: where a credited name ends, the words joining two roles.</summary>
internal sealed class CreditPatterns
{
    private readonly IReadOnlyList<string> _conjunctions;

    public CreditPatterns(Lexicon lexicon)
    {
        var year = @"\d{4}(?:[-/]|" + Words.Alternation(lexicon[LexiconLists.YearMarkers]) + ")";
        _nameEnd = new TieredRegex(@"\s{2,}|" + year + "|" + Words.Alternation(lexicon[LexiconLists.CreditNameStops]) + @"|[）)】\]]", RegexOptions.CultureInvariant);
        _conjunctions = lexicon[LexiconLists.NameConjunctions];
    }

    private readonly TieredRegex _nameEnd;

    /// <summary>Where a credited name ends: two spaces, a date, the next field's label, a closing bracket.</summary>
    public Regex NameEnd => _nameEnd.Current;

    /// <summary>Whether <paramref name="before"/> ends with a word joining names (" và"): the role after it is part of a writer's label.</summary>
    public bool EndsWithConjunction(ReadOnlySpan<char> before)
    {
        foreach (var word in _conjunctions)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && before.Length > word.Length && char.IsWhiteSpace(before[^(word.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }
}
