using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Metadata;

namespace NewsExtract.Fields;

/// <summary>
/// Reads writers and reporters from bylines (<c>记者 张三 李四</c>, <c>文/X</c>, <c>作者：X</c>, <c>Tác giả:</c>),
/// the lead's <c>（记者…）</c>, and Vietnamese name lines at the end of the article. Credited editors are never authors.
/// </summary>
internal static partial class AuthorExtractor
{
    public static IReadOnlyList<string> Extract(IReadOnlyList<Block> blocks, CompiledLexicon lexicon, PageMetadata metadata, IReadOnlyList<Credit> credits, int headerFirst, int headerLast)
    {
        var names = new List<string>();
        var firstBody = true;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role == BlockRole.Body)
            {
                if (firstBody && LeadReporter().Match(block.Text) is { Success: true } lead)
                {
                    AddNames(names, lead.Groups["names"].Value, lexicon.Language);
                }

                firstBody = false;
                continue;
            }

            var inHeader = i >= headerFirst && i <= headerLast;
            if (block.Role is BlockRole.Byline or BlockRole.Dateline or BlockRole.Source || (inHeader && block.Metrics.Weight <= 60))
            {
                ReadLabelled(block.Text, lexicon, names);
            }

            if (block.Role == BlockRole.Byline && lexicon.Language == ContentLanguage.Vietnamese && names.Count == 0 && VietnameseNameLine().IsMatch(block.Text))
            {
                AddNames(names, block.Text, lexicon.Language);
            }
        }

        if (names.Count == 0)
        {
            foreach (var author in metadata.Authors)
            {
                if (author.Length <= 20 && !author.Contains('.', StringComparison.Ordinal) && !author.Contains("http", StringComparison.OrdinalIgnoreCase))
                {
                    AddNames(names, author, lexicon.Language);
                }
            }
        }

        var credited = new HashSet<string>(credits.Select(c => c.Name), StringComparer.Ordinal);
        return names.Where(n => !credited.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void ReadLabelled(string text, CompiledLexicon lexicon, List<string> names)
    {
        foreach (Match match in lexicon.AuthorLabel.Matches(text))
        {
            var label = match.Groups["label"].Value;
            if (match.Index > 0 && char.IsLetter(text[match.Index - 1]))
            {
                continue;
            }

            // "文" needs a separator ("文/张三", "文：张三"): alone it is just a character.
            if (label.Length == 1 && match.Length == 1)
            {
                continue;
            }

            var rest = text[(match.Index + match.Length)..];
            var end = FieldEnd().Match(rest);
            var value = end.Success ? rest[..end.Index] : rest;
            AddNames(names, value, lexicon.Language);
        }
    }

    private static void AddNames(List<string> names, string value, ContentLanguage language)
    {
        // Chinese names are separated by spaces; Vietnamese names contain spaces and are joined by "-", "," or "và".
        var separator = language == ContentLanguage.Vietnamese ? VietnameseNameSeparator() : NameSeparator();
        foreach (var part in separator.Split(value))
        {
            var name = CreditExtractor.CleanName(part);
            if (name.Length is >= 2 and <= 24 && !name.Any(char.IsDigit) && !NotAName().IsMatch(name))
            {
                names.Add(name);
            }
        }
    }

    [GeneratedRegex(@"^[^，。]{0,40}?电[（(](?:记者|記者)\s*(?<names>[^）)]{2,40})[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadReporter();

    // Where a byline's names end: the next labelled field or a date.
    [GeneratedRegex(@"\s{2,}|　|\d{4}[-/年]|\d{1,2}:\d{2}|来源|來源|编辑|編輯|责任|責任|时间|時間|发布|發布|[|｜丨]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldEnd();

    [GeneratedRegex(@"\s+|[、，,/／;；]|\s[-–]\s| và ", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s[-–]\s|[,;/／]| và ", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNameSeparator();

    [GeneratedRegex(@"^(?:记者|記者|作者|编辑|本报|报道|Theo|Nguồn|Ảnh|Video|Tin|Bài)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    // A line that is only a name or two: capitalised syllables, optionally joined by " - " or ",".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.]*\.?(?:\s\p{Lu}[\p{L}.]*){0,4})(?:\s*[-–,]\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,4})*$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNameLine();
}
