using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// Readers' comments under an article, as a text capture shows them: a comment heading (<c>网友评论</c>,
/// <c>全部评论 23条</c>, <c>Ý kiến bạn đọc (5)</c>) and then short lines with a user name, a time, and the vote and
/// reply buttons (<c>回复</c>, <c>举报</c>, <c>顶51</c>, <c>Thích 121</c>, <c>5小时前</c>). The comments' own text reads
/// like paragraphs, so a run is recognised by these short lines around it, on any site.
/// </summary>
internal static class TextComments
{
    /// <summary>How many lines after a comment heading, or around a cue line, are searched for more cues.</summary>
    private const int Window = 12;

    /// <summary>Per line: 2 for a comment heading, 1 for a comment cue line (user, time, buttons), 0 otherwise.</summary>
    public static byte[] Mark(IReadOnlyList<Block> blocks, CommentPatterns patterns)
    {
        var marks = new byte[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var units = block.Metrics.ReadingLength;
            if (units <= 20 && patterns.Heading.IsMatch(block.Text))
            {
                marks[i] = 2;
            }
            else if (units <= 30 && patterns.Cue.IsMatch(block.Text))
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
}

/// <summary>The comment heading and comment cue patterns of a lexicon, built from its comment lists and date words.</summary>
internal sealed class CommentPatterns
{
    public CommentPatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // A heading over the comments, alone on its line (with a count at most): 网友评论, 评论 (23), 23条评论, Bình luận.
        Heading = catalog.Start("comment heading", RegexOptions.IgnoreCase)
            .AddWords(lexicon[LexiconLists.CommentHeadings], w => w)
            .AddWords(lexicon[LexiconLists.CommentCountLabels], w => w + @"\s*[（(]?\s*\d")
            .Add(@"\d+\s*" + Words.Alternation(lexicon[LexiconLists.CommentCounters]), lexicon[LexiconLists.CommentCounters].Count == 0 ? [] : Digits)
            .AtStart(@"[\s【\[]");

        // The short lines of a comment: reply/report/vote buttons, a poster's tag, a floor number, a relative time.
        var units = LexiconLists.Keyed(lexicon, LexiconLists.Units).SelectMany(u => u.Words);
        var ago = lexicon[LexiconLists.AgoWords];
        var daysBack = LexiconLists.Keyed(lexicon, LexiconLists.DaysBack).SelectMany(d => d.Words).ToList();
        Cue = catalog.Start("comment cue")
            .AddWords(lexicon[LexiconLists.CommentButtons], w => w, bounded: true)
            .AddWords(lexicon[LexiconLists.CommentVotes], w => w + @"\s*\(?\d")
            .Add(@"\+1", ["+1"])
            .AddWords(lexicon[LexiconLists.CommentFloors], w => @"\d+\s*" + w)
            .AddWords(lexicon[LexiconLists.CommentPosterTags].Select(t => t + "]"), w => w)
            .Add(@"\d+\s*" + Words.Alternation(units) + @"\s*" + Words.Alternation(ago) + EndBoundary(ago), ago)
            .Add(Words.Alternation(daysBack) + @"\s*\d{1,2}:\d{2}", daysBack.Count == 0 ? [] : [":"])
            .Anywhere();
    }

    /// <summary>Every character <c>\d</c> matches, each a one-character anchor for an alternative opening with a digit.</summary>
    private static IEnumerable<string> Digits => CharSets.Matching(@"\d", RegexOptions.CultureInvariant).Select(c => c.ToString());

    // The ago words' end boundary, when they end a word of a cased script (trước).
    private static string EndBoundary(IReadOnlyList<string> words) => words.Any(w => Words.EndBoundary(w).Length > 0) ? "(?![\\p{L}\\p{Mn}])" : "";

    /// <summary>A heading over readers' comments, opening its line.</summary>
    public LexiconPattern Heading { get; }

    /// <summary>A line of a comment: a button, a vote count, a floor, a poster's tag, a relative time.</summary>
    public LexiconPattern Cue { get; }
}
