using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>
/// Rejoins paragraphs that a text browser (lynx, w3m) wrapped at a fixed column. A capture counts as wrapped when
/// no line is wider than ~110 columns and many lines end near the widest one; a line then continues into the next
/// when the next one's first word would not have fitted after it. CJK text joins without a space, Latin with one.
/// </summary>
internal static class TextUnwrapper
{
    /// <summary>One trimmed line of the capture.</summary>
    internal record struct Line(string Text, int Indent, int Width, bool BlankBefore, bool Bullet, int BulletLength);

    private const int MaxWrapColumn = 110;

    public static List<Line> Unwrap(List<Line> lines)
    {
        var column = WrapColumn(lines);
        if (column == 0)
        {
            return lines;
        }

        var joined = new List<Line>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && Continues(joined[^1], line, column))
            {
                var previous = joined[^1];
                var separator = NeedsSpace(previous.Text[^1], line.Text[0]) ? " " : "";
                joined[^1] = previous with { Text = previous.Text + separator + line.Text, Width = line.Width };
            }
            else
            {
                joined.Add(line);
            }
        }

        return joined;
    }

    /// <summary>The column the capture was wrapped at, or 0 when it was not wrapped.</summary>
    private static int WrapColumn(List<Line> lines)
    {
        var widest = 0;
        foreach (var line in lines)
        {
            widest = Math.Max(widest, line.Indent + line.Width);
        }

        if (widest is < 40 or > MaxWrapColumn)
        {
            return 0;
        }

        int nearFull = 0, longish = 0;
        foreach (var line in lines)
        {
            var end = line.Indent + line.Width;
            if (end >= widest / 2)
            {
                longish++;
            }

            if (end >= widest - 12)
            {
                nearFull++;
            }
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

        var gap = NeedsSpace(previous.Text[^1], next.Text[0]) ? 1 : 0;
        return previous.Indent + previous.Width + gap + FirstWordWidth(next.Text) > column - 2;
    }

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

    private static bool IsWide(char c) => CharClass.IsCjk(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF60' or >= '\u2E80' and <= '\u2FFF';
}
