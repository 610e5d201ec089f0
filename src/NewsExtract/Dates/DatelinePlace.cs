using System.Text.RegularExpressions;
using NewsExtract.Languages;

namespace NewsExtract.Dates;

/// <summary>The place a news lead is filed from: 新华社北京7月12日电 → 北京, "HÀ NỘI - …" → HÀ NỘI.</summary>
internal static partial class DatelinePlace
{
    /// <summary>How far into a lead the Chinese dateline may start (a photo credit can come first).</summary>
    private const int ChineseWindow = 80;

    /// <summary>The longest Chinese place name read.</summary>
    private const int MaxChinesePlace = 6;

    public static string? Find(string lead, ContentLanguage language, CompiledLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return language switch
        {
            ContentLanguage.Vietnamese => Vietnamese(lead, lexicon),
            ContentLanguage.ChineseSimplified or ContentLanguage.ChineseTraditional => Chinese(lead, lexicon),
            _ => Chinese(lead, lexicon) ?? Vietnamese(lead, lexicon),
        };
    }

    private static string? Chinese(string lead, CompiledLexicon lexicon)
    {
        var window = Math.Min(lead.Length, ChineseWindow);
        var leads = lexicon.Leads;
        var match = leads.Place.MayMatch(lead.AsSpan(0, window)) ? leads.Place.Regex.Match(lead, 0, window) : Match.Empty;
        if (!match.Success)
        {
            return null; // 本报讯 has no date, so no place
        }

        var head = match.Groups["head"].ValueSpan;
        var agency = LastOutlet(head, lexicon);
        if (agency > 0)
        {
            head = head[agency..];
        }
        else if (leads.IsNews(match.Groups["end"].ValueSpan) || !lead.AsSpan(0, match.Index).TrimStart(" \t\u00A0\u3000（(【[").IsEmpty)
        {
            return null; // without an outlet only "北京7月12日电" opening the lead counts, not 有关部门7月12日消息
        }

        head = StripReporter(head, lexicon);
        return head.Length is >= 2 and <= MaxChinesePlace ? head.ToString() : null;
    }

    /// <summary>The end of the last filing outlet's name in the head (据新华社, 本报, 中新网), or 0.</summary>
    private static int LastOutlet(ReadOnlySpan<char> head, CompiledLexicon lexicon)
    {
        var end = 0;
        foreach (var outlet in lexicon.Lexicon[LexiconLists.DatelineOutlets].Concat(lexicon.Lexicon[LexiconLists.OwnOutlets]))
        {
            var at = head.LastIndexOf(outlet, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = Math.Max(end, at + outlet.Length);
            }
        }

        return end;
    }

    /// <summary>中央社記者陳家倫台北12日電: drop 記者 and the name; names are mostly three characters.</summary>
    private static ReadOnlySpan<char> StripReporter(ReadOnlySpan<char> head, CompiledLexicon lexicon)
    {
        foreach (var word in lexicon.Lexicon[LexiconLists.ReporterLabels])
        {
            if (head.StartsWith(word, StringComparison.Ordinal))
            {
                var rest = head[word.Length..];
                return rest.Length - 3 >= 2 ? rest[3..] : rest.Length - 2 >= 2 ? rest[2..] : [];
            }
        }

        return head;
    }

    private static string? Vietnamese(string lead, CompiledLexicon lexicon)
    {
        var match = VietnameseDateline().Match(lead);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["p"].Value.Trim();
        return lexicon.Lexicon[LexiconLists.NotPlaces].Contains(place, StringComparer.Ordinal) ? null : place;
    }

    /// <summary>An all-capitals run at the paragraph start followed by a dash: "HÀ NỘI -", "TP.HCM –", "ĐÀ NẴNG (TTXVN) -".</summary>
    [GeneratedRegex("^[ \\t\\u00A0]*(?<p>\\p{Lu}[\\p{Lu}.]*(?:[ \\u00A0]\\p{Lu}[\\p{Lu}.]*){0,3})[ \\t\\u00A0]*(?:\\([^)]{1,20}\\)[ \\t\\u00A0]*)?[\\-–—][ \\t\\u00A0]+\\S", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseDateline();
}
