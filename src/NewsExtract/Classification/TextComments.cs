using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// Readers' comments under an article, as a text capture shows them: a comment heading (<c>网友评论</c>,
/// <c>全部评论 23条</c>, <c>Ý kiến bạn đọc (5)</c>) and then short lines with a user name, a time, and the vote and
/// reply buttons (<c>回复</c>, <c>举报</c>, <c>顶51</c>, <c>Thích 121</c>, <c>5小时前</c>). The comments' own text reads
/// like paragraphs, so a run is recognised by these short lines around it, on any site.
/// </summary>
internal static partial class TextComments
{
    /// <summary>How many lines after a comment heading, or around a cue line, are searched for more cues.</summary>
    private const int Window = 12;

    /// <summary>Per line: 2 for a comment heading, 1 for a comment cue line (user, time, buttons), 0 otherwise.</summary>
    public static byte[] Mark(IReadOnlyList<Block> blocks)
    {
        var marks = new byte[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var units = block.Metrics.Weight;
            if (units <= 20 && MayBeHeading(block.Text) && CommentHeading().IsMatch(block.Text))
            {
                marks[i] = 2;
            }
            else if (units <= 30 && MayBeCue(block.Text) && CommentCue().IsMatch(block.Text))
            {
                marks[i] = 1;
            }
        }

        return marks;
    }

    /// <summary>
    /// True when a comment run starts at <paramref name="i"/>: a heading with at least two cue lines after it, or a
    /// cue line with at least two more within the window.
    /// </summary>
    public static bool StartsRun(byte[] marks, int i)
    {
        if (marks[i] == 0)
        {
            return false;
        }

        var cues = 0;
        var end = Math.Min(marks.Length, i + 1 + Window);
        for (var j = i + 1; j < end; j++)
        {
            cues += marks[j] > 0 ? 1 : 0;
        }

        return cues >= 2;
    }

    // Prefilters, so the regexes below run on few lines (they were a sixth of a text capture's time). CommentHeading's
    // alternatives start with one of HeadingStarts, right after its opening run of HeadingPrefix characters (no
    // alternative starts with one of those, so the run cannot end earlier): the sets are asked of the regex engine with
    // the pattern's options. Every alternative of CommentCue contains one of CueChars (回 举 檢 跟, a vote character, +,
    // 楼, the ] of 网友], 前, the : of 今天 12:30, and ớ í ả á of trước, Thích, Trả lời, Báo vi phạm), and 回 only as 回复 or 回覆.
    private const RegexOptions HeadingOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private static readonly SearchValues<char> HeadingPrefix = CharSets.SearchValuesOf(@"[\s【\[]", HeadingOptions);
    private static readonly SearchValues<char> HeadingStarts = CharSets.SearchValuesOf(@"[网最热全精我发跟评\d網熱BÝG]", HeadingOptions);
    private static readonly SearchValues<char> CueChars = SearchValues.Create("回举檢跟顶踩赞讚+楼]前:\u1EDB\u00ED\u1EA3\u00E1");

    /// <summary>False when <see cref="CommentCue"/> cannot match: no cue character, or 回 only in words like 回应 and 回升.</summary>
    internal static bool MayBeCue(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(CueChars); at >= 0;)
        {
            if (text[at] != '回' || (at + 1 < text.Length && text[at + 1] is '复' or '覆'))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOfAny(CueChars);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool MayBeHeading(string text)
    {
        var start = text.AsSpan().IndexOfAnyExcept(HeadingPrefix);
        return start >= 0 && HeadingStarts.Contains(text[start]);
    }

    // A heading over the comments, alone on its line (with a count at most).
    [GeneratedRegex(@"^[\s【\[]*(?:网友评论|最新评论|热门评论|热评论|全部评论|精彩评论|最热评论|我要评论|发表评论|我要跟[帖贴]|热门跟[帖贴]|跟[帖贴]\s*\d|评论\s*[（(]?\s*\d|\d+\s*条评论|網友評論|最新評論|熱門評論|全部評論|Bình luận|Ý kiến bạn đọc|Ý kiến của bạn|Gửi bình luận|Gửi ý kiến)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentHeading();

    // The short lines of a comment: reply/report/vote buttons, a poster's tag, a floor number, a relative time.
    [GeneratedRegex(@"回复|回覆|举报|檢舉|跟[帖贴]|[顶踩赞讚]\s*\(?\d|\+1|\d+\s*楼|网友\]|網友\]|\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前|(?:今天|昨天)\s*\d{1,2}:\d{2}|\d+\s*(?:giây|phút|giờ|ngày)\s+trước|\bThích\b|Trả lời|Báo vi phạm", RegexOptions.CultureInvariant)]
    internal static partial Regex CommentCue();
}
