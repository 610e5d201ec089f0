using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>
/// Rejoins paragraphs that a text browser (lynx, w3m) wrapped at a fixed column. A capture counts as wrapped when
/// no line is wider than ~110 columns and many lines end near the widest one; a line then continues into the next
/// when the next one's first word would not have fitted after it. CJK text joins without a space, Latin with one.
/// </summary>
internal static class TextUnwrapper
{
    /// <summary>One trimmed line of the capture; <paramref name="HasCellGap"/> is <c>Text</c> holding a <see cref="CellGap"/>, asked once.</summary>
    internal record struct Line(string Text, int Indent, int Width, bool BlankBefore, bool Bullet, int BulletLength, bool HasCellGap);

    private const int MaxWrapColumn = 110;

    private const int MinWrapWidth = 40;

    /// <summary>How far short of the margin a wrapped line may end (the next word did not fit).</summary>
    private const int NearMargin = 12;

    /// <summary>How far short of the margin a Chinese line that stops mid-sentence may end and still run on.</summary>
    private const int MidSentenceSlack = 8;

    /// <summary>Spaces that part two table cells printed on one line (a wrapped line never holds such a run).</summary>
    internal const string CellGap = "    ";

    /// <returns><paramref name="lines"/> when the capture was not wrapped, else <paramref name="joined"/> filled with the rejoined lines.</returns>
    public static List<Line> Unwrap(List<Line> lines, List<Line> joined)
    {
        // A capture wrapped as a whole has one right margin; an old table layout printed with a deep left margin
        // wraps each column of text at its own width, so lines of one indent are measured together.
        var column = WrapColumn(lines);
        Dictionary<int, int>? columns = null;
        if (column == 0)
        {
            columns = ColumnsByIndent(lines);
            if (columns.Count == 0)
            {
                return lines;
            }
        }

        // The paragraph being joined is its first line's Line with the last physical line's text and width (what
        // Continues looks at); its whole text gathers in a builder, so a long paragraph is not copied once per line.
        joined.EnsureCapacity(lines.Count);
        var paragraph = new StringBuilder();
        Line current = default;
        var open = false;
        foreach (var line in lines)
        {
            var currentColumn = columns is null ? column : open ? columns.GetValueOrDefault(current.Indent) : 0;
            if (open && currentColumn > 0 && Continues(current, line, currentColumn))
            {
                if (paragraph.Length == 0)
                {
                    paragraph.Append(current.Text);
                }

                paragraph.Append(NeedsSpace(current.Text[^1], line.Text[0]) ? " " : "").Append(line.Text);
                current = current with { Text = line.Text, Width = line.Width, HasCellGap = line.HasCellGap };
                continue;
            }

            if (open)
            {
                joined.Add(Close(current, paragraph));
            }

            current = line;
            open = true;
        }

        if (open)
        {
            joined.Add(Close(current, paragraph));
        }

        return joined;
    }

    private static Line Close(Line current, StringBuilder paragraph)
    {
        if (paragraph.Length == 0)
        {
            return current;
        }

        var text = paragraph.ToString();
        paragraph.Clear();
        return current with { Text = text, HasCellGap = HasCellGap(text) };
    }

    /// <summary>The wrap column of each indent whose lines were wrapped on their own.</summary>
    private static Dictionary<int, int> ColumnsByIndent(List<Line> lines)
    {
        // Per indent, each line as one number: its end column, doubled, plus one when it stops mid-sentence.
        var groups = new Dictionary<int, List<int>>();
        foreach (var line in lines)
        {
            if (line.HasCellGap)
            {
                continue;
            }

            if (!groups.TryGetValue(line.Indent, out var group))
            {
                groups[line.Indent] = group = [];
            }

            group.Add(((line.Indent + line.Width) * 2) + (CharClass.IsSentenceEnd(line.Text[^1]) ? 0 : 1));
        }

        var columns = new Dictionary<int, int>();
        foreach (var (indent, group) in groups)
        {
            var column = ClusterColumn(group, indent);
            if (column > 0)
            {
                columns[indent] = column;
            }
        }

        return columns;
    }

    /// <summary>
    /// The margin the lines of one indent were wrapped at, or 0: the line end with the most line ends just short of
    /// it. A menu row or two at the same indent may run past it; most long lines must not. And most lines that stop
    /// near it stop mid-sentence: paragraphs that merely happen to be of a length end in a full stop.
    /// </summary>
    /// <param name="group">The lines of the indent, coded as in <see cref="ColumnsByIndent"/>.</param>
    /// <param name="start">The indent.</param>
    private static int ClusterColumn(List<int> group, int start)
    {
        if (group.Count < 3)
        {
            return 0;
        }

        SortNarrow(group);
        int column = 0, nearFull = 0;
        for (int i = 0, low = 0; i < group.Count; i++)
        {
            var end = group[i] / 2;
            while (group[low] / 2 < end - NearMargin)
            {
                low++;
            }

            if (end - start is >= MinWrapWidth and <= MaxWrapColumn && i - low + 1 >= nearFull)
            {
                (column, nearFull) = (end, i - low + 1);
            }
        }

        if (column == 0)
        {
            return 0;
        }

        int longish = 0, over = 0, cut = 0;
        foreach (var coded in group)
        {
            var end = coded / 2;
            longish += end - start >= (column - start) / 2 ? 1 : 0;
            over += end > column ? 1 : 0;
            cut += end <= column && end >= column - NearMargin && coded % 2 == 1 ? 1 : 0;
        }

        return nearFull >= 3 && nearFull * 10 >= longish * 4 && over * 4 <= longish && cut * 2 >= nearFull ? column : 0;
    }

    /// <summary>
    /// Sorts the coded line ends by counting them when they span a narrow range (line widths do), in linear time instead
    /// of a comparison sort's; the same order either way.
    /// </summary>
    internal static void SortNarrow(List<int> values)
    {
        var span = CollectionsMarshal.AsSpan(values);
        if (span.Length < 2)
        {
            return;
        }

        int min = int.MaxValue, max = int.MinValue;
        foreach (var v in span)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if ((long)max - min > 4L * span.Length + 1024)
        {
            span.Sort();
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(max - min + 1);
        var histogram = counts.AsSpan(0, max - min + 1);
        histogram.Clear();
        foreach (var v in span)
        {
            histogram[v - min]++;
        }

        var at = 0;
        for (var i = 0; i < histogram.Length; i++)
        {
            span.Slice(at, histogram[i]).Fill(min + i);
            at += histogram[i];
        }

        ArrayPool<int>.Shared.Return(counts);
    }

    /// <summary>
    /// The column the whole capture was wrapped at, or 0 when it was not wrapped: the widest line is at most ~110
    /// columns and many lines end near it.
    /// </summary>
    private static int WrapColumn(List<Line> lines)
    {
        var widest = 0;
        foreach (var line in lines)
        {
            if (!line.HasCellGap)
            {
                widest = Math.Max(widest, line.Indent + line.Width);
            }
        }

        if (widest is < MinWrapWidth or > MaxWrapColumn)
        {
            return 0;
        }

        int nearFull = 0, longish = 0;
        foreach (var line in lines)
        {
            var end = line.Indent + line.Width;
            if (line.HasCellGap)
            {
                continue;
            }

            longish += end >= widest / 2 ? 1 : 0;
            nearFull += end >= widest - NearMargin ? 1 : 0;
        }

        return nearFull >= 3 && nearFull * 10 >= longish * 4 ? widest : 0;
    }

    private static bool Continues(Line previous, Line next, int column)
    {
        if (next.BlankBefore || next.Bullet)
        {
            return false;
        }

        // Continuation lines keep the paragraph's indent, or hang under a bulleted item's text.
        var hang = previous.Indent + previous.BulletLength;
        if (next.Indent != previous.Indent && next.Indent != hang)
        {
            return false;
        }

        var end = previous.Indent + previous.Width;
        if (end > column || previous.HasCellGap)
        {
            return false;
        }

        // Chinese text breaks anywhere, and a renderer that counts quotes and digits differently from us leaves a few
        // columns unexplained: a line that stops mid-sentence close to the margin still runs on.
        var last = previous.Text[^1];
        if (IsWide(last) && !CharClass.IsSentenceEnd(last) && end >= column - MidSentenceSlack)
        {
            return true;
        }

        var gap = NeedsSpace(last, next.Text[0]) ? 1 : 0;
        return end + gap + FirstWordWidth(next.Text) > column - 2;
    }

    public static bool HasCellGap(string text) => text.Contains(CellGap, StringComparison.Ordinal);

    private static int FirstWordWidth(string text)
    {
        if (IsWide(text[0]))
        {
            return 2;
        }

        var end = text.IndexOf(' ');
        return end < 0 ? text.Length : end;
    }

    private static bool NeedsSpace(char before, char after) => !IsWide(before) && !IsWide(after);

    /// <summary>Display width of a line: CJK and full-width forms take two columns.</summary>
    public static int WidthOf(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) => CharClass.IsHan(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF60' or >= '\u2E80' and <= '\u2FFF';
}
