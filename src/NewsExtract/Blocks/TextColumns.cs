namespace NewsExtract.Blocks;

/// <summary>
/// Old table layouts print the article and a sidebar side by side, so one text line carries a line of each. When
/// many lines break at the same display column (give or take the slack of full-width characters), the lines of that
/// stretch are cut there and the right-hand column is set after the left one, each read in its own order.
/// </summary>
internal static class TextColumns
{
    /// <summary>Columns this close count as one (a full-width character shifts the rest of a line by one).</summary>
    private const int Slack = 4;

    /// <summary>At least this many lines must break at the column.</summary>
    private const int MinLines = 6;

    /// <summary>And at least this many of them must hold running text on the left, a column of article rather than a form.</summary>
    private const int MinTextLines = 3;

    private const int TextWidth = 30;

    public static List<string> Reorder(List<string> lines)
    {
        var column = FindColumn(lines);
        if (column < 0)
        {
            return lines;
        }

        int first = -1, last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (SplitAt(lines[i], column) > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        var result = new List<string>(lines.Count + 2);
        var right = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i < first || i > last)
            {
                result.Add(line);
                continue;
            }

            var split = SplitAt(line, column);
            if (split < 0 && StartColumn(line) >= column - Slack)
            {
                split = 0;
            }

            if (split < 0)
            {
                result.Add(line);
                continue;
            }

            result.Add(line[..split].TrimEnd());
            right.Add(line[split..]);
            if (i == last)
            {
                result.Add("");
                result.AddRange(right);
                result.Add("");
            }
        }

        return result;
    }

    /// <summary>The display column most lines break at, or -1 when the lines show no such column.</summary>
    private static int FindColumn(List<string> lines)
    {
        var counts = new Dictionary<int, (int Lines, int TextLines)>();
        foreach (var line in lines)
        {
            foreach (var (column, leftWidth) in Breaks(line))
            {
                var (n, text) = counts.GetValueOrDefault(column);
                counts[column] = (n + 1, text + (leftWidth >= TextWidth ? 1 : 0));
            }
        }

        int best = -1, bestLines = 0;
        foreach (var column in counts.Keys)
        {
            int n = 0, text = 0;
            for (var c = column - Slack; c <= column + Slack; c++)
            {
                if (counts.TryGetValue(c, out var count))
                {
                    n += count.Lines;
                    text += count.TextLines;
                }
            }

            if (n >= MinLines && text >= MinTextLines && (n > bestLines || (n == bestLines && column < best)))
            {
                best = column;
                bestLines = n;
            }
        }

        return best;
    }

    /// <summary>Where the line's text resumes after a gap of two or more spaces: the display column and the width of the text before it.</summary>
    private static IEnumerable<(int Column, int LeftWidth)> Breaks(string line)
    {
        var width = 0;
        var spaces = 0;
        var leftStart = -1;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                spaces++;
                width++;
                continue;
            }

            if (spaces >= 2 && leftStart >= 0)
            {
                yield return (width, width - spaces - leftStart);
            }

            if (leftStart < 0)
            {
                leftStart = width;
            }

            spaces = 0;
            width += TextUnwrapper.WidthOf([c]);
        }
    }

    /// <summary>The index where the right-hand column starts in the line, or -1 when the line does not break near <paramref name="column"/>.</summary>
    private static int SplitAt(string line, int column)
    {
        var width = 0;
        var spaces = 0;
        var seenText = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ' ')
            {
                spaces++;
                width++;
                continue;
            }

            if (spaces >= 2 && seenText && Math.Abs(width - column) <= Slack)
            {
                return i;
            }

            if (width > column + Slack)
            {
                return -1;
            }

            seenText = true;
            spaces = 0;
            width += TextUnwrapper.WidthOf([c]);
        }

        return -1;
    }

    private static int StartColumn(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c != ' ')
            {
                return width;
            }

            width++;
        }

        return -1;
    }
}
