using NewsExtract.Classification;

namespace NewsExtract.Blocks;

/// <summary>Turns a plain-text capture into blocks: one block per non-empty line, bullets noted and stripped.</summary>
internal static class TextBlockReader
{
    public static IReadOnlyList<Block> Read(string text, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            if ((++lineNumber & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var lineText = line.ToString();
            var bullet = LineCues.Bullet().Match(lineText);
            var isBullet = bullet.Success && bullet.Length < lineText.Length && !char.IsAsciiDigit(lineText[0]);
            if (isBullet)
            {
                lineText = lineText[bullet.Length..].Trim();
            }

            blocks.Add(new Block(blocks.Count, lineText, BlockTag.Line) { IsListItem = isBullet });
        }

        return blocks;
    }
}
