using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>The place a news lead is filed from: 新华社北京7月12日电 → 北京, "HÀ NỘI - …" → HÀ NỘI.</summary>
internal static partial class DatelinePlace
{
    /// <summary>How far into a lead the Chinese dateline may start (a photo credit can come first).</summary>
    private const int ChineseWindow = 80;

    public static string? Find(string lead, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return language switch
        {
            ContentLanguage.Vietnamese => Vietnamese(lead),
            ContentLanguage.ChineseSimplified or ContentLanguage.ChineseTraditional => Chinese(lead),
            _ => Chinese(lead) ?? Vietnamese(lead),
        };
    }

    private static string? Chinese(string lead)
    {
        var match = ChineseDateline().Match(lead, 0, Math.Min(lead.Length, ChineseWindow));
        if (!match.Success)
        {
            return null; // 本报讯 has no date, so no place
        }

        var head = match.Groups["head"].ValueSpan;
        var agency = LastAgency(head);
        if (agency > 0)
        {
            head = head[agency..];
        }
        else if (match.Groups["end"].ValueSpan is "消息" || !lead.AsSpan(0, match.Index).TrimStart(" \t\u00A0\u3000（(【[").IsEmpty)
        {
            return null; // without an agency only "北京7月12日电" opening the lead counts, not 有关部门7月12日消息
        }

        head = StripReporter(head);
        return head.Length is >= 2 and <= DateVocabulary.Places.MaxChinesePlace ? head.ToString() : null;
    }

    /// <summary>The end of the last agency name in the head (据新华社, 本报, 中新网), or 0.</summary>
    private static int LastAgency(ReadOnlySpan<char> head)
    {
        var end = 0;
        foreach (var agency in DateVocabulary.Places.ChineseAgencies)
        {
            var at = head.LastIndexOf(agency, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = Math.Max(end, at + agency.Length);
            }
        }

        return end;
    }

    /// <summary>中央社記者陳家倫台北12日電: drop 記者 and the name; names are mostly three characters.</summary>
    private static ReadOnlySpan<char> StripReporter(ReadOnlySpan<char> head)
    {
        foreach (var word in DateVocabulary.Places.ReporterWords)
        {
            if (head.StartsWith(word, StringComparison.Ordinal))
            {
                var rest = head[word.Length..];
                return rest.Length - 3 >= 2 ? rest[3..] : rest.Length - 2 >= 2 ? rest[2..] : [];
            }
        }

        return head;
    }

    private static string? Vietnamese(string lead)
    {
        var match = VietnameseDateline().Match(lead);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["p"].Value.Trim();
        return DateVocabulary.Places.NotVietnamesePlaces.Contains(place) ? null : place;
    }

    [GeneratedRegex("(?<head>\\p{IsCJKUnifiedIdeographs}{2,16})(?:\\d{1,2}月)?\\d{1,2}日(?<end>电|電|讯|訊|消息)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDateline();

    /// <summary>An all-capitals run at the paragraph start followed by a dash: "HÀ NỘI -", "TP.HCM –", "ĐÀ NẴNG (TTXVN) -".</summary>
    [GeneratedRegex("^[ \\t\\u00A0]*(?<p>\\p{Lu}[\\p{Lu}.]*(?:[ \\u00A0]\\p{Lu}[\\p{Lu}.]*){0,3})[ \\t\\u00A0]*(?:\\([^)]{1,20}\\)[ \\t\\u00A0]*)?[\\-–—][ \\t\\u00A0]+\\S", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseDateline();
}
