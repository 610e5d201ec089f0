using NewsExtract.Classification;
using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>
/// Turns a plain-text capture (already normalised by <see cref="Decoding.TextNormalizer"/>) into blocks: one block per paragraph — a non-empty line, or several
/// when a text browser wrapped the paragraph — with bullets noted and stripped and text-browser artefacts removed.
/// </summary>
internal static class TextBlockReader
{
    /// <summary>Scratch lists kept above this many entries are let go, so one huge capture does not pin its memory.</summary>
    private const int MaxKeptScratch = 1 << 16;

    public static TextCapture Read(string text, CancellationToken cancellationToken)
    {
        using var scratch = ThreadScratch<LineLists>.Rent();
        var (rawLines, readLines, joined) = (scratch.Value.Raw, scratch.Value.Read, scratch.Value.Joined);
        {
            var lines = TextUnwrapper.Unwrap(ReadLines(TextColumns.Reorder(SplitLines(text, rawLines)), readLines, cancellationToken), joined);
            var blocks = new List<Block>(lines.Count);
            var features = new List<TextLineFeatures>(lines.Count);
            foreach (var line in lines)
            {
                var (lineText, doubled) = Undouble(line.Text);
                blocks.Add(new Block(blocks.Count, lineText, BlockTag.Line) { IsListItem = line.Bullet });
                features.Add(new TextLineFeatures(line.Indent, line.BlankBefore, doubled));
            }

            return new TextCapture(blocks, features);
        }
    }

    /// <summary>
    /// The line lists, which live only while a capture is read; on a long capture they are large enough for the
    /// large-object heap, so each thread keeps its own and reuses them (emptied after every capture).
    /// </summary>
    private sealed class LineLists : IScratch
    {
        public List<ReadOnlyMemory<char>> Raw { get; } = [];

        public List<TextUnwrapper.Line> Read { get; } = [];

        public List<TextUnwrapper.Line> Joined { get; } = [];

        public bool Reset()
        {
            Raw.Clear();
            Read.Clear();
            Joined.Clear();
            return Raw.Capacity <= MaxKeptScratch && Read.Capacity <= MaxKeptScratch && Joined.Capacity <= MaxKeptScratch;
        }
    }

    /// <summary>The lines as slices of the text: a string is made only for the trimmed text of a kept line.</summary>
    internal static List<ReadOnlyMemory<char>> SplitLines(string text, List<ReadOnlyMemory<char>> lines)
    {
        var all = text.AsSpan();
        lines.EnsureCapacity(all.Count('\n') + 1);

        // The lines EnumerateLines gives, found faster when \n is the only line break in the text (a normalised capture's
        // case): a search for one character instead of for any of six, two of them beyond ASCII.
        if (all.IndexOfAny('\r', '\f', '\u0085') < 0 && all.IndexOfAnyInRange('\u2028', '\u2029') < 0)
        {
            var start = 0;
            while (all[start..].IndexOf('\n') is var length and >= 0)
            {
                lines.Add(text.AsMemory(start, length));
                start += length + 1;
            }

            lines.Add(text.AsMemory(start));
            return lines;
        }

        foreach (var line in all.EnumerateLines())
        {
            all.Overlaps(line, out var start);
            lines.Add(text.AsMemory(start, line.Length));
        }

        return lines;
    }

    private static List<TextUnwrapper.Line> ReadLines(List<ReadOnlyMemory<char>> rawLines, List<TextUnwrapper.Line> lines, CancellationToken cancellationToken)
    {
        lines.EnsureCapacity(rawLines.Count);
        var blankBefore = false;
        var lineNumber = 0;
        foreach (var rawMemory in rawLines)
        {
            var rawLine = rawMemory.Span;
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

            // Most lines have no artefact to strip: they are checked and de-bulleted as spans and become one string.
            string lineText;
            int bulletLength;
            if (TextArtefacts.MayStrip(trimmed))
            {
                lineText = TextArtefacts.Strip(trimmed.ToString());
                if (lineText.Length == 0 || TextArtefacts.IsMarkupLine(lineText))
                {
                    blankBefore = true;
                    continue;
                }

                bulletLength = BulletLength(lineText);
                if (bulletLength > 0)
                {
                    lineText = lineText[bulletLength..].Trim();
                }
            }
            else
            {
                if (TextArtefacts.IsMarkupLine(trimmed))
                {
                    blankBefore = true;
                    continue;
                }

                bulletLength = BulletLength(trimmed);
                lineText = bulletLength > 0 ? trimmed[bulletLength..].Trim().ToString() : trimmed.ToString();
            }

            var isBullet = bulletLength > 0;
            lines.Add(new TextUnwrapper.Line(lineText, indent, TextUnwrapper.WidthOf(lineText), blankBefore, isBullet, bulletLength, TextUnwrapper.HasCellGap(lineText)));
            blankBefore = false;
        }

        return lines;
    }

    /// <summary>
    /// The length of the bullet or list number opening a line, 0 when none: <see cref="LineCues.Bullet"/> matching
    /// short of the whole line, and not an ASCII number (a year, a score). Only lines opening with a bullet character or a
    /// non-ASCII digit can qualify, so the regex runs on those alone.
    /// </summary>
    private static int BulletLength(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || !(line[0] is '•' or '·' or '●' or '○' or '◦' or '▪' or '▫' or '■' or '□' or '►' or '▶' or '→' or '-' or '–' or '—' or '*'
            || (char.IsDigit(line[0]) && !char.IsAsciiDigit(line[0]))))
        {
            return 0;
        }

        foreach (var bullet in LineCues.Bullet().EnumerateMatches(line))
        {
            return bullet.Length < line.Length ? bullet.Length : 0;
        }

        return 0;
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
            // The first characters of the two halves first: most lines differ there.
            var half = (length - gap) / 2;
            if (text[0] == text[half + gap] && text.AsSpan(half, gap).IsWhiteSpace() && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + gap)))
            {
                return (text[..half], true);
            }
        }

        return (text, false);
    }
}
