using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>Language-neutral shapes of non-body lines (player readouts, bare dates, bullets).</summary>
internal static partial class LineCues
{
    // Every character the regex \d matches (asked of the engine over the BMP, so its tables decide, not ours).
    private static readonly SearchValues<char> Digits = CharSets.SearchValuesOf(@"\d", RegexOptions.CultureInvariant);

    // DateLike's forms each need one of these between two digits (white space around it allowed): - / . 年 between the parts, / : or 月.
    // The ASCII date separators, searched apart from 年 and 月 so that both searches are the fast vectorised kinds.
    private static readonly SearchValues<char> AsciiDateSeparators = SearchValues.Create("-/.:");

    /// <summary>
    /// <c>DateLike().IsMatch(text)</c>, with the regex run only when the text holds a date separator between two digits
    /// (white space around it allowed), which every form of it has: most lines of a page have none, and a vectorised scan
    /// for the separators is far cheaper than the regex trying every digit.
    /// </summary>
    public static bool IsDateLike(string text) => MayBeDateLike(text) && DateLike().IsMatch(text);

    /// <summary>False when <see cref="DateLike"/> cannot match <paramref name="text"/> (see <see cref="IsDateLike"/>); true says nothing.</summary>
    public static bool MayBeDateLike(ReadOnlySpan<char> text)
    {
        for (var at = IndexOfSeparator(text); at >= 0;)
        {
            if (MayJoinDateParts(text, at))
            {
                return true;
            }

            var next = IndexOfSeparator(text[(at + 1)..]);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    // The first of - / . : 年 月 in text, or -1.
    private static int IndexOfSeparator(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(AsciiDateSeparators);
        var cjk = text.IndexOfAny('年', '月');
        return ascii < 0 ? cjk : cjk < 0 ? ascii : Math.Min(ascii, cjk);
    }

    /// <summary>
    /// Whether the separator at <paramref name="at"/> stands as one of DateLike's forms needs it: a digit after it (white space
    /// between allowed, except after :), and before it a digit (\d: or \d\s*/ or \d\s*月) or, for - . 年, the year
    /// ((?:19|20)\d{2}\s*[-/.年]). Every alternative has one such separator: / : 月 in the last three, its first in the first.
    /// </summary>
    private static bool MayJoinDateParts(ReadOnlySpan<char> text, int at)
    {
        var separator = text[at];
        var before = separator == ':' ? at - 1 : text[..at].LastIndexOfAnyExcept(CharSets.RegexSpace);
        var after = separator == ':' ? at + 1 : CharSets.SkipRegexSpace(text, at + 1);
        if (before < 0 || after >= text.Length || !Digits.Contains(text[before]) || !Digits.Contains(text[after]))
        {
            return false;
        }

        return separator is '/' or ':' or '月'
            || (before >= 3 && text[before - 3] is '1' or '2' && text[before - 2] == (text[before - 3] == '1' ? '9' : '0') && Digits.Contains(text[before - 1]));
    }

    /// <summary>
    /// <c>VideoTitle().IsMatch(text)</c>, the regex run only when the character after the opening white space and an
    /// optional bracket is the first of one of its words (视频 視頻 Video VIDEO Clip), as the anchored pattern needs.
    /// </summary>
    public static bool IsVideoTitle(string text)
    {
        var at = CharSets.SkipRegexSpace(text, 0);
        at += at < text.Length && text[at] is '【' or '[' ? 1 : 0;
        return at < text.Length && text[at] is '视' or '視' or 'V' or 'C' && VideoTitle().IsMatch(text);
    }

    /// <summary><c>PlayerReadout().IsMatch(text)</c>, skipped unless the text opens with a digit (as the anchored pattern must).</summary>
    public static bool IsPlayerReadout(string text) => text.Length > 0 && Digits.Contains(text[0]) && PlayerReadout().IsMatch(text);

    /// <summary>An audio/video player readout: <c>0:00 / 0:00</c>, <c>0:00</c>, <c>00:00:00</c>.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$", RegexOptions.CultureInvariant)]
    public static partial Regex PlayerReadout();

    /// <summary>Something that looks like a date or a time; the Dates module parses it properly.</summary>
    [GeneratedRegex(@"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d{2}|\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日", RegexOptions.CultureInvariant)]
    public static partial Regex DateLike();

    /// <summary>A bullet or list-number at the start of a text line.</summary>
    [GeneratedRegex(@"^(?:[•·●○◦▪▫■□►▶→\-–—*]|\d{1,2}[.、)）])\s*", RegexOptions.CultureInvariant)]
    public static partial Regex Bullet();

    /// <summary>A Chinese dateline lead: <c>新华社北京7月12日电</c>, <c>本报讯</c>, <c>中新网上海7月12日电</c>.</summary>
    [GeneratedRegex(@"^[^，。]{0,30}?(?:\d{1,2}月\d{1,2}日|\d{1,2}日)(?:\d{1,2}时)?电|^[^，。]{0,12}讯[（(\s]|^本报讯", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseLead();

    /// <summary>A Vietnamese sapo tag: <c>(Dân trí) -</c>, <c>(NLĐO)-</c>, <c>TTO -</c>, <c>VOV.VN -</c>.</summary>
    [GeneratedRegex(@"^\s*(?:\((?<tag>[^()]{2,30})\)\s*[-–—]|(?<tag>[A-ZĐ][\p{Lu}\p{N}.]{1,15}(?:\s[\p{Lu}.]{2,15})?)\s*[-–—]\s)", RegexOptions.CultureInvariant)]
    public static partial Regex VietnameseSapoTag();

    /// <summary>A photo credit closing a caption: <c>… Ảnh Trọng Đức.</c>, <c>…（记者 张三 摄）</c>, <c>… (Ảnh: TTXVN)</c>.</summary>
    [GeneratedRegex(@"(?:\bẢnh\s*:?\s*\p{Lu}[\p{L}\s./]{1,30}|\(Ảnh[^()]{0,40}\)|[\p{L}\s]{1,12}(?:摄|攝|摄影|攝影|供图|供圖))\s*[)）.。]?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex PhotoCreditEnding();

    /// <summary>The title of an embedded video: <c>视频-这个地方为何老外却说“了不得”？</c>, <c>视频丨…</c>, <c>Video: …</c>.</summary>
    [GeneratedRegex(@"^\s*[【\[]?(?:视频|視頻|Video|VIDEO|Clip)[】\]]?\s*[-–—:：丨|｜]", RegexOptions.CultureInvariant)]
    public static partial Regex VideoTitle();
}
