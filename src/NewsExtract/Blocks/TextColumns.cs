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

    /// <param name="lines">The capture's lines, as slices of its text (no string per line unless a column is cut).</param>
    public static List<ReadOnlyMemory<char>> Reorder(List<ReadOnlyMemory<char>> lines)
    {
        var column = FindColumn(lines);
        if (column < 0)
        {
            return lines;
        }

        int first = -1, last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (SplitAt(lines[i].Span, column) > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        var result = new List<ReadOnlyMemory<char>>(lines.Count + 2);
        var right = new List<ReadOnlyMemory<char>>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i < first || i > last)
            {
                result.Add(line);
                continue;
            }

            var split = SplitAt(line.Span, column);
            if (split < 0 && StartColumn(line.Span) >= column - Slack)
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
                result.Add(ReadOnlyMemory<char>.Empty);
                result.AddRange(right);
                result.Add(ReadOnlyMemory<char>.Empty);
            }
        }

        return result;
    }

    /// <summary>The display column most lines break at, or -1 when the lines show no such column.</summary>
    private static int FindColumn(List<ReadOnlyMemory<char>> lines)
    {
        var counts = new Dictionary<int, (int Lines, int TextLines)>();
        foreach (var line in lines)
        {
            CountBreaks(line.Span, counts);
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

    /// <summary>
    /// Counts where the line's text resumes after a gap of two or more spaces: per display column, the lines
    /// breaking there and those of them with running text (≥ <see cref="TextWidth"/> columns) before the gap.
    /// </summary>
    private static void CountBreaks(ReadOnlySpan<char> line, Dictionary<int, (int Lines, int TextLines)> counts)
    {
        // A break is two spaces after the line's first text: most lines have none, and one vectorised search tells.
        if (line.TrimStart(' ').IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return;
        }

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
                var (n, text) = counts.GetValueOrDefault(width);
                counts[width] = (n + 1, text + (width - spaces - leftStart >= TextWidth ? 1 : 0));
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
    private static int SplitAt(ReadOnlySpan<char> line, int column)
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

    private static int StartColumn(ReadOnlySpan<char> line)
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
