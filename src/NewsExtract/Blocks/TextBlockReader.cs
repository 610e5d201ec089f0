using NewsExtract.Classification;
using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>
/// Turns a plain-text capture (already normalised by <see cref="Decoding.TextNormalizer"/>) into blocks: one block per paragraph — a non-empty line, or several
/// when a text browser wrapped the paragraph — with bullets noted and stripped and text-browser artefacts removed.
/// </summary>
internal static class TextBlockReader
{
    public static TextCapture Read(string text, CancellationToken cancellationToken)
    {
        var lines = ReadLines(TextColumns.Reorder(SplitLines(text)), cancellationToken);
        lines = TextUnwrapper.Unwrap(lines);

        var blocks = new List<Block>(lines.Count);
        var features = new List<TextLineFeatures>(lines.Count);
        var keys = new string[lines.Count];
        foreach (var line in lines)
        {
            var (lineText, doubled) = Undouble(line.Text);
            keys[blocks.Count] = TextKey.Of(lineText);
            blocks.Add(new Block(blocks.Count, lineText, BlockTag.Line) { IsListItem = line.Bullet });
            features.Add(new TextLineFeatures(line.Indent, line.BlankBefore, doubled));
        }

        return new TextCapture(blocks, features, keys);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static List<TextUnwrapper.Line> ReadLines(List<string> rawLines, CancellationToken cancellationToken)
    {
        var lines = new List<TextUnwrapper.Line>();
        var blankBefore = false;
        var lineNumber = 0;
        foreach (var rawString in rawLines)
        {
            var rawLine = rawString.AsSpan();
            if ((++lineNumber & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var indent = IndentOf(rawLine);
            var trimmed = rawLine.Trim();
            if (trimmed.IsEmpty)
            {
                blankBefore = true;
                continue;
            }

            var lineText = TextArtefacts.Strip(trimmed.ToString());
            if (lineText.Length == 0 || TextArtefacts.IsMarkupLine(lineText))
            {
                blankBefore = true;
                continue;
            }

            var bullet = LineCues.Bullet().Match(lineText);
            var isBullet = bullet.Success && bullet.Length < lineText.Length && !char.IsAsciiDigit(lineText[0]);
            var bulletLength = 0;
            if (isBullet)
            {
                bulletLength = bullet.Length;
                lineText = lineText[bullet.Length..].Trim();
            }

            lines.Add(new TextUnwrapper.Line(lineText, indent, TextUnwrapper.WidthOf(lineText), blankBefore, isBullet, bulletLength));
            blankBefore = false;
        }

        return lines;
    }

    private static int IndentOf(ReadOnlySpan<char> line)
    {
        var indent = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 8 - (indent % 8);
            }
            else
            {
                break;
            }
        }

        return indent;
    }

    /// <summary>A line holding one text twice (<c>X X</c> or <c>XX</c>) comes back as that text once, flagged.</summary>
    private static (string Text, bool Doubled) Undouble(string text)
    {
        var length = text.Length;
        if (length < 8)
        {
            return (text, false);
        }

        // The two copies may be run together or set apart by a few spaces.
        for (var gap = length % 2; gap <= 4; gap += 2)
        {
            var half = (length - gap) / 2;
            if (text.AsSpan(half, gap).IsWhiteSpace() && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + gap)))
            {
                return (text[..half], true);
            }
        }

        return (text, false);
    }
}
