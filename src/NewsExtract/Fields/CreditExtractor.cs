using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Fields;

/// <summary>Reads editorial credits (<c>责任编辑：杨倩_NF4425</c>, <c>编辑丨刘莹</c>, <c>Biên tập: …</c>) from credit lines.</summary>
internal static partial class CreditExtractor
{
    public static IReadOnlyList<Credit> Extract(IEnumerable<Block> candidates, CompiledLexicon lexicon)
    {
        var credits = new List<Credit>();
        foreach (var block in candidates)
        {
            if (block.Role is not (BlockRole.Credit or BlockRole.Byline or BlockRole.Source or BlockRole.Dateline or BlockRole.Copyright or BlockRole.Boilerplate or BlockRole.Share or BlockRole.Caption) || block.Metrics.Weight > 60)
            {
                continue;
            }

            if (lexicon.MayMatchPhotoCredit(block.Text) && lexicon.PhotoCredit.Match(block.Text) is { Success: true } photo)
            {
                credits.Add(new Credit(photo.Groups["role"].Value, CleanName(photo.Groups["name"].Value)));
                continue;
            }

            if (block.Role != BlockRole.Caption && block.Cues(lexicon.Cues, CueList.CreditRole) != 0)
            {
                Read(block.Text, lexicon, credits);
            }
        }

        return credits.Distinct().ToList();
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
            if (before.EndsWith(",") || before.EndsWith(" và", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = m + 1 < matches.Count ? matches[m + 1].Index : text.Length;
            var name = CleanName(text[(match.Index + match.Length)..end]);
            if (name.Length is > 0 and <= 20)
            {
                into.Add(new Credit(match.Groups["role"].Value, name));
            }
        }
    }

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or '（' or '[' or '【' or '|' or '丨' or '，' or ',' or '　' or '）' or ')';

    /// <summary>Removes brackets, staff codes (<c>杨倩_NF4425</c>) and trailing labels from a credited name.</summary>
    public static string CleanName(string raw)
    {
        var name = StaffCode().Replace(raw, "");
        name = name.Trim().Trim('(', ')', '（', '）', '[', ']', '【', '】', '|', '丨', '：', ':', ' ', '　', '。', '.', ',', '，');
        // A name ends at the next field on the line: a date, a source label, another credit.
        var cut = NameEnd().Match(name);
        if (cut.Success)
        {
            name = name[..cut.Index].Trim();
        }

        return name;
    }

    [GeneratedRegex(@"[_＿][A-Za-z]{1,4}\d{2,6}|\s*[【\[]?[A-Z]{1,3}\d{3,6}[】\]]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StaffCode();

    [GeneratedRegex(@"\s{2,}|\d{4}[-/年]|来源|來源|时间|時間|[）)】\]]", RegexOptions.CultureInvariant)]
    private static partial Regex NameEnd();
}
